#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

// Every question and warning the app shows goes through here, so that tests can answer a
// question without a modal dialog blocking them (setNextAnswer) and check what was asked.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    enum class Answer
    {
        Save,
        Discard,
        Cancel,
        Yes,
        No,
        Ok
    };

    // "You have unsaved changes": Save, Discard or Cancel.
    static Answer askUnsavedChanges(QWidget* parent, const QString& text);
    static Answer askYesNo(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next question is answered with this, without showing anything (answers
    // queue up for several questions in a row).
    static void setNextAnswer(Answer answer);
    // Tests: the text of the last question or warning, and clearing it.
    static QString lastText();
    // Tests: forgets queued answers and the last text.
    static void resetForTests();

private:
    static std::optional<Answer> takeNextAnswer(const QString& text);
};
