#include "core/storage/EncryptingVfs.h"

#include "core/crypto/Keyring.h"
#include "core/crypto/PageCipher.h"
#include "core/storage/SqliteLibrary.h"

#include <QUrl>

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace {
constexpr int P = PageCipher::PageSize;
constexpr int WalHeaderBytes = 32;
constexpr int FrameHeaderBytes = 24;
constexpr int FrameBytes = FrameHeaderBytes + P;
constexpr unsigned char JournalMagic[] = {0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};

sqlite3_vfs vfs;

// The VFS underneath: the default at the moment a file is opened, so that a test's
// fault-injecting VFS installed later is used too.
sqlite3_vfs* underlying()
{
    return sqlite3_vfs_find(nullptr);
}

enum class Role
{
    MainDb,
    Wal,
    Journal
};

struct File
{
    sqlite3_file base;
    sqlite3_file* real;
    Role role;
    QByteArray* databaseId;
    // The page number of the WAL frame whose header was written last: its page follows.
    sqlite3_int64 lastFrameOffset;
    std::uint32_t lastFramePage;
    unsigned char* scratch; // FrameBytes
    unsigned char* sealed;  // P bytes after the scratch: a page as it lies on disk
};

File* file(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}
sqlite3_file* inner(sqlite3_file* f)
{
    return file(f)->real;
}

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

std::shared_ptr<const Keyring::Entry> keyOf(File* f)
{
    return Keyring::find(*f->databaseId);
}

// Whether `offset` is where a frame's page starts in the WAL, or where a frame starts.
bool isFramePage(sqlite3_int64 offset)
{
    return offset >= WalHeaderBytes + FrameHeaderBytes &&
           (offset - WalHeaderBytes - FrameHeaderBytes) % FrameBytes == 0;
}
bool isFrameStart(sqlite3_int64 offset)
{
    return offset >= WalHeaderBytes && (offset - WalHeaderBytes) % FrameBytes == 0;
}
// Whether the bytes lie inside one frame's header (SQLite reads a frame's checksum alone when
// it rewrites the checksums of frames written again in one transaction).
bool inFrameHeader(sqlite3_int64 offset, int amount)
{
    if (offset < WalHeaderBytes)
        return false;
    const sqlite3_int64 within = (offset - WalHeaderBytes) % FrameBytes;
    return within + amount <= FrameHeaderBytes;
}

int xClose(sqlite3_file* f)
{
    File* self = file(f);
    const int rc = self->real->pMethods ? self->real->pMethods->xClose(self->real) : SQLITE_OK;
    sqlite3_free(self->real);
    sqlite3_free(self->scratch);
    delete self->databaseId;
    self->real = nullptr;
    self->scratch = nullptr;
    self->sealed = nullptr;
    self->databaseId = nullptr;
    return rc;
}

// Where a page lies, for the cache of decrypted pages: its offset in the database file, or
// in the write-ahead log with this bit set.
constexpr std::uint64_t WalLocation = std::uint64_t(1) << 63;

// Opens the sealed page in `data` in place: from the cache when these very bytes were opened
// before, else decrypted and checked (and then kept).
bool openPage(File* self, std::uint64_t location, std::uint32_t page, unsigned char* data)
{
    const auto key = keyOf(self);
    if (!key)
        return false;
    if (key->pages->restore(location, page, data))
        return true;
    std::memcpy(self->sealed, data, P);
    if (!PageCipher::open(key->pageKey, *self->databaseId, page, data))
        return false;
    key->pages->keep(location, page, self->sealed, data);
    return true;
}

int readMainDb(File* self, unsigned char* out, int amount, sqlite3_int64 offset)
{
    const sqlite3_int64 pageStart = offset - offset % P;
    if (offset - pageStart + amount > P)
        return SQLITE_IOERR_READ;
    const bool whole = amount == P && pageStart == offset;
    unsigned char* page = whole ? out : self->scratch;
    const int rc = self->real->pMethods->xRead(self->real, page, P, pageStart);
    if (rc == SQLITE_IOERR_SHORT_READ) {
        // Past the end: SQLite expects zeros.
        std::memset(out, 0, size_t(amount));
        return rc;
    }
    if (rc != SQLITE_OK)
        return rc;
    if (!openPage(self, std::uint64_t(pageStart), std::uint32_t(pageStart / P + 1), page))
        return SQLITE_IOERR_DATA;
    if (!whole)
        std::memcpy(out, page + (offset - pageStart), size_t(amount));
    return SQLITE_OK;
}

int readWal(File* self, unsigned char* out, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = self->real;
    if (offset + amount <= WalHeaderBytes || inFrameHeader(offset, amount))
        return real->pMethods->xRead(real, out, amount, offset);
    if (amount == FrameBytes && isFrameStart(offset)) {
        // Recovery reads whole frames: a frame that does not verify reads as zeros, so that
        // SQLite's own checksum rejects it as it would a torn write.
        const int rc = real->pMethods->xRead(real, out, amount, offset);
        if (rc != SQLITE_OK)
            return rc;
        const auto key = keyOf(self);
        if (!key)
            return SQLITE_IOERR_DATA;
        if (!PageCipher::open(key->pageKey, *self->databaseId, bigEndian32(out),
                              out + FrameHeaderBytes))
            std::memset(out + FrameHeaderBytes, 0, P);
        return SQLITE_OK;
    }
    if (amount == P && isFramePage(offset)) {
        const int rc =
            real->pMethods->xRead(real, self->scratch, FrameBytes, offset - FrameHeaderBytes);
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(self, WalLocation | std::uint64_t(offset), bigEndian32(self->scratch),
                      self->scratch + FrameHeaderBytes))
            return SQLITE_IOERR_DATA;
        std::memcpy(out, self->scratch + FrameHeaderBytes, P);
        return SQLITE_OK;
    }
    return SQLITE_IOERR_READ;
}

