#pragma once

#include <QByteArray>

// A record's global identifier (issue 20): 16 bytes, unique across every site's database.
// The first 6 bytes are the time in milliseconds (big-endian) so that new identifiers land
// at the end of their unique index, as integer ids do; the other 10 are random, so two
// sites, or two connections at the same millisecond, never give the same one.
class RecordUid
{
public:
    static constexpr int Size = 16;

    static QByteArray make();
};
