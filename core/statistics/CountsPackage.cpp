#include "core/statistics/CountsPackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {
Error refused(const QString& what)
{
    return Error(Error::Code::Refused,
                 CountsPackage::tr("This is not a counts package Amparo can add up: %1").arg(what));
}

// Codes, ISO country and division codes, age groups, months and quarters: nothing else can
// be a value, so no name or text can travel in a package.
bool isCode(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_+\\-]*$"));
    return value.size() <= CountsPackage::MaxCodeLength && pattern.match(value).hasMatch();
}
} // namespace

QByteArray CountsPackage::toJson() const
{
    QJsonArray tableArray;
    for (const Table& t : tables) {
        QJsonArray dims;
        for (Dimension d : t.dimensions)
            dims.append(dimensionCodes().code(d));
        QJsonArray counts;
        for (const auto& [key, count] : t.counts)
            counts.append(QJsonArray{QJsonArray::fromStringList(key), count});
        tableArray.append(QJsonObject{{QStringLiteral("measure"), measureCodes().code(t.measure)},
                                      {QStringLiteral("dimensions"), dims},
                                      {QStringLiteral("counts"), counts}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), Format},
                                     {QStringLiteral("kind"), QStringLiteral("amparo-counts")},
                                     {QStringLiteral("report"), report},
                                     {QStringLiteral("from"), fromMonth},
                                     {QStringLiteral("to"), toMonth},
                                     {QStringLiteral("tables"), tableArray}})
        .toJson(QJsonDocument::Compact);
}

Result<CountsPackage> CountsPackage::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refused(tr("it is not JSON."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("kind")).toString() != QLatin1String("amparo-counts"))
        return refused(tr("it does not say it is one."));
    if (root.value(QStringLiteral("format")).toInt(-1) != Format)
        return refused(tr("it was made by a newer version of Amparo."));
    CountsPackage p;
    p.report = root.value(QStringLiteral("report")).toString();
    if (p.report != QLatin1String("advocacy"))
        return refused(tr("it answers a report this version does not know."));
    p.fromMonth = root.value(QStringLiteral("from")).toString();
    p.toMonth = root.value(QStringLiteral("to")).toString();
    if (!AggregateDefinition::isMonth(p.fromMonth) || !AggregateDefinition::isMonth(p.toMonth) ||
        p.fromMonth > p.toMonth)
        return refused(tr("its period is not one."));
    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isArray() || tablesValue.toArray().size() > MaxTables)
        return refused(tr("its tables are missing or too many."));
    for (const QJsonValue& tv : tablesValue.toArray()) {
        const QJsonObject to = tv.toObject();
        Table t;
        const std::optional<Measure> measure =
            measureCodes().fromCode(to.value(QStringLiteral("measure")).toString());
        if (!measure)
            return refused(tr("a table counts something this version does not know."));
        t.measure = *measure;
        const QJsonValue dims = to.value(QStringLiteral("dimensions"));
        if (!dims.isArray() || dims.toArray().size() > AggregateDefinition::MaximumDimensions)
            return refused(tr("a table's breakdowns are missing or too many."));
        for (const QJsonValue& dv : dims.toArray()) {
            const std::optional<Dimension> d = dimensionCodes().fromCode(dv.toString());
            if (!d || t.dimensions.contains(*d))
                return refused(tr("a table's breakdowns are unknown or repeated."));
            t.dimensions.append(*d);
        }
        const QJsonValue counts = to.value(QStringLiteral("counts"));
        if (!counts.isArray() || counts.toArray().size() > MaxCountsPerTable)
            return refused(tr("a table's counts are missing or too many."));
        QSet<QStringList> seen;
        for (const QJsonValue& cv : counts.toArray()) {
            const QJsonArray pair = cv.toArray();
            const QJsonValue keyValue = pair.at(0);
            const QJsonValue countValue = pair.at(1);
            if (pair.size() != 2 || !keyValue.isArray() || !countValue.isDouble())
                return refused(tr("a count is not a combination and a number."));
            QStringList key;
            for (const QJsonValue& part : keyValue.toArray()) {
                if (!part.isString() || !isCode(part.toString()))
                    return refused(tr("a value is not a code."));
                key.append(part.toString());
            }
            const double count = countValue.toDouble();
            if (key.size() != t.dimensions.size() || seen.contains(key))
                return refused(tr("a combination does not fit its table or comes twice."));
            if (count < 1 || count > MaxCount || count != double(int(count)))
                return refused(tr("a count is not a whole number from 1 to %L1.").arg(MaxCount));
            seen.insert(key);
            t.counts.append({key, int(count)});
        }
        p.tables.append(t);
    }
    return p;
}
