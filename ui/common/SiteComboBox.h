#pragma once

#include <QComboBox>

class Clock;
class Database;
struct UserSession;

// Chooses a site, shown as "CUC — Cúcuta". Each item carries the site's id or its code;
// with `anyLabel`, a first item for "any site" carries an empty value.
class SiteComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum class Value
    {
        Id,
        Code
    };
    SiteComboBox(const Database& db, const Clock& clock, const UserSession& session, Value value,
                 const QString& anyLabel = {}, QWidget* parent = nullptr);
};
