#include "ui/common/Admin1ComboBox.h"

#include "core/reference/CountryCatalog.h"

#include <algorithm>

Admin1ComboBox::Admin1ComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setCountry(QString());
}

void Admin1ComboBox::setCountry(const QString& alpha3)
{
    const QString previous = code();
    clear();
    addItem(tr("— not recorded —"), QString());
    auto subdivisions = CountryCatalog::instance().subdivisions(alpha3);
    std::sort(subdivisions.begin(), subdivisions.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const auto& s : subdivisions)
        addItem(s.name, s.code);
    setEnabled(!subdivisions.isEmpty());
    setCode(previous);
}

QString Admin1ComboBox::code() const
{
    return currentData().toString();
}

void Admin1ComboBox::setCode(const QString& code)
{
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
}
