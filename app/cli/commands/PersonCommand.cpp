#include "app/cli/commands/PersonCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/commands/MemberArgument.h"
#include "core/common/Clock.h"
#include "core/services/CaseService.h"
#include "core/services/DataRequestService.h"
#include "core/services/ErasureService.h"
#include "core/storage/Database.h"
#include "ui/render/PersonDataPdf.h"

namespace {
const QStringList Actions{QStringLiteral("access"),         QStringLiteral("erase"),
                          QStringLiteral("refuse-erasure"), QStringLiteral("withdraw-consent"),
                          QStringLiteral("correct"),        QStringLiteral("decide"),
                          QStringLiteral("requests")};
const QStringList Languages{QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("en")};
} // namespace

QString PersonCommand::name() const
{
    return QStringLiteral("person");
}

QString PersonCommand::summary() const
{
    return tr("answer a person's request to see, correct or erase their data or to withdraw a "
              "consent; list the register of requests (administrators)");
}

bool PersonCommand::needsGuiApplication() const
{
    // The copy of a person's data is a PDF, laid out with Qt's text engine.
    return true;
}

void PersonCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), Actions.join(QStringLiteral(", ")));
    parser.addPositionalArgument(
        QStringLiteral("PERSON"),
        tr("CASE:N, the N-th member of a case as show lists them (1 is the principal); decide: "
           "the request's number."));
    parser.addOptions({
        {QStringLiteral("received"), tr("When the request was received (default: today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("identity"), tr("How the person's identity was checked."),
         QStringLiteral("TEXT")},
        {QStringLiteral("out"), tr("access: the PDF to write."), QStringLiteral("FILE")},
        {QStringLiteral("language"), tr("access: es, pt_BR or en (the person's language)."),
         QStringLiteral("LANGUAGE")},
        {QStringLiteral("ground"),
         tr("erase: no_longer_necessary, consent_withdrawn, objection_upheld or "
            "unlawful_processing."),
         QStringLiteral("GROUND")},
        {QStringLiteral("yes"), tr("erase: yes, erase; it cannot be undone.")},
        {QStringLiteral("reason"), tr("refuse-erasure: why (for example, a legal hold)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("purposes"),
         tr("withdraw-consent: registration, referral, tracing, comma-separated."),
         QStringLiteral("LIST")},
        {QStringLiteral("request"), tr("correct: what the person says is wrong."),
         QStringLiteral("TEXT")},
        {QStringLiteral("decision"), tr("decide: granted, partly_granted or refused."),
         QStringLiteral("DECISION")},
        {QStringLiteral("answer"), tr("decide: what was changed, or why not."),
         QStringLiteral("TEXT")},
    });
}

int PersonCommand::list(CliContext& context, const UserSession& session)
{
    Result<QList<DataRequest>> requests =
        DataRequestService(*context.database(), context.clock(), session).latest();
    if (!requests)
        return context.fail(requests.error());
    for (const DataRequest& r : *requests)
        context.out() << r.id << '\t' << r.receivedOn.toString(Qt::ISODate) << '\t'
                      << dataRequestKindCodes().code(r.kind) << '\t' << r.caseNumber << '\t'
                      << dataRequestDecisionCodes().code(r.decision) << '\t' << r.decidedBy << '\t'
                      << QString(r.answer).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    context.out().flush();
    return CliContext::Success;
}

int PersonCommand::decide(CliContext& context, const UserSession& session, const QString& request)
{
    bool ok = false;
    const qint64 id = request.toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(
            tr("“%1” is not a request's number (person requests lists them).").arg(request));
    const std::optional<DataRequestDecision> decision = dataRequestDecisionCodes().fromCode(
        context.parser().value(QStringLiteral("decision")).trimmed());
    if (!decision || *decision == DataRequestDecision::Open)
        return context.usage(tr("--decision must be granted, partly_granted or refused."));
    const Status s = DataRequestService(*context.database(), context.clock(), session)
                         .decide(id, *decision, context.parser().value(QStringLiteral("answer")));
    if (!s)
        return context.fail(s.error());
    context.out() << tr("Request %1 answered.").arg(id) << Qt::endl;
    return CliContext::Success;
}

int PersonCommand::run(CliContext& context)
{
    const QCommandLineParser& parser = context.parser();
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!Actions.contains(action))
        return context.usage(
            tr("person needs an action: %1.").arg(Actions.join(QStringLiteral(", "))));
    const bool listing = action == QLatin1String("requests");
    if (args.size() != (listing ? 1 : 2))
        return context.usage(listing ? tr("person requests takes nothing more.")
                                     : tr("person %1 needs the person (CASE:N).").arg(action));
    QDate received = context.clock().today();
    if (parser.isSet(QStringLiteral("received"))) {
        received =
            QDate::fromString(parser.value(QStringLiteral("received")).trimmed(), Qt::ISODate);
        if (!received.isValid())
            return context.usage(tr("--received must be a date such as 2026-06-14."));
    }
    const QString language = parser.value(QStringLiteral("language")).trimmed();
    if (action == QLatin1String("access") &&
        (!parser.isSet(QStringLiteral("out")) || !Languages.contains(language)))
        return context.usage(tr("person access needs --out FILE and --language es, pt_BR or en."));
    std::optional<ErasureGround> ground;
    if (action == QLatin1String("erase")) {
        ground = erasureGroundCodes().fromCode(parser.value(QStringLiteral("ground")).trimmed());
        if (!ground)
            return context.usage(tr("--ground must be no_longer_necessary, consent_withdrawn, "
                                    "objection_upheld or unlawful_processing."));
        if (!parser.isSet(QStringLiteral("yes")))
            return context.usage(tr("An erasure cannot be undone: add --yes to erase."));
    }
    std::optional<MemberArgument::Parsed> member;
    if (!listing && action != QLatin1String("decide")) {
        member = MemberArgument::parse(args[1]);
        if (!member)
            return context.usage(MemberArgument::usage(args[1]));
    }

    Database* db = context.database();
    const UserSession* session =
        db ? context.sessionAllowedTo(Permission::AnswerDataRequests) : nullptr;
    if (!session)
        return context.failureCode();
    if (listing)
        return list(context, *session);
    if (action == QLatin1String("decide"))
        return decide(context, *session, args[1]);

    CaseService cases(*db, context.clock(), *session);
    Result<qint64> personId = MemberArgument::personId(cases, *member);
    if (!personId)
        return context.fail(personId.error());
    const DataRequestService::Received request{*personId, received,
                                               parser.value(QStringLiteral("identity"))};
    DataRequestService requests(*db, context.clock(), *session);

    if (action == QLatin1String("access")) {
        const QString out = parser.value(QStringLiteral("out"));
        if (Status s = PersonDataPdf::write(requests, request, language, out); !s)
            return context.fail(s.error());
        context.out() << tr("Wrote %1; the request is in the register.").arg(out) << Qt::endl;
        return CliContext::Success;
    }
    if (action == QLatin1String("erase")) {
        ErasureService::Request erase;
        erase.personId = *personId;
        erase.ground = *ground;
        erase.receivedOn = received;
        erase.identityCheck = request.identityCheck;
        Result<ErasureService::Outcome> done =
            ErasureService(*db, context.clock(), *session).erase(erase);
        if (!done)
            return context.fail(done.error());
        context.out() << ErasureService::outcomeText(done->casesRemoved, done->casesKept) << ' '
                      << tr("%n audit entries emptied.", "", done->auditEntriesEmptied) << '\n';
        if (!done->logEmptied)
            context.out() << tr("Another program has the database open: its log is emptied when "
                                "the last one closes it.")
                          << '\n';
        context.out().flush();
        return CliContext::Success;
    }
    Result<qint64> entered = Error(Error::Code::Invalid, QString());
    if (action == QLatin1String("refuse-erasure")) {
        entered = ErasureService(*db, context.clock(), *session)
                      .refuse(*personId, received, request.identityCheck,
                              parser.value(QStringLiteral("reason")));
    } else if (action == QLatin1String("withdraw-consent")) {
        QSet<QString> purposes;
        for (const QString& p :
             parser.value(QStringLiteral("purposes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            purposes.insert(p.trimmed());
        entered = requests.withdrawConsent(request, purposes);
    } else {
        entered = requests.recordCorrection(request, parser.value(QStringLiteral("request")));
    }
    if (!entered)
        return context.fail(entered.error());
    context.out() << tr("Entered in the register as request %1.").arg(*entered) << Qt::endl;
    return CliContext::Success;
}
