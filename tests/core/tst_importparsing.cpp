#include "core/import/CsvParser.h"
#include "core/import/ImportDateParser.h"
#include "core/import/ImportMapping.h"
#include "core/import/MappingProposer.h"
#include "core/import/NameSplitter.h"
#include "core/import/TabularSource.h"
#include "core/import/ValueDictionary.h"
#include "core/import/XlsxSheetReader.h"
#include "tests/support/MockClock.h"
#include "tests/support/XlsxFixture.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// Reading outside files for import: CSV in every shape spreadsheets write, Excel workbooks,
// and what the columns and values mean in English, Spanish and Portuguese. No database.
class TestImportParsing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QList<SourceRow> parse(const QString& text, QChar delimiter = u',')
    {
        CsvParser parser(delimiter);
        parser.feed(text);
        parser.finish();
        QList<SourceRow> rows;
        while (parser.hasRow())
            rows.append(parser.takeRow());
        return rows;
    }

    // Every row after the header, or the error that opening gave.
    static Result<QList<SourceRow>> readAll(const QString& path)
    {
        Result<std::unique_ptr<TabularSource>> source = TabularSource::open(path);
        if (!source)
            return source.error();
        QList<SourceRow> rows;
        SourceRow row;
        for (;;) {
            Result<bool> got = (*source)->next(row);
            if (!got)
                return got.error();
            if (!*got)
                return rows;
            rows.append(row);
        }
    }

