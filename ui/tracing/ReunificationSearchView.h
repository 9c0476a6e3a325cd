#pragma once

#include "core/security/UserSession.h"

#include <QWidget>

#include <optional>

class Clock;
class Database;
class FieldErrorLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class ReunificationHitsModel;

// The volunteer's screen at the door: "I am looking for my son." Type a name (and age, sex,
// place if known), see who may be him with only what reunification needs, and register a
// tracing request in a few fields.
class ReunificationSearchView : public QWidget
{
    Q_OBJECT

public:
    ReunificationSearchView(const Database& db, const Clock& clock, const UserSession& session,
                            QWidget* parent = nullptr);

    ReunificationHitsModel* model() const { return m_model; }

public slots:
    void search();
    void registerRequest();

signals:
    void requestRegistered(qint64 requestId);
    void openCaseRequested(qint64 caseId);

private:
    // What is typed, or nullopt (said why) when the age cannot be read.
    std::optional<struct ReunificationQuery> query();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QLineEdit* m_name;
    QLineEdit* m_age;
    QComboBox* m_sex;
    QLineEdit* m_place;
    FieldErrorLabel* m_error;
    QLabel* m_summary;
    QTableView* m_results;
    ReunificationHitsModel* m_model;
};
