#pragma once

#include "core/common/Result.h"
#include "core/storage/ChangeJournal.h"
#include "core/sync/RecordCatalogue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

class Database;
class QSqlQuery;

// The contents of a package (issue 20): the current state of every record the change journal
// noted after a mark — with its parts, and its references as global identifiers — and the
// identifiers of records removed; compressed JSON. A record that arrived from another site
// and was not changed here since is not sent on. Sites and users travel whole in every
// package: the receiver matches them to its own by code and user name. A post's packages carry
// its audit entries after the last one the office confirmed, as written (SiteAuditTrail).
//
// The office's answer to a field post holds less: the match proposals for the post's tracing
// requests, each with the person proposed as a volunteer may see them (no phone, the year of
// birth only, no documents, no case), the sites and users, and the post's own records whose
// version here a person chose in the review list. A post never receives other posts' records.
// A record chosen over the receiver's travels marked so: it is applied there without waiting
// for review again.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    static constexpr int Format = 1;

    struct Request
    {
        QString sender;
        QString receiver;
        qint64 mark = 0;      // changes noted after it
        bool answer = false;  // the office's answer to a post
        quint64 confirms = 0; // the receiver's last package applied here
        // This database's audit entries after it travel (not in answers).
        qint64 auditAfter = 0;
    };
    struct Written
    {
        QByteArray contents;
        int records = 0;
        int removed = 0;
        qint64 mark = 0;    // where the journal was read to: the next package may start there
        qint64 auditTo = 0; // the last audit entry it carries
    };

    explicit PackageWriter(const Database& db);

    Result<Written> write(const Request& request);
    // One record as a package would hold it, whatever the journal says (the review list
    // shows it beside the version another site sent).
    Result<QJsonObject> snapshot(const QString& kind, qint64 id, const QString& senderCode);

private:
    Result<QByteArray> uidOf(const QString& kind, qint64 id);
    // Whether a record with this global identifier is stored here.
    Result<bool> exists(const QString& kind, const QByteArray& uid) const;
    Result<qint64> arrivedAt(const QString& kind, const QByteArray& uid);
    // One record as the package holds it; empty when it is not to be sent. `personIds`
    // collects the persons an answer's proposals refer to.
    Result<QJsonObject> recordOf(const RecordKind& kind, const ChangeJournal::Change& change,
                                 const Request& request, QList<qint64>& personIds);
    Result<QJsonObject> volunteerViewOf(qint64 personId, const Request& request);
    Status valuesOf(const QSqlQuery& q, const QHash<QString, QString>& references,
                    const QStringList& skipped, QJsonObject& out);
    Result<QJsonObject> partsOf(const QList<RecordPart>& parts, qint64 id);

    const Database& m_db;
    QHash<QString, QHash<qint64, QByteArray>> m_uids;
    bool m_wholeTables = false; // writing a package: each kind's identifiers read at once
    QHash<QString, QHash<QByteArray, qint64>> m_arrivals;
    QSet<std::pair<QString, QByteArray>> m_chosen; // versions chosen here over the receiver's
    QSet<QString> m_chosenKinds;
};
