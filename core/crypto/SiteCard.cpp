#include "core/crypto/SiteCard.h"

#include "core/crypto/SiteKeys.h"

#include <QFile>
#include <QList>
#include <QSaveFile>

#include <sodium.h>

namespace {
const QByteArray Header = QByteArrayLiteral("Amparo site card 1");

QByteArray field(const QByteArray& line, const QByteArray& name)
{
    const QByteArray prefix = name + QByteArrayLiteral(": ");
    return line.startsWith(prefix) ? line.mid(prefix.size()) : QByteArray();
}

QByteArray key(const QByteArray& base64)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == SiteKeys::PublicKeySize &&
                   decoded.decoded.toBase64() == base64
               ? decoded.decoded
               : QByteArray();
}
} // namespace

bool SiteCard::isValidCode(const QString& code)
{
    if (code.isEmpty() || code.size() > MaxCodeLength)
        return false;
    for (const QChar c : code) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

QByteArray SiteCard::toFile() const
{
    return Header + "\nsite: " + code.toLatin1() + "\nsign: " + signPublic.toBase64() +
           "\nbox: " + boxPublic.toBase64() + '\n';
}

QString SiteCard::fingerprint() const
{
    const QByteArray all = toFile();
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(all.constData()),
                       quint64(all.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex();
    return QString::fromLatin1(hex.left(4) + ' ' + hex.mid(4, 4) + ' ' + hex.mid(8, 4) + ' ' +
                               hex.mid(12, 4))
        .toUpper();
}

Result<SiteCard> SiteCard::parse(const QByteArray& file)
{
    const Error notACard(Error::Code::Refused,
                         tr("This file is not an Amparo site card, or it was changed."));
    if (file.size() > MaxFileSize || !file.endsWith('\n'))
        return notACard;
    const QList<QByteArray> lines = file.chopped(1).split('\n');
    if (lines.size() != 4 || lines[0] != Header)
        return notACard;
    SiteCard card;
    card.code = QString::fromLatin1(field(lines[1], "site"));
    card.signPublic = key(field(lines[2], "sign"));
    card.boxPublic = key(field(lines[3], "box"));
    if (!isValidCode(card.code) || card.signPublic.isEmpty() || card.boxPublic.isEmpty() ||
        card.toFile() != file)
        return notACard;
    return card;
}

Result<QByteArray> SiteCard::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("The site card %1 could not be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return Error(Error::Code::Refused,
                     tr("This file is not an Amparo site card, or it was changed."));
    return bytes;
}

Status SiteCard::save(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = toFile();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(
            Error::Code::Io,
            tr("The site card could not be written to %1: %2").arg(path, file.errorString()));
    return {};
}
