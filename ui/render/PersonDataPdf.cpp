#include "ui/render/PersonDataPdf.h"

#include "core/common/Translations.h"
#include "ui/render/PdfDocumentWriter.h"

#include <QFile>

Status PersonDataPdf::write(DataRequestService& service,
                            const DataRequestService::Received& received, const QString& language,
                            const QString& path)
{
    if (Status s = service.check(received); !s)
        return s;
    {
        // The person reads it in their language, whatever the window speaks.
        const LanguageScope scope(language);
        Result<PersonDataReport> report = service.report(received.personId);
        if (!report)
            return report.error();
        if (Status s = PdfDocumentWriter::write(path, report->title(), report->html()); !s)
            return s;
    }
    if (Result<qint64> entered = service.recordAccess(received, language); !entered) {
        QFile::remove(path);
        return entered.error();
    }
    return {};
}
