#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class Database;
struct UserSession;

// amparo-cli sync: field posts and their office (issue 20) — making this database a site,
// handing over its card and registering the other side's, sending and receiving packages, and
// the review list.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;

private:
    int review(CliContext& context, const Database& db, const UserSession& session,
               const QString& action, qint64 reviewId);
};
