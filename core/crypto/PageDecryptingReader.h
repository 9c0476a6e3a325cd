#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>

// Reads an encrypted database file (PageCipher's format) as the plaintext SQLite file it
// holds, page by page in memory: how a backup reads its snapshot without a plaintext copy
// on disk. A page that fails its check ends the reading with an error (errorString()).
class PageDecryptingReader : public QIODevice
{
public:
    PageDecryptingReader(const QString& path, QByteArray databaseId);
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 size() const override;
    // Exact: the plaintext is as long as the file.
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    QByteArray m_databaseId;
    QByteArray m_page;
    qint64 m_pageOffset = 0; // how much of m_page was read already
    quint32 m_pageNumber = 0;
};
