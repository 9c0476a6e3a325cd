#include "core/storage/CaseListQuery.h"

#include "core/storage/Database.h"

#include <QRegularExpression>

CaseListQuery::CaseListQuery(const Database& db, bool withRisk)
    : m_db(db)
    , m_withRisk(withRisk)
{
}

bool CaseListQuery::looksLikeCaseNumber(const QString& text)
{
    static const QRegularExpression caseNumber(QStringLiteral("^[A-Za-z0-9]+-[0-9-]*$"));
    return caseNumber.match(text).hasMatch();
}

CaseListQuery::Conditions CaseListQuery::conditions(const CaseListFilter& filter) const
{
    Conditions result;
    QStringList conditions;
    QVariantList& params = result.params;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QStringList alternatives;
        const QString match = m_db.dialect().searchParameter(text);
        if (!match.isEmpty()) {
            // Materialized: read from the index once, whoever asks for the persons found.
            result.found = QStringLiteral("WITH found(id) AS MATERIALIZED (") +
                           m_db.dialect().personsMatching();
            params.append(match);
            if (filter.nameMatchLimit > 0) {
                result.found += QStringLiteral(" ORDER BY rowid DESC LIMIT ?");
                params.append(filter.nameMatchLimit + 1);
            }
            result.found += QStringLiteral(") ");
            // One person more than listed is read: it tells whether more were found.
            alternatives.append(
                QStringLiteral("c.id IN (SELECT m.case_id FROM case_members m WHERE m.person_id IN "
                               "(SELECT id FROM found%1))")
                    .arg(filter.nameMatchLimit > 0 ? QStringLiteral(" ORDER BY id DESC LIMIT ?")
                                                   : QString()));
            if (filter.nameMatchLimit > 0)
                params.append(filter.nameMatchLimit);
        }
        if (looksLikeCaseNumber(text)) {
            // A case merged into another is found by its old number too.
            alternatives.append(QStringLiteral(
                "c.case_number LIKE ? OR c.id IN (SELECT case_id FROM merged_case_numbers WHERE "
                "case_number LIKE ?)"));
            params << text.toUpper() + QLatin1Char('%') << text.toUpper() + QLatin1Char('%');
        }
        if (alternatives.isEmpty())
            alternatives.append(QStringLiteral("1 = 0"));
        conditions.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                          QLatin1Char(')'));
    }
    if (!filter.riskCategory.isEmpty()) {
        conditions.append(QStringLiteral("c.id IN (SELECT case_id FROM case_risk_categories WHERE "
                                         "category_code = ? AND level >= ?)"));
        params << filter.riskCategory << std::max(filter.minRiskLevel, 1);
    } else if (filter.minRiskLevel > 0) {
        conditions.append(
            QStringLiteral("c.id IN (SELECT case_id FROM case_risk WHERE max_level >= ?)"));
        params.append(filter.minRiskLevel);
    }
    if (filter.pendingActionsOnly)
        conditions.append(
            QStringLiteral("c.id IN (SELECT case_id FROM case_risk WHERE pending_actions > 0)"));
    if (filter.status) {
        conditions.append(QStringLiteral("c.status = ?"));
        params.append(caseStatusCodes().code(*filter.status));
    }
    if (!filter.caseIds.isEmpty()) {
        conditions.append(
            QStringLiteral("c.id IN (%1)").arg(SqlDialect::placeholders(filter.caseIds.size())));
        for (qint64 id : filter.caseIds)
            params.append(id);
    }
    if (!conditions.isEmpty())
        result.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return result;
}

Result<int> CaseListQuery::count(const CaseListFilter& filter) const
{
    const Conditions c = conditions(filter);
    int count = 0;
    Status read =
        m_db.forEachRow(c.found + QStringLiteral("SELECT count(*) FROM cases c") + c.where,
                        c.params, [&count](const QSqlQuery& r) { count = r.value(0).toInt(); });
    if (!read)
        return read.error();
    return count;
}

Result<QList<CaseListRow>> CaseListQuery::fetch(const CaseListFilter& filter, CaseListSort sort,
                                                Qt::SortOrder order, int offset, int limit) const
{
    Result<CaseListPage> page = select(filter, sort, order, offset, limit, false);
    if (!page)
        return page.error();
    return std::move(page->rows);
}

Result<CaseListPage> CaseListQuery::firstPage(const CaseListFilter& filter, CaseListSort sort,
                                              Qt::SortOrder order, int limit) const
{
    return select(filter, sort, order, 0, limit, true);
}

