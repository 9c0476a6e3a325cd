#pragma once

#include "core/common/Result.h"
#include "core/services/DataRequestService.h"

#include <QCoreApplication>

// Answers a person's request to see their data: "What Amparo holds about this person" as a
// PDF in their language, then the request entered in the register as granted. A file whose
// request cannot be entered is removed: no copy leaves unrecorded.
class PersonDataPdf
{
    Q_DECLARE_TR_FUNCTIONS(PersonDataPdf)

public:
    // `language`: es, pt_BR or en.
    static Status write(DataRequestService& service, const DataRequestService::Received& received,
                        const QString& language, const QString& path);
};
