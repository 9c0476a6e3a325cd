#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CaseService;

// A person named on the command line as CASE:N, the N-th member of a case as `show` lists
// them (1 is the principal): "CUC-2026-00012:2".
class MemberArgument
{
    Q_DECLARE_TR_FUNCTIONS(MemberArgument)

public:
    struct Parsed
    {
        QString caseNumber;
        int member = 0;
    };

    // Nothing when `text` is not CASE:N.
    static std::optional<Parsed> parse(const QString& text);
    // "“x” is not CASE:N, for example …"
    static QString usage(const QString& text);
    // The person's id, the case opened as the role sees it (an unknown number said as such).
    static Result<qint64> personId(CaseService& cases, const Parsed& member);
};
