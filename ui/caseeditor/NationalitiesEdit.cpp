#include "ui/caseeditor/NationalitiesEdit.h"

#include "ui/common/CountryComboBox.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

NationalitiesEdit::NationalitiesEdit(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto* add = new QPushButton(tr("Add a nationality"), this);
    add->setObjectName(QStringLiteral("addNationalityButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString())->setFocus();
        emit changed();
    });
    auto* addLayout = new QHBoxLayout;
    addLayout->addWidget(add);
    addLayout->addStretch();
    layout->addLayout(addLayout);
    setValues({});
}

CountryComboBox* NationalitiesEdit::addRow(const QString& code)
{
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto* combo = new CountryComboBox(CountryComboBox::Mode::Nationality, true, row);
    combo->setObjectName(QStringLiteral("nationalityCombo%1").arg(m_rowWidgets.size()));
    combo->setAccessibleName(tr("Nationality %1").arg(m_rowWidgets.size() + 1));
    combo->setCode(code);
    auto* remove = new QToolButton(row);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this nationality"));
    rowLayout->addWidget(combo, 1);
    rowLayout->addWidget(remove);
    m_rows->addWidget(row);
    m_rowWidgets.append(row);
    connect(combo, &CountryComboBox::codeChanged, this, &NationalitiesEdit::changed);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        m_rowWidgets.removeOne(row);
        row->deleteLater();
        updateRemoveButtons();
        emit changed();
    });
    updateRemoveButtons();
    return combo;
}

void NationalitiesEdit::updateRemoveButtons()
{
    for (QWidget* row : std::as_const(m_rowWidgets))
        row->findChild<QToolButton*>()->setVisible(m_rowWidgets.size() > 1);
}

QStringList NationalitiesEdit::values() const
{
    QStringList codes;
    for (QWidget* row : m_rowWidgets) {
        const QString code = row->findChild<CountryComboBox*>()->code();
        if (!code.isEmpty())
            codes.append(code);
    }
    return codes;
}

void NationalitiesEdit::setValues(const QStringList& codes)
{
    for (QWidget* row : std::as_const(m_rowWidgets))
        delete row;
    m_rowWidgets.clear();
    for (const QString& code : codes)
        addRow(code);
    if (codes.isEmpty())
        addRow(QString());
}
