#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

// First-run page: the language Amparo speaks. Changing it changes the window at once.
class LanguagePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LanguagePage(QWidget* parent = nullptr);
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_intro;
    QLabel* m_label;
    QComboBox* m_language;
};
