#include "core/reference/ReferenceOverrides.h"

#include "core/reference/HolidayCalendar.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/RiskCatalogue.h"

#include <QFile>

QStringList ReferenceOverrides::install()
{
    struct Override
    {
        QString path;
        Status (*install)(const QString&);
    };
    const Override overrides[] = {
        {RiskCatalogue::overridePath(), &RiskCatalogue::installFrom},
        {ProcedureCatalogue::overridePath(), &ProcedureCatalogue::installFrom},
        {HolidayCalendar::overridePath(), &HolidayCalendar::installFrom},
        {IncidentCatalogue::overridePath(), &IncidentCatalogue::installFrom},
    };
    QStringList problems;
    for (const Override& o : overrides) {
        if (!QFile::exists(o.path))
            continue;
        if (Status s = o.install(o.path); !s)
            problems.append(tr("%1 Amparo uses the data it ships with instead of %2.")
                                .arg(s.error().message(), o.path));
    }
    return problems;
}
