#include "core/domain/DocumentType.h"

const EnumTable<DocumentType>& documentTypeCodes()
{
    static const EnumTable<DocumentType> table(
        "DocumentType",
        {
            {DocumentType::Passport, "passport", QT_TRANSLATE_NOOP("DocumentType", "Passport")},
            {DocumentType::NationalId, "national_id",
             QT_TRANSLATE_NOOP("DocumentType", "National identity card")},
            {DocumentType::BirthCertificate, "birth_certificate",
             QT_TRANSLATE_NOOP("DocumentType", "Birth certificate")},
            {DocumentType::ResidencePermit, "residence_permit",
             QT_TRANSLATE_NOOP("DocumentType", "Residence or stay permit")},
            {DocumentType::AsylumDocument, "asylum_document",
             QT_TRANSLATE_NOOP("DocumentType", "Asylum seeker document")},
            {DocumentType::Other, "other", QT_TRANSLATE_NOOP("DocumentType", "Other document")},
        });
    return table;
}
