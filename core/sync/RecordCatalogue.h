#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Which rows travel between a field post and its office (issue 20), and how: each record kind
// (a table whose rows have a global identifier), the columns that refer to other records (sent
// as identifiers, as local ids mean nothing elsewhere), and its parts — rows that belong
// wholly to one record and travel with it, replaced whole. Kinds come in an order in which
// every record comes after those it refers to.
struct RecordPart
{
    QString table;
    QString parentColumn;
    QHash<QString, QString> references; // column -> record kind
};

struct RecordKind
{
    QString table;
    // A kind every site keeps its own rows of (sites by code, users by user name): an arriving
    // one with a name already here is that row.
    QString naturalKey;
    QHash<QString, QString> references; // column -> record kind
    QList<RecordPart> parts;
    QStringList notSent; // columns that stay where they are (a user's passphrase hash)
};

class RecordCatalogue
{
public:
    static const QList<RecordKind>& kinds();
    static const RecordKind* find(const QString& table);
    // A kind's place in kinds(): each after the kinds it refers to. Unknown kinds come last.
    static int position(const QString& table);
    // Tables whose rows never travel: each database's own (its audit chain travels apart).
    static const QStringList& localTables();
};
