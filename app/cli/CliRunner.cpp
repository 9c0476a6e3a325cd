#include "CliRunner.h"

#include "CaseFormatter.h"
#include "common/Clock.h"
#include "reference/CountryCatalog.h"
#include "services/CaseService.h"
#include "services/SiteService.h"
#include "storage/CaseListQuery.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QCommandLineOption databaseOption(
    QStringLiteral("database"),
    QCoreApplication::translate("CliRunner", "The database file (default: %1).")
        .arg(QStringLiteral("<data folder>/amparo.sqlite")),
    QStringLiteral("PATH"));

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              QCoreApplication::translate("CliRunner", "Output format: text or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text"));
}

// Prints every rule that refused the input, one per line.
void printError(QTextStream& err, const Error& error)
{
    err << error.message() << Qt::endl;
    if (error.fieldErrors().size() > 1) {
        for (const FieldError& f : error.fieldErrors())
            err << "  " << f.field << ": " << f.message << Qt::endl;
    }
}

int exitCodeFor(const Error& error)
{
    return error.code() == Error::Code::Invalid || error.code() == Error::Code::Conflict
               ? CliRunner::Invalid
               : CliRunner::Failure;
}
} // namespace

CliRunner::CliRunner(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

int CliRunner::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr("Usage: amparo-cli [--database PATH] COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  init       create the database (and optionally the first site)\n"
                "  add-site   add a site where cases are registered\n"
                "  add-case   register a case with its principal person\n"
                "  list       list cases, optionally filtered by a search\n"
                "  show CASE  show one case with its family group and notes\n"
                "  check      check the database file and show its schema version\n"
                "\n"
                "Run amparo-cli COMMAND --help for the options of a command.\n"
                "Exit codes: 0 done, 1 failed, 2 wrong usage, 3 input refused (nothing saved).")
          << Qt::endl;
    return Usage;
}

int CliRunner::run(const QStringList& arguments)
{
    // The command is the first argument that is not an option or an option's value.
    QStringList rest = arguments.mid(1);
    QString command;
    for (int i = 0; i < rest.size(); ++i) {
        const QString& a = rest[i];
        if (a == QLatin1String("--database")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            command = a;
            rest.removeAt(i);
            break;
        }
    }
    const QStringList args = QStringList{arguments.value(0)} + rest;
    if (command.isEmpty()) {
        if (rest.contains(QStringLiteral("--version")) || rest.contains(QStringLiteral("-v"))) {
            m_out << "amparo-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            usage();
            return Success;
        }
        return usage(tr("No command given."));
    }
    if (command == QLatin1String("init"))
        return init(args);
    if (command == QLatin1String("add-site"))
        return addSite(args);
    if (command == QLatin1String("add-case"))
        return addCase(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("show"))
        return show(args);
    if (command == QLatin1String("check"))
        return check(args);
    return usage(tr("Unknown command “%1”.").arg(command));
}

std::unique_ptr<Database> CliRunner::openDatabase(const QCommandLineParser& parser, int& exitCode)
{
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : Database::defaultPath();
    Result<std::unique_ptr<Database>> db = Database::open(path, m_clock);
    if (!db) {
        printError(m_err, db.error());
        exitCode = Failure;
        return nullptr;
    }
    if (!db.value()->migrationBackupPath().isEmpty())
        m_err << tr("The database was upgraded; a copy of the old file is at %1")
                     .arg(db.value()->migrationBackupPath())
              << Qt::endl;
    return std::move(db).value();
}

namespace {
// Parses a command's options; on failure prints why and sets the exit code.
bool parseCommand(QCommandLineParser& parser, const QStringList& args, QTextStream& out,
                  QTextStream& err, int& exitCode)
{
    parser.addOption(databaseOption);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        exitCode = CliRunner::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        exitCode = CliRunner::Success;
        return false;
    }
    return true;
}

Site siteFromOptions(const QCommandLineParser& p, const QString& prefix)
{
    Site s;
    s.code = p.value(prefix + QStringLiteral("code")).trimmed().toUpper();
    s.name = p.value(prefix + QStringLiteral("name"));
    s.country = CountryCatalog::instance().codeForName(p.value(prefix + QStringLiteral("country")));
    s.admin1 = p.value(prefix + QStringLiteral("admin1")).trimmed().toUpper();
    return s;
}

