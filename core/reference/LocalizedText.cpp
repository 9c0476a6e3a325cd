#include "core/reference/LocalizedText.h"

#include <QJsonObject>
#include <QLocale>

LocalizedText::LocalizedText(QHash<QString, QString> texts)
    : m_texts(std::move(texts))
{
}

std::optional<LocalizedText> LocalizedText::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    QHash<QString, QString> texts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return std::nullopt;
        texts.insert(it.key(), it.value().toString());
    }
    if (!texts.contains(QStringLiteral("en")))
        return std::nullopt;
    return LocalizedText(texts);
}

QString LocalizedText::in(const QString& language) const
{
    return m_texts.value(language, m_texts.value(QStringLiteral("en")));
}

QString LocalizedText::text() const
{
    switch (QLocale().language()) {
    case QLocale::Spanish:
        return in(QStringLiteral("es"));
    case QLocale::Portuguese:
        return in(QStringLiteral("pt_BR"));
    default:
        return in(QStringLiteral("en"));
    }
}
