#include "core/import/ImportField.h"

const EnumTable<ImportField>& importFieldCodes()
{
    static const EnumTable<ImportField> table(
        "ImportField",
        {
            {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportField", "(do not import)")},
            {ImportField::FullName, "full_name",
             QT_TRANSLATE_NOOP("ImportField", "Full name (given and family names)")},
            {ImportField::GivenNames, "given_names",
             QT_TRANSLATE_NOOP("ImportField", "Given names")},
            {ImportField::FamilyNames, "family_names",
             QT_TRANSLATE_NOOP("ImportField", "Family names (both)")},
            {ImportField::FamilyName1, "family_name1",
             QT_TRANSLATE_NOOP("ImportField", "First family name")},
            {ImportField::FamilyName2, "family_name2",
             QT_TRANSLATE_NOOP("ImportField", "Second family name")},
            {ImportField::OtherNames, "other_names",
             QT_TRANSLATE_NOOP("ImportField", "Other names or spellings")},
            {ImportField::Sex, "sex", QT_TRANSLATE_NOOP("ImportField", "Sex")},
            {ImportField::BirthDate, "birth_date",
             QT_TRANSLATE_NOOP("ImportField", "Date of birth")},
            {ImportField::Age, "age", QT_TRANSLATE_NOOP("ImportField", "Age in years")},
            {ImportField::Nationality, "nationality",
             QT_TRANSLATE_NOOP("ImportField", "Nationality")},
            {ImportField::BirthCountry, "birth_country",
             QT_TRANSLATE_NOOP("ImportField", "Country of birth")},
            {ImportField::DocumentType, "document_type",
             QT_TRANSLATE_NOOP("ImportField", "Document type")},
            {ImportField::DocumentNumber, "document_number",
             QT_TRANSLATE_NOOP("ImportField", "Document number")},
            {ImportField::DocumentCountry, "document_country",
             QT_TRANSLATE_NOOP("ImportField", "Document issued by (country)")},
            {ImportField::DocumentExpiry, "document_expiry",
             QT_TRANSLATE_NOOP("ImportField", "Document valid until")},
            {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
            {ImportField::Country, "country",
             QT_TRANSLATE_NOOP("ImportField", "Country where the person is")},
            {ImportField::Admin1, "admin1",
             QT_TRANSLATE_NOOP("ImportField", "Department, state or province")},
            {ImportField::Place, "place", QT_TRANSLATE_NOOP("ImportField", "Town or place")},
            {ImportField::Household, "household",
             QT_TRANSLATE_NOOP("ImportField", "Household (same value, same family group)")},
            {ImportField::Relationship, "relationship",
             QT_TRANSLATE_NOOP("ImportField", "Relationship to the head of household")},
            {ImportField::RegisteredOn, "registered_on",
             QT_TRANSLATE_NOOP("ImportField", "Date of registration")},
            {ImportField::Site, "site", QT_TRANSLATE_NOOP("ImportField", "Site or office")},
            {ImportField::Note, "note", QT_TRANSLATE_NOOP("ImportField", "Note on the case")},
            {ImportField::TracingConsent, "tracing_consent",
             QT_TRANSLATE_NOOP("ImportField",
                               "Agrees to be contacted about family tracing (yes or no)")},
        });
    return table;
}

QStringList importFieldHeaders(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return {};
    case ImportField::FullName:
        return {QStringLiteral("nombre completo"),
                QStringLiteral("nombres y apellidos"),
                QStringLiteral("nome completo"),
                QStringLiteral("full name"),
                QStringLiteral("name"),
                QStringLiteral("nombre y apellido"),
                QStringLiteral("nome e sobrenome"),
                QStringLiteral("beneficiario"),
                QStringLiteral("beneficiaria"),
                QStringLiteral("beneficiary")};
    case ImportField::GivenNames:
        return {QStringLiteral("nombres"),       QStringLiteral("nombre"),
                QStringLiteral("primer nombre"), QStringLiteral("nomes"),
                QStringLiteral("nome"),          QStringLiteral("prenome"),
                QStringLiteral("prenomes"),      QStringLiteral("given names"),
                QStringLiteral("given name"),    QStringLiteral("first name"),
                QStringLiteral("first names"),   QStringLiteral("forename"),
                QStringLiteral("forenames")};
    case ImportField::FamilyNames:
        return {QStringLiteral("apellidos"),    QStringLiteral("sobrenomes"),
                QStringLiteral("sobrenome"),    QStringLiteral("apelidos"),
                QStringLiteral("family names"), QStringLiteral("surnames"),
                QStringLiteral("last names"),   QStringLiteral("family name"),
                QStringLiteral("surname"),      QStringLiteral("last name"),
                QStringLiteral("apellido")};
    case ImportField::FamilyName1:
        return {QStringLiteral("primer apellido"), QStringLiteral("apellido paterno"),
                QStringLiteral("apellido 1"),      QStringLiteral("primeiro sobrenome"),
                QStringLiteral("sobrenome 1"),     QStringLiteral("first family name"),
                QStringLiteral("first surname"),   QStringLiteral("family name 1")};
    case ImportField::FamilyName2:
        return {QStringLiteral("segundo apellido"), QStringLiteral("apellido materno"),
                QStringLiteral("apellido 2"),       QStringLiteral("segundo sobrenome"),
                QStringLiteral("sobrenome 2"),      QStringLiteral("second family name"),
                QStringLiteral("second surname"),   QStringLiteral("family name 2")};
    case ImportField::OtherNames:
        return {QStringLiteral("otros nombres"), QStringLiteral("alias"),
                QStringLiteral("outros nomes"),  QStringLiteral("other names"),
                QStringLiteral("aliases"),       QStringLiteral("also known as")};
    case ImportField::Sex:
        return {QStringLiteral("sexo"),          QStringLiteral("sexo biologico"),
                QStringLiteral("sexo al nacer"), QStringLiteral("sexo ao nascer"),
                QStringLiteral("sex"),           QStringLiteral("genero"),
                QStringLiteral("gender")};
    case ImportField::BirthDate:
        return {QStringLiteral("fecha de nacimiento"),
                QStringLiteral("fecha nacimiento"),
                QStringLiteral("f nacimiento"),
                QStringLiteral("nacimiento"),
                QStringLiteral("data de nascimento"),
                QStringLiteral("data nascimento"),
                QStringLiteral("nascimento"),
                QStringLiteral("date of birth"),
                QStringLiteral("birth date"),
                QStringLiteral("birthdate"),
                QStringLiteral("dob")};
    case ImportField::Age:
        return {QStringLiteral("edad"),       QStringLiteral("idade"),
                QStringLiteral("age"),        QStringLiteral("edad anos"),
                QStringLiteral("idade anos"), QStringLiteral("age years")};
    case ImportField::Nationality:
        return {QStringLiteral("nacionalidad"),   QStringLiteral("nacionalidade"),
                QStringLiteral("nationality"),    QStringLiteral("nacionalidades"),
                QStringLiteral("nationalities"),  QStringLiteral("pais de origen"),
                QStringLiteral("pais de origem"), QStringLiteral("country of origin")};
    case ImportField::BirthCountry:
        return {QStringLiteral("pais de nacimiento"), QStringLiteral("pais de nascimento"),
                QStringLiteral("country of birth"), QStringLiteral("birth country")};
    case ImportField::DocumentType:
        return {QStringLiteral("tipo de documento"),
                QStringLiteral("tipo documento"),
                QStringLiteral("tipo de documento de identidad"),
                QStringLiteral("document type"),
                QStringLiteral("id type"),
                QStringLiteral("tipo doc")};
    case ImportField::DocumentNumber:
        return {QStringLiteral("documento"),
                QStringLiteral("numero de documento"),
                QStringLiteral("numero documento"),
                QStringLiteral("no documento"),
                QStringLiteral("n documento"),
                QStringLiteral("cedula"),
                QStringLiteral("numero de cedula"),
                QStringLiteral("pasaporte"),
                QStringLiteral("numero do documento"),
                QStringLiteral("document number"),
                QStringLiteral("document"),
                QStringLiteral("id number"),
                QStringLiteral("passport number"),
                QStringLiteral("doc")};
    case ImportField::DocumentCountry:
        return {QStringLiteral("pais emisor"), QStringLiteral("pais de emision"),
                QStringLiteral("pais emissor"), QStringLiteral("issuing country"),
                QStringLiteral("document country")};
    case ImportField::DocumentExpiry:
        return {QStringLiteral("vencimiento"),
                QStringLiteral("vence"),
                QStringLiteral("fecha de vencimiento"),
                QStringLiteral("fecha de expiracion"),
                QStringLiteral("vencimento"),
                QStringLiteral("vencimiento del documento"),
                QStringLiteral("valido hasta"),
                QStringLiteral("vigencia"),
                QStringLiteral("validade"),
                QStringLiteral("data de validade"),
                QStringLiteral("validade do documento"),
                QStringLiteral("valido ate"),
                QStringLiteral("expiry"),
                QStringLiteral("expiry date"),
                QStringLiteral("document expiry"),
                QStringLiteral("valid until"),
                QStringLiteral("expires")};
    case ImportField::Phone:
        return {QStringLiteral("telefono"),
                QStringLiteral("celular"),
                QStringLiteral("numero de telefono"),
                QStringLiteral("telefone"),
                QStringLiteral("phone"),
                QStringLiteral("phone number"),
                QStringLiteral("mobile"),
                QStringLiteral("whatsapp")};
    case ImportField::Country:
        return {QStringLiteral("pais"),
                QStringLiteral("pais de residencia"),
                QStringLiteral("pais actual"),
                QStringLiteral("pais de acogida"),
                QStringLiteral("pais de residencia actual"),
                QStringLiteral("country"),
                QStringLiteral("current country"),
                QStringLiteral("country of residence")};
    case ImportField::Admin1:
        return {QStringLiteral("departamento"), QStringLiteral("estado"),
                QStringLiteral("provincia"),    QStringLiteral("region"),
                QStringLiteral("uf"),           QStringLiteral("state"),
                QStringLiteral("province"),     QStringLiteral("department")};
    case ImportField::Place:
        return {QStringLiteral("municipio"), QStringLiteral("ciudad"), QStringLiteral("localidad"),
                QStringLiteral("lugar"),     QStringLiteral("cidade"), QStringLiteral("local"),
                QStringLiteral("city"),      QStringLiteral("town"),   QStringLiteral("place"),
                QStringLiteral("location")};
    case ImportField::Household:
        return {QStringLiteral("grupo familiar"), QStringLiteral("id grupo familiar"),
                QStringLiteral("hogar"),          QStringLiteral("id hogar"),
                QStringLiteral("familia"),        QStringLiteral("id familia"),
                QStringLiteral("codigo familia"), QStringLiteral("nucleo familiar"),
                QStringLiteral("grupo"),          QStringLiteral("caso"),
                QStringLiteral("numero de caso"), QStringLiteral("id caso"),
                QStringLiteral("domicilio"),      QStringLiteral("household"),
                QStringLiteral("household id"),   QStringLiteral("family"),
                QStringLiteral("family id"),      QStringLiteral("case"),
                QStringLiteral("case id"),        QStringLiteral("case number")};
    case ImportField::Relationship:
        return {QStringLiteral("parentesco"),
                QStringLiteral("relacion"),
                QStringLiteral("relacion con el jefe de hogar"),
                QStringLiteral("parentesco con el jefe de hogar"),
                QStringLiteral("parentesco com o responsavel"),
                QStringLiteral("relacao"),
                QStringLiteral("relationship"),
                QStringLiteral("relationship to head"),
                QStringLiteral("relation")};
    case ImportField::RegisteredOn:
        return {QStringLiteral("fecha de registro"),
                QStringLiteral("fecha registro"),
                QStringLiteral("fecha de atencion"),
                QStringLiteral("fecha"),
                QStringLiteral("data de registro"),
                QStringLiteral("data do atendimento"),
                QStringLiteral("data"),
                QStringLiteral("registration date"),
                QStringLiteral("date registered"),
                QStringLiteral("date")};
    case ImportField::Site:
        return {QStringLiteral("sede"),    QStringLiteral("oficina"),
                QStringLiteral("punto"),   QStringLiteral("punto de atencion"),
                QStringLiteral("unidade"), QStringLiteral("escritorio"),
                QStringLiteral("site"),    QStringLiteral("office")};
    case ImportField::Note:
        return {QStringLiteral("observaciones"), QStringLiteral("observacion"),
                QStringLiteral("comentarios"),   QStringLiteral("comentario"),
                QStringLiteral("notas"),         QStringLiteral("nota"),
                QStringLiteral("observacoes"),   QStringLiteral("observacao"),
                QStringLiteral("remarks"),       QStringLiteral("notes"),
                QStringLiteral("note"),          QStringLiteral("comments")};
    case ImportField::TracingConsent:
        return {QStringLiteral("consentimiento busqueda"),
                QStringLiteral("consentimiento para busqueda"),
                QStringLiteral("consentimiento de busqueda familiar"),
                QStringLiteral("acepta busqueda familiar"),
                QStringLiteral("autoriza busqueda familiar"),
                QStringLiteral("consentimento busca"),
                QStringLiteral("consentimento para busca familiar"),
                QStringLiteral("aceita busca familiar"),
                QStringLiteral("tracing consent"),
                QStringLiteral("consent to tracing"),
                QStringLiteral("agrees to tracing")};
    }
    return {};
}
