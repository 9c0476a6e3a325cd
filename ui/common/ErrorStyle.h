#pragma once

#include <QString>

// The one colour that says "something is wrong" (an error, an overdue deadline, a high risk),
// dark enough to read on white and on the system's window colour.
class ErrorStyle
{
public:
    // "#b00020".
    static QString color();
    // A style sheet for error text.
    static QString text(bool bold = false);
};
