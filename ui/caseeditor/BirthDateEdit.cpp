#include "ui/caseeditor/BirthDateEdit.h"
#include "core/common/DateFormats.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>

namespace {
enum Page
{
    UnknownPage,
    ExactPage,
    MonthPage,
    YearPage,
    AgePage
};

QSpinBox* yearSpin(QDate today, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(1900, today.year() + 1);
    spin->setValue(today.year() - 30);
    return spin;
}
} // namespace

BirthDateEdit::BirthDateEdit(QDate today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
{
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("birthPrecisionCombo"));
    m_precision->setAccessibleName(tr("How the date of birth is known"));
    m_precision->addItem(tr("Not known"));
    m_precision->addItem(tr("Exact date"));
    m_precision->addItem(tr("Month and year"));
    m_precision->addItem(tr("Year only"));
    m_precision->addItem(tr("Approximate age"));

    m_stack = new QStackedWidget(this);
    auto* unknownPage = new QWidget(m_stack);
    unknownPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_stack->addWidget(unknownPage);

    m_exact = new QDateEdit(m_stack);
    m_exact->setObjectName(QStringLiteral("birthDateEdit"));
    m_exact->setAccessibleName(tr("Date of birth"));
    m_exact->setDisplayFormat(DateFormats::numericFormat());
    m_exact->setCalendarPopup(true);
    m_exact->setMinimumDate(QDate(1900, 1, 1));
    m_exact->setMaximumDate(QDate(today.year() + 1, 12, 31));
    m_exact->setDate(today.addYears(-30));
    m_stack->addWidget(m_exact);

    auto* monthPage = new QWidget(m_stack);
    auto* monthLayout = new QHBoxLayout(monthPage);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    m_month = new QComboBox(monthPage);
    m_month->setObjectName(QStringLiteral("birthMonthCombo"));
    m_month->setAccessibleName(tr("Month of birth"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_monthYear = yearSpin(today, monthPage);
    m_monthYear->setObjectName(QStringLiteral("birthMonthYearSpin"));
    m_monthYear->setAccessibleName(tr("Year of birth"));
    monthLayout->addWidget(m_month);
    monthLayout->addWidget(m_monthYear);
    m_stack->addWidget(monthPage);

    m_year = yearSpin(today, m_stack);
    m_year->setObjectName(QStringLiteral("birthYearSpin"));
    m_year->setAccessibleName(tr("Year of birth"));
    m_stack->addWidget(m_year);

    auto* agePage = new QWidget(m_stack);
    auto* ageLayout = new QHBoxLayout(agePage);
    ageLayout->setContentsMargins(0, 0, 0, 0);
    ageLayout->addWidget(new QLabel(tr("about"), agePage));
    m_age = new QSpinBox(agePage);
    m_age->setObjectName(QStringLiteral("ageSpin"));
    m_age->setAccessibleName(tr("Age in years"));
    m_age->setRange(0, 120);
    m_age->setValue(30);
    ageLayout->addWidget(m_age);
    ageLayout->addWidget(new QLabel(tr("years old"), agePage));
    ageLayout->addStretch();
    m_stack->addWidget(agePage);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_precision);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_precision);
    m_stack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(m_precision, &QComboBox::currentIndexChanged, this, [this] {
        showPrecision();
        emit changed();
    });
    connect(m_exact, &QDateEdit::dateChanged, this, &BirthDateEdit::changed);
    connect(m_month, &QComboBox::currentIndexChanged, this, &BirthDateEdit::changed);
    connect(m_monthYear, &QSpinBox::valueChanged, this, &BirthDateEdit::changed);
    connect(m_year, &QSpinBox::valueChanged, this, &BirthDateEdit::changed);
    connect(m_age, &QSpinBox::valueChanged, this, &BirthDateEdit::changed);
    showPrecision();
}

void BirthDateEdit::showPrecision()
{
    m_stack->setCurrentIndex(m_precision->currentIndex());
}

PartialDate BirthDateEdit::value() const
{
    switch (m_precision->currentIndex()) {
    case ExactPage:
        return PartialDate::exact(m_exact->date());
    case MonthPage:
        return PartialDate::yearMonth(m_monthYear->value(), m_month->currentData().toInt());
    case YearPage:
        return PartialDate::yearOnly(m_year->value());
    case AgePage:
        return PartialDate::estimatedFromAge(m_age->value(), m_today);
    default:
        return PartialDate();
    }
}

void BirthDateEdit::setValue(const PartialDate& date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Exact:
        m_exact->setDate(date.date());
        m_precision->setCurrentIndex(ExactPage);
        break;
    case PartialDate::Precision::YearMonth:
        m_month->setCurrentIndex(date.month() - 1);
        m_monthYear->setValue(date.year());
        m_precision->setCurrentIndex(MonthPage);
        break;
    case PartialDate::Precision::Year:
        m_year->setValue(date.year());
        m_precision->setCurrentIndex(YearPage);
        break;
    case PartialDate::Precision::Estimated:
        m_age->setValue(date.ageOn(m_today).value_or(0));
        m_precision->setCurrentIndex(AgePage);
        break;
    case PartialDate::Precision::Unknown:
        m_precision->setCurrentIndex(UnknownPage);
        break;
    }
    showPrecision();
}
