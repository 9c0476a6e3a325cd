#pragma once

#include <QJsonValue>
#include <QVariant>

// A column's value in a package's JSON and back: bytes as {"$b": base64}, whole numbers as
// numbers, text as strings, NULL as null.
namespace PackageValues {
QJsonValue toJson(const QVariant& value);
// Nothing (an invalid QVariant and `ok` false) for a JSON value no column could hold.
QVariant fromJson(const QJsonValue& value, bool* ok);
} // namespace PackageValues
