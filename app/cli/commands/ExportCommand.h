#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli export: anonymized counts from a saved definition (CSV with HXL, XLSX or PDF),
// or a standard report for a month or quarter (PDF, XLSX, or its most detailed table as CSV).
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool needsGuiApplication() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};
