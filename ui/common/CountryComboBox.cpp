#include "ui/common/CountryComboBox.h"

#include "core/reference/CountryCatalog.h"

namespace {
// Where people served by Amparo come from and go to: listed first.
const QStringList regionFirst{QStringLiteral("VEN"), QStringLiteral("COL"), QStringLiteral("PER"),
                              QStringLiteral("ECU"), QStringLiteral("BRA"), QStringLiteral("CHL"),
                              QStringLiteral("ARG"), QStringLiteral("PAN"), QStringLiteral("MEX"),
                              QStringLiteral("CRI"), QStringLiteral("DOM"), QStringLiteral("TTO"),
                              QStringLiteral("GUY"), QStringLiteral("BOL"), QStringLiteral("URY"),
                              QStringLiteral("PRY"), QStringLiteral("CUB"), QStringLiteral("HTI")};
} // namespace

CountryComboBox::CountryComboBox(Mode mode, bool allowNone, QWidget* parent)
    : QComboBox(parent)
{
    const CountryCatalog& catalog = CountryCatalog::instance();
    if (allowNone)
        addItem(tr("— not recorded —"), QString());
    for (const QString& code : regionFirst)
        addItem(catalog.name(code), code);
    if (mode == Mode::Nationality) {
        addItem(catalog.name(QLatin1String(CountryCatalog::Stateless)),
                QLatin1String(CountryCatalog::Stateless));
        addItem(catalog.name(QLatin1String(CountryCatalog::UnknownNationality)),
                QLatin1String(CountryCatalog::UnknownNationality));
    }
    insertSeparator(count());
    for (const CountryCatalog::Country& c : catalog.countries()) {
        if (!regionFirst.contains(c.alpha3))
            addItem(catalog.name(c.alpha3), c.alpha3);
    }
    setMaxVisibleItems(20);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int) { emit codeChanged(code()); });
}

QString CountryComboBox::code() const
{
    return currentData().toString();
}

void CountryComboBox::setCode(const QString& alpha3)
{
    const int index = findData(alpha3);
    if (index >= 0) {
        setCurrentIndex(index);
    } else if (!alpha3.isEmpty()) {
        // A code this list does not know (old data): keep it rather than lose it.
        addItem(alpha3, alpha3);
        setCurrentIndex(count() - 1);
    } else {
        setCurrentIndex(0);
    }
}
