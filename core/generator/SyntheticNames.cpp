#include "SyntheticNames.h"

#include <QHash>
#include <QRegularExpression>

const QStringList& SyntheticNames::femaleGiven()
{
    static const QStringList names{
        QStringLiteral("María"),     QStringLiteral("María José"), QStringLiteral("María Fernanda"),
        QStringLiteral("Ana"),       QStringLiteral("Ana Karina"), QStringLiteral("Yusleidy"),
        QStringLiteral("Yelitza"),   QStringLiteral("Yuleisy"),    QStringLiteral("Yohana"),
        QStringLiteral("Daniela"),   QStringLiteral("Valentina"),  QStringLiteral("Andreína"),
        QStringLiteral("Carmen"),    QStringLiteral("Luisa"),      QStringLiteral("Gabriela"),
        QStringLiteral("Génesis"),   QStringLiteral("Mariángel"),  QStringLiteral("Yorgelis"),
        QStringLiteral("Dayana"),    QStringLiteral("Karelys"),    QStringLiteral("Marisol"),
        QStringLiteral("Rosa"),      QStringLiteral("Isabel"),     QStringLiteral("Sofía"),
        QStringLiteral("Camila"),    QStringLiteral("Paola"),      QStringLiteral("Geraldine"),
        QStringLiteral("Yesenia"),   QStringLiteral("Nathaly"),    QStringLiteral("Wendy"),
        QStringLiteral("Milagros"),  QStringLiteral("Yamileth"),   QStringLiteral("Liliana"),
        QStringLiteral("Beatriz"),   QStringLiteral("Xiomara"),    QStringLiteral("Yaneth"),
        QStringLiteral("Lucía"),     QStringLiteral("Victoria"),   QStringLiteral("Emily"),
        QStringLiteral("Scarlet"),   QStringLiteral("Aranza"),     QStringLiteral("Fabiola"),
    };
    return names;
}

const QStringList& SyntheticNames::maleGiven()
{
    static const QStringList names{
        QStringLiteral("José"),     QStringLiteral("José Gregorio"), QStringLiteral("Luis"),
        QStringLiteral("Luis Alberto"), QStringLiteral("Carlos"),    QStringLiteral("Carlos Eduardo"),
        QStringLiteral("Johandry"), QStringLiteral("Yorman"),        QStringLiteral("Jesús"),
        QStringLiteral("Juan"),     QStringLiteral("Juan Carlos"),   QStringLiteral("Miguel Ángel"),
        QStringLiteral("Alejandro"), QStringLiteral("Daniel"),       QStringLiteral("Wilmer"),
        QStringLiteral("Yeferson"), QStringLiteral("Héctor"),        QStringLiteral("Víctor"),
        QStringLiteral("Andrés"),   QStringLiteral("Santiago"),      QStringLiteral("Samuel"),
        QStringLiteral("Ángel"),    QStringLiteral("Rafael"),        QStringLiteral("Jhonny"),
        QStringLiteral("Kelvin"),   QStringLiteral("Darwin"),        QStringLiteral("Eduardo"),
        QStringLiteral("Franklin"), QStringLiteral("Gustavo"),       QStringLiteral("Ramón"),
        QStringLiteral("Pedro"),    QStringLiteral("Manuel"),        QStringLiteral("Óscar"),
        QStringLiteral("Richard"),  QStringLiteral("Deivis"),        QStringLiteral("Maikel"),
        QStringLiteral("Sebastián"), QStringLiteral("Mateo"),        QStringLiteral("Thiago"),
        QStringLiteral("Elías"),    QStringLiteral("Yonathan"),      QStringLiteral("Leonardo"),
    };
    return names;
}

