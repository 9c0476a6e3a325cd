#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

// A label of reference data in several languages ("en", "es", "pt_BR"); shown in the
// language of the current locale, in English when that one is missing.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QHash<QString, QString> texts);

    // From {"en": "...", "es": "..."}; nullopt without an English text.
    static std::optional<LocalizedText> fromJson(const QJsonValue& value);

    QString text() const;
    QString in(const QString& language) const;

private:
    QHash<QString, QString> m_texts;
};
