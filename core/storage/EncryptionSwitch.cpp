#include "core/storage/EncryptionSwitch.h"

#include "core/crypto/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace {
// A rename is durable once its folder is.
bool syncFolder(const QString& path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool isPlaintextSqlite(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

Error failed(const QString& what)
{
    return Error(Error::Code::Io, EncryptionSwitch::tr("Could not %1; the database was left "
                                                       "as it was and still opens.")
                                      .arg(what));
}
} // namespace

QString EncryptionSwitch::encryptingPath(const QString& path)
{
    return path + QStringLiteral(".encrypting");
}

QString EncryptionSwitch::plaintextPath(const QString& path)
{
    return path + QStringLiteral(".plaintext");
}

Status EncryptionSwitch::wipe(const QString& file)
{
    QFile f(file);
    if (!f.exists())
        return {};
    // Overwritten before removal: on a spinning disk this leaves nothing; on an SSD remnants
    // may survive (README).
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size()) {
            if (f.write(zeros.constData(), std::min<qint64>(left, zeros.size())) < 0)
                break;
        }
        f.flush();
        ::fsync(f.handle());
        f.close();
    }
    if (!QFile::remove(file))
        return Error(Error::Code::Io,
                     tr("Could not remove the file %1: remove it by hand.").arg(file));
    return {};
}

Status EncryptionSwitch::run(const QString& path, const std::function<bool(Step)>& goOnAfter)
{
    const auto stopAfter = [&](Step step) { return goOnAfter && !goOnAfter(step); };
    const Error stopped(Error::Code::Cancelled,
                        tr("The switch to the encrypted file was stopped."));
    const QString encrypting = encryptingPath(path);
    const QString plaintext = plaintextPath(path);
    // The plaintext's write-ahead log was checkpointed away; an empty one must not meet the
    // encrypted file.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo(path + suffix).size() > 0 && suffix == QLatin1String("-wal"))
            return failed(tr("switch to the encrypted file while the old one still has "
                             "changes in its log"));
        QFile::remove(path + suffix);
    }
    if (!QFile::rename(KeyFile::pathFor(encrypting), KeyFile::pathFor(path)) || !syncFolder(path))
        return failed(tr("put the key file in place"));
    if (stopAfter(Step::KeysInPlace))
        return stopped;
    QFile::remove(plaintext);
    if (!QFile::rename(path, plaintext) || !syncFolder(path))
        return finishInterrupted(path);
    if (stopAfter(Step::PlaintextAside))
        return stopped;
    if (!QFile::rename(encrypting, path) || !syncFolder(path))
        return finishInterrupted(path);
    if (stopAfter(Step::EncryptedInPlace))
        return stopped;
    if (Status s = finishInterrupted(path); !s)
        return s;
    if (stopAfter(Step::PlaintextWiped))
        return stopped;
    return {};
}

Status EncryptionSwitch::finishInterrupted(const QString& path)
{
    const QString encrypting = encryptingPath(path);
    const QString plaintext = plaintextPath(path);
    const bool keysInPlace = QFile::exists(KeyFile::pathFor(path));
    if (QFile::exists(encrypting)) {
        if (!keysInPlace) {
            // The switch had not begun: the plaintext file is still the database.
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(encrypting + suffix);
            QFile::remove(KeyFile::pathFor(encrypting));
            return {};
        }
        if (QFile::exists(path) && isPlaintextSqlite(path)) {
            QFile::remove(plaintext);
            if (!QFile::rename(path, plaintext))
                return failed(tr("move the plaintext database aside"));
        }
        if (!QFile::rename(encrypting, path) || !syncFolder(path))
            return failed(tr("put the encrypted database in place"));
    }
    if (!keysInPlace || !QFile::exists(plaintext))
        return {};
    // The encrypted database is in place: the plaintext and the copies kept before
    // migrations (plaintext too) go.
    if (Status s = wipe(plaintext); !s)
        return s;
    const QFileInfo info(path);
    const QStringList copies =
        QDir(info.absolutePath())
            .entryList({info.fileName() + QStringLiteral(".schema*.bak")}, QDir::Files);
    for (const QString& copy : copies) {
        const QString file = QDir(info.absolutePath()).filePath(copy);
        if (QFile::exists(KeyFile::pathFor(file)))
            continue; // made after encryption: encrypted already
        if (Status s = wipe(file); !s)
            return s;
    }
    return {};
}
