#pragma once

#include <QDialog>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// A dialog that runs one long task off the GUI thread: an explanation, a form, a line for
// what went wrong, a busy bar while the task runs, and OK / Cancel (Cancel waits for the
// task, so nothing is left half-done).
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(const QString& title, const QString& intro, const QString& okText,
               const QString& objectPrefix, QWidget* parent);
    bool isRunning() const { return m_running; }

protected:
    QFormLayout* form() const { return m_form; }
    // A file path field with a "Choose…" button that calls `choose` (given the current text).
    QLineEdit* addFileRow(const QString& label, const QString& objectName,
                          std::function<QString(const QString&)> choose);
    QLineEdit* addPassphraseRow(const QString& label, const QString& objectName);
    void showError(const QString& message);
    void setRunning(bool running);

private:
    bool m_running = false;
    QFormLayout* m_form;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_ok;
};
