#pragma once

#include "core/common/Error.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Site.h"
#include "core/domain/TracingRequest.h"

#include <QString>
#include <QStringList>

class TestDatabase;

// Small builders so that tests say only what matters to them.
namespace Fixtures {
Person person(const QString& given, const QString& family1, const QString& family2 = {},
              Sex sex = Sex::Female, PartialDate born = PartialDate::yearOnly(1990));
IdentityDocument document(const QString& number, const QString& country = QStringLiteral("VEN"),
                          DocumentType type = DocumentType::NationalId);
CaseRecord caseFor(qint64 siteId, const Person& principal, QDate registeredOn = QDate(2026, 6, 1));
// A request at a site, made on `requestedOn`, for someone last known in Venezuela.
TracingRequest tracingRequest(qint64 siteId, const QString& soughtGiven,
                              const QString& soughtFamily1, QDate requestedOn);
// Creates the site CUC (Cúcuta, Colombia) and returns it; aborts the test on failure.
Site cucutaSite(TestDatabase& t);
// The fields a refusal names, in its order ("screenings/0/overall").
QStringList fieldsOf(const Error& error);
} // namespace Fixtures
