#include "app/cli/commands/SiteOptions.h"

#include "core/reference/CountryCatalog.h"

#include <QCoreApplication>

SiteOptions::SiteOptions(QString prefix)
    : m_prefix(std::move(prefix))
{
}

void SiteOptions::define(QCommandLineParser& parser) const
{
    parser.addOptions({
        {m_prefix + QStringLiteral("code"),
         QCoreApplication::translate("SiteOptions",
                                     "Site code, 2 to 8 letters or digits (e.g. CUC)."),
         QStringLiteral("CODE")},
        {m_prefix + QStringLiteral("name"),
         QCoreApplication::translate("SiteOptions", "Site name."), QStringLiteral("NAME")},
        {m_prefix + QStringLiteral("country"),
         QCoreApplication::translate("SiteOptions", "Country of the site (ISO code or name)."),
         QStringLiteral("COUNTRY")},
        {m_prefix + QStringLiteral("admin1"),
         QCoreApplication::translate("SiteOptions",
                                     "First-level division (ISO 3166-2 code, e.g. CO-NSA)."),
         QStringLiteral("CODE")},
    });
}

bool SiteOptions::isSet(const QCommandLineParser& parser) const
{
    return parser.isSet(m_prefix + QStringLiteral("code"));
}

Site SiteOptions::read(const QCommandLineParser& p) const
{
    Site s;
    s.code = p.value(m_prefix + QStringLiteral("code")).trimmed().toUpper();
    s.name = p.value(m_prefix + QStringLiteral("name"));
    s.country =
        CountryCatalog::instance().codeForName(p.value(m_prefix + QStringLiteral("country")));
    s.admin1 = p.value(m_prefix + QStringLiteral("admin1")).trimmed().toUpper();
    return s;
}
