#pragma once

#include "app/cli/CliCommand.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>

// amparo-cli person access|erase|refuse-erasure|withdraw-consent|correct|decide|requests:
// a person's requests about their data, answered by an administrator (issue 23).
class PersonCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool needsGuiApplication() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;

private:
    static int list(CliContext& context, const UserSession& session);
    static int decide(CliContext& context, const UserSession& session, const QString& request);
};
