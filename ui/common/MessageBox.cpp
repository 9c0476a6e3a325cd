#include "ui/common/MessageBox.h"

#include <QMessageBox>
#include <QQueue>

namespace {
QQueue<MessageBox::Answer> nextAnswers;
QString lastShownText;
} // namespace

void MessageBox::setNextAnswer(Answer answer)
{
    nextAnswers.enqueue(answer);
}

QString MessageBox::lastText()
{
    return lastShownText;
}

void MessageBox::resetForTests()
{
    lastShownText.clear();
    nextAnswers.clear();
}

std::optional<MessageBox::Answer> MessageBox::takeNextAnswer(const QString& text)
{
    lastShownText = text;
    if (nextAnswers.isEmpty())
        return std::nullopt;
    return nextAnswers.dequeue();
}

MessageBox::Answer MessageBox::askUnsavedChanges(QWidget* parent, const QString& text)
{
    if (auto answer = takeNextAnswer(text))
        return *answer;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}

MessageBox::Answer MessageBox::askYesNo(QWidget* parent, const QString& title, const QString& text)
{
    if (auto answer = takeNextAnswer(text))
        return *answer;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes
               ? Answer::Yes
               : Answer::No;
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    if (takeNextAnswer(text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (takeNextAnswer(text))
        return;
    QMessageBox::information(parent, title, text);
}
