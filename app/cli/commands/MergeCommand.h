#pragma once

#include "app/cli/CliCommand.h"
#include "core/domain/MergePlan.h"

#include <QCoreApplication>

#include <optional>

// amparo-cli merge persons|cases|list|undo|close: two records of one person, or two cases of
// one family, made one (issue 21), and the merges waiting for review undone or closed.
class MergeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    QString name() const override;
    QString summary() const override;
    void defineOptions(QCommandLineParser& parser) override;
    int run(CliContext& context) override;

private:
    // --take (and --principal-take) checked against the lines the preview offers.
    static std::optional<QString> takeFields(const QString& option,
                                             const QList<MergeField>& offered, QSet<QString>& into,
                                             const QCommandLineParser& parser);
    int merge(CliContext& context, const MergePlan& plan, const MergePreview& preview);
};
