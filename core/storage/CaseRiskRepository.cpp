#include "core/storage/CaseRiskRepository.h"

#include "core/storage/Database.h"
#include "core/storage/ScreeningRepository.h"

#include <QStringList>

CaseRiskRepository::CaseRiskRepository(const Database& db)
    : m_db(db)
{
}

Status CaseRiskRepository::refresh(qint64 caseId, const Clock& clock)
{
    Result<QHash<qint64, Screening>> latest =
        ScreeningRepository(m_db, clock).latestForCase(caseId);
    if (!latest)
        return latest.error();
    return store(caseId, *latest);
}

Status CaseRiskRepository::store(qint64 caseId, const QHash<qint64, Screening>& latest)
{
    QHash<QString, int> categories;
    int pending = 0;
    for (const Screening& s : latest) {
        for (auto it = s.levels.cbegin(); it != s.levels.cend(); ++it)
            categories[it.key()] = std::max(categories.value(it.key()), int(it.value()));
        for (const ScreeningAction& a : s.actions)
            pending += a.status == ActionStatus::Pending ? 1 : 0;
    }
    int maxLevel = 0;
    for (const Screening& s : latest)
        maxLevel = std::max(maxLevel, int(s.overallLevel));
    QStringList high;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        maxLevel = std::max(maxLevel, it.value());
        if (it.value() == int(RiskLevel::High))
            high.append(it.key());
    }
    high.sort();
    if (Status s = m_db.run(QStringLiteral("DELETE FROM case_risk_categories WHERE case_id = ?"),
                            {caseId});
        !s)
        return s;
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        if (Status s = m_db.run(
                QStringLiteral("INSERT INTO case_risk_categories (case_id, category_code, level) "
                               "VALUES (?, ?, ?)"),
                {caseId, it.key(), it.value()});
            !s)
            return s;
    }
    return m_db.run(
        QStringLiteral(
            "INSERT INTO case_risk (case_id, max_level, high_categories, pending_actions) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET "
            "max_level = excluded.max_level, high_categories = excluded.high_categories, "
            "pending_actions = excluded.pending_actions"),
        {caseId, maxLevel, high.join(QLatin1Char(',')), pending});
}
