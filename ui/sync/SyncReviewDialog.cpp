#include "ui/sync/SyncReviewDialog.h"

#include "core/common/DateFormats.h"
#include "core/services/SyncReviewService.h"
#include "ui/common/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

SyncReviewDialog::SyncReviewDialog(const Database& db, const Clock& clock,
                                   const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setWindowTitle(tr("Review list"));
    setObjectName(QStringLiteral("syncReviewDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("reviewIntroLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setAccessibleName(tr("Records waiting for review"));
    m_fields = new QTableWidget(0, 3, splitter);
    m_fields->setObjectName(QStringLiteral("reviewFields"));
    m_fields->setAccessibleName(tr("The two versions, field by field"));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_fields->setWordWrap(true);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 560});
    layout->addWidget(splitter, 1);
    auto* choices = new QHBoxLayout;
    m_keep = new QPushButton(tr("Keep this database's version"), this);
    m_keep->setObjectName(QStringLiteral("keepOursButton"));
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("takeTheirsButton"));
    choices->addWidget(m_keep);
    choices->addWidget(m_take);
    choices->addStretch();
    layout->addLayout(choices);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SyncReviewDialog::showCurrent);
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_take, &QPushButton::clicked, this, [this] { decide(false); });
    resize(900, 520);
    refresh();
}

void SyncReviewDialog::refresh()
{
    Result<QList<SyncReview>> waiting = SyncReviewService(m_db, m_clock, m_session).waiting();
    m_reviews = waiting ? *waiting : QList<SyncReview>();
    if (!waiting)
        m_intro->setText(waiting.error().message());
    else if (m_reviews.isEmpty())
        m_intro->setText(tr("Nothing waits for review: every package applied cleanly."));
    else
        m_intro->setText(
            tr("These records were changed here and at another site, or removed there while a "
               "record here still names them (a person merged into another at a post). Nothing "
               "was overwritten or removed: for each, compare the two versions and choose which "
               "one stays. The version you keep here reaches the other site with the next "
               "package."));
    m_list->clear();
    for (const SyncReview& r : std::as_const(m_reviews)) {
        const QString what = SyncReviewService::kindLabel(r.kind);
        m_list->addItem(tr("%1 %2 — from %3, %4")
                            .arg(what, r.label.isEmpty() ? QString() : u'“' + r.label + u'”',
                                 r.sender, DateFormats::numeric(r.arrivedAt.toLocalTime().date())));
    }
    if (!m_reviews.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

void SyncReviewDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_reviews.size();
    m_keep->setEnabled(any);
    m_take->setEnabled(any);
    m_fields->setRowCount(0);
    if (!any) {
        m_take->setText(tr("Take the other site's version"));
        m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Here"), tr("There")});
        return;
    }
    const SyncReview& r = m_reviews[row];
    m_take->setText(r.removedThere ? tr("Remove it, as %1 did").arg(r.sender)
                                   : tr("Take %1's version").arg(r.sender));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Here"), tr("From %1").arg(r.sender)});
    QList<SyncReviewField> rows = r.differences;
    if (r.removedThere)
        rows = {{{}, tr("(the whole record)"), tr("kept"), tr("removed")}};
    else if (r.goneHere)
        rows.prepend({{}, tr("(the whole record)"), tr("removed"), tr("kept")});
    m_fields->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_fields->setItem(i, 0, new QTableWidgetItem(rows[i].label));
        m_fields->setItem(i, 1, new QTableWidgetItem(rows[i].here));
        m_fields->setItem(i, 2, new QTableWidgetItem(rows[i].there));
    }
    m_fields->resizeColumnToContents(0);
    m_fields->setColumnWidth(1, 240);
    m_fields->resizeRowsToContents();
}

void SyncReviewDialog::decide(bool keepOurs)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reviews.size())
        return;
    SyncReviewService service(m_db, m_clock, m_session);
    const Status done =
        keepOurs ? service.keepOurs(m_reviews[row].id) : service.takeTheirs(m_reviews[row].id);
    if (!done)
        MessageBox::warning(this, windowTitle(), done.error().message());
    refresh();
}
