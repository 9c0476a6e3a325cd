#include "core/import/ValueDictionary.h"

#include "core/common/TextNormalizer.h"
#include "core/reference/CountryCatalog.h"

#include <QHash>

namespace {
template <typename T>
std::optional<T> lookUp(const QHash<QString, T>& table, const QString& value)
{
    const QString folded = TextNormalizer::fold(value);
    auto it = table.constFind(folded);
    if (it != table.cend())
        return *it;
    // "hijo/a", "esposo(a)", "F." written with marks around the word.
    QString bare = folded;
    bare.remove(QLatin1Char('.'));
    for (const QString& cut : {QStringLiteral("/"), QStringLiteral("(")}) {
        const qsizetype at = bare.indexOf(cut);
        if (at > 0)
            bare = bare.left(at).trimmed();
    }
    it = table.constFind(bare);
    if (it != table.cend())
        return *it;
    return std::nullopt;
}

template <typename T>
void add(QHash<QString, T>& table, T value, std::initializer_list<const char*> words)
{
    for (const char* w : words)
        table.insert(QString::fromUtf8(w), value);
}
} // namespace

std::optional<Sex> ValueDictionary::sex(const QString& value)
{
    static const QHash<QString, Sex> table = [] {
        QHash<QString, Sex> t;
        add(t, Sex::Female,
            {"f", "fem", "femenino", "femenina", "mujer", "feminino", "mulher", "female", "woman",
             "w", "nina", "menina", "girl", "mujeres", "mulheres"});
        add(t, Sex::Male,
            {"m", "masc", "masculino", "hombre", "varon", "homem", "male", "man", "h", "nino",
             "menino", "boy", "hombres", "homens"});
        add(t, Sex::Other, {"otro", "outro", "other", "intersexual", "intersex", "x"});
        add(t, Sex::Unknown,
            {"no sabe", "no responde", "desconocido", "sin dato", "nao informado", "ignorado",
             "desconhecido", "unknown", "not stated", "nd", "ns nr"});
        return t;
    }();
    return lookUp(table, value);
}

std::optional<Relationship> ValueDictionary::relationship(const QString& value)
{
    static const QHash<QString, Relationship> table = [] {
        QHash<QString, Relationship> t;
        add(t, Relationship::Principal,
            {"jefe de hogar",
             "jefa de hogar",
             "jefe",
             "jefa",
             "jefe de familia",
             "jefa de familia",
             "cabeza de familia",
             "cabeza de hogar",
             "titular",
             "principal",
             "solicitante",
             "solicitante principal",
             "responsable",
             "chefe",
             "chefe de familia",
             "chefe do domicilio",
             "responsavel",
             "responsavel familiar",
             "pessoa de referencia",
             "head",
             "head of household",
             "head of family",
             "principal applicant",
             "self",
             "el mismo",
             "ella misma",
             "ego"});
        add(t, Relationship::Spouse,
            {"esposo", "esposa", "conyuge", "pareja", "companero", "companera",
             "companero permanente", "companera permanente", "marido", "concubino", "concubina",
             "conjuge", "companheiro", "companheira", "spouse", "partner", "wife", "husband"});
        add(t, Relationship::Child,
            {"hijo", "hija", "hijos", "hijastro", "hijastra", "filho", "filha", "enteado",
             "enteada", "son", "daughter", "child", "stepchild", "stepson", "stepdaughter"});
        add(t, Relationship::Parent,
            {"padre", "madre", "pai", "mae", "father", "mother", "parent", "padrastro", "madrastra",
             "padrasto", "madrasta"});
        add(t, Relationship::Sibling,
            {"hermano", "hermana", "irmao", "irma", "brother", "sister", "sibling"});
        add(t, Relationship::Grandparent,
            {"abuelo", "abuela", "avo", "avos", "grandfather", "grandmother", "grandparent"});
        add(t, Relationship::Grandchild,
            {"nieto", "nieta", "neto", "neta", "grandson", "granddaughter", "grandchild"});
        add(t, Relationship::OtherRelative,
            {"tio",           "tia",           "primo",    "prima",
             "sobrino",       "sobrina",       "cunado",   "cunada",
             "suegro",        "suegra",        "yerno",    "nuera",
             "otro familiar", "otro pariente", "pariente", "sobrinho",
             "sobrinha",      "cunhado",       "cunhada",  "sogro",
             "sogra",         "genro",         "nora",     "outro parente",
             "parente",       "uncle",         "aunt",     "cousin",
             "nephew",        "niece",         "in-law",   "other relative",
             "relative"});
        add(t, Relationship::NonRelative,
            {"no pariente", "no familiar", "ninguno", "amigo", "amiga", "otro", "nao parente",
             "outro", "friend", "not related", "non relative", "other", "none"});
        return t;
    }();
    return lookUp(table, value);
}

