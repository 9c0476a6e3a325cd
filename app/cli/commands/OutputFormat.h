#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// The --format option of commands that print records: text for people, json or csv for
// scripts.
class OutputFormat
{
public:
    enum Format
    {
        Text,
        Json,
        Csv
    };

    static void define(QCommandLineParser& parser, const QStringList& allowed);
    // The chosen format, or nullopt when it is not one of `allowed`.
    static std::optional<Format> read(const QCommandLineParser& parser, const QStringList& allowed);
};
