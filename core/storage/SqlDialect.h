#pragma once

#include <QString>

// What differs between SQLite's SQL and PostgreSQL's, in one place: repositories and queries
// ask for it instead of writing one engine's own, so the same code runs on a laptop's file
// and on an office's server. Everything else Amparo writes is SQL both engines read alike.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {
    }

    Engine engine() const { return m_engine; }

    // Transactions: SQLite takes the write lock at once, so that a second writer waits for
    // the busy timeout instead of failing half-way; PostgreSQL locks rows as they are written.
    QString beginWrite() const;
    QString beginRead() const;

    // The values of `expression` in a group joined by `separator` (an SQL expression).
    QString groupConcat(const QString& expression, const QString& separator) const;
    // A name as a quoted identifier, whatever it holds ("amparo.ana" stays one name).
    static QString identifier(const QString& name);
    // "?, ?, ?": the parameters of an IN list of `count` values.
    static QString placeholders(qsizetype count);
    // A line break as an SQL expression.
    QString newline() const;
    QString least(const QString& a, const QString& b) const;
    QString greatest(const QString& a, const QString& b) const;
    // "column equals ?, ignoring case" with one parameter.
    QString equalsIgnoringCase(const QString& column) const;
    // The first position of `needle` in `haystack` (1-based, 0 when absent).
    QString position(const QString& needle, const QString& haystack) const;
    // An ISO date (text) `days` later, as text.
    QString plusDays(const QString& isoDate, int days) const;
    // Appended to a SELECT whose rows this transaction will change: locks them on a server
    // (SQLite's write transaction already excludes every other writer).
    QString forUpdate() const;
    // "INSERT … ON CONFLICT DO NOTHING": the prefix up to the table name, and the suffix after
    // the VALUES list.
    QString insertOrIgnorePrefix() const;
    QString insertOrIgnoreSuffix() const;

    // The persons whose names or documents match a search (one parameter: searchParameter()).
    QString personsMatching() const;
    // The last nine digits of persons.phone, punctuation removed: the expression its index
    // (migration 18) is on, compared with phoneEndOf() of a number typed.
    QString phoneEnd() const;
    static QString phoneEndOf(const QString& phone);
    // What a person typed as that parameter: every word must start a name or a document
    // number. Empty when nothing searchable was typed.
    QString searchParameter(const QString& typed) const;

private:
    Engine m_engine;
};