std::optional<DocumentType> ValueDictionary::documentType(const QString& value)
{
    static const QHash<QString, DocumentType> table = [] {
        QHash<QString, DocumentType> t;
        add(t, DocumentType::Passport, {"pasaporte", "passaporte", "passport", "pas", "pp"});
        add(t, DocumentType::NationalId,
            {"cedula", "cedula de identidad", "cedula de ciudadania", "ci", "cc", "dni", "dui",
             "rg", "documento de identidad", "documento nacional", "carteira de identidade",
             "cedula venezolana", "national id", "id card", "identity card", "id"});
        add(t, DocumentType::BirthCertificate,
            {"partida de nacimiento", "acta de nacimiento", "registro civil",
             "registro civil de nacimiento", "certidao de nascimento", "birth certificate", "rc"});
        add(t, DocumentType::ResidencePermit,
            {"pep", "ppt", "permiso", "permiso de permanencia", "permiso especial de permanencia",
             "permiso por proteccion temporal", "cedula de extranjeria", "ce",
             "carne de extranjeria", "crnm", "rnm", "rne", "autorizacao de residencia",
             "residencia", "residence permit", "permit", "visa"});
        add(t, DocumentType::AsylumDocument,
            {"solicitud de refugio", "salvoconducto", "sc2", "salvoconducto sc2",
             "carne de solicitante", "protocolo", "protocolo de refugio", "refugio",
             "solicitante de refugio", "asylum", "asylum seeker", "asylum document",
             "refugee document"});
        add(t, DocumentType::Other, {"otro", "outro", "other", "otros"});
        return t;
    }();
    return lookUp(table, value);
}

QString ValueDictionary::country(const QString& value)
{
    // Nationality adjectives of the region, as forms write them.
    static const QHash<QString, QString> adjectives = [] {
        QHash<QString, QString> t;
        auto put = [&t](const char* code, std::initializer_list<const char*> words) {
            for (const char* w : words)
                t.insert(QString::fromUtf8(w), QString::fromLatin1(code));
        };
        put("VEN", {"venezolano", "venezolana", "venezuelan", "venezuelano", "venezuelana"});
        put("COL", {"colombiano", "colombiana", "colombian"});
        put("ECU", {"ecuatoriano", "ecuatoriana", "equatoriano", "equatoriana", "ecuadorian"});
        put("PER", {"peruano", "peruana", "peruvian"});
        put("BRA", {"brasileno", "brasilena", "brasileiro", "brasileira", "brazilian"});
        put("HTI", {"haitiano", "haitiana", "haitian"});
        put("CUB", {"cubano", "cubana", "cuban"});
        put("CHL", {"chileno", "chilena", "chilean"});
        put("ARG", {"argentino", "argentina", "argentinian", "argentine"});
        put("BOL", {"boliviano", "boliviana", "bolivian"});
        put("PAN", {"panameno", "panamena", "panamenho", "panamenha", "panamanian"});
        put("DOM", {"dominicano", "dominicana", "dominican"});
        put("MEX", {"mexicano", "mexicana", "mexican"});
        put("PRY", {"paraguayo", "paraguaya", "paraguaio", "paraguaia", "paraguayan"});
        put("URY", {"uruguayo", "uruguaya", "uruguaio", "uruguaia", "uruguayan"});
        put("GUY", {"guyanes", "guyanesa", "guianense", "guyanese"});
        put("XXA", {"apatrida", "apatrida", "stateless", "sin nacionalidad"});
        return t;
    }();
    const QString folded = TextNormalizer::fold(value);
    if (folded.isEmpty())
        return {};
    const QString byAdjective = adjectives.value(folded);
    if (!byAdjective.isEmpty())
        return byAdjective;
    return CountryCatalog::instance().codeForName(value);
}

QString ValueDictionary::admin1(const QString& value, const QString& country)
{
    const QString trimmed = value.trimmed();
    const CountryCatalog& catalog = CountryCatalog::instance();
    if (catalog.isSubdivisionOf(trimmed.toUpper(), country))
        return trimmed.toUpper();
    const QString folded = TextNormalizer::fold(trimmed);
    for (const CountryCatalog::Subdivision& s : catalog.subdivisions(country)) {
        if (TextNormalizer::fold(s.name) == folded ||
            TextNormalizer::fold(s.code.section(u'-', 1)) == folded)
            return s.code;
    }
    return {};
}

std::optional<bool> ValueDictionary::yesNo(const QString& value)
{
    static const QHash<QString, bool> table = [] {
        QHash<QString, bool> t;
        add(t, true,
            {"si", "s", "sim", "yes", "y", "x", "1", "true", "verdadero", "verdadeiro", "acepta",
             "aceita", "autoriza", "agrees"});
        add(t, false,
            {"no", "nao", "n", "0", "false", "falso", "no acepta", "nao aceita", "no autoriza",
             "nao autoriza", "refuses"});
        return t;
    }();
    return lookUp(table, value);
}
