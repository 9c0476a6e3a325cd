#include "ui/caseeditor/PossibleDuplicatesDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PossibleDuplicatesDialog::PossibleDuplicatesDialog(const QString& newName,
                                                   const QList<PossibleDuplicate>& found,
                                                   bool mayUseRegistered, QWidget* parent)
    : QDialog(parent)
    , m_found(found)
    , m_table(new QTableWidget(int(found.size()), 4, this))
    , m_openCase(new QPushButton(tr("&Open that case"), this))
    , m_useRegistered(new QPushButton(tr("&Add that person to this family instead"), this))
    , m_reason(new QLineEdit(this))
    , m_newPerson(new QPushButton(tr("Register a &new person"), this))
{
    setObjectName(QStringLiteral("possibleDuplicatesDialog"));
    setWindowTitle(tr("Registered already?"));
    auto* intro = new QLabel(
        tr("Before <b>%1</b> is registered: these registered persons may be the same. One "
           "person registered twice splits a family's history and hides them from those "
           "looking for them.")
            .arg(newName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("possibleDuplicatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Name"), tr("Born"), tr("Why")});
    for (int row = 0; row < found.size(); ++row) {
        const PossibleDuplicate& d = found[row];
        const QStringList cells{d.caseNumber.isEmpty() ? tr("no case") : d.caseNumber, d.name,
                                d.born, d.reasons.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->selectRow(0);
    m_openCase->setObjectName(QStringLiteral("openCaseButton"));
    m_useRegistered->setObjectName(QStringLiteral("useRegisteredButton"));
    m_useRegistered->setVisible(mayUseRegistered);
    m_reason->setObjectName(QStringLiteral("newPersonReasonEdit"));
    m_reason->setPlaceholderText(tr("Why this is someone else (kept in the audit trail)"));
    m_reason->setMaxLength(500);
    m_newPerson->setObjectName(QStringLiteral("newPersonButton"));

    auto* same = new QHBoxLayout;
    same->addWidget(m_openCase);
    same->addWidget(m_useRegistered);
    same->addStretch();
    auto* someoneElse = new QGroupBox(tr("Someone else"), this);
    auto* elseRow = new QHBoxLayout(someoneElse);
    elseRow->addWidget(m_reason, 1);
    elseRow->addWidget(m_newPerson);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(same);
    layout->addWidget(someoneElse);
    layout->addWidget(buttons);

    connect(m_openCase, &QPushButton::clicked, this, [this] { finish(Choice::OpenCase); });
    connect(m_useRegistered, &QPushButton::clicked, this,
            [this] { finish(Choice::UseRegistered); });
    connect(m_newPerson, &QPushButton::clicked, this, [this] { finish(Choice::NewPerson); });
    connect(m_reason, &QLineEdit::textChanged, this, &PossibleDuplicatesDialog::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &PossibleDuplicatesDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 360);
    updateButtons();
}

const PossibleDuplicate& PossibleDuplicatesDialog::chosen() const
{
    const int row = std::max(0, m_table->currentRow());
    return m_found[std::min(row, int(m_found.size()) - 1)];
}

QString PossibleDuplicatesDialog::reason() const
{
    return m_reason->text().trimmed();
}

void PossibleDuplicatesDialog::updateButtons()
{
    m_openCase->setEnabled(!m_found.isEmpty() && chosen().caseId > 0);
    m_newPerson->setEnabled(!reason().isEmpty());
}

void PossibleDuplicatesDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}
