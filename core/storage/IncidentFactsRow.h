#pragma once

#include "core/domain/Incident.h"

#include <QSqlQuery>
#include <QVariantList>

// How IncidentFacts are kept: the same twelve columns in `incidents` and
// `interview_incidents`, so a case's incidents and a monitoring interview's are counted alike.
namespace IncidentFactsRow {
// "incident_type, perpetrator, …", in the order values() binds and read() reads.
QString columns(const QString& prefix = {});
int columnCount();
QVariantList values(const IncidentFacts& facts);
// The facts from `row`, starting at column `first`.
IncidentFacts read(const QSqlQuery& row, int first);
} // namespace IncidentFactsRow
