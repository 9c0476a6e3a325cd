#pragma once

#include <QWizardPage>

class Clock;
class Database;
class FieldErrorLabel;
class QCheckBox;

// First-run page: optional demonstration data, and the first case.
class DemoDataPage : public QWizardPage
{
    Q_OBJECT

public:
    DemoDataPage(Database& db, const Clock& clock, QWidget* parent = nullptr);

    bool registerFirstCase() const;
    void initializePage() override;
    bool validatePage() override;

private:
    Database& m_db;
    const Clock& m_clock;
    QCheckBox* m_demo = nullptr;
    QCheckBox* m_firstCase = nullptr;
    FieldErrorLabel* m_error = nullptr;
};
