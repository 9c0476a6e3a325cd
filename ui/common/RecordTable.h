#pragma once

#include <QString>
#include <QStringList>

class QTableWidget;
class QWidget;

// A table of records to read and choose from: one whole row selected at a time, nothing
// edited in place, each column as wide as its contents but `stretch`, which takes what is left.
namespace RecordTable {
QTableWidget* create(const QStringList& headers, int stretch, const QString& name, QWidget* parent);
} // namespace RecordTable
