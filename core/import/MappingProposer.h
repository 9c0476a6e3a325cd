#pragma once

#include "core/common/Result.h"
#include "core/import/ImportMapping.h"
#include "core/import/SourceRow.h"

#include <QList>
#include <QStringList>

// Proposes a mapping for a file from its column names (English, Spanish, Portuguese) and a
// sample of its rows (for the order of day and month). The person checks and corrects it.
class TabularSource;

class MappingProposer
{
public:
    static constexpr int SampleRows = 200;

    // Reads the first rows of `source` for a proposal, then goes back to its start.
    static Result<ImportMapping> proposeFor(TabularSource& source);
    static ImportMapping propose(const QStringList& header, const QList<SourceRow>& sample);
    // The field a column name most likely means, or Ignore.
    static ImportField fieldForHeader(const QString& header);
    static ImportMapping::DateOrder dateOrderFor(const QStringList& dates);
};
