#pragma once

#include <QComboBox>

// Chooses a first-level division (department, state, province) of a country by name;
// its value is the ISO 3166-2 code.
class Admin1ComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit Admin1ComboBox(QWidget* parent = nullptr);

    void setCountry(const QString& alpha3);
    QString code() const;
    void setCode(const QString& code);
};
