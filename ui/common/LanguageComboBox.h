#pragma once

#include <QComboBox>

// Chooses one of the languages Amparo speaks (Translations::available()), by its own name;
// its value is the language's code ("es", "pt_BR", "en"). For what is written for someone to
// read in their language: a report, a person's copy of their data.
class LanguageComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageComboBox(QWidget* parent = nullptr);
    QString language() const;
};
