#include "core/common/Error.h"

#include <QCoreApplication>

Error::Error(Code code, QString message, QList<FieldError> fieldErrors)
    : m_code(code)
    , m_message(std::move(message))
    , m_fieldErrors(std::move(fieldErrors))
{
}

Error Error::invalid(QList<FieldError> fieldErrors)
{
    QString message;
    if (fieldErrors.size() == 1) {
        message = fieldErrors.constFirst().message;
    } else {
        message = QCoreApplication::translate("Error", "%n field(s) need attention before saving.",
                                              nullptr, int(fieldErrors.size()));
    }
    return Error(Code::Invalid, message, std::move(fieldErrors));
}