QList<QCommandLineOption> siteOptions(const QString& prefix)
{
    return {
        {prefix + QStringLiteral("code"), QCoreApplication::translate("CliRunner", "Site code, e.g. CUC."),
         QStringLiteral("CODE")},
        {prefix + QStringLiteral("name"), QCoreApplication::translate("CliRunner", "Site name."),
         QStringLiteral("NAME")},
        {prefix + QStringLiteral("country"),
         QCoreApplication::translate("CliRunner", "Country of the site (ISO code or name)."),
         QStringLiteral("COUNTRY")},
        {prefix + QStringLiteral("admin1"),
         QCoreApplication::translate("CliRunner", "First-level division (ISO 3166-2 code, e.g. CO-NSA)."),
         QStringLiteral("CODE")},
    };
}
} // namespace

int CliRunner::init(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create the database, and optionally the first site."));
    parser.addOptions(siteOptions(QStringLiteral("site-")));
    int code = Success;
    if (!parseCommand(parser, args, m_out, m_err, code))
        return code;
    std::unique_ptr<Database> db = openDatabase(parser, code);
    if (!db)
        return code;
    if (parser.isSet(QStringLiteral("site-code"))) {
        Result<Site> site = SiteService(*db).create(siteFromOptions(parser, QStringLiteral("site-")));
        if (!site) {
            printError(m_err, site.error());
            return exitCodeFor(site.error());
        }
    }
    m_out << tr("Database ready: %1 (schema %2)").arg(db->path()).arg(*db->schemaVersion())
          << Qt::endl;
    return Success;
}

int CliRunner::addSite(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a site where cases are registered."));
    parser.addOptions(siteOptions(QString()));
    int code = Success;
    if (!parseCommand(parser, args, m_out, m_err, code))
        return code;
    std::unique_ptr<Database> db = openDatabase(parser, code);
    if (!db)
        return code;
    Result<Site> site = SiteService(*db).create(siteFromOptions(parser, QString()));
    if (!site) {
        printError(m_err, site.error());
        return exitCodeFor(site.error());
    }
    m_out << site->code << Qt::endl;
    return Success;
}