const QStringList& SyntheticNames::family()
{
    static const QStringList names{
        QStringLiteral("Pérez"),     QStringLiteral("González"),  QStringLiteral("Rodríguez"),
        QStringLiteral("Hernández"), QStringLiteral("García"),    QStringLiteral("Martínez"),
        QStringLiteral("López"),     QStringLiteral("Gómez"),     QStringLiteral("Sánchez"),
        QStringLiteral("Díaz"),      QStringLiteral("Ramírez"),   QStringLiteral("Torres"),
        QStringLiteral("Rojas"),     QStringLiteral("Morales"),   QStringLiteral("Suárez"),
        QStringLiteral("Vásquez"),   QStringLiteral("Castillo"),  QStringLiteral("Mendoza"),
        QStringLiteral("Romero"),    QStringLiteral("Álvarez"),   QStringLiteral("Medina"),
        QStringLiteral("Gutiérrez"), QStringLiteral("Silva"),     QStringLiteral("Rivas"),
        QStringLiteral("Contreras"), QStringLiteral("Guerrero"),  QStringLiteral("Marcano"),
        QStringLiteral("Blanco"),    QStringLiteral("Salazar"),   QStringLiteral("Ávila"),
        QStringLiteral("Parra"),     QStringLiteral("Zambrano"),  QStringLiteral("Villegas"),
        QStringLiteral("Briceño"),   QStringLiteral("Chacón"),    QStringLiteral("Quintero"),
        QStringLiteral("Bermúdez"),  QStringLiteral("Colmenares"), QStringLiteral("Ojeda"),
        QStringLiteral("Peña"),      QStringLiteral("Acosta"),    QStringLiteral("Cardona"),
        QStringLiteral("Ocampo"),    QStringLiteral("Valencia"),  QStringLiteral("Montilla"),
        QStringLiteral("Escalona"),  QStringLiteral("Yépez"),     QStringLiteral("Infante"),
        QStringLiteral("Mújica"),    QStringLiteral("Linares"),   QStringLiteral("Pacheco"),
        QStringLiteral("Carrillo"),  QStringLiteral("Uzcátegui"), QStringLiteral("Sequera"),
        QStringLiteral("Barrios"),   QStringLiteral("Figueroa"),  QStringLiteral("Herrera"),
        QStringLiteral("Núñez"),     QStringLiteral("Jiménez"),   QStringLiteral("Moreno"),
    };
    return names;
}

QString SyntheticNames::variant(const QString& name, quint64 choice)
{
    // Swaps people make when they write a name they heard; one is applied.
    static const QList<std::pair<QRegularExpression, QString>> swaps{
        {QRegularExpression(QStringLiteral("^Y")), QStringLiteral("J")},
        {QRegularExpression(QStringLiteral("^J")), QStringLiteral("Y")},
        {QRegularExpression(QStringLiteral("y$")), QStringLiteral("i")},
        {QRegularExpression(QStringLiteral("z$")), QStringLiteral("s")},
        {QRegularExpression(QStringLiteral("s$")), QStringLiteral("z")},
        {QRegularExpression(QStringLiteral("^V")), QStringLiteral("B")},
        {QRegularExpression(QStringLiteral("ll")), QStringLiteral("y")},
        {QRegularExpression(QStringLiteral("^H")), QString()},
        {QRegularExpression(QStringLiteral("[áéíóú]")), QString()},
    };
    static const QHash<QChar, QChar> plain{{QChar(0xe1), QLatin1Char('a')}, {QChar(0xe9), QLatin1Char('e')},
                                           {QChar(0xed), QLatin1Char('i')}, {QChar(0xf3), QLatin1Char('o')},
                                           {QChar(0xfa), QLatin1Char('u')}};
    for (qsizetype i = 0; i < swaps.size(); ++i) {
        const auto& [pattern, replacement] = swaps[(choice + quint64(i)) % quint64(swaps.size())];
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        QString out = name;
        // Accents dropped, the commonest variant of all.
        const QString with = replacement.isEmpty() && m.capturedLength() == 1 &&
                                     plain.contains(m.captured(0).at(0))
                                 ? QString(plain.value(m.captured(0).at(0)))
                                 : replacement;
        out.replace(m.capturedStart(), m.capturedLength(), with);
        if (!out.isEmpty())
            return out.at(0).toUpper() + out.mid(1);
    }
    return name;
}
