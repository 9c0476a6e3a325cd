#include "core/reference/ReferenceFile.h"

#include <QJsonDocument>

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

Result<QJsonObject> ReferenceFile::root(const QByteArray& json, int supportedFormat)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Code::Refused, tr("it is not valid JSON (%1 at byte %2).")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    const QJsonObject root = doc.object();
    const int format = root.value(QStringLiteral("format")).toInt(-1);
    if (format > supportedFormat)
        return Error(Error::Code::Refused,
                     tr("it is in format %1, made for a newer version of Amparo.").arg(format));
    if (format != supportedFormat)
        return Error(Error::Code::Refused, tr("it has no valid \"format\" number."));
    return root;
}
