#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A site's public identity (issue 20): its code and the public keys that check what it signs
// and encrypt what is sent to it. The office gives its card to every post and registers each
// post's card; nothing secret is in it. Written as a short text file:
//
//   Amparo site card 1
//   site: CUC
//   sign: <32 bytes, base64>
//   box: <32 bytes, base64>
//
// Its fingerprint (16 hexadecimal digits over all of it) is what two administrators read to
// each other to be sure a card was not swapped on the way.
class SiteCard
{
    Q_DECLARE_TR_FUNCTIONS(SiteCard)

public:
    static constexpr int MaxFileSize = 1024;
    static constexpr int MaxCodeLength = 16;

    QString code;
    QByteArray signPublic;
    QByteArray boxPublic;

    // Whether `code` is a site code a card and a package may carry: 1 to 16 of A–Z, 0–9, '-'.
    static bool isValidCode(const QString& code);

    QByteArray toFile() const;
    QString fingerprint() const;
    // Refuses, with a sentence, anything but a card written by toFile().
    static Result<SiteCard> parse(const QByteArray& file);
    // The card's file, read whole (refused when larger than any card), or written anew.
    static Result<QByteArray> readFile(const QString& path);
    Status save(const QString& path) const;
};
