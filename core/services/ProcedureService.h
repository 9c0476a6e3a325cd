#pragma once

#include "common/Result.h"
#include "domain/CaseRecord.h"
#include "domain/Deadline.h"
#include "domain/Procedure.h"
#include "security/UserSession.h"

#include <QCoreApplication>

class Clock;
class Database;
struct ProcedureType;

// Legal procedures on a case: opened for some or all members, moved by recorded events
// following the rules of their type (resources/reference/procedure-types.json), which also
// create the deadlines that follow (an appeal N working days after a rejection, the renewal
// of a permit before it expires). Each change is one transaction with its audit entry.
class ProcedureService
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureService)

public:
    static constexpr int MaxNoteLength = 5000;

    struct EventInput
    {
        QString eventCode;
        QDate date;
        QString note;
        QString customStage; // for a procedure of type "other": the stage reached
    };

    // What recording an event would do: the stage and outcome after it, the document it
    // yields and the deadlines it creates. Shown before saving; recordEvent applies it.
    struct EventEffects
    {
        QString stageAfter;
        QString outcome;
        QString documentLabel;
        QDate documentExpiry;
        QList<Deadline> deadlines;
    };

    ProcedureService(const Database& db, const Clock& clock, const UserSession& session);

    QList<FieldError> validate(const CaseRecord& record, const Procedure& procedure) const;
    Result<Procedure> open(const Procedure& procedure);
    // Authority, file number, responsible, persons, named stages.
    Result<Procedure> update(const Procedure& procedure);
    Result<Procedure> find(qint64 id) const;
    Result<QList<Procedure>> forCase(qint64 caseId) const;
    Result<EventEffects> plan(const Procedure& procedure, const EventInput& input) const;
    Result<Procedure> recordEvent(qint64 procedureId, const EventInput& input);

    // The stages of a procedure in order, as (code, label).
    static QList<std::pair<QString, QString>> stages(const Procedure& procedure);
    static QString stageLabel(const Procedure& procedure, const QString& code);
    static QString eventLabel(const Procedure& procedure, const QString& code);
    static QString typeName(const QString& typeCode);

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
