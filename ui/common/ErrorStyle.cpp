#include "ui/common/ErrorStyle.h"

QString ErrorStyle::color()
{
    return QStringLiteral("#b00020");
}

QString ErrorStyle::text(bool bold)
{
    return QStringLiteral("color: %1;%2").arg(color(), bold ? QStringLiteral(" font-weight: bold;")
                                                            : QString());
}
