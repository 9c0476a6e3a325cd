#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// Maps an enum to the code stored in the database and to a translatable label.
// Labels are marked with QT_TRANSLATE_NOOP in the table and translated when asked for.
template <typename E>
struct EnumEntry
{
    E value;
    const char* code;
    const char* label;
};

template <typename E>
class EnumTable
{
public:
    EnumTable(const char* context, std::initializer_list<EnumEntry<E>> entries)
        : m_context(context)
        , m_entries(entries)
    {
    }

    QString code(E value) const
    {
        for (const auto& e : m_entries) {
            if (e.value == value)
                return QString::fromLatin1(e.code);
        }
        return {};
    }

    std::optional<E> fromCode(const QString& code) const
    {
        for (const auto& e : m_entries) {
            if (code == QLatin1String(e.code))
                return e.value;
        }
        return std::nullopt;
    }

    QString label(E value) const
    {
        for (const auto& e : m_entries) {
            if (e.value == value)
                return QCoreApplication::translate(m_context, e.label);
        }
        return {};
    }

    // The labels of the values these codes stand for, in order; codes it does not know are
    // left out.
    QStringList labelsOf(const QStringList& codes) const
    {
        QStringList out;
        for (const QString& c : codes) {
            if (const auto value = fromCode(c))
                out.append(label(*value));
        }
        return out;
    }

    QList<E> values() const
    {
        QList<E> out;
        for (const auto& e : m_entries)
            out.append(e.value);
        return out;
    }

private:
    const char* m_context;
    QList<EnumEntry<E>> m_entries;
};
