#pragma once

#include "core/common/Result.h"
#include "core/reference/LocalizedText.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

struct ProcedureStage
{
    QString code;
    LocalizedText label;
};

// A deadline an event creates: N working or calendar days after the event, or on the
// event's own date (an interview that was scheduled).
struct DeadlineRule
{
    QString code;
    LocalizedText label;
    int days = 0;
    bool workingDays = false;
    bool onEventDate = false;
};

// The document an event yields and how long it is valid; with renewBy, a deadline some
// days before it expires.
struct DocumentRule
{
    LocalizedText label;
    int validityMonths = 0;
    QDate validUntil;
    LocalizedText renewLabel;
    int renewDaysBefore = 0;
    bool hasRenewal = false;
    QDate expiryFrom(QDate issued) const;
};

struct ProcedureEventType
{
    QString code;
    LocalizedText label;
    QString toStage; // empty: the stage does not change
    bool setsOutcome = false;
    QString outcome; // "recognized", "rejected", "granted", "withdrawn", "abandoned" or ""
    bool yieldsDocument = false;
    DocumentRule document;
    QList<DeadlineRule> deadlines;
    // Events that fix a date ahead (a scheduled interview) may be in the future.
    bool allowsFutureDate() const;
};

struct ProcedureType
{
    QString code;
    QString country; // empty: chosen when the procedure is opened (Mercosur, other)
    QString kind;    // "refugee_status", "regularization", "other"
    LocalizedText name;
    QString authority;
    bool customStages = false; // staff name the stages ("other")
    QList<ProcedureStage> stages;
    QList<ProcedureEventType> events;
    QString source; // what the rules rest on, and what is not verified

    const ProcedureEventType* event(const QString& code) const;
    const ProcedureStage* stage(const QString& code) const;
};

// Procedure types per country (resources/reference/procedure-types.json): stages, events,
// automatic deadlines and documents, as data an administrator can edit (a copy in the data
// folder replaces the shipped file).
class ProcedureCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureCatalogue)

public:
    static constexpr int SupportedFormat = 1;

    static Result<ProcedureCatalogue> fromJson(const QByteArray& json);
    static Result<ProcedureCatalogue> load(const QString& path);
    static const ProcedureCatalogue& current();
    static Status installFrom(const QString& path);
    static QString overridePath();

    QString version() const { return m_version; }
    const QList<ProcedureType>& types() const { return m_types; }
    const ProcedureType* type(const QString& code) const;
    static QString outcomeLabel(const QString& outcome);

private:
    QString m_version;
    QList<ProcedureType> m_types;
};
