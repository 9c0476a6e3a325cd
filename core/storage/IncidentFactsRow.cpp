#include "core/storage/IncidentFactsRow.h"

namespace {
const QStringList& names()
{
    static const QStringList list{
        QStringLiteral("incident_type"),  QStringLiteral("perpetrator"),
        QStringLiteral("occurred_month"), QStringLiteral("country"),
        QStringLiteral("admin1"),         QStringLiteral("place"),
        QStringLiteral("age_group"),      QStringLiteral("sex"),
        QStringLiteral("diversity"),      QStringLiteral("reported"),
        QStringLiteral("institution"),    QStringLiteral("state_response")};
    return list;
}
} // namespace

QString IncidentFactsRow::columns(const QString& prefix)
{
    QStringList out;
    for (const QString& name : names())
        out.append(prefix + name);
    return out.join(QStringLiteral(", "));
}

int IncidentFactsRow::columnCount()
{
    return int(names().size());
}

QVariantList IncidentFactsRow::values(const IncidentFacts& f)
{
    return {f.type,
            f.perpetrator,
            f.month.toString(QStringLiteral("yyyy-MM")),
            f.country,
            f.admin1,
            f.place,
            ageGroupCodes().code(f.ageGroup),
            sexCodes().code(f.sex),
            f.diversity.join(QLatin1Char(',')),
            incidentReportedCodes().code(f.reported),
            f.institution,
            f.stateResponse};
}

IncidentFacts IncidentFactsRow::read(const QSqlQuery& row, int first)
{
    IncidentFacts f;
    f.type = row.value(first).toString();
    f.perpetrator = row.value(first + 1).toString();
    f.month =
        QDate::fromString(row.value(first + 2).toString() + QStringLiteral("-01"), Qt::ISODate);
    f.country = row.value(first + 3).toString();
    f.admin1 = row.value(first + 4).toString();
    f.place = row.value(first + 5).toString();
    f.ageGroup =
        ageGroupCodes().fromCode(row.value(first + 6).toString()).value_or(AgeGroup::Unknown);
    f.sex = sexCodes().fromCode(row.value(first + 7).toString()).value_or(Sex::Unknown);
    f.diversity = row.value(first + 8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    f.reported = incidentReportedCodes()
                     .fromCode(row.value(first + 9).toString())
                     .value_or(IncidentReported::NotSaid);
    f.institution = row.value(first + 10).toString();
    f.stateResponse = row.value(first + 11).toString();
    return f;
}
