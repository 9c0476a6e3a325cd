#include "core/domain/Incident.h"

const EnumTable<IncidentReported>& incidentReportedCodes()
{
    static const EnumTable<IncidentReported> table(
        "IncidentReported",
        {
            {IncidentReported::Yes, "yes", QT_TRANSLATE_NOOP("IncidentReported", "Reported")},
            {IncidentReported::No, "no", QT_TRANSLATE_NOOP("IncidentReported", "Not reported")},
            {IncidentReported::NotSaid, "not_said",
             QT_TRANSLATE_NOOP("IncidentReported", "Did not want to say")},
        });
    return table;
}

const EnumTable<Diversity>& diversityCodes()
{
    static const EnumTable<Diversity> table(
        "Diversity",
        {
            {Diversity::Lgbtiq, "lgbtiq", QT_TRANSLATE_NOOP("Diversity", "LGBTIQ+")},
            {Diversity::Disability, "disability",
             QT_TRANSLATE_NOOP("Diversity", "Person with a disability")},
            {Diversity::Indigenous, "indigenous", QT_TRANSLATE_NOOP("Diversity", "Indigenous")},
            {Diversity::AfroDescendant, "afro_descendant",
             QT_TRANSLATE_NOOP("Diversity", "Afro-descendant")},
        });
    return table;
}
