#include "core/import/ImportMapping.h"

#include "core/common/TextNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

const EnumTable<ImportMapping::DateOrder>& ImportMapping::dateOrderCodes()
{
    static const EnumTable<DateOrder> table(
        "ImportMapping", {
                             {DateOrder::DayMonthYear, "dmy",
                              QT_TRANSLATE_NOOP("ImportMapping", "Day/month/year (31/12/2020)")},
                             {DateOrder::MonthDayYear, "mdy",
                              QT_TRANSLATE_NOOP("ImportMapping", "Month/day/year (12/31/2020)")},
                             {DateOrder::YearMonthDay, "ymd",
                              QT_TRANSLATE_NOOP("ImportMapping", "Year-month-day (2020-12-31)")},
                         });
    return table;
}

const EnumTable<ImportMapping::DuplicateChoice>& ImportMapping::duplicateChoiceCodes()
{
    static const EnumTable<DuplicateChoice> table(
        "ImportMapping",
        {
            {DuplicateChoice::Skip, "skip", QT_TRANSLATE_NOOP("ImportMapping", "Skip the row")},
            {DuplicateChoice::ImportAsNew, "new",
             QT_TRANSLATE_NOOP("ImportMapping", "Import as a new person")},
            {DuplicateChoice::LinkToExisting, "link",
             QT_TRANSLATE_NOOP("ImportMapping", "Link to the registered person")},
        });
    return table;
}

ImportField ImportMapping::fieldOf(const QString& header) const
{
    const QString folded = TextNormalizer::fold(header);
    for (const auto& [name, field] : columns) {
        if (TextNormalizer::fold(name) == folded)
            return field;
    }
    return ImportField::Ignore;
}

void ImportMapping::setField(const QString& header, ImportField field)
{
    const QString folded = TextNormalizer::fold(header);
    for (auto& column : columns) {
        if (TextNormalizer::fold(column.first) == folded) {
            column.second = field;
            return;
        }
    }
    columns.append({header, field});
}

void ImportMapping::setValue(ImportField field, const QString& written, const QString& code)
{
    values[field].insert(TextNormalizer::fold(written), code);
}

QStringList ImportMapping::problems(const QStringList& header) const
{
    QStringList problems;
    QHash<ImportField, QString> used;
    QSet<QString> seenHeaders;
    for (const QString& name : header) {
        const QString folded = TextNormalizer::fold(name);
        if (!folded.isEmpty() && seenHeaders.contains(folded) &&
            fieldOf(name) != ImportField::Ignore)
            problems.append(tr("Two columns are called “%1”; rename one in the file.").arg(name));
        seenHeaders.insert(folded);
        const ImportField field = fieldOf(name);
        if (field == ImportField::Ignore)
            continue;
        if (used.contains(field))
            problems.append(tr("The columns “%1” and “%2” both fill “%3”; choose one.")
                                .arg(used.value(field), name, importFieldCodes().label(field)));
        used.insert(field, name);
    }
    const bool fullName = used.contains(ImportField::FullName);
    if (!fullName && !used.contains(ImportField::GivenNames))
        problems.append(tr("Choose the column with the names: “%1”, or “%2” with the family "
                           "names.")
                            .arg(importFieldCodes().label(ImportField::FullName),
                                 importFieldCodes().label(ImportField::GivenNames)));
    if (fullName &&
        (used.contains(ImportField::GivenNames) || used.contains(ImportField::FamilyNames) ||
         used.contains(ImportField::FamilyName1) || used.contains(ImportField::FamilyName2)))
        problems.append(tr("A column holds the full name and others hold parts of it; keep one "
                           "or the other."));
    if (used.contains(ImportField::FamilyNames) &&
        (used.contains(ImportField::FamilyName1) || used.contains(ImportField::FamilyName2)))
        problems.append(tr("One column holds both family names and another one of them; keep "
                           "one or the other."));
    if (defaultSiteCode.isEmpty() && !used.contains(ImportField::Site))
        problems.append(tr("Choose the site the records belong to."));
    return problems;
}

