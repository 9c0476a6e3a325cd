#include "core/import/TextFileDecoder.h"

#include <QCoreApplication>

namespace {
// What Windows-1252 puts at 0x80..0x9F, where Latin-1 has control characters.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QStringConverter::Encoding qtEncoding(TextFileDecoder::Encoding e)
{
    switch (e) {
    case TextFileDecoder::Encoding::Utf8:
        return QStringConverter::Utf8;
    case TextFileDecoder::Encoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextFileDecoder::Encoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextFileDecoder::Encoding::Windows1252:
        return QStringConverter::Latin1;
    }
    return QStringConverter::Utf8;
}
} // namespace

TextFileDecoder::TextFileDecoder(Encoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding))
{
}

int TextFileDecoder::bomLength(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return 3;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return 2;
    return 0;
}

TextFileDecoder::Encoding TextFileDecoder::detect(QByteArrayView head, bool wholeFileIsUtf8)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (head.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    return wholeFileIsUtf8 ? Encoding::Utf8 : Encoding::Windows1252;
}

QString TextFileDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString TextFileDecoder::decode(QByteArrayView bytes)
{
    QString text = m_decoder.decode(bytes);
    if (m_encoding == Encoding::Windows1252) {
        for (QChar& c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80 && u <= 0x9F)
                c = QChar(Cp1252High[u - 0x80]);
        }
    }
    return text;
}
