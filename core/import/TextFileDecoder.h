#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

// Turns the bytes of a text file into text, whatever the program that wrote it chose:
// UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), or the Windows
// Western encoding (Latin-1 with the curly quotes and euro sign of Windows-1252) when the
// bytes are not UTF-8.
class TextFileDecoder
{
public:
    enum class Encoding
    {
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1252
    };

    // The encoding of a file from its first bytes and whether the whole file is valid
    // UTF-8 (the caller checks that, since it reads the file anyway).
    static Encoding detect(QByteArrayView head, bool wholeFileIsUtf8);
    static QString name(Encoding encoding);
    // How many bytes of byte order mark start the file.
    static int bomLength(QByteArrayView head);

    explicit TextFileDecoder(Encoding encoding);
    // Decodes the next piece; a character split between pieces is completed by the next.
    QString decode(QByteArrayView bytes);

private:
    Encoding m_encoding;
    QStringDecoder m_decoder;
};
