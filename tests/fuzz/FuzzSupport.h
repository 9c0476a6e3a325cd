#pragma once

#include "core/common/Clock.h"
#include "core/domain/Site.h"
#include "core/import/ImportedRow.h"
#include "core/import/MappingProposer.h"
#include "core/import/RowConverter.h"

#include <QCoreApplication>
#include <QDateTime>

// What every fuzz target needs: a Qt application object (once), a fixed clock and the
// import's row conversion, so that parsed rows are also given meaning.
namespace FuzzSupport {

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); }
};

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "amparo-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? QCoreApplication::instance()
                                                                : new QCoreApplication(argc, argv);
    (void)app;
}

// Gives the rows meaning through the mapping Amparo would propose for them.
inline void convert(const QStringList& header, const QList<SourceRow>& rows)
{
    static const FixedClock clock;
    ImportMapping mapping = MappingProposer::propose(header, rows);
    mapping.defaultSiteCode = QStringLiteral("CUC");
    const QList<Site> sites{Site{1, QStringLiteral("CUC"), QStringLiteral("Cúcuta"),
                                 QStringLiteral("COL"), QStringLiteral("CO-NSA")}};
    const RowConverter converter(header, mapping, sites, clock);
    ImportedRow out;
    for (const SourceRow& row : rows) {
        if (converter.convert(row, out).isEmpty())
            (void)converter.warnings(row, out);
        for (const ImportField field : RowConverter::codedFields()) {
            for (const QString& value : converter.writtenValues(field, row))
                (void)converter.meaning(field, value);
        }
    }
}
} // namespace FuzzSupport
