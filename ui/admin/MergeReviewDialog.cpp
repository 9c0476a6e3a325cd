#include "ui/admin/MergeReviewDialog.h"

#include "core/common/DateFormats.h"
#include "core/services/MergeService.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

MergeReviewDialog::MergeReviewDialog(const Database& db, const Clock& clock,
                                     const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_undo(new QPushButton(tr("&Undo the merge…"), this))
    , m_close(new QPushButton(tr("&Close the review"), this))
{
    setObjectName(QStringLiteral("mergeReviewDialog"));
    setWindowTitle(tr("Merges to review"));
    auto* intro = new QLabel(
        tr("Each merge can be undone until someone closes its review. Check the record that "
           "stayed; if the two were not the same, undo the merge and both come back as they "
           "were. A merge whose record changed since can no longer be undone."),
        this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("mergesSummaryLabel"));
    m_table->setObjectName(QStringLiteral("mergesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Merged on"), tr("What"), tr("Stayed"), tr("Merged into it"), tr("By")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_close->setObjectName(QStringLiteral("closeReviewButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_close);
    row->addWidget(m_undo);
    row->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_undo, &QPushButton::clicked, this, &MergeReviewDialog::undoCurrent);
    connect(m_close, &QPushButton::clicked, this, &MergeReviewDialog::closeCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MergeReviewDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 420);
    refresh();
}

void MergeReviewDialog::refresh()
{
    Result<QList<MergeRecord>> merges = MergeService(m_db, m_clock, m_session).toReview();
    if (!merges) {
        m_merges.clear();
        m_table->setRowCount(0);
        m_summary->setText(merges.error().message());
        updateButtons();
        return;
    }
    m_merges = *merges;
    m_summary->setText(m_merges.isEmpty()
                           ? tr("No merge is waiting for review.")
                           : tr("%n merge(s) to review.", nullptr, int(m_merges.size())));
    m_table->setRowCount(int(m_merges.size()));
    for (int r = 0; r < m_merges.size(); ++r) {
        const MergeRecord& m = m_merges[r];
        const QStringList cells{DateFormats::numeric(m.mergedAt.toLocalTime()),
                                mergeKindCodes().label(m.kind), m.keptLabel, m.removedLabel,
                                m.mergedBy};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (!m_merges.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const MergeRecord* MergeReviewDialog::current() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < m_merges.size() ? &m_merges[r] : nullptr;
}

void MergeReviewDialog::undoCurrent()
{
    const MergeRecord* m = current();
    if (!m)
        return;
    if (MessageBox::askYesNo(this, windowTitle(),
                             tr("Undo the merge of %1 into %2? Both records come back as they "
                                "were before it.")
                                 .arg(m->removedLabel, m->keptLabel)) != MessageBox::Answer::Yes)
        return;
    if (Status s = MergeService(m_db, m_clock, m_session).undo(m->id); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message());
        return;
    }
    refresh();
    emit recordsChanged();
}

void MergeReviewDialog::closeCurrent()
{
    const MergeRecord* m = current();
    if (!m)
        return;
    if (Status s = MergeService(m_db, m_clock, m_session).closeReview(m->id); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message());
        return;
    }
    refresh();
}

void MergeReviewDialog::updateButtons()
{
    m_undo->setEnabled(current() != nullptr);
    m_close->setEnabled(current() != nullptr);
}
