#pragma once

#include <QByteArray>
#include <QString>

// A SQLite VFS that encrypts every page of a database and of its write-ahead log on the way
// to the disk and checks and decrypts it on the way back (PageCipher's format), over
// whichever VFS is the process's default. A connection uses it through a URI naming this VFS
// and the database's id (uri()); the key is found in the Keyring by that id at every page,
// so a database whose key was taken away (a locked window) reads and writes nothing.
//
// Refused rather than written in plaintext: temporary files (connections use
// temp_store=MEMORY), page images in a rollback journal, memory-mapped I/O, any page size
// but PageCipher::PageSize, and a page whose reserve SQLite did not leave empty.
class EncryptingVfs
{
public:
    static constexpr const char* Name = "amparo-encrypted";

    // Registers the VFS once (not as the default); false if SQLite refused it.
    static bool install();
    // "file:///path?vfs=amparo-encrypted&amparo_db=<id in hex>", for opening and for
    // VACUUM INTO (the VFS is registered by then).
    static QString uri(const QString& path, const QByteArray& databaseId);
};
