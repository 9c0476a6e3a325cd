#include "core/import/RowConverter.h"

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/import/NameSplitter.h"
#include "core/import/ValueDictionary.h"
#include "core/reference/CountryCatalog.h"
#include "core/services/CaseValidator.h"
#include "core/services/PersonValidator.h"

#include <QRegularExpression>
#include <QSet>

namespace {
constexpr int ShownValueLength = 60;

bool looksLikeFormula(const QString& text)
{
    return text.startsWith(u'=');
}

// What people write in a document column when there is none.
bool meansNoDocument(const QString& text)
{
    static const QSet<QString> words{
        QStringLiteral("no tiene"),      QStringLiteral("sin documento"),
        QStringLiteral("indocumentado"), QStringLiteral("indocumentada"),
        QStringLiteral("ninguno"),       QStringLiteral("nao possui"),
        QStringLiteral("sem documento"), QStringLiteral("nenhum"),
        QStringLiteral("none"),          QStringLiteral("no document")};
    return words.contains(TextNormalizer::fold(text));
}
} // namespace

RowConverter::RowConverter(const QStringList& header, const ImportMapping& mapping,
                           const QList<Site>& sites, const Clock& clock)
    : m_header(header)
    , m_mapping(mapping)
    , m_sites(sites)
    , m_clock(clock)
    , m_dates(mapping.dateOrder, m_clock.today())
{
    m_problems = mapping.problems(header);
    for (int i = 0; i < header.size(); ++i) {
        const ImportField field = mapping.fieldOf(header[i]);
        if (field != ImportField::Ignore && !m_columns.contains(field))
            m_columns.insert(field, i);
    }
    for (const Site& s : sites) {
        m_siteIds.insert(TextNormalizer::fold(s.code), s.id);
        m_siteIds.insert(TextNormalizer::fold(s.name), s.id);
    }
    if (!mapping.defaultSiteCode.isEmpty()) {
        m_defaultSiteId = m_siteIds.value(TextNormalizer::fold(mapping.defaultSiteCode));
        if (m_defaultSiteId == 0)
            m_problems.append(tr("The site %1 does not exist; choose one of the organisation's "
                                 "sites.")
                                  .arg(mapping.defaultSiteCode));
    }
    // The person's own meanings must be codes Amparo knows.
    for (auto it = mapping.values.cbegin(); it != mapping.values.cend(); ++it) {
        const QList<std::pair<QString, QString>> allowed = choices(it.key());
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
            const bool known = std::any_of(allowed.cbegin(), allowed.cend(),
                                           [&v](const auto& c) { return c.first == v.value(); });
            if (!known && !(it.key() == ImportField::Admin1 && !v.value().isEmpty()))
                m_problems.append(tr("“%1” is given the meaning “%2” for %3, which Amparo does "
                                     "not know.")
                                      .arg(v.key(), v.value(), importFieldCodes().label(it.key())));
        }
    }
}

QList<ImportField> RowConverter::codedFields()
{
    return {ImportField::Sex,         ImportField::Relationship, ImportField::DocumentType,
            ImportField::Nationality, ImportField::BirthCountry, ImportField::DocumentCountry,
            ImportField::Country,     ImportField::Site,         ImportField::TracingConsent};
}

QList<std::pair<QString, QString>> RowConverter::choices(ImportField field) const
{
    QList<std::pair<QString, QString>> out;
    switch (field) {
    case ImportField::Sex:
        for (Sex s : sexCodes().values())
            out.append({sexCodes().code(s), sexCodes().label(s)});
        break;
    case ImportField::Relationship:
        for (Relationship r : relationshipCodes().values())
            out.append({relationshipCodes().code(r), relationshipCodes().label(r)});
        break;
    case ImportField::DocumentType:
        for (DocumentType d : documentTypeCodes().values())
            out.append({documentTypeCodes().code(d), documentTypeCodes().label(d)});
        break;
    case ImportField::Nationality:
    case ImportField::BirthCountry:
    case ImportField::DocumentCountry:
    case ImportField::Country:
        for (const CountryCatalog::Country& c : CountryCatalog::instance().countries())
            out.append({c.alpha3, CountryCatalog::instance().name(c.alpha3)});
        if (field == ImportField::Nationality) {
            out.append(
                {QString::fromLatin1(CountryCatalog::Stateless),
                 CountryCatalog::instance().name(QString::fromLatin1(CountryCatalog::Stateless))});
        }
        break;
    case ImportField::Site:
        for (const Site& s : m_sites)
            out.append({s.code, s.name});
        break;
    case ImportField::TracingConsent:
        out.append({QStringLiteral("yes"), tr("Yes, agrees to be contacted")});
        out.append({QStringLiteral("no"), tr("No")});
        break;
    default:
        break;
    }
    return out;
}

