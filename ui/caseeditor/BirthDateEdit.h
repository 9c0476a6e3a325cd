#pragma once

#include "core/domain/PartialDate.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QStackedWidget;

// Edits a date of birth as precisely as it is known: exact date, month and year, year
// only, an approximate age, or unknown.
class BirthDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit BirthDateEdit(QDate today, QWidget* parent = nullptr);

    PartialDate value() const;
    void setValue(const PartialDate& date);

signals:
    void changed();

private:
    void showPrecision();

    QDate m_today;
    QComboBox* m_precision;
    QStackedWidget* m_stack;
    QDateEdit* m_exact;
    QComboBox* m_month;
    QSpinBox* m_monthYear;
    QSpinBox* m_year;
    QSpinBox* m_age;
};
