#include "ui/caselist/CaseListModel.h"

#include "core//common/DateFormats.h"
#include "core/domain/Screening.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/RiskCatalogue.h"
#include "ui/common/ErrorStyle.h"

#include <QColor>
#include <QFont>

CaseListModel::CaseListModel(const Database& db, const UserSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(db, session)
    , m_similarSearch(db, session)
    , m_pages(PageSize, CachedPages)
{
    refresh();
}

void CaseListModel::setFilter(const CaseListFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void CaseListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_similar.clear();
    m_more = false;
    m_lastError.clear();
    Status loaded;
    if (m_filter.text.trimmed().isEmpty()) {
        Result<int> count = m_service.count(m_filter);
        m_rowCount = count ? *count : 0;
        if (!count)
            loaded = count.error();
    } else {
        // A search reads its matches once for the count and the first page.
        Result<CaseListPage> first = m_service.firstPage(m_filter, m_sort, m_order, PageSize);
        if (first) {
            CaseListPage page = std::move(first).value();
            m_rowCount = page.total;
            m_more = page.more;
            if (page.total < SimilarCaseSearch::FewMatches) {
                QSet<qint64> shown;
                for (const CaseListRow& r : std::as_const(page.rows))
                    shown.insert(r.caseId);
                Result<QList<SimilarCaseRow>> similar = m_similarSearch.search(m_filter, shown);
                if (similar)
                    m_similar = std::move(similar).value();
                else
                    loaded = similar.error();
            }
            m_pages.insert(0, std::move(page.rows));
        } else {
            m_rowCount = 0;
            loaded = first.error();
        }
    }
    m_exactCount = m_rowCount;
    m_rowCount += int(m_similar.size());
    endResetModel();
    if (!loaded) {
        m_lastError = loaded.error().message();
        emit loadFailed(m_lastError);
    }
}

const SimilarCaseRow* CaseListModel::similarAt(int index) const
{
    const int at = index - m_exactCount;
    return at >= 0 && at < m_similar.size() ? &m_similar[at] : nullptr;
}

const CaseListRow* CaseListModel::row(int index) const
{
    if (index < 0 || index >= m_rowCount)
        return nullptr;
    if (const SimilarCaseRow* similar = similarAt(index))
        return &similar->row;
    const QString before = m_lastError;
    const CaseListRow* found = m_pages.row(
        index,
        [this](int offset, int limit) {
            return m_service.fetch(m_filter, m_sort, m_order, offset, limit);
        },
        m_lastError);
    if (m_lastError != before) {
        // Read while the view paints: told once, after the painting.
        auto* self = const_cast<CaseListModel*>(this);
        QMetaObject::invokeMethod(
            self, [self, message = m_lastError] { emit self->loadFailed(message); },
            Qt::QueuedConnection);
    }
    return found;
}

qint64 CaseListModel::caseIdAt(int index) const
{
    const CaseListRow* r = row(index);
    return r ? r->caseId : 0;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const CaseListRow* r = row(index.row());
    if (!r)
        return {};
    if (role == CaseIdRole)
        return r->caseId;
    const SimilarCaseRow* similar = similarAt(index.row());
    if (role == SimilarRole)
        return similar != nullptr;
    if (similar && index.column() == PrincipalColumn) {
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return similarText(*similar);
    }
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == RiskColumn && (role == Qt::ForegroundRole || role == Qt::FontRole)) {
        const bool high = r->riskLevel >= int(RiskLevel::High) || r->needsAttention;
        if (role == Qt::ForegroundRole)
            return high                                     ? QColor(ErrorStyle::color())
                   : r->riskLevel == int(RiskLevel::Medium) ? QColor(0xa6, 0x5c, 0x00)
                                                            : QVariant();
        QFont bold;
        bold.setBold(high);
        return bold;
    }
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == RiskColumn))
        return {};
    switch (index.column()) {
    case NumberColumn:
        return r->caseNumber;
    case PrincipalColumn:
        // A case anonymized past its retention period keeps no name.
        return r->principalName.trimmed().isEmpty() ? tr("(anonymized)") : r->principalName;
    case MembersColumn:
        return r->memberCount;
    case NationalityColumn: {
        QStringList names;
        for (const QString& n : r->nationalities)
            names.append(CountryCatalog::instance().name(n));
        return names.join(QStringLiteral(", "));
    }
    case StatusColumn:
        return caseStatusCodes().label(r->status);
    case RegisteredColumn:
        return DateFormats::numeric(r->registeredOn);
    case SiteColumn:
        return r->siteCode;
    case RiskColumn:
        return riskText(*r);
    default:
        return {};
    }
}

QString CaseListModel::similarText(const SimilarCaseRow& similar)
{
    // The person whose name is alike may be another member than the principal.
    if (similar.personName == similar.row.principalName)
        return tr("%1 — similar name: %2").arg(similar.row.principalName, similar.reasons);
    return tr("%1 — similar name: %2 (%3)")
        .arg(similar.row.principalName, similar.personName, similar.reasons);
}

QString CaseListModel::riskText(const CaseListRow& r)
{
    const RiskCatalogue& catalogue = RiskCatalogue::current();
    if (r.riskLevel == 0)
        return r.needsAttention ? tr("Speak to staff") : QString();
    QStringList parts{catalogue.levelLabel(r.riskLevel)};
    QStringList categories;
    for (const QString& code : r.highCategories) {
        const RiskCategory* c = catalogue.category(code);
        categories.append(c ? c->label.text() : code);
    }
    if (!categories.isEmpty())
        parts.append(categories.join(QStringLiteral(", ")));
    if (r.pendingActions > 0)
        parts.append(tr("%n pending", nullptr, r.pendingActions));
    return parts.join(QStringLiteral(" · "));
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case PrincipalColumn:
        return tr("Principal");
    case MembersColumn:
        return tr("Members");
    case NationalityColumn:
        return tr("Nationality");
    case StatusColumn:
        return tr("Status");
    case RiskColumn:
        return tr("Risk");
    case RegisteredColumn:
        return tr("Registered");
    case SiteColumn:
        return tr("Site");
    default:
        return {};
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseListSort sort = CaseListSort::CaseNumber;
    switch (column) {
    case PrincipalColumn:
        sort = CaseListSort::PrincipalName;
        break;
    case StatusColumn:
        sort = CaseListSort::Status;
        break;
    case RegisteredColumn:
        sort = CaseListSort::Registered;
        break;
    case SiteColumn:
        sort = CaseListSort::Site;
        break;
    case RiskColumn:
        sort = CaseListSort::Risk;
        break;
    default:
        break;
    }
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    beginResetModel();
    m_pages.clear();
    endResetModel();
}