QString RowConverter::meaning(ImportField field, const QString& written) const
{
    const QString own = m_mapping.values.value(field).value(TextNormalizer::fold(written));
    if (!own.isEmpty())
        return own;
    switch (field) {
    case ImportField::Sex:
        if (const auto s = ValueDictionary::sex(written))
            return sexCodes().code(*s);
        return {};
    case ImportField::Relationship:
        if (const auto r = ValueDictionary::relationship(written))
            return relationshipCodes().code(*r);
        return {};
    case ImportField::DocumentType:
        if (const auto d = ValueDictionary::documentType(written))
            return documentTypeCodes().code(*d);
        return {};
    case ImportField::Nationality:
    case ImportField::BirthCountry:
    case ImportField::DocumentCountry:
    case ImportField::Country:
        return ValueDictionary::country(written);
    case ImportField::TracingConsent:
        if (const auto agrees = ValueDictionary::yesNo(written))
            return *agrees ? QStringLiteral("yes") : QStringLiteral("no");
        return {};
    case ImportField::Site: {
        const qint64 id = m_siteIds.value(TextNormalizer::fold(written));
        for (const Site& s : m_sites) {
            if (s.id == id)
                return s.code;
        }
        return {};
    }
    default:
        return {};
    }
}

QString RowConverter::cell(const SourceRow& row, ImportField field) const
{
    const int column = m_columns.value(field, -1);
    return column < 0 ? QString() : row.cells.value(column).trimmed();
}

QString RowConverter::columnName(ImportField field) const
{
    const int column = m_columns.value(field, -1);
    return column < 0 ? QString() : m_header.value(column);
}

QString RowConverter::columnForPersonField(const QString& personField) const
{
    auto first = [this](std::initializer_list<ImportField> fields) {
        for (ImportField f : fields) {
            if (m_columns.contains(f))
                return columnName(f);
        }
        return QString();
    };
    if (personField == QLatin1String("givenNames"))
        return first({ImportField::GivenNames, ImportField::FullName});
    if (personField == QLatin1String("familyName1"))
        return first({ImportField::FamilyName1, ImportField::FamilyNames, ImportField::FullName});
    if (personField == QLatin1String("familyName2"))
        return first({ImportField::FamilyName2, ImportField::FamilyNames, ImportField::FullName});
    if (personField == QLatin1String("otherNames"))
        return first({ImportField::OtherNames});
    if (personField == QLatin1String("birthDate"))
        return first({ImportField::BirthDate, ImportField::Age});
    if (personField == QLatin1String("nationalities"))
        return first({ImportField::Nationality});
    if (personField == QLatin1String("birthCountry"))
        return first({ImportField::BirthCountry});
    if (personField.startsWith(QLatin1String("documents"))) {
        if (personField.endsWith(QLatin1String("issuingCountry")))
            return first({ImportField::DocumentCountry, ImportField::Nationality});
        if (personField.endsWith(QLatin1String("expiry")))
            return first({ImportField::DocumentExpiry});
        return first({ImportField::DocumentNumber});
    }
    if (personField == QLatin1String("phone"))
        return first({ImportField::Phone});
    if (personField == QLatin1String("location/country"))
        return first({ImportField::Country});
    if (personField == QLatin1String("location/admin1"))
        return first({ImportField::Admin1});
    if (personField == QLatin1String("location/place"))
        return first({ImportField::Place});
    return {};
}

