#include "app/cli/commands/AddCaseCommand.h"

#include "app/cli/CliContext.h"
#include "core/common/Clock.h"
#include "core/reference/CountryCatalog.h"
#include "core/services/CaseService.h"
#include "core/services/IntakeCheck.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"

namespace {
QString countryCode(const QString& nameOrCode)
{
    const QString code = CountryCatalog::instance().codeForName(nameOrCode);
    return code.isEmpty() ? nameOrCode.trimmed().toUpper() : code;
}
} // namespace

QString AddCaseCommand::name() const
{
    return QStringLiteral("add-case");
}

QString AddCaseCommand::summary() const
{
    return tr("register a case with its principal person; prints the case number");
}

void AddCaseCommand::defineOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("site"), tr("Site code (optional when there is one site)."),
         QStringLiteral("CODE")},
        {QStringLiteral("given"), tr("Given name(s)."), QStringLiteral("NAMES")},
        {QStringLiteral("family1"), tr("First family name."), QStringLiteral("NAME")},
        {QStringLiteral("family2"), tr("Second family name."), QStringLiteral("NAME")},
        {QStringLiteral("other-name"), tr("Another name or alias (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("sex"), tr("F, M, X (other) or U (unknown)."), QStringLiteral("SEX"),
         QStringLiteral("U")},
        {QStringLiteral("born"),
         tr("Date of birth: 2012-05-03, 03/05/2012, 2012-05, 2012, or ~40 for about 40 years old."),
         QStringLiteral("DATE")},
        {QStringLiteral("nationality"), tr("Nationality, ISO code or name (repeatable)."),
         QStringLiteral("COUNTRY")},
        {QStringLiteral("document"),
         tr("Identity document TYPE:COUNTRY:NUMBER[:EXPIRES]; TYPE is passport, national_id, "
            "birth_certificate, residence_permit, asylum_document or other; EXPIRES is "
            "YYYY-MM-DD (repeatable)."),
         QStringLiteral("DOC")},
        {QStringLiteral("no-document"), tr("The person has no identity document.")},
        {QStringLiteral("phone"), tr("Contact phone."), QStringLiteral("PHONE")},
        {QStringLiteral("country"), tr("Country where the person is now."),
         QStringLiteral("COUNTRY")},
        {QStringLiteral("admin1"),
         tr("First-level division where the person is now (e.g. CO-NSA)."), QStringLiteral("CODE")},
        {QStringLiteral("place"), tr("Town or place where the person is now."),
         QStringLiteral("PLACE")},
        {QStringLiteral("registered"), tr("Registration date (default: today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("caseworker"), tr("Assigned caseworker."), QStringLiteral("NAME")},
        {QStringLiteral("note"), tr("A first note on the case."), QStringLiteral("TEXT")},
        {QStringLiteral("consent"),
         tr("Consent given, comma-separated: registration, referral, tracing."),
         QStringLiteral("SCOPES")},
        {QStringLiteral("consent-recorded-by"),
         tr("Who recorded the consent (default: the signed-in user)."), QStringLiteral("NAME")},
        {QStringLiteral("new-person-reason"),
         tr("Why this is a new person although Amparo lists registered persons who may be them "
            "(kept in the audit trail)."),
         QStringLiteral("TEXT")},
    });
}

int AddCaseCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const auto value = [&p](const char* name) { return p.value(QLatin1String(name)).trimmed(); };
    const QDate today = context.clock().today();

    // Read every option before touching the database, so that a typo changes nothing.
    Person person;
    person.givenNames = value("given");
    person.familyName1 = value("family1");
    person.familyName2 = value("family2");
    person.otherNames = p.values(QStringLiteral("other-name"));
    const auto sex = sexCodes().fromCode(value("sex").toUpper());
    if (!sex)
        return context.usage(tr("--sex must be F, M, X or U."));
    person.sex = *sex;
    const auto born = PartialDate::parse(value("born"), today);
    if (!born)
        return context.usage(tr("--born: “%1” is not a date Amparo understands (for example "
                                "2012-05-03, 2012 or ~40).")
                                 .arg(value("born")));
    person.birthDate = *born;
    for (const QString& n : p.values(QStringLiteral("nationality")))
        person.nationalities.append(countryCode(n));
    for (const QString& d : p.values(QStringLiteral("document"))) {
        const QStringList parts = d.split(QLatin1Char(':'));
        const auto type = documentTypeCodes().fromCode(parts.value(0).trimmed().toLower());
        const QDate expiry =
            parts.size() == 4 ? QDate::fromString(parts[3].trimmed(), Qt::ISODate) : QDate();
        if ((parts.size() != 3 && parts.size() != 4) || !type ||
            (parts.size() == 4 && !expiry.isValid()))
            return context.usage(tr("--document must be TYPE:COUNTRY:NUMBER or "
                                    "TYPE:COUNTRY:NUMBER:EXPIRES, for example "
                                    "national_id:VEN:V-12345678 or "
                                    "passport:VEN:123456789:2027-03-31."));
        person.documents.append(
            IdentityDocument{0, *type, parts[2].trimmed(), countryCode(parts[1]), expiry});
    }
    person.hasNoDocument = p.isSet(QStringLiteral("no-document"));
    person.phone = value("phone");
    person.location =
        Location{p.isSet(QStringLiteral("country")) ? countryCode(value("country")) : QString(),
                 value("admin1").toUpper(), value("place")};

    CaseRecord record;
    record.registeredOn = today;
    if (p.isSet(QStringLiteral("registered"))) {
        const auto on = PartialDate::parse(value("registered"), today);
        if (!on || on->precision() != PartialDate::Precision::Exact)
            return context.usage(tr("--registered must be a full date, for example 2026-05-03."));
        record.registeredOn = on->date();
    }
    record.caseworker = value("caseworker");
    record.members.append(CaseMember{person, Relationship::Principal});
    if (p.isSet(QStringLiteral("note")))
        record.notes.append(CaseNote{0, {}, QString(), p.value(QStringLiteral("note"))});
    if (p.isSet(QStringLiteral("consent"))) {
        Consent c;
        c.givenOn = record.registeredOn;
        c.recordedBy = value("consent-recorded-by");
        for (const QString& scope : value("consent").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString s = scope.trimmed().toLower();
            if (s == QLatin1String("registration"))
                c.registration = true;
            else if (s == QLatin1String("referral"))
                c.referral = true;
            else if (s == QLatin1String("tracing"))
                c.tracingContact = true;
            else
                return context.usage(tr("--consent takes registration, referral and tracing."));
        }
        record.consent = c;
    }

    Database* db = context.database();
    const UserSession* session = db ? context.session() : nullptr;
    if (!session)
        return context.failureCode();
    // Whoever typed the command wrote the note and recorded the consent, unless it says who.
    for (CaseNote& n : record.notes)
        n.author = session->displayName;
    if (record.consent && record.consent->recordedBy.isEmpty())
        record.consent->recordedBy = session->displayName;
    Result<QList<Site>> sites = SiteService(*db, context.clock(), *session).sites();
    if (!sites)
        return context.fail(sites.error());
    if (p.isSet(QStringLiteral("site"))) {
        for (const Site& s : *sites) {
            if (s.code == value("site").toUpper())
                record.siteId = s.id;
        }
        if (record.siteId == 0)
            return context.fail(Error(Error::Code::Invalid, tr("There is no site %1. Add it with "
                                                               "amparo-cli add-site.")
                                                                .arg(value("site"))));
    } else if (sites->size() == 1) {
        record.siteId = sites->constFirst().id;
    } else {
        return context.fail(
            Error(Error::Code::Invalid,
                  sites->isEmpty() ? tr("There is no site yet. Add one with amparo-cli add-site.")
                                   : tr("There are several sites: choose one with --site.")));
    }

    // Registering checks first: what would refuse the case, then who may be this person.
    CaseService cases(*db, context.clock(), *session);
    if (Status s = cases.checkSavable(record); !s)
        return context.fail(s.error());
    const QString reason = value("new-person-reason").trimmed();
    if (reason.isEmpty()) {
        Result<QList<PossibleDuplicate>> found =
            IntakeCheck(*db, context.clock(), *session).check(record.members.constFirst().person);
        if (!found)
            return context.fail(found.error());
        if (!found->isEmpty()) {
            QString list;
            for (const PossibleDuplicate& d : std::as_const(*found))
                list += QStringLiteral("\n  %1\t%2\t%3\t%4")
                            .arg(d.caseNumber.isEmpty() ? tr("(no case)") : d.caseNumber, d.name,
                                 d.born, d.reasons.join(QStringLiteral("; ")));
            return context.fail(Error(
                Error::Code::Invalid,
                tr("Registered persons may be this one:%1\nNothing was saved. If this is someone "
                   "else, say why with --new-person-reason TEXT.")
                    .arg(list)));
        }
    }
    Result<CaseRecord> saved = CaseService(*db, context.clock(), *session).save(record, reason);
    if (!saved)
        return context.fail(saved.error());
    context.out() << saved->caseNumber << Qt::endl;
    return CliContext::Success;
}
