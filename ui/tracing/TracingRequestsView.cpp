#include "ui/tracing/TracingRequestsView.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/reference/CountryCatalog.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/ReunificationSearch.h"
#include "core/services/TracingService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/MessageBox.h"
#include "ui/tracing/CloseRequestDialog.h"
#include "ui/tracing/MatchHitsTable.h"
#include "ui/tracing/ReunificationHitsModel.h"
#include "ui/tracing/ReviewMatchDialog.h"
#include "ui/tracing/TracingRequestDialog.h"
#include "ui/tracing/TracingRequestsModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <atomic>

namespace {
QTableView* makeTable(QWidget* parent, const char* name)
{
    auto* t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

TracingRequestsView::TracingRequestsView(const Database& db, const Clock& clock,
                                         const UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_model(new TracingRequestsModel(this))
    , m_proposals(new ReunificationHitsModel(this))
{
    setObjectName(QStringLiteral("tracingRequestsView"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("tracingFilterCombo"));
    m_filter->setAccessibleName(tr("Which requests"));
    m_filter->addItem(tr("Open requests"), int(Filter::Open));
    m_filter->addItem(tr("With matches to review"), int(Filter::ToReview));
    m_filter->addItem(tr("Reunited or closed"), int(Filter::Ended));
    m_filter->addItem(tr("All requests"), int(Filter::All));
    m_childQueue = new QLabel(this);
    m_childQueue->setObjectName(QStringLiteral("childQueueLabel"));
    m_childQueue->setStyleSheet(QStringLiteral("color: #8a0015; font-weight: bold;"));
    auto* again = new QPushButton(tr("Look again for all open requests"), this);
    again->setObjectName(QStringLiteral("rematchAllButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addWidget(m_childQueue, 1);
    bar->addWidget(again);

    m_list = makeTable(this, "tracingRequestsTable");
    m_list->setModel(m_model);
    m_list->horizontalHeader()->setSectionResizeMode(TracingRequestsModel::SoughtColumn,
                                                     QHeaderView::Stretch);

    m_detail = new QWidget(this);
    auto* d = new QVBoxLayout(m_detail);
    d->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_detail);
    m_title->setObjectName(QStringLiteral("tracingTitleLabel"));
    m_title->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold;"));
    m_title->setWordWrap(true);
    m_description = new QLabel(m_detail);
    m_description->setObjectName(QStringLiteral("tracingDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* proposalsBox = new QGroupBox(tr("Possible matches"), m_detail);
    auto* p = new QVBoxLayout(proposalsBox);
    m_proposalView = new MatchHitsTable(m_proposals, proposalsBox);
    m_proposalView->setObjectName(QStringLiteral("proposalsTable"));
    p->addWidget(m_proposalView);
    auto* historyBox = new QGroupBox(tr("History"), m_detail);
    auto* h = new QVBoxLayout(historyBox);
    m_history = new QListWidget(historyBox);
    m_history->setObjectName(QStringLiteral("tracingHistoryList"));
    m_history->setMaximumHeight(110);
    h->addWidget(m_history);
    auto* buttons = new QHBoxLayout;
    m_review = new QPushButton(tr("Review the match…"), m_detail);
    m_review->setObjectName(QStringLiteral("reviewMatchButton"));
    m_edit = new QPushButton(tr("Change the request…"), m_detail);
    m_edit->setObjectName(QStringLiteral("editTracingButton"));
    m_close = new QPushButton(tr("Close…"), m_detail);
    m_close->setObjectName(QStringLiteral("closeTracingButton"));
    buttons->addWidget(m_review);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_close);
    d->addWidget(m_title);
    d->addWidget(m_description);
    d->addWidget(proposalsBox, 2);
    d->addWidget(historyBox, 1);
    d->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &TracingRequestsView::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracingRequestsView::showCurrent);
    connect(m_proposalView, &QTableView::activated, this,
            [this](const QModelIndex& index) { reviewProposal(index.row()); });
    connect(m_review, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_proposalView->currentIndex();
        reviewProposal(current.isValid() ? current.row() : 0);
    });
    connect(m_edit, &QPushButton::clicked, this, &TracingRequestsView::editRequest);
    connect(m_close, &QPushButton::clicked, this, &TracingRequestsView::closeRequest);
    connect(again, &QPushButton::clicked, this, &TracingRequestsView::rematchAll);
    refresh();
}

void TracingRequestsView::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

qint64 TracingRequestsView::currentRequestId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(TracingRequestsModel::RequestIdRole).toLongLong() : 0;
}

void TracingRequestsView::selectRequest(qint64 requestId)
{
    int row = m_model->rowOf(requestId);
    if (row < 0) {
        setFilter(Filter::All);
        row = m_model->rowOf(requestId);
    }
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void TracingRequestsView::refresh()
{
    const qint64 keep = currentRequestId();
    TracingService service(m_db, m_clock, m_session);
    TracingRequestFilter f;
    const Filter filter = Filter(m_filter->currentData().toInt());
    if (filter == Filter::Open || filter == Filter::ToReview)
        f.statuses = {TracingStatus::Open, TracingStatus::MatchProposed};
    else if (filter == Filter::Ended)
        f.statuses = {TracingStatus::Reunited, TracingStatus::Closed};
    Result<QList<TracingRequest>> requests = service.requests(f);
    Result<QHash<qint64, int>> pending = service.pendingCounts();
    if (!requests || !pending) {
        MessageBox::warning(this, tr("Family tracing"),
                            (!requests ? requests.error() : pending.error()).message());
        return;
    }
    QList<TracingRequest> shown;
    for (const TracingRequest& r : *requests) {
        if (filter != Filter::ToReview || pending->value(r.id) > 0)
            shown.append(r);
    }
    m_model->setRequests(shown, *pending);
    Result<QList<MatchProposal>> children = service.pendingReview(true);
    const qsizetype waiting = children ? children->size() : 0;
    m_childQueue->setText(waiting > 0
                              ? tr("%n child match(es) wait for legal staff", nullptr, int(waiting))
                              : QString());
    const int row = m_model->rowOf(keep);
    m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    showCurrent();
}

void TracingRequestsView::showCurrent()
{
    const int row = m_list->currentIndex().row();
    const bool any = row >= 0 && row < m_model->requests().size();
    m_detail->setEnabled(any);
    if (!any) {
        m_title->setText(tr("No request here."));
        m_description->clear();
        m_history->clear();
        m_proposals->setHits({});
        m_currentProposals.clear();
        return;
    }
    const TracingRequest& r = m_model->requests()[row];
    const QDate today = m_clock.today();
    m_title->setText(tr("%1 · %2 looks for their %4, %3 · %5")
                         .arg(r.reference(), r.inquirerName, r.sought.fullName(),
                              relationshipCodes().label(r.relationship).toLower(),
                              tracingStatusCodes().label(r.status)));
    QStringList facts;
    const auto fact = [&facts](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            facts.append(
                QStringLiteral("<b>%1:</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    fact(tr("Sex"), r.sought.sex == Sex::Unknown ? QString() : sexCodes().label(r.sought.sex));
    fact(tr("Born"),
         r.sought.birthDate.isKnown() ? r.sought.birthDate.displayText(today) : QString());
    fact(tr("Also known as"), r.sought.otherNames.join(QStringLiteral(", ")));
    QStringList last{r.sought.lastKnownPlace,
                     CountryCatalog::instance().name(r.sought.lastKnownCountry)};
    last.removeAll(QString());
    fact(tr("Last known in"), last.join(QStringLiteral(", ")));
    fact(tr("Last seen"),
         r.sought.lastSeen.isKnown() ? r.sought.lastSeen.displayText(today) : QString());
    fact(tr("Separation"), r.sought.separation);
    fact(tr("Answer to"), r.contact);
    fact(tr("Closed because"), r.closureReason);
    m_description->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    TracingService service(m_db, m_clock, m_session);
    m_history->clear();
    if (Result<QList<TracingStatusChange>> history = service.history(r.id)) {
        for (const TracingStatusChange& c : *history) {
            QString line =
                QStringLiteral("%1 — %2: %3")
                    .arg(DateFormats::numeric(c.at), c.by, tracingStatusCodes().label(c.to));
            if (c.from != c.to)
                line =
                    QStringLiteral("%1 — %2: %3 → %4")
                        .arg(DateFormats::numeric(c.at), c.by, tracingStatusCodes().label(c.from),
                             tracingStatusCodes().label(c.to));
            if (!c.note.isEmpty())
                line += QStringLiteral(" (%1)").arg(c.note);
            m_history->addItem(line);
        }
    }
    m_currentProposals.clear();
    QList<ReunificationHit> hits;
    QList<MatchStatus> statuses;
    if (Result<QList<MatchProposal>> proposals = service.proposals(r.id)) {
        m_currentProposals = *proposals;
        if (Result<QList<ReunificationHit>> shown =
                ReunificationSearch(m_db, m_clock, m_session).proposed(*proposals)) {
            hits = *shown;
            for (const MatchProposal& p : *proposals)
                statuses.append(p.status);
        }
    }
    m_proposals->setHits(hits, statuses);
    const bool ended = r.status == TracingStatus::Reunited || r.status == TracingStatus::Closed;
    m_review->setEnabled(
        !ended &&
        std::any_of(m_currentProposals.cbegin(), m_currentProposals.cend(),
                    [](const MatchProposal& p) { return p.status == MatchStatus::Pending; }));
    m_edit->setEnabled(!ended);
    m_close->setText(ended ? tr("Open again…") : tr("Close…"));
}

void TracingRequestsView::reviewProposal(int row)
{
    const int requestRow = m_list->currentIndex().row();
    if (requestRow < 0 || row < 0 || row >= m_currentProposals.size() ||
        row >= m_proposals->hits().size())
        return;
    const MatchProposal& proposal = m_currentProposals[row];
    if (proposal.status != MatchStatus::Pending) {
        MessageBox::information(
            this, tr("Family tracing"),
            tr("This match was reviewed already: %1 by %2.")
                .arg(matchStatusCodes().label(proposal.status).toLower(), proposal.reviewedBy));
        return;
    }
    auto* dialog = new ReviewMatchDialog(m_db, m_clock, m_session, m_model->requests()[requestRow],
                                         proposal, m_proposals->hits()[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &TracingRequestsView::refresh);
    dialog->open();
}

void TracingRequestsView::editRequest()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    const TracingRequest r = m_model->requests()[row];
    std::optional<CaseRecord> inquirerCase;
    if (r.caseId > 0) {
        Result<CaseRecord> c = CaseService(m_db, m_clock, m_session).load(r.caseId);
        if (!c) {
            MessageBox::warning(this, tr("Family tracing"), c.error().message());
            return;
        }
        inquirerCase = *c;
    }
    auto* dialog = new TracingRequestDialog(m_db, m_clock, m_session, r, inquirerCase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &TracingRequestsView::refresh);
    dialog->open();
}

void TracingRequestsView::closeRequest()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    auto* dialog = new CloseRequestDialog(m_db, m_clock, m_session, m_model->requests()[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &TracingRequestsView::refresh);
    dialog->open();
}

void TracingRequestsView::rematchAll()
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto pending = std::make_shared<int>(0);
    QPointer<QProgressDialog> progress =
        new QProgressDialog(tr("Looking again for every open request…"), tr("Stop"), 0, 0, this);
    progress->setObjectName(QStringLiteral("rematchProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    const UserSession session = m_session;
    const Clock& clock = m_clock;
    BackgroundTask::run(
        this, m_db.path(), m_clock,
        [session, &clock, cancelled, pending, progress](Database* db) -> Status {
            Result<int> n = TracingService(*db, clock, session)
                                .rematchAll([cancelled, progress](int done, int total) {
                                    QMetaObject::invokeMethod(
                                        QCoreApplication::instance(),
                                        [progress, done, total] {
                                            if (progress) {
                                                progress->setMaximum(total);
                                                progress->setValue(done);
                                            }
                                        },
                                        Qt::QueuedConnection);
                                    return !*cancelled;
                                });
            if (!n)
                return n.error();
            *pending = *n;
            return {};
        },
        [this, progress, pending](const Status& result) {
            if (progress)
                progress->close();
            refresh();
            if (!result) {
                MessageBox::warning(this, tr("Family tracing"), result.error().message());
                return;
            }
            MessageBox::information(
                this, tr("Family tracing"),
                tr("Done: %n possible match(es) wait for review.", nullptr, *pending));
        });
}
