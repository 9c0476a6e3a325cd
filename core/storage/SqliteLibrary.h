#pragma once

// The SQLite library of the process, set up once before its first use.
class SqliteLibrary
{
public:
    // SQLite counts every allocation under one process-wide mutex unless told otherwise: two
    // threads that sort (the matching pass, whose sorts in memory allocate per row) then spend
    // most of their time waiting on each other. Whatever starts SQLite in Amparo calls this
    // first; it can only take effect before the library starts, so a connection opened some
    // other way before leaves the counting on, which is only slower.
    static void prepare();
};
