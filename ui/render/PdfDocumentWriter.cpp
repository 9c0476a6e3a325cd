#include "ui/render/PdfDocumentWriter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

Status PdfDocumentWriter::write(const QString& path, const QString& title, const QString& html)
{
    // QTextDocument::print adds 2 cm of its own around the page.
    return draw(path, title, QMarginsF(5, 5, 5, 5), [&html](QPdfWriter& writer) {
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
        return true;
    });
}

Status PdfDocumentWriter::draw(const QString& path, const QString& title, const QMarginsF& margins,
                               const std::function<bool(QPdfWriter&)>& draw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Amparo"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, margins,
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        if (!draw(writer))
            return Error(Error::Code::Io, tr("Could not write %1.").arg(path));
    }
    if (!file.commit())
        return Error(Error::Code::Io, tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}
