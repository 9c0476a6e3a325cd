#include "app/cli/commands/MergeCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/MemberArgument.h"
#include "core/common/DateFormats.h"
#include "core/services/CaseService.h"
#include "core/services/MergeService.h"
#include "core/storage/Database.h"

QString MergeCommand::name() const
{
    return QStringLiteral("merge");
}

QString MergeCommand::summary() const
{
    return tr("merge two records of one person or two cases of one family; list, undo or close "
              "the merges to review (legal staff and administrators)");
}

void MergeCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("persons, cases, list, undo or close."));
    parser.addPositionalArgument(
        QStringLiteral("KEPT"),
        tr("persons: CASE:N, the N-th member of a case as show lists them (1 is the principal); "
           "cases: the case number that stays; undo and close: the merge's number."));
    parser.addPositionalArgument(QStringLiteral("REMOVED"),
                                 tr("The person (CASE:N) or case merged into it, which goes."));
    parser.addOptions({
        {QStringLiteral("take"),
         tr("Fields whose value comes from the record that goes, comma-separated (persons: "
            "given_names, family_name1, family_name2, sex, birth, birth_country, phone, "
            "location, no_document; cases: registered_on, caseworker, status, consent)."),
         QStringLiteral("FIELDS")},
        {QStringLiteral("same-principal"),
         tr("cases: the two principals are one person registered twice; merge them too.")},
        {QStringLiteral("principal-take"),
         tr("cases with --same-principal: the principal's fields taken from the case that goes."),
         QStringLiteral("FIELDS")},
        {QStringLiteral("joins-as"),
         tr("cases without --same-principal: how the other principal joins the family "
            "(spouse, child, parent, sibling, grandparent, grandchild, other_relative, "
            "non_relative; default other_relative)."),
         QStringLiteral("RELATIONSHIP")},
    });
}

std::optional<QString> MergeCommand::takeFields(const QString& option,
                                                const QList<MergeField>& offered,
                                                QSet<QString>& into,
                                                const QCommandLineParser& parser)
{
    QStringList known;
    for (const MergeField& f : offered)
        known.append(f.key);
    for (const QString& field : parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = field.trimmed();
        if (!known.contains(key))
            return tr("--%1: “%2” is not one of %3.")
                .arg(option, key, known.join(QStringLiteral(", ")));
        into.insert(key);
    }
    return std::nullopt;
}

int MergeCommand::merge(CliContext& context, const MergePlan& plan, const MergePreview& preview)
{
    Database* db = context.database();
    Result<MergeRecord> merged = MergeService(*db, context.clock(), *context.session()).merge(plan);
    if (!merged)
        return context.fail(merged.error());
    context.out() << tr("%1 was merged into %2 (merge %3). Until its review is closed, "
                        "amparo-cli merge undo %3 puts both back.")
                         .arg(preview.removedLabel, preview.keptLabel)
                         .arg(merged->id)
                  << '\n';
    context.out().flush();
    return CliContext::Success;
}

int MergeCommand::run(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("persons"), QStringLiteral("cases"),
                              QStringLiteral("list"), QStringLiteral("undo"),
                              QStringLiteral("close")};
    if (!actions.contains(action))
        return context.usage(
            tr("merge needs an action: %1.").arg(actions.join(QStringLiteral(", "))));
    const bool two = action == QLatin1String("persons") || action == QLatin1String("cases");
    const bool one = action == QLatin1String("undo") || action == QLatin1String("close");
    if ((two && args.size() != 3) || (one && args.size() != 2) ||
        (action == QLatin1String("list") && args.size() != 1))
        return context.usage(two ? tr("merge %1 needs the record that stays and the one that "
                                      "goes.")
                                       .arg(action)
                             : one ? tr("merge %1 needs the merge's number.").arg(action)
                                   : tr("merge list takes nothing more."));
    std::optional<Relationship> joinsAs = Relationship::OtherRelative;
    if (context.parser().isSet(QStringLiteral("joins-as"))) {
        joinsAs = relationshipCodes().fromCode(
            context.parser().value(QStringLiteral("joins-as")).trimmed().toLower());
        if (!joinsAs || *joinsAs == Relationship::Principal)
            return context.usage(tr("--joins-as must be a relationship such as sibling or "
                                    "other_relative."));
    }
    qint64 mergeId = 0;
    if (one) {
        bool ok = false;
        mergeId = args[1].toLongLong(&ok);
        if (!ok || mergeId <= 0)
            return context.usage(
                tr("“%1” is not a merge's number (merge list shows them).").arg(args[1]));
    }
    Database* db = context.database();
    const UserSession* session = db ? context.sessionAllowedTo(Permission::MergeRecords) : nullptr;
    if (!session)
        return context.failureCode();
    MergeService merges(*db, context.clock(), *session);

    if (action == QLatin1String("list")) {
        Result<QList<MergeRecord>> open = merges.toReview();
        if (!open)
            return context.fail(open.error());
        for (const MergeRecord& m : *open)
            context.out() << m.id << '\t' << DateFormats::numeric(m.mergedAt.toLocalTime()) << '\t'
                          << mergeKindCodes().code(m.kind) << '\t' << m.keptLabel << '\t'
                          << m.removedLabel << '\t' << m.mergedBy << '\n';
        context.out().flush();
        return CliContext::Success;
    }
    if (one) {
        const Status done =
            action == QLatin1String("undo") ? merges.undo(mergeId) : merges.closeReview(mergeId);
        if (!done)
            return context.fail(done.error());
        context.out() << (action == QLatin1String("undo")
                              ? tr("Merge %1 was undone: both records are back as they were.")
                              : tr("The review of merge %1 is closed; it can no longer be "
                                   "undone."))
                             .arg(mergeId)
                      << '\n';
        context.out().flush();
        return CliContext::Success;
    }

    // Both records are read as the role sees them: an unknown number is said as such.
    CaseService cases(*db, context.clock(), *session);
    MergePlan plan;
    Result<MergePreview> preview = Error(Error::Code::Invalid, QString());
    if (action == QLatin1String("cases")) {
        Result<CaseRecord> kept = cases.openByNumber(args[1]);
        if (!kept)
            return context.fail(kept.error());
        Result<CaseRecord> removed = cases.openByNumber(args[2]);
        if (!removed)
            return context.fail(removed.error());
        plan.kind = MergeKind::Case;
        plan.keptId = kept->id;
        plan.removedId = removed->id;
        plan.mergePrincipals = context.parser().isSet(QStringLiteral("same-principal"));
        plan.removedPrincipalJoinsAs = *joinsAs;
        preview = merges.previewCases(plan.keptId, plan.removedId);
    } else {
        qint64 ids[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            const std::optional<MemberArgument::Parsed> member = MemberArgument::parse(args[1 + i]);
            if (!member)
                return context.usage(MemberArgument::usage(args[1 + i]));
            Result<qint64> id = MemberArgument::personId(cases, *member);
            if (!id)
                return context.fail(id.error());
            ids[i] = *id;
        }
        plan.keptId = ids[0];
        plan.removedId = ids[1];
        preview = merges.previewPersons(plan.keptId, plan.removedId);
    }
    if (!preview)
        return context.fail(preview.error());
    if (std::optional<QString> bad = takeFields(QStringLiteral("take"), preview->fields,
                                                plan.takeFromRemoved, context.parser()))
        return context.usage(*bad);
    if (std::optional<QString> bad =
            takeFields(QStringLiteral("principal-take"), preview->principalFields,
                       plan.principalTakeFromRemoved, context.parser()))
        return context.usage(*bad);
    return merge(context, plan, *preview);
}
