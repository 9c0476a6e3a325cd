#include "core/referrals/PartnerSheet.h"

#include "core/common/TextNormalizer.h"
#include "core/common/Translations.h"
#include "core/domain/Referral.h"
#include "core/import/TabularSource.h"

#include <QHash>
#include <QRegularExpression>

namespace {
enum class Column
{
    Name,
    Services,
    Areas,
    Contact,
    Language,
    Agreement
};

// Header words, folded (no accents, lower case), in the three languages.
const QHash<QString, Column>& headerWords()
{
    static const QHash<QString, Column> words{
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("nombre"), Column::Name},
        {QStringLiteral("nome"), Column::Name},
        {QStringLiteral("organisation"), Column::Name},
        {QStringLiteral("organization"), Column::Name},
        {QStringLiteral("organizacion"), Column::Name},
        {QStringLiteral("organizacao"), Column::Name},
        {QStringLiteral("services"), Column::Services},
        {QStringLiteral("servicios"), Column::Services},
        {QStringLiteral("servicos"), Column::Services},
        {QStringLiteral("areas"), Column::Areas},
        {QStringLiteral("areas served"), Column::Areas},
        {QStringLiteral("zonas"), Column::Areas},
        {QStringLiteral("cobertura"), Column::Areas},
        {QStringLiteral("contact"), Column::Contact},
        {QStringLiteral("contacto"), Column::Contact},
        {QStringLiteral("contato"), Column::Contact},
        {QStringLiteral("language"), Column::Language},
        {QStringLiteral("idioma"), Column::Language},
        {QStringLiteral("agreement"), Column::Agreement},
        {QStringLiteral("data-sharing agreement"), Column::Agreement},
        {QStringLiteral("acuerdo"), Column::Agreement},
        {QStringLiteral("acuerdo de intercambio de datos"), Column::Agreement},
        {QStringLiteral("acordo"), Column::Agreement},
        {QStringLiteral("acordo de compartilhamento de dados"), Column::Agreement},
    };
    return words;
}

// Every way a service can be written: its code and its name in each language, folded. Read
// once: switching languages to read the names is slow, and they do not change.
const QHash<QString, QString>& serviceNames()
{
    static const QHash<QString, QString> all = [] {
        QHash<QString, QString> names;
        for (const QString& language : Translations::available()) {
            const LanguageScope scope(language);
            for (ReferralServiceType s : referralServiceCodes().values()) {
                names.insert(TextNormalizer::fold(referralServiceCodes().label(s)),
                             referralServiceCodes().code(s));
                names.insert(TextNormalizer::fold(referralServiceCodes().code(s)),
                             referralServiceCodes().code(s));
            }
        }
        return names;
    }();
    return all;
}

QString languageFrom(const QString& cell)
{
    const QString folded = TextNormalizer::fold(cell);
    for (const QString& language : Translations::available()) {
        if (folded == TextNormalizer::fold(language) ||
            folded == TextNormalizer::fold(Translations::nativeName(language)))
            return language;
    }
    static const QHash<QString, QString> others{
        {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("espanol"), QStringLiteral("es")},
        {QStringLiteral("espanhol"), QStringLiteral("es")},
        {QStringLiteral("portuguese"), QStringLiteral("pt_BR")},
        {QStringLiteral("portugues"), QStringLiteral("pt_BR")},
        {QStringLiteral("pt"), QStringLiteral("pt_BR")},
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("ingles"), QStringLiteral("en")},
    };
    return others.value(folded);
}
} // namespace

Result<QList<PartnerSheet::Row>> PartnerSheet::read(const QString& path)
{
    Result<std::unique_ptr<TabularSource>> source = TabularSource::open(path);
    if (!source)
        return source.error();
    QList<SourceRow> rows;
    SourceRow row;
    for (;;) {
        Result<bool> more = (*source)->next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (rows.size() >= MaxRows)
            return Error(Error::Code::Refused,
                         tr("The sheet has more than %1 rows: it is not a directory of "
                            "organisations.")
                             .arg(MaxRows));
        rows.append(row);
    }
    return fromRows((*source)->header(), rows);
}

Result<QList<PartnerSheet::Row>> PartnerSheet::fromRows(const QStringList& header,
                                                        const QList<SourceRow>& rows)
{
    QHash<int, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const auto it = headerWords().constFind(TextNormalizer::fold(header[i]).simplified());
        if (it != headerWords().constEnd() && !columns.contains(int(*it)))
            columns.insert(int(*it), i);
    }
    if (!columns.contains(int(Column::Name)) || !columns.contains(int(Column::Services)))
        return Error(Error::Code::Invalid,
                     tr("The sheet needs a column for the organisation's name and one for its "
                        "services (for example “Name” and “Services”, “Nombre” and "
                        "“Servicios”)."));
    if (rows.size() > MaxRows)
        return Error(Error::Code::Refused,
                     tr("The sheet has more than %1 rows: it is not a directory of "
                        "organisations.")
                         .arg(MaxRows));
    const QHash<QString, QString>& services = serviceNames();
    static const QRegularExpression separators(QStringLiteral("[,;|/\\n]"));
    QList<Row> out;
    for (const SourceRow& source : rows) {
        const auto cell = [&source, &columns](Column c) {
            const int i = columns.value(int(c), -1);
            return i >= 0 && i < source.cells.size() ? source.cells[i].trimmed() : QString();
        };
        Row row;
        row.number = source.number;
        row.problem = source.problem;
        Partner& p = row.partner;
        p.name = cell(Column::Name);
        p.areas = cell(Column::Areas);
        p.contact = cell(Column::Contact);
        p.agreement = cell(Column::Agreement);
        QStringList unknown;
        for (const QString& token : cell(Column::Services).split(separators, Qt::SkipEmptyParts)) {
            const QString code = services.value(TextNormalizer::fold(token).simplified());
            if (code.isEmpty())
                unknown.append(token.trimmed());
            else if (!p.services.contains(code))
                p.services.append(code);
        }
        if (!unknown.isEmpty() && row.problem.isEmpty())
            row.problem = tr("Services not on the referral form: %1.")
                              .arg(unknown.join(QStringLiteral(", ")));
        const QString language = cell(Column::Language);
        if (!language.isEmpty()) {
            p.language = languageFrom(language);
            if (p.language.isEmpty() && row.problem.isEmpty())
                row.problem = tr("“%1” is not Spanish, Portuguese or English.").arg(language);
        }
        out.append(row);
    }
    return out;
}
