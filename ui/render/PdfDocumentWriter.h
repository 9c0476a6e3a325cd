#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPdfWriter;

// A4 PDFs, written whole or not at all (a half-written file never replaces an earlier one).
class PdfDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocumentWriter)

public:
    // An HTML page.
    static Status write(const QString& path, const QString& title, const QString& html);
    // Pages drawn by `draw` at 300 dots per inch within margins in millimetres; `draw`
    // returns false when drawing failed.
    static Status draw(const QString& path, const QString& title, const QMarginsF& margins,
                       const std::function<bool(QPdfWriter&)>& draw);
};
