#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

// The encrypted backup file format. A key is derived from the passphrase with Argon2id; the
// data is sealed with libsodium's XChaCha20-Poly1305 secret stream in 64 KiB chunks, so any
// change, truncation, reordering or appended data is detected.
//
// Layout: "AMPBKUP1", version (1 byte), Argon2id ops and memory limits (2 x 8 bytes, big
// endian), salt (16), stream header (24); then records of a 4-byte big-endian length and
// that many sealed bytes. The first record holds the manifest (authenticated together with
// the file header); the last carries the FINAL tag.
class BackupCipher
{
    Q_DECLARE_TR_FUNCTIONS(BackupCipher)

public:
    static constexpr int ChunkSize = 64 * 1024;

    static Status encrypt(QIODevice& plain, QIODevice& out, const QString& passphrase,
                          const QByteArray& manifest);
    // Decrypts into `plainOut` and returns the manifest. On failure, what was written to
    // `plainOut` must be thrown away.
    static Result<QByteArray> decrypt(QIODevice& in, QIODevice& plainOut,
                                      const QString& passphrase);
};