int CliRunner::addCase(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Register a case with its principal person. Prints the new case number."));
    const QCommandLineOption site(QStringLiteral("site"), tr("Site code (optional when there is one site)."), QStringLiteral("CODE"));
    const QCommandLineOption given(QStringLiteral("given"), tr("Given name(s)."), QStringLiteral("NAMES"));
    const QCommandLineOption family1(QStringLiteral("family1"), tr("First family name."), QStringLiteral("NAME"));
    const QCommandLineOption family2(QStringLiteral("family2"), tr("Second family name."), QStringLiteral("NAME"));
    const QCommandLineOption other(QStringLiteral("other-name"), tr("Another name or alias (repeatable)."), QStringLiteral("NAME"));
    const QCommandLineOption sex(QStringLiteral("sex"), tr("F, M, X (other) or U (unknown)."), QStringLiteral("SEX"), QStringLiteral("U"));
    const QCommandLineOption born(QStringLiteral("born"), tr("Date of birth: 2012-05-03, 03/05/2012, 2012-05, 2012, or ~40 for about 40 years old."), QStringLiteral("DATE"));
    const QCommandLineOption nationality(QStringLiteral("nationality"), tr("Nationality, ISO code or name (repeatable)."), QStringLiteral("COUNTRY"));
    const QCommandLineOption document(QStringLiteral("document"), tr("Identity document TYPE:COUNTRY:NUMBER, TYPE one of passport, national_id, birth_certificate, residence_permit, asylum_document, other (repeatable)."), QStringLiteral("DOC"));
    const QCommandLineOption noDocument(QStringLiteral("no-document"), tr("The person has no identity document."));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("Contact phone."), QStringLiteral("PHONE"));
    const QCommandLineOption country(QStringLiteral("country"), tr("Country where the person is now."), QStringLiteral("COUNTRY"));
    const QCommandLineOption admin1(QStringLiteral("admin1"), tr("First-level division where the person is now (e.g. CO-NSA)."), QStringLiteral("CODE"));
    const QCommandLineOption place(QStringLiteral("place"), tr("Town or place where the person is now."), QStringLiteral("PLACE"));
    const QCommandLineOption registered(QStringLiteral("registered"), tr("Registration date (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption caseworker(QStringLiteral("caseworker"), tr("Assigned caseworker."), QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A first note on the case."), QStringLiteral("TEXT"));
    const QCommandLineOption consent(QStringLiteral("consent"), tr("Consent given, comma-separated: registration, referral, tracing."), QStringLiteral("SCOPES"));
    const QCommandLineOption consentBy(QStringLiteral("consent-recorded-by"), tr("Who recorded the consent (default: the caseworker)."), QStringLiteral("NAME"));
    parser.addOptions({site, given, family1, family2, other, sex, born, nationality, document,
                       noDocument, phone, country, admin1, place, registered, caseworker, note,
                       consent, consentBy});
    int code = Success;
    if (!parseCommand(parser, args, m_out, m_err, code))
        return code;

    // Read every option before touching the database, so a typo changes nothing.
    Person person;
    person.givenNames = parser.value(given).trimmed();
    person.familyName1 = parser.value(family1).trimmed();
    person.familyName2 = parser.value(family2).trimmed();
    person.otherNames = parser.values(other);
    const auto parsedSex = sexCodes().fromCode(parser.value(sex).trimmed().toUpper());
    if (!parsedSex)
        return usage(tr("--sex must be F, M, X or U."));
    person.sex = *parsedSex;
    const auto birth = PartialDate::parse(parser.value(born), m_clock.today());
    if (!birth)
        return usage(tr("--born: “%1” is not a date Amparo understands (for example 2012-05-03, "
                        "2012 or ~40).")
                         .arg(parser.value(born)));
    person.birthDate = *birth;
    for (const QString& n : parser.values(nationality)) {
        const QString c = CountryCatalog::instance().codeForName(n);
        person.nationalities.append(c.isEmpty() ? n.trimmed().toUpper() : c);
    }
    for (const QString& d : parser.values(document)) {
        const QStringList parts = d.split(QLatin1Char(':'));
        const auto type = documentTypeCodes().fromCode(parts.value(0).trimmed().toLower());
        if (parts.size() != 3 || !type)
            return usage(tr("--document must be TYPE:COUNTRY:NUMBER, for example "
                            "national_id:VEN:V-12345678."));
        IdentityDocument doc;
        doc.type = *type;
        doc.issuingCountry = CountryCatalog::instance().codeForName(parts[1]);
        if (doc.issuingCountry.isEmpty())
            doc.issuingCountry = parts[1].trimmed().toUpper();
        doc.number = parts[2].trimmed();
        person.documents.append(doc);
    }
    person.hasNoDocument = parser.isSet(noDocument);
    person.phone = parser.value(phone).trimmed();
    const QString countryCode = CountryCatalog::instance().codeForName(parser.value(country));
    person.location = Location{countryCode.isEmpty() ? parser.value(country).trimmed().toUpper() : countryCode,
                               parser.value(admin1).trimmed().toUpper(), parser.value(place).trimmed()};

    CaseRecord record;
    record.registeredOn = m_clock.today();
    if (parser.isSet(registered)) {
        const auto on = PartialDate::parse(parser.value(registered), m_clock.today());
        if (!on || on->precision() != PartialDate::Precision::Exact)
            return usage(tr("--registered must be a full date, for example 2026-05-03."));
        record.registeredOn = on->date();
    }
    record.caseworker = parser.value(caseworker).trimmed();
    record.members.append(CaseMember{person, Relationship::Principal});
    if (parser.isSet(note))
        record.notes.append(CaseNote{0, {}, record.caseworker.isEmpty() ? tr("amparo-cli") : record.caseworker,
                                     parser.value(note)});
    if (parser.isSet(consent)) {
        Consent c;
        c.givenOn = record.registeredOn;
        c.recordedBy = parser.isSet(consentBy) ? parser.value(consentBy) : record.caseworker;
        for (const QString& scope : parser.value(consent).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString s = scope.trimmed().toLower();
            if (s == QLatin1String("registration"))
                c.registration = true;
            else if (s == QLatin1String("referral"))
                c.referral = true;
            else if (s == QLatin1String("tracing"))
                c.tracingContact = true;
            else
                return usage(tr("--consent takes registration, referral and tracing."));
        }
        record.consent = c;
    }

    std::unique_ptr<Database> db = openDatabase(parser, code);
    if (!db)
        return code;
    Result<QList<Site>> sites = SiteService(*db).sites();
    if (!sites) {
        printError(m_err, sites.error());
        return Failure;
    }
    if (parser.isSet(site)) {
        for (const Site& s : *sites) {
            if (s.code == parser.value(site).trimmed().toUpper())
                record.siteId = s.id;
        }
        if (record.siteId == 0) {
            m_err << tr("There is no site %1. Add it with amparo-cli add-site.").arg(parser.value(site))
                  << Qt::endl;
            return Invalid;
        }
    } else if (sites->size() == 1) {
        record.siteId = sites->constFirst().id;
    } else {
        m_err << (sites->isEmpty() ? tr("There is no site yet. Add one with amparo-cli add-site.")
                                   : tr("There are several sites: choose one with --site."))
              << Qt::endl;
        return Invalid;
    }

    Result<CaseRecord> saved = CaseService(*db, m_clock).save(record);
    if (!saved) {
        printError(m_err, saved.error());
        return exitCodeFor(saved.error());
    }
    m_out << saved->caseNumber << Qt::endl;
    return Success;
}

