#include "core/reference/ReferenceFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

Result<QByteArray> ReferenceFile::read(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Refused,
                     tr("%1 cannot be read (%2).").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error(Error::Code::Refused, tr("%1 is far too large.").arg(path));
    return file.readAll();
}

QString ReferenceFile::overridePath(const QString& fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("reference/") + fileName);
}
