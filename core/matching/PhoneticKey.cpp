#include "core/matching/PhoneticKey.h"

#include "core/common/TextNormalizer.h"

namespace {
bool isFrontVowel(QChar c)
{
    return c == QLatin1Char('e') || c == QLatin1Char('i');
}
} // namespace

QString PhoneticKey::of(const QString& word)
{
    QString w;
    for (const QChar c : TextNormalizer::fold(word)) {
        if (c.isLetter())
            w.append(c);
    }
    QString out;
    out.reserve(w.size());
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w[i];
        const QChar next = i + 1 < w.size() ? w[i + 1] : QChar();
        const char ch = c.toLatin1();
        switch (ch) {
        case 'h':
            // silent, except in ch (kept as x) which is handled at 'c'
            break;
        case 'c':
            if (next == QLatin1Char('h')) {
                out.append(QLatin1Char('x'));
                ++i;
            } else if (isFrontVowel(next)) {
                out.append(QLatin1Char('s'));
            } else {
                out.append(QLatin1Char('k'));
            }
            break;
        case 'q':
            out.append(QLatin1Char('k'));
            if (next == QLatin1Char('u'))
                ++i;
            break;
        case 'g':
            if (next == QLatin1Char('u') && i + 2 < w.size() && isFrontVowel(w[i + 2])) {
                out.append(QLatin1Char('g'));
                ++i;
            } else if (isFrontVowel(next)) {
                out.append(i == 0 ? QLatin1Char('i') : QLatin1Char('j'));
            } else {
                out.append(QLatin1Char('g'));
            }
            break;
        case 'j':
            // Johandry / Yohandry: at the start j and y are spelt for one another.
            out.append(i == 0 ? QLatin1Char('i') : QLatin1Char('j'));
            break;
        case 'l':
            if (next == QLatin1Char('l') || next == QLatin1Char('h')) {
                out.append(QLatin1Char('i'));
                ++i;
            } else {
                out.append(QLatin1Char('l'));
            }
            break;
        case 'n':
            out.append(QLatin1Char('n'));
            if (next == QLatin1Char('h'))
                ++i;
            break;
        case 'y':
        case 'i':
            out.append(QLatin1Char('i'));
            break;
        case 'v':
        case 'w':
            out.append(QLatin1Char('b'));
            break;
        case 'z':
            out.append(QLatin1Char('s'));
            break;
        case 'x':
            out.append(QLatin1Char('s'));
            break;
        case 'k':
            out.append(QLatin1Char('k'));
            break;
        default:
            out.append(c);
            break;
        }
    }
    // Doubled letters are one sound (rr, ss, nn, tt…).
    QString collapsed;
    collapsed.reserve(out.size());
    for (const QChar c : out) {
        if (collapsed.isEmpty() || collapsed.back() != c)
            collapsed.append(c);
    }
    return collapsed;
}
