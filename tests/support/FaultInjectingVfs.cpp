#include "tests/support/FaultInjectingVfs.h"

#include "core/storage/SqliteLibrary.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {
std::atomic<FaultInjectingVfs::Fault> fault{FaultInjectingVfs::Fault::None};
sqlite3_vfs* real = nullptr;
sqlite3_vfs vfs;

bool removed()
{
    return fault.load() == FaultInjectingVfs::Fault::Removed;
}

struct File
{
    sqlite3_file base;
    sqlite3_file* real; // follows this struct in the same allocation
};

sqlite3_file* inner(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f)->real;
}

int xClose(sqlite3_file* f)
{
    return inner(f)->pMethods->xClose(inner(f));
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return removed() ? SQLITE_IOERR_READ
                     : inner(f)->pMethods->xRead(inner(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    return removed() ? SQLITE_IOERR_WRITE
                     : inner(f)->pMethods->xWrite(inner(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return removed() ? SQLITE_IOERR_TRUNCATE : inner(f)->pMethods->xTruncate(inner(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return removed() ? SQLITE_IOERR_FSYNC : inner(f)->pMethods->xSync(inner(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return removed() ? SQLITE_IOERR_FSTAT : inner(f)->pMethods->xFileSize(inner(f), size);
}
int xLock(sqlite3_file* f, int level)
{
    return removed() ? SQLITE_IOERR_LOCK : inner(f)->pMethods->xLock(inner(f), level);
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
    return inner(f)->pMethods->xFileControl(inner(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return inner(f)->pMethods->xSectorSize(inner(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return inner(f)->pMethods->xDeviceCharacteristics(inner(f));
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return removed() ? SQLITE_IOERR_SHMMAP
                     : inner(f)->pMethods->xShmMap(inner(f), page, size, extend, out);
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

// Version 2: WAL needs shared memory; memory-mapped reads (version 3) are not offered.
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
    auto* file = reinterpret_cast<File*>(f);
    file->base.pMethods = nullptr;
    if (removed())
        return SQLITE_CANTOPEN;
    file->real = reinterpret_cast<sqlite3_file*>(file + 1);
    const int rc = real->xOpen(real, name, file->real, flags, outFlags);
    if (rc == SQLITE_OK)
        file->base.pMethods = &methods;
    return rc;
}
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return removed() ? SQLITE_IOERR_DELETE : real->xDelete(real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return removed() ? SQLITE_IOERR_ACCESS : real->xAccess(real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return real->xFullPathname(real, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return real->xDlOpen(real, name);
}
void xDlError(sqlite3_vfs*, int size, char* out)
{
    real->xDlError(real, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return real->xDlSym(real, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    real->xDlClose(real, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return real->xRandomness(real, size, out);
}
int xSleep(sqlite3_vfs*, int microseconds)
{
    return real->xSleep(real, microseconds);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return real->xCurrentTime(real, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return real->xGetLastError ? real->xGetLastError(real, size, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return real->xCurrentTimeInt64(real, out);
}
} // namespace

bool FaultInjectingVfs::install()
{
    if (real)
        return true;
    SqliteLibrary::prepare();
    real = sqlite3_vfs_find(nullptr);
    if (!real)
        return false;
    std::memset(&vfs, 0, sizeof vfs);
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(File)) + real->szOsFile;
    vfs.mxPathname = real->mxPathname;
    vfs.zName = "amparo-fault-injecting";
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
    if (sqlite3_vfs_register(&vfs, 1) != SQLITE_OK) {
        real = nullptr;
        return false;
    }
    return true;
}

void FaultInjectingVfs::setFault(Fault f)
{
    fault.store(f);
}