private slots:
    void csvQuotesNewlinesAndLineEnds()
    {
        const QList<SourceRow> rows =
            parse(QStringLiteral("a,b,c\r\n\"Pérez, Ana\",\"dijo \"\"hola\"\"\",\"línea 1\nlínea "
                                 "2\"\r\nx,,z\rlast,row,"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].cells,
                 QStringList({QStringLiteral("Pérez, Ana"), QStringLiteral("dijo \"hola\""),
                              QStringLiteral("línea 1\nlínea 2")}));
        QCOMPARE(rows[1].number, 2);
        QCOMPARE(rows[2].cells, QStringList({QStringLiteral("x"), QString(), QStringLiteral("z")}));
        QCOMPARE(rows[2].number, 3);
        QCOMPARE(rows[3].cells,
                 QStringList({QStringLiteral("last"), QStringLiteral("row"), QString()}));
    }

    void csvRowNumbersCountBlankLinesLikeASpreadsheet()
    {
        const QList<SourceRow> rows = parse(QStringLiteral("h\n\nx\n\"a\nb\"\ny\n"));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].number, 3);
        QCOMPARE(rows[2].number, 4);
        QCOMPARE(rows[3].number, 5);
    }

    void csvUnclosedQuoteAndHugeCellAreReportedNotObeyed()
    {
        CsvParser parser(u',');
        parser.feed(QStringLiteral("a,b\n1,\"never closed\n2,3\n"));
        parser.finish();
        parser.takeRow();
        const SourceRow broken = parser.takeRow();
        QVERIFY(broken.problem.contains(QStringLiteral("never closed")));
        QCOMPARE(parser.unclosedQuoteRow(), 2);

        CsvParser big(u',');
        big.feed(QStringLiteral("x,") + QString(CsvParser::MaxFieldChars * 3, u'a') +
                 QStringLiteral("\nok,1\n"));
        big.finish();
        const SourceRow first = big.takeRow();
        QVERIFY(!first.problem.isEmpty());
        QCOMPARE(first.cells[1].size(), CsvParser::MaxFieldChars);
        QVERIFY(big.takeRow().problem.isEmpty());
    }

    void csvDelimiterIsFoundFromTheContent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("expected");
        QTest::newRow("semicolon, commas in names")
            << QStringLiteral("Nombre;Apellidos;Sexo\n\"Ana, María\";Pérez;F\nLuis;Gómez, R;M\n")
            << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1\t2\t3\n4\t5\t6\n") << QChar(u'\t');
        QTest::newRow("comma") << QStringLiteral("a,b\n1,2\n3,4\n") << QChar(u',');
        QTest::newRow("pipe") << QStringLiteral("a|b\n1|2\n") << QChar(u'|');
        QTest::newRow("one column") << QStringLiteral("nombre\nAna\nLuis\n") << QChar(u',');
    }
    void csvDelimiterIsFoundFromTheContent()
    {
        QFETCH(QString, text);
        QFETCH(QChar, expected);
        QCOMPARE(CsvParser::detectDelimiter(text), expected);
    }

    void csvEncodingsAreRecognised()
    {
        const QString header = QStringLiteral("Nombre;Ciudad\n");
        // UTF-8 with BOM, UTF-8 without, Windows-1252 (é = E9, € = 80), UTF-16LE with BOM.
        const QByteArray utf8 = (header + QStringLiteral("José;Cúcuta €\n")).toUtf8();
        QByteArray latin = header.toLatin1() + QByteArray("Jos\xE9;C\xFA"
                                                          "cuta \x80\n");
        QStringEncoder toUtf16(QStringConverter::Utf16LE);
        QByteArray utf16 = QByteArray("\xFF\xFE") +
                           QByteArray(toUtf16(header + QStringLiteral("José;Cúcuta €\n")));
        for (const QByteArray& bytes : {QByteArray("\xEF\xBB\xBF") + utf8, utf8, latin, utf16}) {
            Result<QList<SourceRow>> rows = readAll(file(QStringLiteral("enc.csv"), bytes));
            QVERIFY2(rows.ok(), qPrintable(rows.error().message()));
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->at(0).cells,
                     QStringList({QStringLiteral("José"), QStringLiteral("Cúcuta €")}));
        }
        Result<std::unique_ptr<TabularSource>> s =
            TabularSource::open(file(QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBF") + utf8));
        QVERIFY(s.ok());
        QCOMPARE((*s)->header(), QStringList({QStringLiteral("Nombre"), QStringLiteral("Ciudad")}));
        QVERIFY((*s)->description().contains(QStringLiteral("UTF-8")));
    }

    void badFilesAreRefusedWithASentence_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n") << QStringLiteral("empty");
        QTest::newRow("binary renamed .csv") << QByteArray("\x7F"
                                                           "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                           16)
                                             << QStringLiteral("binary");
        QTest::newRow("old Excel")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest") << QStringLiteral("97");
        QTest::newRow("zip that is no workbook")
            << QByteArray("PK\x03\x04 not really a zip at all") << QStringLiteral("Excel");
    }
    void badFilesAreRefusedWithASentence()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        Result<std::unique_ptr<TabularSource>> s =
            TabularSource::open(file(QStringLiteral("bad.csv"), bytes));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message().contains(says), qPrintable(s.error().message()));
    }

    void aMillionRowsAreReadInLittleMemory()
    {
        QByteArray bytes = "Nombre,Edad\n";
        bytes.reserve(16 * 1000 * 1000);
        for (int i = 0; i < 1'000'000; ++i)
            bytes += "Ana Perez," + QByteArray::number(i % 90) + '\n';
        Result<std::unique_ptr<TabularSource>> s =
            TabularSource::open(file(QStringLiteral("million.csv"), bytes));
        QVERIFY(s.ok());
        SourceRow row;
        int count = 0;
        int last = 0;
        while ((*s)->next(row).value()) {
            ++count;
            last = row.number;
        }
        QCOMPARE(count, 1'000'000);
        QCOMPARE(last, 1'000'001);
        QCOMPARE((*s)->progressPerMille(), 1000);
    }

    void aFiftyMegabyteCellIsOneRowsProblem()
    {
        QByteArray bytes = "Nombre,Nota\nAna,\"";
        bytes += QByteArray(50 * 1024 * 1024, 'x');
        bytes += "\"\nLuis,ok\n";
        Result<QList<SourceRow>> rows = readAll(file(QStringLiteral("big.csv"), bytes));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QVERIFY(rows->at(0).problem.contains(QStringLiteral("32,768")));
        QVERIFY(rows->at(1).problem.isEmpty());
    }

    void xlsxValuesDatesAndFormulas()
    {
        XlsxFixture::Parts parts;
        parts.sharedStrings = {QStringLiteral("Nombres"), QStringLiteral("Fecha de nacimiento"),
                               QStringLiteral("Documento"), QStringLiteral("María José")};
        parts.numFmts = QStringLiteral("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>");
        parts.cellXfs =
            QStringLiteral("<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/>");
        parts.sheetData = QStringLiteral(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
            // A gap: row 3 follows row 1, and cell B is missing in row 3.
            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"C3\"><v>12345678</v></c></row>"
            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Luis</t></is></c>"
            "<c r=\"B4\" s=\"1\"><v>33000</v></c><c r=\"C4\" "
            "t=\"str\"><f>CONCAT(\"V-\",1)</f><v>V-1</v></c></row>"
            "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Rosa</t></is></c>"
            "<c r=\"B5\" s=\"2\"><f>TODAY()</f></c></row>"
            "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>Eva</t></is></c>"
            "<c r=\"C6\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>");
        const QString path = m_dir.filePath(QStringLiteral("casos.xlsx"));
        QVERIFY(XlsxFixture::write(path, parts));
        Result<std::unique_ptr<TabularSource>> s = TabularSource::open(path);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
        QCOMPARE((*s)->header(),
                 QStringList({QStringLiteral("Nombres"), QStringLiteral("Fecha de nacimiento"),
                              QStringLiteral("Documento")}));
        QCOMPARE((*s)->sheetNames(), QStringList{QStringLiteral("Casos")});
        Result<QList<SourceRow>> rows = readAll(path);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 4);
        QCOMPARE(rows->at(0).number, 3);
        QCOMPARE(rows->at(0).cells, QStringList({QStringLiteral("María José"), QString(),
                                                 QStringLiteral("12345678")}));
        QCOMPARE(rows->at(1).cells,
                 QStringList({QStringLiteral("Luis"), QStringLiteral("1990-05-07"),
                              QStringLiteral("V-1")}));
        QVERIFY(rows->at(1).problem.isEmpty());
        QVERIFY2(rows->at(2).problem.contains(QStringLiteral("B5")),
                 qPrintable(rows->at(2).problem));
        QVERIFY(rows->at(3).problem.contains(QStringLiteral("#DIV/0!")));
    }

    void xlsxDamagedOrHostileIsRefused()
    {
        XlsxFixture::Parts parts;
        parts.sheetData = XlsxFixture::rows({{QStringLiteral("Nombre")}, {QStringLiteral("Ana")}}) +
                          QStringLiteral("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99</v></c></row>");
        const QString path = m_dir.filePath(QStringLiteral("refs.xlsx"));
        QVERIFY(XlsxFixture::write(path, parts));
        Result<QList<SourceRow>> rows = readAll(path);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message()));
        QVERIFY(rows->at(1).problem.contains(QStringLiteral("A3")));

        // The file cut short: refused, not half read.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        Result<QList<SourceRow>> cut =
            readAll(file(QStringLiteral("cut.xlsx"), whole.left(whole.size() / 2)));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().message().contains(QStringLiteral("Excel")) ||
                cut.error().message().contains(QStringLiteral("damaged")));

        // Broken XML inside a sound ZIP.
        parts.sheetData = QStringLiteral(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row><row><c>");
        QVERIFY(XlsxFixture::write(path, parts));
        Result<QList<SourceRow>> broken = readAll(path);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message().contains(QStringLiteral("damaged")) ||
                broken.error().message().contains(QStringLiteral("cut short")));
    }

    void xlsxHelpers()
    {
        QCOMPARE(XlsxSheetReader::columnIndex(u"A1"), 0);
        QCOMPARE(XlsxSheetReader::columnIndex(u"AA10"), 26);
        QCOMPARE(XlsxSheetReader::columnIndex(u"XFD1"), 16383);
        QCOMPARE(XlsxSheetReader::columnIndex(u"ABCD1"), -1);
        QCOMPARE(XlsxSheetReader::columnIndex(u"12"), -1);
        QCOMPARE(XlsxSheetReader::serialToIsoDate(45292, false), QStringLiteral("2024-01-01"));
        QCOMPARE(XlsxSheetReader::serialToIsoDate(0, false), QString());
        QCOMPARE(XlsxSheetReader::serialToIsoDate(1e300, false), QString());
        QCOMPARE(XlsxSheetReader::numberText(QStringLiteral("1.2345678E7")),
                 QStringLiteral("12345678"));
        QCOMPARE(XlsxSheetReader::numberText(QStringLiteral("3.5")), QStringLiteral("3.5"));
    }

    void headersInThreeLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ImportField>("field");
        const QList<std::pair<QString, ImportField>> cases{
            {QStringLiteral("Nombres"), ImportField::GivenNames},
            {QStringLiteral("Apellidos"), ImportField::FamilyNames},
            {QStringLiteral("Fecha de nacimiento"), ImportField::BirthDate},
            {QStringLiteral("FECHA DE NACIMIENTO (dd/mm/aaaa)"), ImportField::BirthDate},
            {QStringLiteral("Nacionalidad"), ImportField::Nationality},
            {QStringLiteral("Documento"), ImportField::DocumentNumber},
            {QStringLiteral("Sexo"), ImportField::Sex},
            {QStringLiteral("Sexo biológico"), ImportField::Sex},
            {QStringLiteral("Parentesco"), ImportField::Relationship},
            {QStringLiteral("Grupo familiar"), ImportField::Household},
            {QStringLiteral("Nome completo"), ImportField::FullName},
            {QStringLiteral("Data de nascimento"), ImportField::BirthDate},
            {QStringLiteral("Sobrenomes"), ImportField::FamilyNames},
            {QStringLiteral("Nacionalidade"), ImportField::Nationality},
            {QStringLiteral("Telefone"), ImportField::Phone},
            {QStringLiteral("Date of birth"), ImportField::BirthDate},
            {QStringLiteral("Given names"), ImportField::GivenNames},
            {QStringLiteral("Surname"), ImportField::FamilyNames},
            {QStringLiteral("Household ID"), ImportField::Household},
            {QStringLiteral("Edad"), ImportField::Age},
            {QStringLiteral("Observaciones"), ImportField::Note},
            {QStringLiteral("Observações"), ImportField::Note},
            {QStringLiteral("Remarks"), ImportField::Note},
            {QStringLiteral("Vence"), ImportField::DocumentExpiry},
            {QStringLiteral("Data de validade"), ImportField::DocumentExpiry},
            {QStringLiteral("Tracing consent"), ImportField::TracingConsent},
            {QStringLiteral("Código interno"), ImportField::Ignore},
        };
        for (const auto& [header, field] : cases)
            QTest::newRow(qPrintable(header)) << header << field;
    }
    void headersInThreeLanguages()
    {
        QFETCH(QString, header);
        QFETCH(ImportField, field);
        QCOMPARE(MappingProposer::fieldForHeader(header), field);
    }

    void aLoneNameColumnHoldsTheFullName()
    {
        const ImportMapping m =
            MappingProposer::propose({QStringLiteral("Nombre"), QStringLiteral("Sexo")}, {});
        QCOMPARE(m.fieldOf(QStringLiteral("Nombre")), ImportField::FullName);
        const ImportMapping both =
            MappingProposer::propose({QStringLiteral("Nombre"), QStringLiteral("Apellidos")}, {});
        QCOMPARE(both.fieldOf(QStringLiteral("Nombre")), ImportField::GivenNames);
    }

    void valuesInThreeLanguages()
    {
        for (const char* female : {"F", "Mujer", "Feminino", "femenino", "female", "MULHER"})
            QCOMPARE(ValueDictionary::sex(QString::fromUtf8(female)),
                     std::optional<Sex>(Sex::Female));
        for (const char* male : {"M", "Hombre", "Masculino", "homem", "Male"})
            QCOMPARE(ValueDictionary::sex(QString::fromUtf8(male)), std::optional<Sex>(Sex::Male));
        QCOMPARE(ValueDictionary::sex(QStringLiteral("banana")), std::nullopt);
        for (const char* head :
             {"Jefe de hogar", "Jefa de hogar", "Titular", "Responsável", "Head of household"})
            QCOMPARE(ValueDictionary::relationship(QString::fromUtf8(head)),
                     std::optional<Relationship>(Relationship::Principal));
        QCOMPARE(ValueDictionary::relationship(QStringLiteral("Hijo/a")),
                 std::optional<Relationship>(Relationship::Child));
        QCOMPARE(ValueDictionary::relationship(QStringLiteral("Filha")),
                 std::optional<Relationship>(Relationship::Child));
        QCOMPARE(ValueDictionary::relationship(QStringLiteral("Esposo(a)")),
                 std::optional<Relationship>(Relationship::Spouse));
        QCOMPARE(ValueDictionary::documentType(QStringLiteral("Cédula")),
                 std::optional<DocumentType>(DocumentType::NationalId));
        QCOMPARE(ValueDictionary::documentType(QStringLiteral("PPT")),
                 std::optional<DocumentType>(DocumentType::ResidencePermit));
        QCOMPARE(ValueDictionary::documentType(QStringLiteral("Passaporte")),
                 std::optional<DocumentType>(DocumentType::Passport));
        for (const char* ven :
             {"Venezuela", "venezolana", "Venezuelano", "VEN", "VE", "Venezuelan"})
            QCOMPARE(ValueDictionary::country(QString::fromUtf8(ven)), QStringLiteral("VEN"));
        QCOMPARE(ValueDictionary::country(QStringLiteral("Brasil")), QStringLiteral("BRA"));
        QCOMPARE(ValueDictionary::country(QStringLiteral("Brazil")), QStringLiteral("BRA"));
        QCOMPARE(ValueDictionary::country(QStringLiteral("Perú")), QStringLiteral("PER"));
        QCOMPARE(ValueDictionary::country(QStringLiteral("Atlantis")), QString());
        QCOMPARE(
            ValueDictionary::admin1(QStringLiteral("Norte de Santander"), QStringLiteral("COL")),
            QStringLiteral("CO-NSA"));
    }

    void namesWrittenInOneColumn()
    {
        auto full = [](const char* text) {
            const NameSplitter::Parts p = NameSplitter::fullName(QString::fromUtf8(text));
            return QStringList{p.givenNames, p.familyName1, p.familyName2};
        };
        QCOMPARE(full("María José Pérez Gómez"),
                 QStringList({QStringLiteral("María José"), QStringLiteral("Pérez"),
                              QStringLiteral("Gómez")}));
        QCOMPARE(full("Ana Pérez"),
                 QStringList({QStringLiteral("Ana"), QStringLiteral("Pérez"), QString()}));
        QCOMPARE(full("María de los Ángeles de la Cruz Rojas"),
                 QStringList({QStringLiteral("María de los Ángeles"), QStringLiteral("de la Cruz"),
                              QStringLiteral("Rojas")}));
        QCOMPARE(full("Pérez Gómez, María José"),
                 QStringList({QStringLiteral("María José"), QStringLiteral("Pérez"),
                              QStringLiteral("Gómez")}));
        const NameSplitter::Parts family =
            NameSplitter::familyNames(QStringLiteral("da Silva Santos"));
        QCOMPARE(family.familyName1, QStringLiteral("da Silva"));
        QCOMPARE(family.familyName2, QStringLiteral("Santos"));
    }

    void datesAndAges()
    {
        const ImportDateParser dmy(ImportMapping::DateOrder::DayMonthYear, QDate(2026, 11, 27));
        QCOMPARE(dmy.date(QStringLiteral("03/05/2012")).date,
                 PartialDate::exact(QDate(2012, 5, 3)));
        QCOMPARE(dmy.date(QStringLiteral("3-5-12")).date, PartialDate::exact(QDate(2012, 5, 3)));
        QCOMPARE(dmy.date(QStringLiteral("3.5.85")).date, PartialDate::exact(QDate(1985, 5, 3)));
        QCOMPARE(dmy.date(QStringLiteral("2012-05-03")).date,
                 PartialDate::exact(QDate(2012, 5, 3)));
        QCOMPARE(dmy.date(QStringLiteral("2012-05-03T00:00:00")).date,
                 PartialDate::exact(QDate(2012, 5, 3)));
        QCOMPARE(dmy.date(QStringLiteral("05/2012")).date, PartialDate::yearMonth(2012, 5));
        QCOMPARE(dmy.date(QStringLiteral("2012")).date, PartialDate::yearOnly(2012));
        const ImportDateParser::Parsed feb31 = dmy.date(QStringLiteral("31/02/2020"));
        QVERIFY(!feb31.date);
        QVERIFY2(feb31.problem.contains(QStringLiteral("29")), qPrintable(feb31.problem));
        const ImportDateParser::Parsed age = dmy.date(QStringLiteral("35"));
        QVERIFY(!age.date);
        QVERIFY(age.problem.contains(QStringLiteral("age")));
        QVERIFY(!dmy.date(QStringLiteral("13/13/2013")).date);
        QVERIFY(!dmy.date(QStringLiteral("ayer")).date);
        const ImportDateParser mdy(ImportMapping::DateOrder::MonthDayYear, QDate(2026, 11, 27));
        QCOMPARE(mdy.date(QStringLiteral("12/31/2020")).date,
                 PartialDate::exact(QDate(2020, 12, 31)));
        QCOMPARE(dmy.age(QStringLiteral("35")), std::optional<int>(35));
        QCOMPARE(dmy.age(QStringLiteral("35 años")), std::optional<int>(35));
        QCOMPARE(dmy.age(QStringLiteral("6 meses")), std::optional<int>(0));
        QCOMPARE(dmy.age(QStringLiteral("200")), std::nullopt);
        QCOMPARE(dmy.age(QStringLiteral("treinta")), std::nullopt);
        QCOMPARE(MappingProposer::dateOrderFor(
                     {QStringLiteral("12/31/2020"), QStringLiteral("1/2/2020")}),
                 ImportMapping::DateOrder::MonthDayYear);
        QCOMPARE(MappingProposer::dateOrderFor({QStringLiteral("31/12/2020")}),
                 ImportMapping::DateOrder::DayMonthYear);
        QCOMPARE(MappingProposer::dateOrderFor({QStringLiteral("2020-12-31")}),
                 ImportMapping::DateOrder::YearMonthDay);
    }

    void mappingsAreSavedAndReadBack()
    {
        ImportMapping m;
        m.columns = {{QStringLiteral("Nombres"), ImportField::GivenNames},
                     {QStringLiteral("Sexo"), ImportField::Sex}};
        m.dateOrder = ImportMapping::DateOrder::MonthDayYear;
        m.defaultSiteCode = QStringLiteral("CUC");
        m.onDuplicate = ImportMapping::DuplicateChoice::LinkToExisting;
        m.setValue(ImportField::Sex, QStringLiteral("1"), QStringLiteral("F"));
        const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(m.save(path).ok());
        Result<ImportMapping> back = ImportMapping::load(path);
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back->columns, m.columns);
        QCOMPARE(back->dateOrder, m.dateOrder);
        QCOMPARE(back->defaultSiteCode, m.defaultSiteCode);
        QCOMPARE(back->onDuplicate, m.onDuplicate);
        QCOMPARE(back->values, m.values);
        QCOMPARE(back->fieldOf(QStringLiteral("SEXO")), ImportField::Sex);

        for (const QByteArray& bad :
             {QByteArray("not json"), QByteArray("{\"amparoImportMapping\": 2}"),
              QByteArray("{\"amparoImportMapping\": 1, \"evil\": 1}"),
              QByteArray("{\"amparoImportMapping\": 1, \"columns\": [{\"column\": \"A\", "
                         "\"field\": \"password\"}]}"),
              QByteArray("{\"amparoImportMapping\": 1, \"dateOrder\": \"ydm\"}")}) {
            Result<ImportMapping> refused = ImportMapping::fromJson(bad);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().message().startsWith(
                QStringLiteral("This is not an Amparo import mapping")));
        }
    }

    void mappingProblemsAreSentences()
    {
        ImportMapping m;
        m.columns = {{QStringLiteral("A"), ImportField::Sex},
                     {QStringLiteral("B"), ImportField::Sex}};
        const QStringList problems = m.problems({QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(problems.size(), 3); // two columns for Sex, no names, no site
        QVERIFY(problems[0].contains(QStringLiteral("both")));
    }
};

QTEST_GUILESS_MAIN(TestImportParsing)
#include "tst_importparsing.moc"
