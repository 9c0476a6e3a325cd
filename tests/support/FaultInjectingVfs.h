#pragma once

// A SQLite VFS that hands everything to the system's own until told to fail, installed as
// the process's default so Amparo's connections use it without knowing. `Removed` behaves
// like a USB stick pulled out while Amparo runs: every read, write, sync and new file fails
// with an I/O error. Only for tests.
class FaultInjectingVfs
{
public:
    enum class Fault
    {
        None,
        Removed
    };

    // Idempotent; returns false if SQLite refused the VFS.
    static bool install();
    static void setFault(Fault fault);
};
