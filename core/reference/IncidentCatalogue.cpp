#include "core/reference/IncidentCatalogue.h"

#include "core/reference/ReferenceFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
Error broken(const QString& what)
{
    return Error(Error::Code::Refused,
                 IncidentCatalogue::tr("The incident catalogue cannot be used: %1").arg(what));
}

// The entries of one list: each with a good, unique code and an English label; none is an
// error, a list without entries too.
Result<QList<IncidentCode>> entries(const QJsonObject& root, const char* key)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QList<IncidentCode> out;
    const QJsonValue list = root.value(QLatin1String(key));
    if (!list.isArray() || list.toArray().isEmpty())
        return broken(IncidentCatalogue::tr("it has no “%1”.").arg(QLatin1String(key)));
    for (const QJsonValue& v : list.toArray()) {
        const QJsonObject o = v.toObject();
        IncidentCode c;
        c.code = o.value(QStringLiteral("code")).toString();
        c.group = o.value(QStringLiteral("group")).toString();
        const std::optional<LocalizedText> label =
            LocalizedText::fromJson(o.value(QStringLiteral("label")));
        if (!codePattern.match(c.code).hasMatch() || !label || IncidentCatalogue::find(out, c.code))
            return broken(IncidentCatalogue::tr("an entry of “%1” (“%2”) has a bad or repeated "
                                                "code or no English label.")
                              .arg(QLatin1String(key), c.code));
        c.label = *label;
        out.append(c);
    }
    return out;
}
} // namespace

const IncidentCode* IncidentCatalogue::find(const QList<IncidentCode>& list, const QString& code)
{
    for (const IncidentCode& c : list) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QString IncidentCatalogue::label(const QList<IncidentCode>& list, const QString& code)
{
    const IncidentCode* found = find(list, code);
    return found ? found->label.text() : code;
}

Result<IncidentCatalogue> IncidentCatalogue::fromJson(const QByteArray& json)
{
    Result<QJsonObject> parsed = ReferenceFile::root(json, SupportedFormat);
    if (!parsed)
        return broken(parsed.error().message());
    const QJsonObject& root = *parsed;
    IncidentCatalogue c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    if (c.m_version.trimmed().isEmpty())
        return broken(tr("it has no \"version\"."));
    const std::pair<const char*, QList<IncidentCode>*> lists[] = {
        {"groups", &c.m_groups},
        {"incidentTypes", &c.m_types},
        {"perpetrators", &c.m_perpetrators},
        {"stateResponses", &c.m_responses},
        {"institutions", &c.m_institutions},
        {"places", &c.m_places},
        {"legalStatuses", &c.m_legalStatuses},
        {"intentions", &c.m_intentions},
        {"returnRisks", &c.m_returnRisks},
        {"needs", &c.m_needs},
    };
    for (const auto& [key, into] : lists) {
        Result<QList<IncidentCode>> read = entries(root, key);
        if (!read)
            return read.error();
        *into = *read;
    }
    for (const IncidentCode& t : std::as_const(c.m_types)) {
        if (!find(c.m_groups, t.group))
            return broken(
                tr("the incident type “%1” is in the unknown group “%2”.").arg(t.code, t.group));
    }
    return c;
}

Result<IncidentCatalogue> IncidentCatalogue::load(const QString& path)
{
    Result<QByteArray> bytes = ReferenceFile::read(path, 4 * 1024 * 1024);
    if (!bytes)
        return broken(bytes.error().message());
    return fromJson(*bytes);
}

const IncidentCatalogue& IncidentCatalogue::current()
{
    return ReferenceFile::Installed<IncidentCatalogue>::current(
        QStringLiteral(":/reference/incident-catalogue.json"));
}

Status IncidentCatalogue::installFrom(const QString& path)
{
    return ReferenceFile::Installed<IncidentCatalogue>::installFrom(path);
}

QString IncidentCatalogue::overridePath()
{
    return ReferenceFile::overridePath(QStringLiteral("incident-catalogue.json"));
}
