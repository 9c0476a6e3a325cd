#pragma once

#include <QLabel>

class Database;

// A strip above the tabs while the database holds demonstration data, so nobody takes an
// invented person for a real one.
class DemoDataBanner : public QLabel
{
    Q_OBJECT

public:
    explicit DemoDataBanner(const Database& db, QWidget* parent = nullptr);
    void refresh();

private:
    const Database& m_db;
};
