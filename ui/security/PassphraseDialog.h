#pragma once

#include "core/common/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

// Asks for a new passphrase twice (and, optionally, the current one), checks it against the
// passphrase rules and hands it to an action; stays open with the reason when the action
// fails.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    // Receives (current, new); returns what went wrong, if anything.
    using Action = std::function<Status(const QString& current, const QString& replacement)>;

    PassphraseDialog(const QString& title, const QString& intro, bool askCurrent,
                     const QString& username, Action action, QWidget* parent = nullptr);
    void accept() override;

private:
    QString m_username;
    Action m_action;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QLabel* m_error;
};
