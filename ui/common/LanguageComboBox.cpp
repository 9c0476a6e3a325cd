#include "ui/common/LanguageComboBox.h"

#include "core/common/Translations.h"

LanguageComboBox::LanguageComboBox(QWidget* parent)
    : QComboBox(parent)
{
    for (const QString& language : Translations::available())
        addItem(Translations::nativeName(language), language);
}

QString LanguageComboBox::language() const
{
    return currentData().toString();
}