QList<RowIssue> RowConverter::convert(const SourceRow& row, ImportedRow& out) const
{
    QList<RowIssue> issues;
    auto issue = [&issues, &row](const QString& column, const QString& value,
                                 const QString& reason) {
        issues.append({row.number, column, value.left(ShownValueLength), reason});
    };
    out = ImportedRow();
    out.number = row.number;
    if (!row.problem.isEmpty())
        issue({}, {}, row.problem);
    for (qsizetype i = m_header.size(); i < row.cells.size(); ++i) {
        if (!row.cells[i].trimmed().isEmpty()) {
            issue({}, row.cells[i],
                  tr("The row has %1 cells but the file names only %2 columns; a value may hold "
                     "the separator without quotation marks.")
                      .arg(row.cells.size())
                      .arg(m_header.size()));
            break;
        }
    }
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QString value = row.cells.value(it.value()).trimmed();
        // Remarks are kept as written, a leading "=" included; exports neutralise it.
        if (it.key() != ImportField::Note && looksLikeFormula(value))
            issue(m_header.value(it.value()), value,
                  tr("This is a spreadsheet formula, not a value. Replace it by its value in the "
                     "spreadsheet."));
    }
    if (!issues.isEmpty())
        return issues;

    // A value that stands for a code, or an issue saying it is unknown.
    auto coded = [&](ImportField field, const QString& value) -> QString {
        const QString code = meaning(field, value);
        if (code.isEmpty())
            issue(columnName(field), value,
                  tr("Amparo does not know what “%1” means here; say what it means under "
                     "Values (or in the mapping).")
                      .arg(value.left(ShownValueLength)));
        return code;
    };

    Person& p = out.person;
    if (m_columns.contains(ImportField::FullName)) {
        const NameSplitter::Parts parts = NameSplitter::fullName(cell(row, ImportField::FullName));
        p.givenNames = parts.givenNames;
        p.familyName1 = parts.familyName1;
        p.familyName2 = parts.familyName2;
    }
    if (m_columns.contains(ImportField::GivenNames))
        p.givenNames = cell(row, ImportField::GivenNames).simplified();
    if (m_columns.contains(ImportField::FamilyNames)) {
        const NameSplitter::Parts parts =
            NameSplitter::familyNames(cell(row, ImportField::FamilyNames));
        p.familyName1 = parts.familyName1;
        p.familyName2 = parts.familyName2;
    }
    if (m_columns.contains(ImportField::FamilyName1))
        p.familyName1 = cell(row, ImportField::FamilyName1).simplified();
    if (m_columns.contains(ImportField::FamilyName2))
        p.familyName2 = cell(row, ImportField::FamilyName2).simplified();
    for (const QString& other :
         cell(row, ImportField::OtherNames).split(u';', Qt::SkipEmptyParts)) {
        if (!other.trimmed().isEmpty())
            p.otherNames.append(other.simplified());
    }

    if (const QString sex = cell(row, ImportField::Sex); !sex.isEmpty()) {
        if (const auto s = sexCodes().fromCode(coded(ImportField::Sex, sex)))
            p.sex = *s;
    }

    out.registeredOn = m_clock.today();
    if (const QString registered = cell(row, ImportField::RegisteredOn); !registered.isEmpty()) {
        const ImportDateParser::Parsed parsed = m_dates.date(registered);
        if (!parsed.date || !parsed.date->isKnown()) {
            issue(columnName(ImportField::RegisteredOn), registered, parsed.problem);
        } else if (parsed.date->earliest() > m_clock.today()) {
            issue(columnName(ImportField::RegisteredOn), registered,
                  tr("The date of registration is in the future."));
        } else {
            out.registeredOn = parsed.date->earliest();
        }
    }

    const QString born = cell(row, ImportField::BirthDate);
    const QString age = cell(row, ImportField::Age);
    if (!born.isEmpty()) {
        const ImportDateParser::Parsed parsed = m_dates.date(born);
        if (parsed.date)
            p.birthDate = *parsed.date;
        else
            issue(columnName(ImportField::BirthDate), born, parsed.problem);
    } else if (!age.isEmpty()) {
        if (const auto years = m_dates.age(age))
            p.birthDate = PartialDate::estimatedFromAge(*years, out.registeredOn);
        else
            issue(columnName(ImportField::Age), age,
                  tr("“%1” is not an age in years from 0 to 120.").arg(age.left(20)));
    }

    for (const QString& n : writtenValues(ImportField::Nationality, row)) {
        const QString code = coded(ImportField::Nationality, n);
        if (!code.isEmpty() && !p.nationalities.contains(code))
            p.nationalities.append(code);
    }
    if (const QString c = cell(row, ImportField::BirthCountry); !c.isEmpty())
        p.birthCountry = coded(ImportField::BirthCountry, c);

    const QString number = cell(row, ImportField::DocumentNumber);
    if (meansNoDocument(number)) {
        p.hasNoDocument = true;
    } else if (!number.isEmpty()) {
        IdentityDocument d;
        d.number = number;
        d.type = DocumentType::Other;
        if (const QString type = cell(row, ImportField::DocumentType); !type.isEmpty()) {
            if (const auto t = documentTypeCodes().fromCode(coded(ImportField::DocumentType, type)))
                d.type = *t;
        }
        const QString issuer = cell(row, ImportField::DocumentCountry);
        d.issuingCountry = !issuer.isEmpty() ? coded(ImportField::DocumentCountry, issuer)
                                             : p.nationalities.value(0);
        if (d.issuingCountry.isEmpty() && issuer.isEmpty())
            issue(columnName(ImportField::DocumentNumber), number,
                  tr("Which country issued this document? Map a column with the issuing country "
                     "or the nationality."));
        if (const QString expiry = cell(row, ImportField::DocumentExpiry); !expiry.isEmpty()) {
            const ImportDateParser::Parsed parsed = m_dates.date(expiry);
            if (!parsed.date)
                issue(columnName(ImportField::DocumentExpiry), expiry, parsed.problem);
            else if (parsed.date->precision() != PartialDate::Precision::Exact)
                issue(columnName(ImportField::DocumentExpiry), expiry,
                      tr("Write the whole date the document expires: day, month and year."));
            else
                d.expiry = parsed.date->earliest();
        }
        p.documents.append(d);
    } else if (const QString expiry = cell(row, ImportField::DocumentExpiry); !expiry.isEmpty()) {
        issue(columnName(ImportField::DocumentExpiry), expiry,
              tr("The row gives when a document expires but not the document's number."));
    }
    p.phone = cell(row, ImportField::Phone);
    p.location.place = cell(row, ImportField::Place).simplified();

    out.siteId = m_defaultSiteId;
    if (const QString site = cell(row, ImportField::Site); !site.isEmpty()) {
        const QString code = coded(ImportField::Site, site);
        out.siteId = 0;
        for (const Site& s : m_sites) {
            if (!code.isEmpty() && s.code == code)
                out.siteId = s.id;
        }
    } else if (m_defaultSiteId == 0) {
        issue(columnName(ImportField::Site), {},
              tr("The row names no site and no site was chosen for such rows."));
    }
    const Site* site = nullptr;
    for (const Site& s : m_sites) {
        if (s.id == out.siteId)
            site = &s;
    }
    if (const QString country = cell(row, ImportField::Country); !country.isEmpty())
        p.location.country = coded(ImportField::Country, country);
    else if (site)
        p.location.country = site->country;
    if (const QString admin1 = cell(row, ImportField::Admin1); !admin1.isEmpty()) {
        const QString own =
            m_mapping.values.value(ImportField::Admin1).value(TextNormalizer::fold(admin1));
        p.location.admin1 =
            !own.isEmpty() ? own : ValueDictionary::admin1(admin1, p.location.country);
        if (p.location.admin1.isEmpty())
            issue(columnName(ImportField::Admin1), admin1,
                  tr("“%1” is not a department, state or province of %2.")
                      .arg(admin1.left(ShownValueLength),
                           CountryCatalog::instance().name(p.location.country)));
    }

    if (const QString agrees = cell(row, ImportField::TracingConsent); !agrees.isEmpty()) {
        const QString code = coded(ImportField::TracingConsent, agrees);
        if (!code.isEmpty())
            out.tracingConsent = code == QLatin1String("yes");
    }

    out.note = cell(row, ImportField::Note);
    if (out.note.size() > CaseValidator::MaxNoteLength)
        issue(columnName(ImportField::Note), out.note,
              tr("A note can have at most %1 characters.").arg(CaseValidator::MaxNoteLength));

    out.household = householdOf(row);
    if (const QString relation = cell(row, ImportField::Relationship); !relation.isEmpty()) {
        if (const auto r = relationshipCodes().fromCode(coded(ImportField::Relationship, relation)))
            out.relationship = *r;
    }

    if (!issues.isEmpty())
        return issues;
    for (const FieldError& e : PersonValidator(m_clock).validate(p)) {
        const QString column = columnForPersonField(e.field);
        const int index = int(m_header.indexOf(column));
        issue(column, index >= 0 ? row.cells.value(index) : QString(), e.message);
    }
    return issues;
}

