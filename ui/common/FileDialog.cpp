#include "ui/common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> nextFileName;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
}

bool FileDialog::takeNext(QString& fileName)
{
    if (!nextFileName)
        return false;
    fileName = *nextFileName;
    nextFileName.reset();
    return true;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString name;
    if (takeNext(name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}
