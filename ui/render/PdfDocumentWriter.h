#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

// Writes an HTML page as an A4 PDF, whole or not at all (a half-written file never replaces
// an earlier one).
class PdfDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocumentWriter)

public:
    static Status write(const QString& path, const QString& title, const QString& html);
};
