#pragma once

#include "core/domain/CaseRecord.h"
#include "core/domain/Procedure.h"
#include "core/storage/DeadlineRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The one-page summary of a procedure handed to the person it concerns: who, which
// procedure, where it stands, what comes next and by when. It leaves out notes, risk and
// anything about other cases. Written in the current language (see LanguageScope).
class ProcedureSummary
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureSummary)

public:
    // Events shown (the latest) and deadlines (the soonest); more would not fit one page.
    static constexpr int MaxEvents = 10;
    static constexpr int MaxDeadlines = 8;

    ProcedureSummary(const CaseRecord& record, const Procedure& procedure,
                     const QList<DeadlineRow>& openDeadlines, QDate today);

    QString title() const;
    QString html() const;

private:
    QString personNames() const;

    CaseRecord m_record;
    Procedure m_procedure;
    QList<DeadlineRow> m_deadlines;
    QDate m_today;
};
