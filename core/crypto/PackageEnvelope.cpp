#include "core/crypto/PackageEnvelope.h"

#include "core/crypto/SiteKeys.h"

#include <QtEndian>

#include <sodium.h>

namespace {
const QByteArray Magic = QByteArrayLiteral("AMPPKG01");
constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

QByteArray bigEndian(quint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

// Reads the clear part field by field; any field past the end leaves it failed.
struct Reader
{
    const QByteArray& bytes;
    qsizetype at = 0;
    bool failed = false;

    QByteArray take(qsizetype n)
    {
        if (failed || n < 0 || n > bytes.size() - at) {
            failed = true;
            return {};
        }
        const QByteArray out = bytes.mid(at, n);
        at += n;
        return out;
    }
    QString code()
    {
        const QByteArray length = take(1);
        return failed ? QString() : QString::fromLatin1(take(quint8(length[0])));
    }
    quint64 number()
    {
        const QByteArray b = take(8);
        return failed ? 0 : qFromBigEndian<quint64>(b.constData());
    }
};
} // namespace

Result<QByteArray> PackageEnvelope::seal(const SiteKeys& sender, const QString& senderCode,
                                         const SiteCard& receiver, quint64 number,
                                         const QByteArray& contents)
{
    if (!SiteCard::isValidCode(senderCode) || !SiteCard::isValidCode(receiver.code) ||
        contents.size() > MaxContents)
        return Error(Error::Code::Invalid, tr("A package cannot be made with these sites."));
    const SecretKey key = sender.sharedWith(receiver.boxPublic);
    if (key.isNull())
        return Error(
            Error::Code::Invalid,
            tr("The keys of site %1 cannot be used to send it a package.").arg(receiver.code));
    QByteArray nonce(NonceSize, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const QByteArray clear = Magic + char(senderCode.size()) + senderCode.toLatin1() +
                             char(receiver.code.size()) + receiver.code.toLatin1() +
                             bigEndian(number) + bigEndian(quint64(contents.size())) + nonce;
    const QByteArray signature = sender.sign(clear + contents);
    if (signature.isEmpty())
        return Error(Error::Code::Storage, tr("The package could not be signed."));
    const QByteArray inner = contents + signature;
    QByteArray sealed(inner.size() + TagSize, Qt::Uninitialized);
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(sealed.data()), &sealedSize,
        reinterpret_cast<const unsigned char*>(inner.constData()), quint64(inner.size()),
        reinterpret_cast<const unsigned char*>(clear.constData()), quint64(clear.size()), nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()), key.data());
    return clear + sealed;
}

Result<PackageEnvelope::Opened> PackageEnvelope::open(const QByteArray& package,
                                                      const SiteKeys& receiver,
                                                      const QString& receiverCode,
                                                      const Directory& known)
{
    const Error damaged(Error::Code::Refused,
                        tr("This package was changed or cut short on the way; nothing of it "
                           "was applied. Ask the sender for it again."));
    Reader r{package};
    if (r.take(Magic.size()) != Magic)
        return Error(Error::Code::Refused, tr("This file is not an Amparo package."));
    Opened opened;
    opened.sender = r.code();
    const QString to = r.code();
    opened.number = r.number();
    const quint64 length = r.number();
    const QByteArray nonce = r.take(NonceSize);
    if (r.failed || !SiteCard::isValidCode(opened.sender) || !SiteCard::isValidCode(to))
        return damaged;
    if (to != receiverCode)
        return Error(
            Error::Code::Refused,
            tr("This package is for site %1, not for this one (%2).").arg(to, receiverCode));
    const std::optional<SiteCard> sender = known(opened.sender);
    if (!sender)
        return Error(Error::Code::Refused,
                     tr("This package comes from site %1, which this database does not know. "
                        "An administrator must register that site's card first.")
                         .arg(opened.sender));
    const QByteArray clear = package.left(r.at);
    const qsizetype sealedSize = package.size() - r.at;
    if (length > quint64(MaxContents) ||
        quint64(sealedSize) != length + SiteKeys::SignatureSize + TagSize)
        return damaged;
    const SecretKey key = receiver.sharedWith(sender->boxPublic);
    if (key.isNull())
        return damaged;
    QByteArray inner(sealedSize - TagSize, Qt::Uninitialized);
    unsigned long long innerSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(inner.data()), &innerSize, nullptr,
            reinterpret_cast<const unsigned char*>(package.constData() + r.at), quint64(sealedSize),
            reinterpret_cast<const unsigned char*>(clear.constData()), quint64(clear.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), key.data()) != 0)
        return damaged;
    opened.contents = inner.left(qsizetype(length));
    if (!SiteKeys::verify(clear + opened.contents, inner.mid(qsizetype(length)),
                          sender->signPublic))
        return damaged;
    return opened;
}