Result<CaseListPage> CaseListQuery::select(const CaseListFilter& filter, CaseListSort sort,
                                           Qt::SortOrder order, int offset, int limit,
                                           bool withTotal) const
{
    if (!m_withRisk && sort == CaseListSort::Risk)
        sort = CaseListSort::CaseNumber;
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString orderBy;
    switch (sort) {
    case CaseListSort::CaseNumber:
        orderBy = QStringLiteral("c.case_number") + dir;
        break;
    case CaseListSort::PrincipalName:
        orderBy = QStringLiteral("c.sort_name") + dir + QStringLiteral(", c.case_number") + dir;
        break;
    case CaseListSort::Status:
        orderBy = QStringLiteral("c.status") + dir + QStringLiteral(", c.case_number") + dir;
        break;
    case CaseListSort::Registered:
        orderBy = QStringLiteral("c.registered_on") + dir + QStringLiteral(", c.case_number") + dir;
        break;
    case CaseListSort::Site:
        orderBy = QStringLiteral("c.site_id") + dir + QStringLiteral(", c.case_number") + dir;
        break;
    case CaseListSort::Risk:
        orderBy = QStringLiteral("coalesce(r.max_level, 0)") + dir +
                  QStringLiteral(", c.case_number") + dir;
        break;
    }
    Conditions c = conditions(filter);
    c.params << limit << offset;
    // How many persons the name typed finds, up to one more than are listed: read on the first
    // page only, to tell whether more were found.
    const QString found = withTotal && !c.found.isEmpty() && filter.nameMatchLimit > 0
                              ? QStringLiteral("(SELECT count(*) FROM found)")
                              : QStringLiteral("0");
    // Without risk details, only whether the case needs attention is read.
    const QString riskJoin =
        m_withRisk ? QStringLiteral(" LEFT JOIN case_risk r ON r.case_id = c.id") : QString();
    const QString shownRisk =
        m_withRisk ? riskJoin : QStringLiteral(" LEFT JOIN case_attention a ON a.case_id = c.id");
    CaseListPage page;
    QList<CaseListRow>& rows = page.rows;
    rows.reserve(limit);
    // Read through a kept statement: on a server, a statement made anew costs two more round
    // trips (prepare, deallocate) than the page itself.
    Status read = m_db.forEachRow(
        c.found +
            QStringLiteral(
                "SELECT c.id, c.case_number, p.given_names, p.family_name1, p.family_name2, "
                "(SELECT count(*) FROM case_members m WHERE m.case_id = c.id), "
                "(SELECT %1 FROM (SELECT n.country FROM person_nationalities n "
                " WHERE n.person_id = c.principal_id ORDER BY n.position) AS ordered), "
                "c.status, c.registered_on, s.code, %2, page.total, %3 "
                // The page's cases are found on the sort index alone, then read in full:
                // skipping to row 150,000 walks the index instead of joining 150,000 rows.
                "FROM (SELECT c.id, ")
                .arg(m_db.dialect().groupConcat(QStringLiteral("country"), QStringLiteral("' '")),
                     m_withRisk ? QStringLiteral("coalesce(r.max_level, 0), "
                                                 "coalesce(r.high_categories, ''), "
                                                 "coalesce(r.pending_actions, 0), "
                                                 "CASE WHEN r.max_level >= 3 THEN 1 ELSE 0 END")
                                : QStringLiteral("0, '', 0, coalesce(a.needs_attention, 0)"),
                     found) +
            (withTotal ? QStringLiteral("count(*) OVER ()") : QStringLiteral("0")) +
            QStringLiteral(" AS total FROM cases c") + riskJoin + c.where +
            QStringLiteral(" ORDER BY ") + orderBy +
            QStringLiteral(" LIMIT ? OFFSET ?) page JOIN cases c ON c.id = page.id "
                           "JOIN persons p ON p.id = c.principal_id "
                           "JOIN sites s ON s.id = c.site_id") +
            shownRisk + QStringLiteral(" ORDER BY ") + orderBy,
        c.params, [&page, &rows, &filter](const QSqlQuery& r) {
            page.total = r.value(14).toInt();
            page.more = filter.nameMatchLimit > 0 && r.value(15).toInt() > filter.nameMatchLimit;
            CaseListRow row;
            row.caseId = r.value(0).toLongLong();
            row.caseNumber = r.value(1).toString();
            QStringList names;
            for (int i = 2; i <= 4; ++i) {
                const QString n = r.value(i).toString();
                if (!n.isEmpty())
                    names.append(n);
            }
            row.principalName = names.join(QLatin1Char(' '));
            row.memberCount = r.value(5).toInt();
            row.nationalities = r.value(6).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            row.status =
                caseStatusCodes().fromCode(r.value(7).toString()).value_or(CaseStatus::Open);
            row.registeredOn = QDate::fromString(r.value(8).toString(), Qt::ISODate);
            row.siteCode = r.value(9).toString();
            row.riskLevel = r.value(10).toInt();
            row.highCategories = r.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            row.pendingActions = r.value(12).toInt();
            row.needsAttention = r.value(13).toBool();
            rows.append(row);
        });
    if (!read)
        return read.error();
    return page;
}
