#pragma once

#include "core/domain/PersonDataSheet.h"

#include <QCoreApplication>
#include <QDate>

// "What Amparo holds about this person": every field, screening, procedure, deadline,
// referral, tracing request, note and consent about them, for the person to keep after their
// identity was checked. Other members of their cases appear by their relationship only, never
// by name; the case's notes are shown with a reminder to read them first (staff may have
// written about others there). Written in the current language (see LanguageScope): the
// person's.
class PersonDataReport
{
    Q_DECLARE_TR_FUNCTIONS(PersonDataReport)

public:
    PersonDataReport(const PersonDataSheet& sheet, const QString& organisation, QDate today);

    QString title() const;
    QString html() const;

private:
    QString personPart() const;
    QString casePart(const PersonDataSheet::Membership& membership) const;
    QString riskPart() const;
    QString legalPart() const;
    QString referralPart() const;
    QString incidentPart() const;
    QString tracingPart() const;
    QString requestPart() const;

    PersonDataSheet m_sheet;
    QString m_organisation;
    QDate m_today;
};
