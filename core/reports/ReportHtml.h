#pragma once

#include <QDate>
#include <QString>

// The pieces the one-page documents handed to people and partners share (a procedure's
// summary, a referral form): their page and style, escaped text, dates as the reader writes
// them, a labelled row that is left out when it has nothing to say.
namespace ReportHtml {
QString pageStart();
QString pageEnd();
QString escaped(const QString& text);
// Empty for a null date.
QString date(QDate day);
QString row(const QString& label, const QString& value);
} // namespace ReportHtml
