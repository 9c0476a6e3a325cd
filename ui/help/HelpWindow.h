#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QTextBrowser;

// Short task-oriented help pages, in the language Amparo speaks (English when a page has
// no translation), shipped in the program's resources.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The pages, in the order a new organisation meets the tasks.
    static QStringList topics();
    // The resource holding a topic in a language, or in English when that language has none.
    static QString pagePath(const QString& topic, const QString& language);

    void showTopic(const QString& topic);

private:
    QListWidget* m_topics;
    QTextBrowser* m_page;
};
