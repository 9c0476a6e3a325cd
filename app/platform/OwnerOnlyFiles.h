#pragma once

// Every file and folder Amparo creates is readable and writable by its owner only, whatever
// the permissions the session would give new files: the database and its write-ahead log,
// backups, exports and reports hold or describe people at risk, and a shared computer has
// other accounts. Called first thing by both programs.
class OwnerOnlyFiles
{
public:
    static void apply();
};
