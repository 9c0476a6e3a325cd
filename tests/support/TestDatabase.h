#pragma once

#include "MockClock.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh Amparo database in a temporary folder, removed after the test.
class TestDatabase
{
public:
    TestDatabase();
    explicit operator bool() const { return m_db != nullptr; }
    Database& db() { return *m_db; }
    MockClock& clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("amparo.sqlite")); }
    QString folder() const { return m_dir.path(); }
    QString error() const { return m_error; }
    void close() { m_db.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Database> m_db;
    QString m_error;
};