QByteArray ImportMapping::toJson() const
{
    QJsonArray cols;
    for (const auto& [name, field] : columns) {
        if (field != ImportField::Ignore)
            cols.append(QJsonObject{{QStringLiteral("column"), name},
                                    {QStringLiteral("field"), importFieldCodes().code(field)}});
    }
    QJsonObject vals;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QJsonObject forField;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            forField.insert(v.key(), v.value());
        if (!forField.isEmpty())
            vals.insert(importFieldCodes().code(it.key()), forField);
    }
    QJsonObject root{{QStringLiteral("amparoImportMapping"), FormatVersion},
                     {QStringLiteral("columns"), cols},
                     {QStringLiteral("dateOrder"), dateOrderCodes().code(dateOrder)},
                     {QStringLiteral("defaultSite"), defaultSiteCode},
                     {QStringLiteral("onDuplicate"), duplicateChoiceCodes().code(onDuplicate)},
                     {QStringLiteral("values"), vals}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray& json)
{
    auto refuse = [](const QString& why) {
        return Error(Error::Code::Refused,
                     tr("This is not an Amparo import mapping that can be used: %1").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(tr("it is not valid JSON (%1).").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    static const QSet<QString> known{
        QStringLiteral("amparoImportMapping"), QStringLiteral("columns"),
        QStringLiteral("dateOrder"),           QStringLiteral("defaultSite"),
        QStringLiteral("onDuplicate"),         QStringLiteral("values")};
    for (const QString& key : root.keys()) {
        if (!known.contains(key))
            return refuse(tr("it has an unknown entry “%1”.").arg(key.left(40)));
    }
    if (root.value(QStringLiteral("amparoImportMapping")).toInt() != FormatVersion)
        return refuse(tr("its format version is not %1.").arg(FormatVersion));

    ImportMapping m;
    for (const QJsonValue& v : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = v.toObject();
        const QString name = column.value(QStringLiteral("column")).toString();
        const auto field =
            importFieldCodes().fromCode(column.value(QStringLiteral("field")).toString());
        if (name.trimmed().isEmpty() || !field)
            return refuse(tr("a column entry has no column name or an unknown field."));
        if (m.fieldOf(name) != ImportField::Ignore)
            return refuse(tr("the column “%1” is listed twice.").arg(name.left(60)));
        m.columns.append({name, *field});
    }
    const QString order = root.value(QStringLiteral("dateOrder")).toString(QStringLiteral("dmy"));
    const auto dateOrder = dateOrderCodes().fromCode(order);
    if (!dateOrder)
        return refuse(tr("the date order “%1” is not dmy, mdy or ymd.").arg(order.left(20)));
    m.dateOrder = *dateOrder;
    m.defaultSiteCode = root.value(QStringLiteral("defaultSite")).toString();
    const QString duplicate =
        root.value(QStringLiteral("onDuplicate")).toString(QStringLiteral("skip"));
    const auto choice = duplicateChoiceCodes().fromCode(duplicate);
    if (!choice)
        return refuse(tr("“onDuplicate” must be skip, new or link."));
    m.onDuplicate = *choice;
    const QJsonObject vals = root.value(QStringLiteral("values")).toObject();
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        const auto field = importFieldCodes().fromCode(it.key());
        if (!field || !it.value().isObject())
            return refuse(tr("the values of “%1” cannot be read.").arg(it.key().left(40)));
        const QJsonObject forField = it.value().toObject();
        for (auto v = forField.begin(); v != forField.end(); ++v) {
            if (!v.value().isString())
                return refuse(tr("the values of “%1” cannot be read.").arg(it.key().left(40)));
            m.setValue(*field, v.key(), v.value().toString());
        }
    }
    return m;
}

Result<ImportMapping> ImportMapping::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("The mapping %1 could not be read: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return Error(Error::Code::Refused,
                     tr("%1 is too large to be an import mapping.").arg(path));
    return fromJson(file.readAll());
}

Status ImportMapping::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error(Error::Code::Io,
                     tr("The mapping could not be saved to %1: %2").arg(path, file.errorString()));
    return {};
}
