#include "core/import/ImportMapping.h"
#include "core/reference/HolidayCalendar.h"
#include "core/reference/IncidentCatalogue.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reference/RiskCatalogue.h"
#include "core/statistics/AggregateDefinition.h"
#include "tests/fuzz/FuzzSupport.h"

// The JSON files people and other organisations hand to Amparo: the risk catalogue,
// procedure types, holidays, export definitions, import mappings and the incident catalogue. The
// first byte says which parser reads the rest.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::ensureApplication();
    if (size == 0)
        return 0;
    const QByteArray json(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0:
        (void)RiskCatalogue::fromJson(json);
        break;
    case 1:
        (void)ProcedureCatalogue::fromJson(json);
        break;
    case 2:
        (void)HolidayCalendar::fromJson(json);
        break;
    case 3:
        if (Result<AggregateDefinition> d = AggregateDefinition::fromJson(json))
            (void)d->toJson();
        break;
    case 4:
        if (Result<ImportMapping> m = ImportMapping::fromJson(json))
            (void)m->problems({QStringLiteral("Nombre"), QStringLiteral("Sexo")});
        break;
    case 5:
        (void)IncidentCatalogue::fromJson(json);
        break;
    }
    return 0;
}
