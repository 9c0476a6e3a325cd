#pragma once

#include "core/common/Result.h"
#include "core/crypto/SiteCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class SiteKeys;

// The outside of a package between a field post and its office (issue 20): who sent it, to
// whom, its number in the sender's series, and its contents, signed by the sender and
// encrypted for the receiver. Anything altered, cut short, grown, sent to another site or
// signed by a site the receiver does not know is refused whole.
//
// Layout: "AMPPKG01", sender code length (1 byte) and code, receiver code length and code,
// number (8 bytes, big endian), contents length (8 bytes, big endian), nonce (24); then the
// contents followed by the sender's Ed25519 signature over everything before it, encrypted
// with XChaCha20-Poly1305 under the key the two sites share (X25519), the clear part above
// as its associated data.
class PackageEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(PackageEnvelope)

public:
    static constexpr qint64 MaxContents = qint64(1) << 31;

    struct Opened
    {
        QString sender;
        quint64 number = 0;
        QByteArray contents;
    };
    // A known site's card, by its code; nothing for a site this database does not know.
    using Directory = std::function<std::optional<SiteCard>(const QString& code)>;

    static Result<QByteArray> seal(const SiteKeys& sender, const QString& senderCode,
                                   const SiteCard& receiver, quint64 number,
                                   const QByteArray& contents);
    static Result<Opened> open(const QByteArray& package, const SiteKeys& receiver,
                               const QString& receiverCode, const Directory& known);
};
