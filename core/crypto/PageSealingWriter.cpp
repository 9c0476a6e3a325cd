#include "core/crypto/PageSealingWriter.h"

#include "core/crypto/Keyring.h"
#include "core/crypto/PageCipher.h"

PageSealingWriter::PageSealingWriter(const QString& path, QByteArray databaseId)
    : m_file(path)
    , m_databaseId(std::move(databaseId))
{
}

bool PageSealingWriter::open(OpenMode mode)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QIODevice::open(mode);
}

void PageSealingWriter::close()
{
    m_page.fill('\0');
    m_file.close();
    QIODevice::close();
}

bool PageSealingWriter::sealAndWrite()
{
    auto* page = reinterpret_cast<unsigned char*>(m_page.data());
    // Page 1 says the page size (bytes 16-17) and the reserve (byte 20).
    if (m_pageNumber == 0 && (((page[16] << 8) | page[17]) != PageCipher::PageSize ||
                              page[20] != PageCipher::ReserveBytes)) {
        m_needsConversion = true;
        setErrorString(QStringLiteral("the file has no room for encryption in its pages"));
        return false;
    }
    const auto key = Keyring::find(m_databaseId);
    if (!key || !PageCipher::seal(key->pageKey, m_databaseId, ++m_pageNumber, page)) {
        setErrorString(QStringLiteral("page %1 cannot be sealed").arg(m_pageNumber));
        return false;
    }
    if (m_file.write(m_page) != m_page.size()) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_page.clear();
    return true;
}

qint64 PageSealingWriter::writeData(const char* data, qint64 size)
{
    m_hash.addData(QByteArrayView(data, size));
    m_bytes += size;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = std::min(size - done, qint64(PageCipher::PageSize) - m_page.size());
        m_page.append(data + done, n);
        done += n;
        if (m_page.size() == PageCipher::PageSize && !sealAndWrite())
            return -1;
    }
    return size;
}

bool PageSealingWriter::finish()
{
    if (!m_page.isEmpty()) {
        setErrorString(QStringLiteral("the file does not end on a page boundary"));
        return false;
    }
    return m_file.flush();
}
