#include "ui/admin/PossibleDuplicatesListDialog.h"

#include "core/security/AccessPolicy.h"
#include "ui/admin/MergeDialog.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PossibleDuplicatesListDialog::PossibleDuplicatesListDialog(const Database& db, const Clock& clock,
                                                           const UserSession& session,
                                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_openFirst(new QPushButton(tr("Open the &first case"), this))
    , m_openSecond(new QPushButton(tr("Open the &second case"), this))
    , m_mergePersons(new QPushButton(tr("&Merge the two persons…"), this))
    , m_mergeCases(new QPushButton(tr("Merge the two &cases…"), this))
{
    setObjectName(QStringLiteral("possibleDuplicatesListDialog"));
    setWindowTitle(tr("Possible duplicates"));
    auto* intro = new QLabel(tr("Persons who may be registered twice, in the whole database: "
                                "the same document number, the same phone number in two "
                                "families, or a very similar name with a compatible birth. "
                                "Strongest first. Open both cases to decide; legal staff and "
                                "administrators can merge the two."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("duplicatesSummaryLabel"));
    m_table->setObjectName(QStringLiteral("duplicatePairsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("First case"), tr("First person"), tr("Second case"), tr("Second person"), tr("Why")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_openFirst->setObjectName(QStringLiteral("openFirstCaseButton"));
    m_openSecond->setObjectName(QStringLiteral("openSecondCaseButton"));
    m_mergePersons->setObjectName(QStringLiteral("mergePersonsButton"));
    m_mergeCases->setObjectName(QStringLiteral("mergeCasesButton"));
    const bool mayMerge = AccessPolicy::allows(m_session.role, Permission::MergeRecords);
    m_mergePersons->setVisible(mayMerge);
    m_mergeCases->setVisible(mayMerge);
    auto* again = new QPushButton(tr("&Look again"), this);
    again->setObjectName(QStringLiteral("lookAgainButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_openFirst);
    row->addWidget(m_openSecond);
    row->addWidget(m_mergePersons);
    row->addWidget(m_mergeCases);
    row->addStretch();
    row->addWidget(again);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_openFirst, &QPushButton::clicked, this, [this] {
        if (const DuplicatePair* p = current())
            emit openCaseRequested(p->first.caseId);
    });
    connect(m_openSecond, &QPushButton::clicked, this, [this] {
        if (const DuplicatePair* p = current())
            emit openCaseRequested(p->second.caseId);
    });
    connect(m_mergePersons, &QPushButton::clicked, this,
            [this] { mergeCurrent(MergeKind::Person); });
    connect(m_mergeCases, &QPushButton::clicked, this, [this] { mergeCurrent(MergeKind::Case); });
    connect(again, &QPushButton::clicked, this, &PossibleDuplicatesListDialog::search);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &PossibleDuplicatesListDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 520);
    updateButtons();
}

void PossibleDuplicatesListDialog::search()
{
    // A million persons take minutes: the window says how far it is and can stop.
    QProgressDialog progress(tr("Looking for possible duplicates…"), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("duplicatesProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    Result<QList<DuplicatePair>> found =
        DuplicateScan(m_db, m_clock, m_session).run([&progress](int done, int steps) {
            progress.setMaximum(steps);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!found) {
        if (found.error().code() != Error::Code::Cancelled)
            MessageBox::warning(this, windowTitle(), found.error().message());
        m_summary->setText(found.error().message());
        return;
    }
    showPairs(*found);
}

void PossibleDuplicatesListDialog::showPairs(const QList<DuplicatePair>& pairs)
{
    m_pairs = pairs;
    m_summary->setText(
        pairs.isEmpty() ? tr("No possible duplicates were found.")
                        : tr("%n pair(s) of persons who may be one.", nullptr, int(pairs.size())));
    m_table->setRowCount(int(pairs.size()));
    for (int r = 0; r < pairs.size(); ++r) {
        const DuplicatePair& p = pairs[r];
        const auto person = [](const DuplicatePair::Side& s) {
            return s.born.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.born);
        };
        const QStringList cells{p.first.caseNumber, person(p.first), p.second.caseNumber,
                                person(p.second), p.reasons.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!pairs.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const DuplicatePair* PossibleDuplicatesListDialog::current() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_pairs.size() ? &m_pairs[r] : nullptr;
}

void PossibleDuplicatesListDialog::updateButtons()
{
    const DuplicatePair* p = current();
    m_openFirst->setEnabled(p && p->first.caseId > 0);
    m_openSecond->setEnabled(p && p->second.caseId > 0);
    m_mergePersons->setEnabled(p != nullptr);
    m_mergeCases->setEnabled(p && p->first.caseId > 0 && p->second.caseId > 0 &&
                             p->first.caseId != p->second.caseId);
}

void PossibleDuplicatesListDialog::mergeCurrent(MergeKind kind)
{
    const DuplicatePair* p = current();
    if (!p)
        return;
    const bool persons = kind == MergeKind::Person;
    auto* dialog = new MergeDialog(m_db, m_clock, m_session, kind,
                                   persons ? p->first.personId : p->first.caseId,
                                   persons ? p->second.personId : p->second.caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->load()) {
        MessageBox::warning(this, windowTitle(), dialog->errorText());
        delete dialog;
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, persons] {
        const MergeRecord merged = dialog->merged();
        // Pairs that named what went no longer stand as they were shown.
        m_pairs.removeIf([&](const DuplicatePair& pair) {
            for (const DuplicatePair::Side* side : {&pair.first, &pair.second}) {
                if (persons ? side->personId == merged.removedId : side->caseId == merged.removedId)
                    return true;
            }
            return false;
        });
        showPairs(QList<DuplicatePair>(m_pairs));
        emit recordsChanged();
        MessageBox::information(this, windowTitle(),
                                tr("%1 was merged into %2. Until someone closes its review, the "
                                   "merge can be undone under Administration → Merges to review.")
                                    .arg(merged.removedLabel, merged.keptLabel));
    });
    dialog->open();
}
