#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>

// Writes a plaintext SQLite file, as it arrives (from a backup being decrypted), as an
// encrypted database file: every page sealed on the way, never a plaintext page on disk.
// The file must keep PageCipher's page size and reserve; a file made without them (a backup
// of a plaintext database) is refused at its first page, and needsConversion() says so.
// Counts and hashes the plaintext as it passes, for the backup's checksum.
class PageSealingWriter : public QIODevice
{
public:
    PageSealingWriter(const QString& path, QByteArray databaseId);
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    // Writes the last page; false when the plaintext did not end on a page boundary.
    bool finish();
    bool needsConversion() const { return m_needsConversion; }
    qint64 plaintextBytes() const { return m_bytes; }
    QByteArray plaintextSha256() const { return m_hash.result(); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool sealAndWrite();

    QFile m_file;
    QByteArray m_databaseId;
    QByteArray m_page;
    quint32 m_pageNumber = 0;
    qint64 m_bytes = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    bool m_needsConversion = false;
};
