#pragma once

#include "core/common/EnumTable.h"

// Kinds of identity document people carry (or carried) across the region.
enum class DocumentType
{
    Passport,
    NationalId,
    BirthCertificate,
    ResidencePermit,
    AsylumDocument,
    Other
};

// Database codes and labels of DocumentType.
const EnumTable<DocumentType>& documentTypeCodes();
