#pragma once

#include "core/common/Result.h"
#include "core/reference/LocalizedText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One entry of the incident catalogue: an incident type (in its group), who did it, where it
// was reported, what the state did.
struct IncidentCode
{
    QString code;
    QString group; // incident types only: the code of their group
    LocalizedText label;
};

// What can be recorded about an incident (issue 26), as data: incident types by group,
// perpetrators, the state's responses, the institutions an incident was reported to and the
// kinds of place it happened in; and the coded answers of a protection-monitoring interview.
// The shipped file, or an organisation's own copy in its data folder (ReferenceOverrides).
class IncidentCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCatalogue)

public:
    static constexpr int SupportedFormat = 1;

    // Checks everything: a broken or incomplete file is refused with what is wrong in it.
    static Result<IncidentCatalogue> fromJson(const QByteArray& json);
    static Result<IncidentCatalogue> load(const QString& path);

    // The catalogue in use: the shipped one, or one installed at start.
    static const IncidentCatalogue& current();
    static Status installFrom(const QString& path);
    // Where an organisation may put its own catalogue to replace the shipped one.
    static QString overridePath();

    QString version() const { return m_version; }
    const QList<IncidentCode>& groups() const { return m_groups; }
    const QList<IncidentCode>& types() const { return m_types; }
    const QList<IncidentCode>& perpetrators() const { return m_perpetrators; }
    const QList<IncidentCode>& stateResponses() const { return m_responses; }
    const QList<IncidentCode>& institutions() const { return m_institutions; }
    const QList<IncidentCode>& places() const { return m_places; }
    const QList<IncidentCode>& legalStatuses() const { return m_legalStatuses; }
    const QList<IncidentCode>& intentions() const { return m_intentions; }
    const QList<IncidentCode>& returnRisks() const { return m_returnRisks; }
    const QList<IncidentCode>& needs() const { return m_needs; }
    // Nothing for a code the catalogue does not have.
    static const IncidentCode* find(const QList<IncidentCode>& list, const QString& code);
    // The label in the current language; the code itself for a code the catalogue lacks.
    static QString label(const QList<IncidentCode>& list, const QString& code);

private:
    QString m_version;
    QList<IncidentCode> m_groups;
    QList<IncidentCode> m_types;
    QList<IncidentCode> m_perpetrators;
    QList<IncidentCode> m_responses;
    QList<IncidentCode> m_institutions;
    QList<IncidentCode> m_places;
    QList<IncidentCode> m_legalStatuses;
    QList<IncidentCode> m_intentions;
    QList<IncidentCode> m_returnRisks;
    QList<IncidentCode> m_needs;
};
