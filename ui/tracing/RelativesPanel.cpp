#include "ui/tracing/RelativesPanel.h"

#include "core/common/Clock.h"
#include "core/reference/CountryCatalog.h"
#include "core/security/AccessPolicy.h"
#include "core/services/FamilyLinkService.h"
#include "core/services/TracingService.h"
#include "ui/common/MessageBox.h"
#include "ui/tracing/LinkRelativeDialog.h"
#include "ui/tracing/TracingRequestDialog.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QVariant& id,
            const QVariant& extra = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, extra);
        table->setItem(row, column, item);
    }
}
} // namespace

RelativesPanel::RelativesPanel(const Database& db, const Clock& clock, const UserSession& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("relativesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* linksBox = new QGroupBox(tr("Relatives registered in other cases"), this);
    auto* l = new QVBoxLayout(linksBox);
    m_links = makeTable(
        linksBox,
        {tr("Member"), tr("Relative"), tr("Is their"), tr("Their case"), tr("Link"), tr("Note")},
        "familyLinksTable");
    m_links->setToolTip(tr("Double-click to open the relative's case."));
    l->addWidget(m_links);
    auto* linkButtons = new QHBoxLayout;
    m_link = new QPushButton(tr("Link a relative…"), linksBox);
    m_link->setObjectName(QStringLiteral("linkRelativeButton"));
    m_confirm = new QPushButton(tr("Mark confirmed"), linksBox);
    m_confirm->setObjectName(QStringLiteral("confirmLinkButton"));
    m_remove = new QPushButton(tr("Remove link"), linksBox);
    m_remove->setObjectName(QStringLiteral("removeLinkButton"));
    linkButtons->addWidget(m_link);
    linkButtons->addWidget(m_confirm);
    linkButtons->addWidget(m_remove);
    linkButtons->addStretch();
    l->addLayout(linkButtons);

    auto* soughtBox = new QGroupBox(tr("Relatives this family is looking for"), this);
    auto* s = new QVBoxLayout(soughtBox);
    m_sought = makeTable(soughtBox,
                         {tr("Reference"), tr("Sought"), tr("Relationship"), tr("Asked by"),
                          tr("Status"), tr("Last known in")},
                         "soughtRelativesTable");
    m_sought->setToolTip(tr("Double-click to see the request and its possible matches."));
    s->addWidget(m_sought);
    auto* soughtButtons = new QHBoxLayout;
    m_addSought = new QPushButton(tr("Add a sought relative…"), soughtBox);
    m_addSought->setObjectName(QStringLiteral("addSoughtButton"));
    soughtButtons->addWidget(m_addSought);
    soughtButtons->addStretch();
    s->addLayout(soughtButtons);

    layout->addWidget(linksBox, 1);
    layout->addWidget(soughtBox, 1);

    const bool editsCases = AccessPolicy::allows(session.role, Permission::EditCase);
    m_link->setVisible(editsCases);
    m_confirm->setVisible(editsCases);
    m_remove->setVisible(editsCases);
    m_addSought->setVisible(AccessPolicy::allows(session.role, Permission::TraceFamilies));
    soughtBox->setVisible(AccessPolicy::allows(session.role, Permission::TraceFamilies));

    connect(m_link, &QPushButton::clicked, this, &RelativesPanel::linkRelative);
    connect(m_confirm, &QPushButton::clicked, this, &RelativesPanel::confirmLink);
    connect(m_remove, &QPushButton::clicked, this, &RelativesPanel::removeLink);
    connect(m_addSought, &QPushButton::clicked, this, &RelativesPanel::addSoughtRelative);
    connect(m_links, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const qint64 caseId = m_links->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
        if (caseId > 0)
            emit openCaseRequested(caseId);
    });
    connect(m_sought, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit showRequestRequested(m_sought->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
}

void RelativesPanel::setCase(const CaseRecord& record)
{
    m_record = record;
    reload();
}

void RelativesPanel::reload()
{
    m_links->setRowCount(0);
    m_sought->setRowCount(0);
    if (m_record.id == 0)
        return;
    QList<qint64> ids;
    QHash<qint64, QString> names;
    for (const CaseMember& m : std::as_const(m_record.members)) {
        ids.append(m.person.id);
        names.insert(m.person.id, m.person.fullName());
    }
    Result<QList<RelativeView>> relatives =
        FamilyLinkService(m_db, m_clock, m_session).relativesOf(ids);
    if (relatives) {
        for (const RelativeView& v : *relatives) {
            const int row = m_links->rowCount();
            m_links->insertRow(row);
            setRow(m_links, row,
                   {names.value(v.personId), v.relativeName,
                    relationshipCodes().label(v.relationship).toLower(), v.relativeCaseNumber,
                    v.link.confirmed ? tr("confirmed") : tr("declared"), v.link.note},
                   v.link.id, v.relativeCaseId);
        }
    }
    Result<QList<TracingRequest>> requests =
        TracingService(m_db, m_clock, m_session).requests({{}, m_record.id, 0});
    if (requests) {
        for (const TracingRequest& r : *requests) {
            const int row = m_sought->rowCount();
            m_sought->insertRow(row);
            QStringList last{r.sought.lastKnownPlace,
                             CountryCatalog::instance().name(r.sought.lastKnownCountry)};
            last.removeAll(QString());
            setRow(m_sought, row,
                   {r.reference(), r.sought.fullName(),
                    relationshipCodes().label(r.relationship).toLower(), r.inquirerName,
                    tracingStatusCodes().label(r.status), last.join(QStringLiteral(", "))},
                   r.id);
        }
    }
}

void RelativesPanel::linkRelative()
{
    auto* dialog = new LinkRelativeDialog(m_db, m_clock, m_session, m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void RelativesPanel::confirmLink()
{
    const int row = m_links->currentRow();
    if (row < 0)
        return;
    if (Status s = FamilyLinkService(m_db, m_clock, m_session)
                       .confirm(m_links->item(row, 0)->data(Qt::UserRole).toLongLong());
        !s) {
        MessageBox::warning(this, tr("Relatives"), s.error().message());
        return;
    }
    reload();
    emit changed();
}

void RelativesPanel::removeLink()
{
    const int row = m_links->currentRow();
    if (row < 0)
        return;
    if (MessageBox::askYesNo(this, tr("Relatives"),
                             tr("Remove the link between %1 and %2?")
                                 .arg(m_links->item(row, 0)->text(),
                                      m_links->item(row, 1)->text())) != MessageBox::Answer::Yes)
        return;
    if (Status s = FamilyLinkService(m_db, m_clock, m_session)
                       .remove(m_links->item(row, 0)->data(Qt::UserRole).toLongLong());
        !s) {
        MessageBox::warning(this, tr("Relatives"), s.error().message());
        return;
    }
    reload();
    emit changed();
}

void RelativesPanel::addSoughtRelative()
{
    TracingRequest r;
    r.siteId = m_record.siteId;
    r.requestedOn = m_clock.today();
    r.relationship = Relationship::Child;
    if (!m_record.members.isEmpty())
        r.inquirerPersonId = m_record.members.constFirst().person.id;
    auto* dialog = new TracingRequestDialog(m_db, m_clock, m_session, r, m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}
