#pragma once

#include <QString>

// Reads a secret typed at the terminal without showing it. The only platform-specific code
// of amparo-cli lives here.
class TerminalPrompt
{
public:
    // Prints `prompt` on standard error and reads one line from standard input; echo is off
    // when standard input is a terminal. Returns a null string at end of input.
    static QString readSecret(const QString& prompt);
};
