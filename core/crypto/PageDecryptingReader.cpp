#include "core/crypto/PageDecryptingReader.h"

#include "core/crypto/Keyring.h"
#include "core/crypto/PageCipher.h"

PageDecryptingReader::PageDecryptingReader(const QString& path, QByteArray databaseId)
    : m_file(path)
    , m_databaseId(std::move(databaseId))
{
}

bool PageDecryptingReader::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_page.clear();
    m_pageOffset = 0;
    m_pageNumber = 0;
    return QIODevice::open(mode);
}

void PageDecryptingReader::close()
{
    m_file.close();
    m_page.fill('\0');
    QIODevice::close();
}

qint64 PageDecryptingReader::size() const
{
    return m_file.size();
}

qint64 PageDecryptingReader::bytesAvailable() const
{
    return (qint64(m_page.size()) - m_pageOffset) + (m_file.size() - m_file.pos()) +
           QIODevice::bytesAvailable();
}

qint64 PageDecryptingReader::readData(char* data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize) {
        if (m_pageOffset == m_page.size()) {
            m_page = m_file.read(PageCipher::PageSize);
            m_pageOffset = 0;
            if (m_page.isEmpty())
                break;
            const auto key = Keyring::find(m_databaseId);
            if (m_page.size() != PageCipher::PageSize || !key ||
                !PageCipher::open(key->pageKey, m_databaseId, ++m_pageNumber,
                                  reinterpret_cast<unsigned char*>(m_page.data()))) {
                setErrorString(QStringLiteral("page %1 of %2 fails its check")
                                   .arg(m_pageNumber)
                                   .arg(m_file.fileName()));
                m_page.clear();
                return -1;
            }
        }
        const qint64 n = std::min(maxSize - done, qint64(m_page.size()) - m_pageOffset);
        std::memcpy(data + done, m_page.constData() + m_pageOffset, size_t(n));
        done += n;
        m_pageOffset += n;
    }
    return done;
}
