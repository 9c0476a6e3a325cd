#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

// amparo-cli audit verify|list|export: the audit trail, for administrators.
class AuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;
};
