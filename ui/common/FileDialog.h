#pragma once

#include <QString>

class QWidget;

// File choosers go through here so that tests can give the answer (setNextFileName)
// instead of a modal dialog blocking them.
class FileDialog
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString& fileName);
};
