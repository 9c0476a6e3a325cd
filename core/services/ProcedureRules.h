#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Deadline.h"
#include "core/domain/Procedure.h"

#include <QCoreApplication>
#include <QDate>

// The rules of legal procedures, from their types (resources/reference/procedure-types.json):
// their stages, what a recorded event moves and the deadlines it creates (an appeal N working
// days after a rejection, the renewal of a permit before it expires). Pure: no database and no
// session, so the service, the event dialog's preview and the population generator share them.
class ProcedureRules
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureRules)

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
    // yields and the deadlines it creates. Shown before saving; recording applies it.
    struct EventEffects
    {
        QString stageAfter;
        QString outcome;
        QString documentLabel;
        QDate documentExpiry;
        QList<Deadline> deadlines;
    };

    // A procedure as it is opened or changed, on the case it belongs to.
    static QList<FieldError> validate(const CaseRecord& record, const Procedure& procedure,
                                      QDate today);
    static Result<EventEffects> plan(const Procedure& procedure, const EventInput& input,
                                     QDate today);

    // The stages of a procedure in order, as (code, label).
    static QList<std::pair<QString, QString>> stages(const Procedure& procedure);
    static QString stageLabel(const Procedure& procedure, const QString& code);
    static QString eventLabel(const Procedure& procedure, const QString& code);
    static QString typeName(const QString& typeCode);
};
