#pragma once

#include "core/common/FrozenClock.h"
#include "core/domain/Site.h"
#include "core/import/ImportDateParser.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportedRow.h"
#include "core/import/SourceRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// Turns the rows of a file into persons through a mapping, checking each against the same
// rules as a person typed into the case form. A row with any problem is rejected whole,
// with a sentence per problem naming the column and the value.
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(RowConverter)

public:
    RowConverter(const QStringList& header, const ImportMapping& mapping, const QList<Site>& sites,
                 const Clock& clock);

    // What is wrong with the mapping for this file, before any row is read.
    QStringList problems() const { return m_problems; }
    // The row as a person, or why it cannot be imported (then `out` is not to be used).
    QList<RowIssue> convert(const SourceRow& row, ImportedRow& out) const;
    // What in a converted row will be imported but deserves a look: names holding characters
    // names do not have (";", digits, "@"), often two cells run together.
    QList<RowIssue> warnings(const SourceRow& row, const ImportedRow& converted) const;

    // The code a written value stands for in a field that takes codes (sex, relationship,
    // document type, a country, a site), the person's own meaning first; empty if unknown.
    QString meaning(ImportField field, const QString& written) const;
    // The fields whose values are codes.
    static QList<ImportField> codedFields();
    // The codes a value of `field` may be given, with their labels, for a chooser.
    QList<std::pair<QString, QString>> choices(ImportField field) const;
    int columnOf(ImportField field) const { return m_columns.value(field, -1); }
    // The household a row belongs to (folded), even when the row has problems.
    QString householdOf(const SourceRow& row) const;
    // The written values of a cell: a list for nationalities ("VEN / COL"), else the value.
    QStringList writtenValues(ImportField field, const SourceRow& row) const;

private:
    QString cell(const SourceRow& row, ImportField field) const;
    QString columnName(ImportField field) const;
    QString columnForPersonField(const QString& personField) const;

    QStringList m_header;
    ImportMapping m_mapping;
    QList<Site> m_sites;
    FrozenClock m_clock;
    ImportDateParser m_dates;
    QHash<ImportField, int> m_columns;
    QHash<QString, qint64> m_siteIds; // folded code and name -> id
    qint64 m_defaultSiteId = 0;
    QStringList m_problems;
};
