#pragma once

#include <QCoreApplication>
#include <QStringList>

// Reference data an administrator edited: a copy of a shipped file (risk catalogue,
// procedure types, holidays) in the data folder's reference/ replaces it.
class ReferenceOverrides
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceOverrides)

public:
    // Installs every copy present. Returns one sentence per copy that cannot be used; for
    // those the shipped file stays in use.
    static QStringList install();
};