int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    File* self = file(f);
    auto* out = static_cast<unsigned char*>(buffer);
    switch (self->role) {
    case Role::MainDb:
        return readMainDb(self, out, amount, offset);
    case Role::Wal:
        return readWal(self, out, amount, offset);
    case Role::Journal:
        break;
    }
    return self->real->pMethods->xRead(self->real, buffer, amount, offset);
}

int writePage(File* self, const void* buffer, std::uint32_t page, sqlite3_int64 offset)
{
    std::memcpy(self->scratch, buffer, P);
    // Page 1 says how many bytes every page keeps in reserve (byte 20): without room for the
    // nonce and the tag, nothing may be written.
    if (page == 1 && self->role == Role::MainDb && self->scratch[20] != PageCipher::ReserveBytes)
        return SQLITE_IOERR_WRITE;
    const auto key = keyOf(self);
    if (!key || !PageCipher::seal(key->pageKey, *self->databaseId, page, self->scratch))
        return SQLITE_IOERR_WRITE;
    return self->real->pMethods->xWrite(self->real, self->scratch, P, offset);
}

int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    File* self = file(f);
    sqlite3_file* real = self->real;
    const auto* in = static_cast<const unsigned char*>(buffer);
    switch (self->role) {
    case Role::MainDb:
        if (amount != P || offset % P != 0)
            return SQLITE_IOERR_WRITE;
        return writePage(self, buffer, std::uint32_t(offset / P + 1), offset);
    case Role::Wal:
        if (offset + amount <= WalHeaderBytes)
            return real->pMethods->xWrite(real, buffer, amount, offset);
        if (inFrameHeader(offset, amount)) {
            if (amount == FrameHeaderBytes) {
                self->lastFrameOffset = offset;
                self->lastFramePage = bigEndian32(in);
            }
            return real->pMethods->xWrite(real, buffer, amount, offset);
        }
        if (amount == P && isFramePage(offset)) {
            std::uint32_t page = 0;
            if (self->lastFrameOffset == offset - FrameHeaderBytes) {
                page = self->lastFramePage;
            } else {
                // A frame written again in the same transaction: its header is on disk.
                unsigned char header[4];
                const int rc = real->pMethods->xRead(real, header, 4, offset - FrameHeaderBytes);
                if (rc != SQLITE_OK)
                    return rc;
                page = bigEndian32(header);
            }
            return writePage(self, buffer, page, offset);
        }
        return SQLITE_IOERR_WRITE;
    case Role::Journal:
        // A rollback journal's headers may pass; a page image would be plaintext.
        if (amount == P && std::memcmp(in, JournalMagic, sizeof JournalMagic) != 0)
            return SQLITE_IOERR_WRITE;
        return real->pMethods->xWrite(real, buffer, amount, offset);
    }
    return SQLITE_IOERR_WRITE;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return inner(f)->pMethods->xTruncate(inner(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return inner(f)->pMethods->xSync(inner(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return inner(f)->pMethods->xFileSize(inner(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return inner(f)->pMethods->xLock(inner(f), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return inner(f)->pMethods->xUnlock(inner(f), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return inner(f)->pMethods->xCheckReservedLock(inner(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    // Memory mapping would bypass decryption.
    if (op == SQLITE_FCNTL_MMAP_SIZE) {
        *static_cast<sqlite3_int64*>(arg) = 0;
        return SQLITE_OK;
    }
    if (op == SQLITE_FCNTL_VFSNAME) {
        *static_cast<char**>(arg) = sqlite3_mprintf("%s", EncryptingVfs::Name);
        return SQLITE_OK;
    }
    return inner(f)->pMethods->xFileControl(inner(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return inner(f)->pMethods->xSectorSize(inner(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    // Power-safe overwrite spares the WAL the padding frames whose writes SQLite splits at
    // sector boundaries: every page reaches this VFS whole.
    return inner(f)->pMethods->xDeviceCharacteristics(inner(f)) | SQLITE_IOCAP_POWERSAFE_OVERWRITE;
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return inner(f)->pMethods->xShmMap(inner(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return inner(f)->pMethods->xShmLock(inner(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    inner(f)->pMethods->xShmBarrier(inner(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return inner(f)->pMethods->xShmUnmap(inner(f), deleteFlag);
}

// Version 2: shared memory for the WAL index, and no memory-mapped pages (version 3).
const sqlite3_io_methods methods = {2,
                                    xClose,
                                    xRead,
                                    xWrite,
                                    xTruncate,
                                    xSync,
                                    xFileSize,
                                    xLock,
                                    xUnlock,
                                    xCheckReservedLock,
                                    xFileControl,
                                    xSectorSize,
                                    xDeviceCharacteristics,
                                    xShmMap,
                                    xShmLock,
                                    xShmBarrier,
                                    xShmUnmap,
                                    nullptr,
                                    nullptr};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    File* self = file(f);
    std::memset(self, 0, sizeof *self);
    Role role;
    if (flags & SQLITE_OPEN_MAIN_DB)
        role = Role::MainDb;
    else if (flags & SQLITE_OPEN_WAL)
        role = Role::Wal;
    else if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL))
        role = Role::Journal;
    else
        return SQLITE_CANTOPEN; // temporary files: temp_store=MEMORY keeps them in memory
    if (!name)
        return SQLITE_CANTOPEN;
    const char* hex = sqlite3_uri_parameter(name, "amparo_db");
    const QByteArray id = QByteArray::fromHex(hex ? QByteArray(hex) : QByteArray());
    if (id.size() != PageCipher::DatabaseIdBytes)
        return SQLITE_CANTOPEN;
    sqlite3_vfs* real = underlying();
    self->real = static_cast<sqlite3_file*>(sqlite3_malloc(real->szOsFile));
    self->scratch = static_cast<unsigned char*>(sqlite3_malloc(FrameBytes + P));
    self->sealed = self->scratch ? self->scratch + FrameBytes : nullptr;
    if (!self->real || !self->scratch) {
        sqlite3_free(self->real);
        sqlite3_free(self->scratch);
        return SQLITE_NOMEM;
    }
    std::memset(self->real, 0, size_t(real->szOsFile));
    const int rc = real->xOpen(real, name, self->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (self->real->pMethods)
            self->real->pMethods->xClose(self->real);
        sqlite3_free(self->real);
        sqlite3_free(self->scratch);
        self->real = nullptr;
        return rc;
    }
    self->role = role;
    self->databaseId = new QByteArray(id);
    self->lastFrameOffset = -1;
    self->base.pMethods = &methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return underlying()->xDelete(underlying(), name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return underlying()->xAccess(underlying(), name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return underlying()->xFullPathname(underlying(), name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // no extensions load into an encrypted database's connection
}
void xDlError(sqlite3_vfs*, int size, char* out)
{
    sqlite3_snprintf(size, out, "loading extensions is not allowed");
}
void (*xDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}
void xDlClose(sqlite3_vfs*, void*) {}
int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return underlying()->xRandomness(underlying(), size, out);
}
int xSleep(sqlite3_vfs*, int microseconds)
{
    return underlying()->xSleep(underlying(), microseconds);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return underlying()->xCurrentTime(underlying(), out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    sqlite3_vfs* real = underlying();
    return real->xGetLastError ? real->xGetLastError(real, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return underlying()->xCurrentTimeInt64(underlying(), out);
}
} // namespace

bool EncryptingVfs::install()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] {
        SqliteLibrary::prepare();
        sqlite3_vfs* real = underlying();
        if (!real)
            return;
        std::memset(&vfs, 0, sizeof vfs);
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(File));
        vfs.mxPathname = real->mxPathname;
        vfs.zName = Name;
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = xDlOpen;
        vfs.xDlError = xDlError;
        vfs.xDlSym = xDlSym;
        vfs.xDlClose = xDlClose;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        installed = sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    });
    return installed;
}

QString EncryptingVfs::uri(const QString& path, const QByteArray& databaseId)
{
    // Whoever names the VFS is about to open a file through it.
    install();
    QUrl url = QUrl::fromLocalFile(path);
    return url.toString(QUrl::FullyEncoded) +
           QStringLiteral("?vfs=%1&amparo_db=%2")
               .arg(QLatin1String(Name), QString::fromLatin1(databaseId.toHex()));
}
