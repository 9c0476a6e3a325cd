#pragma once

#include <QComboBox>

// Chooses a country (ISO 3166-1 alpha-3) by its name in the user's language. The countries
// of the region come first. Optionally offers "none", "stateless" and "unknown".
class CountryComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum class Mode
    {
        Country,
        Nationality
    };
    explicit CountryComboBox(Mode mode = Mode::Country, bool allowNone = true,
                             QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& alpha3);

signals:
    void codeChanged(const QString& alpha3);
};