QList<RowIssue> RowConverter::warnings(const SourceRow& row, const ImportedRow& converted) const
{
    QList<RowIssue> out;
    const Person& p = converted.person;
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("givenNames"), p.givenNames},
        {QStringLiteral("familyName1"), p.familyName1},
        {QStringLiteral("familyName2"), p.familyName2},
        {QStringLiteral("otherNames"), p.otherNames.join(QStringLiteral("; "))}};
    for (const auto& [field, name] : names) {
        QString unusual;
        for (const QChar c : name) {
            const bool usual = c.isLetter() || c.isMark() || c.isSpace() ||
                               QStringLiteral("-'’.").contains(c) ||
                               (field == QLatin1String("otherNames") && c == u';');
            if (!usual && !unusual.contains(c))
                unusual.append(c);
        }
        if (unusual.isEmpty())
            continue;
        out.append(
            {row.number, columnForPersonField(field), name.left(ShownValueLength),
             tr("The name holds characters names do not have (%1): check that it is one "
                "name, not two cells run together.")
                 .arg(unusual.split(QString(), Qt::SkipEmptyParts).join(QStringLiteral(" ")))});
    }
    return out;
}

QString RowConverter::householdOf(const SourceRow& row) const
{
    return TextNormalizer::fold(cell(row, ImportField::Household));
}

QStringList RowConverter::writtenValues(ImportField field, const SourceRow& row) const
{
    const QString value = cell(row, field);
    if (value.isEmpty())
        return {};
    if (field != ImportField::Nationality)
        return {value};
    // One per thread: rows are converted on one thread while another counts their values.
    static thread_local const QRegularExpression listSeparator(
        QStringLiteral("\\s*(?:[,;/+]|\\s(?:y|e|and)\\s)\\s*"));
    return value.split(listSeparator, Qt::SkipEmptyParts);
}