int CliRunner::list(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List cases, newest number first."));
    const QCommandLineOption search(QStringLiteral("search"), tr("Names or document numbers to look for."), QStringLiteral("TEXT"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only cases with this status: open, closed or transferred."), QStringLiteral("STATUS"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many cases (0: all)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({search, status, limit, format});
    int code = Success;
    if (!parseCommand(parser, args, m_out, m_err, code))
        return code;
    CaseListFilter filter;
    filter.text = parser.value(search);
    if (parser.isSet(status)) {
        filter.status = caseStatusCodes().fromCode(parser.value(status).trimmed().toLower());
        if (!filter.status)
            return usage(tr("--status must be open, closed or transferred."));
    }
    bool ok = false;
    int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 0)
        return usage(tr("--limit must be a whole number."));
    if (max == 0)
        max = std::numeric_limits<int>::max();
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text"))
        return usage(tr("--format must be text or json."));

    std::unique_ptr<Database> db = openDatabase(parser, code);
    if (!db)
        return code;
    Result<QList<CaseListRow>> rows = CaseListQuery(*db).fetch(
        filter, CaseListSort::CaseNumber, Qt::DescendingOrder, 0, max);
    if (!rows) {
        printError(m_err, rows.error());
        return Failure;
    }
    if (json) {
        QJsonArray array;
        for (const CaseListRow& r : *rows)
            array.append(CaseFormatter::listRowJson(r));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const CaseListRow& r : *rows) {
        m_out << r.caseNumber << '\t' << r.principalName << '\t' << r.memberCount << '\t'
              << r.nationalities.join(QLatin1Char(',')) << '\t' << caseStatusCodes().code(r.status)
              << '\t' << r.registeredOn.toString(Qt::ISODate) << '\t' << r.siteCode << Qt::endl;
    }
    return Success;
}

int CliRunner::show(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show one case with its family group, notes and consent."));
    parser.addPositionalArgument(QStringLiteral("CASE"), tr("The case number, e.g. CUC-2026-00042."));
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    int code = Success;
    if (!parseCommand(parser, args, m_out, m_err, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("show needs one case number."));
    const bool json = parser.value(format) == QLatin1String("json");
    std::unique_ptr<Database> db = openDatabase(parser, code);
    if (!db)
        return code;
    Result<CaseRecord> record =
        CaseService(*db, m_clock).loadByNumber(parser.positionalArguments().constFirst());
    if (!record) {
        printError(m_err, record.error());
        return Failure;
    }
    if (json)
        m_out << QJsonDocument(CaseFormatter::caseJson(*record, m_clock.today())).toJson(QJsonDocument::Indented);
    else
        m_out << CaseFormatter::caseText(*record, m_clock.today());
    return Success;
}

int CliRunner::check(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the whole database file and show its schema version."));
    int code = Success;
    if (!parseCommand(parser, args, m_out, m_err, code))
        return code;
    std::unique_ptr<Database> db = openDatabase(parser, code);
    if (!db)
        return code;
    Result<QStringList> problems = db->integrityProblems();
    if (!problems) {
        printError(m_err, problems.error());
        return Failure;
    }
    m_out << tr("Database: %1").arg(db->path()) << Qt::endl;
    m_out << tr("Schema version: %1 (this Amparo: %2)").arg(*db->schemaVersion()).arg(Database::latestSchemaVersion())
          << Qt::endl;
    if (!problems->isEmpty()) {
        m_err << tr("The database file is damaged:") << Qt::endl;
        for (const QString& p : *problems)
            m_err << "  " << p << Qt::endl;
        return Failure;
    }
    m_out << tr("Integrity: ok") << Qt::endl;
    return Success;
}
