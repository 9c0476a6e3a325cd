#include "ui/common/TaskDialog.h"
#include "ui/common/ErrorStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

TaskDialog::TaskDialog(const QString& title, const QString& intro, const QString& okText,
                       const QString& objectPrefix, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(objectPrefix + QStringLiteral("Dialog"));
    setWindowTitle(title);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);
    m_form = new QFormLayout;
    m_error = new QLabel(this);
    m_error->setObjectName(objectPrefix + QStringLiteral("ErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    m_ok->setObjectName(objectPrefix + QStringLiteral("OkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_running)
            reject();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QLineEdit* TaskDialog::addFileRow(const QString& label, const QString& objectName,
                                  std::function<QString(const QString&)> choose)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [edit, choose] {
        const QString file = choose(edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto* text = new QLabel(label, this);
    text->setBuddy(edit);
    m_form->addRow(text, row);
    return edit;
}

QLineEdit* TaskDialog::addPassphraseRow(const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, edit);
    return edit;
}

void TaskDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TaskDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_ok->setEnabled(!running);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setEnabled(!running);
}
