#pragma once

#include <QList>
#include <QString>

// A problem with one field of a form, so that the message can be shown next to it.
struct FieldError
{
    QString field;
    QString message;
};

// What went wrong, as a sentence a person can act on.
class Error
{
public:
    enum class Code
    {
        Invalid,      // the input breaks a rule; fieldErrors() says which
        NotFound,     // the record does not exist (any more)
        Conflict,     // the input clashes with a record already stored
        NotPermitted, // the signed-in user may not do this
        Storage,      // the database could not be read or written
        Refused,      // the file is not one Amparo may open or change
        Cancelled,    // the person cancelled; nothing was changed
        Locked,       // the database is encrypted and its key is not unlocked
        Io            // a file outside the database could not be read or written
    };

    Error() = default;
    Error(Code code, QString message, QList<FieldError> fieldErrors = {});

    static Error invalid(QList<FieldError> fieldErrors);

    Code code() const { return m_code; }
    QString message() const { return m_message; }
    const QList<FieldError>& fieldErrors() const { return m_fieldErrors; }

private:
    Code m_code = Code::Storage;
    QString m_message;
    QList<FieldError> m_fieldErrors;
};
