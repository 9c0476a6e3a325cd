#pragma once

#include "core/domain/CaseOutcome.h"
#include "ui/MainWindow.h"
#include "ui/caseeditor/CaseEditor.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

// The visible top-level dialog of a type, if one is open.
template <typename T>
T* visibleDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// A child widget by object name, failing the test if it is missing.
template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
    if (!w)
        qWarning("widget %s not found", name);
    return w;
}

// Types text like a person would, including letters QTest::keyClicks cannot (á, ñ).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// With AMPARO_SCREENSHOT_DIR set, keeps a picture of a screen for people to look at.
inline void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AMPARO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

// Closes the window, discarding whatever a test left unsaved.
inline void closeDiscarding(MainWindow& window)
{
    for (int i = 0; i < 4; ++i)
        MessageBox::setNextAnswer(MessageBox::Answer::Discard);
    window.close();
}

// In a case's form, as a caseworker closing it: the status, why, and how it ended (none: left
// unchosen).
inline void chooseClosed(CaseEditor* editor, const QString& reason,
                         std::optional<CaseOutcome> outcome)
{
    auto* status = child<QComboBox>(editor, "statusCombo");
    status->setCurrentIndex(status->findData(int(CaseStatus::Closed)));
    child<QLineEdit>(editor, "closureReasonEdit")->setText(reason);
    if (outcome) {
        auto* combo = child<QComboBox>(editor, "outcomeCombo");
        combo->setCurrentIndex(combo->findData(int(*outcome)));
    }
}
