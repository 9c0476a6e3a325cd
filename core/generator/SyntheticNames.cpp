#include "core/generator/SyntheticNames.h"

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
        QStringLiteral("Adriana"),   QStringLiteral("Alejandra"),  QStringLiteral("Alexandra"),
        QStringLiteral("Angélica"),  QStringLiteral("Antonella"),  QStringLiteral("Astrid"),
        QStringLiteral("Belkis"),    QStringLiteral("Betzabeth"),  QStringLiteral("Brenda"),
        QStringLiteral("Carolina"),  QStringLiteral("Catalina"),   QStringLiteral("Claudia"),
        QStringLiteral("Deisy"),     QStringLiteral("Diana"),      QStringLiteral("Dulce"),
        QStringLiteral("Elena"),     QStringLiteral("Elizabeth"),  QStringLiteral("Erika"),
        QStringLiteral("Estefanía"), QStringLiteral("Eva"),        QStringLiteral("Fernanda"),
        QStringLiteral("Flor"),      QStringLiteral("Francis"),    QStringLiteral("Gisela"),
        QStringLiteral("Glenda"),    QStringLiteral("Greisy"),     QStringLiteral("Heidy"),
        QStringLiteral("Iris"),      QStringLiteral("Ivonne"),     QStringLiteral("Jackeline"),
        QStringLiteral("Jenny"),     QStringLiteral("Jessica"),    QStringLiteral("Johana"),
        QStringLiteral("Josefina"),  QStringLiteral("Juliana"),    QStringLiteral("Karla"),
        QStringLiteral("Katherine"), QStringLiteral("Keila"),      QStringLiteral("Leidy"),
        QStringLiteral("Lisbeth"),   QStringLiteral("Lorena"),     QStringLiteral("Luz"),
        QStringLiteral("Magaly"),    QStringLiteral("Maira"),      QStringLiteral("Maribel"),
        QStringLiteral("Marielys"),  QStringLiteral("Marlene"),    QStringLiteral("Mayerlin"),
        QStringLiteral("Mercedes"),  QStringLiteral("Miriam"),     QStringLiteral("Mónica"),
        QStringLiteral("Nairelys"),  QStringLiteral("Natalia"),    QStringLiteral("Nelly"),
        QStringLiteral("Nohemí"),    QStringLiteral("Oriana"),     QStringLiteral("Patricia"),
        QStringLiteral("Rebeca"),    QStringLiteral("Rosmery"),    QStringLiteral("Sandra"),
        QStringLiteral("Sara"),      QStringLiteral("Silvia"),     QStringLiteral("Solange"),
        QStringLiteral("Stephanie"), QStringLiteral("Susana"),     QStringLiteral("Tatiana"),
        QStringLiteral("Teresa"),    QStringLiteral("Vanessa"),    QStringLiteral("Verónica"),
        QStringLiteral("Virginia"),  QStringLiteral("Yajaira"),    QStringLiteral("Yamilet"),
        QStringLiteral("Yenny"),     QStringLiteral("Yolimar"),    QStringLiteral("Yuliana"),
        QStringLiteral("Yulimar"),   QStringLiteral("Zuleima"),
    };
    return names;
}

const QStringList& SyntheticNames::maleGiven()
{
    static const QStringList names{
        QStringLiteral("José"),        QStringLiteral("José Gregorio"),
        QStringLiteral("Luis"),        QStringLiteral("Luis Alberto"),
        QStringLiteral("Carlos"),      QStringLiteral("Carlos Eduardo"),
        QStringLiteral("Johandry"),    QStringLiteral("Yorman"),
        QStringLiteral("Jesús"),       QStringLiteral("Juan"),
        QStringLiteral("Juan Carlos"), QStringLiteral("Miguel Ángel"),
        QStringLiteral("Alejandro"),   QStringLiteral("Daniel"),
        QStringLiteral("Wilmer"),      QStringLiteral("Yeferson"),
        QStringLiteral("Héctor"),      QStringLiteral("Víctor"),
        QStringLiteral("Andrés"),      QStringLiteral("Santiago"),
        QStringLiteral("Samuel"),      QStringLiteral("Ángel"),
        QStringLiteral("Rafael"),      QStringLiteral("Jhonny"),
        QStringLiteral("Kelvin"),      QStringLiteral("Darwin"),
        QStringLiteral("Eduardo"),     QStringLiteral("Franklin"),
        QStringLiteral("Gustavo"),     QStringLiteral("Ramón"),
        QStringLiteral("Pedro"),       QStringLiteral("Manuel"),
        QStringLiteral("Óscar"),       QStringLiteral("Richard"),
        QStringLiteral("Deivis"),      QStringLiteral("Maikel"),
        QStringLiteral("Sebastián"),   QStringLiteral("Mateo"),
        QStringLiteral("Thiago"),      QStringLiteral("Elías"),
        QStringLiteral("Yonathan"),    QStringLiteral("Leonardo"),
        QStringLiteral("Abraham"),     QStringLiteral("Adrián"),
        QStringLiteral("Albert"),      QStringLiteral("Alexander"),
        QStringLiteral("Alfredo"),     QStringLiteral("Anderson"),
        QStringLiteral("Antonio"),     QStringLiteral("Armando"),
        QStringLiteral("Arturo"),      QStringLiteral("Benjamín"),
        QStringLiteral("Brayan"),      QStringLiteral("César"),
        QStringLiteral("Cristian"),    QStringLiteral("David"),
        QStringLiteral("Deiby"),       QStringLiteral("Diego"),
        QStringLiteral("Dimas"),       QStringLiteral("Edgar"),
        QStringLiteral("Edwin"),       QStringLiteral("Efraín"),
        QStringLiteral("Emilio"),      QStringLiteral("Enrique"),
        QStringLiteral("Ernesto"),     QStringLiteral("Fabián"),
        QStringLiteral("Felipe"),      QStringLiteral("Félix"),
        QStringLiteral("Fernando"),    QStringLiteral("Francisco"),
        QStringLiteral("Franyer"),     QStringLiteral("Freddy"),
        QStringLiteral("Gabriel"),     QStringLiteral("Gerardo"),
        QStringLiteral("Germán"),      QStringLiteral("Gilberto"),
        QStringLiteral("Hugo"),        QStringLiteral("Ignacio"),
        QStringLiteral("Iván"),        QStringLiteral("Jairo"),
        QStringLiteral("Javier"),      QStringLiteral("Jefferson"),
        QStringLiteral("Jhon"),        QStringLiteral("Joel"),
        QStringLiteral("Jorge"),       QStringLiteral("Julio"),
        QStringLiteral("Keiber"),      QStringLiteral("Kevin"),
        QStringLiteral("Leandro"),     QStringLiteral("Lorenzo"),
        QStringLiteral("Marcos"),      QStringLiteral("Mario"),
        QStringLiteral("Martín"),      QStringLiteral("Maximiliano"),
        QStringLiteral("Nelson"),      QStringLiteral("Néstor"),
        QStringLiteral("Nicolás"),     QStringLiteral("Omar"),
        QStringLiteral("Orlando"),     QStringLiteral("Pablo"),
        QStringLiteral("Raúl"),        QStringLiteral("Reinaldo"),
        QStringLiteral("Ricardo"),     QStringLiteral("Roberto"),
        QStringLiteral("Rubén"),       QStringLiteral("Salvador"),
        QStringLiteral("Simón"),       QStringLiteral("Tomás"),
        QStringLiteral("Ulises"),      QStringLiteral("Valentín"),
        QStringLiteral("Wilfredo"),    QStringLiteral("Wuilmer"),
        QStringLiteral("Yeison"),      QStringLiteral("Yoel"),
        QStringLiteral("Yordi"),
    };
    return names;
}

const QStringList& SyntheticNames::family()
{
    static const QStringList names{
        QStringLiteral("Pérez"),      QStringLiteral("González"),   QStringLiteral("Rodríguez"),
        QStringLiteral("Hernández"),  QStringLiteral("García"),     QStringLiteral("Martínez"),
        QStringLiteral("López"),      QStringLiteral("Gómez"),      QStringLiteral("Sánchez"),
        QStringLiteral("Díaz"),       QStringLiteral("Ramírez"),    QStringLiteral("Torres"),
        QStringLiteral("Rojas"),      QStringLiteral("Morales"),    QStringLiteral("Suárez"),
        QStringLiteral("Vásquez"),    QStringLiteral("Castillo"),   QStringLiteral("Mendoza"),
        QStringLiteral("Romero"),     QStringLiteral("Álvarez"),    QStringLiteral("Medina"),
        QStringLiteral("Gutiérrez"),  QStringLiteral("Silva"),      QStringLiteral("Rivas"),
        QStringLiteral("Contreras"),  QStringLiteral("Guerrero"),   QStringLiteral("Marcano"),
        QStringLiteral("Blanco"),     QStringLiteral("Salazar"),    QStringLiteral("Ávila"),
        QStringLiteral("Parra"),      QStringLiteral("Zambrano"),   QStringLiteral("Villegas"),
        QStringLiteral("Briceño"),    QStringLiteral("Chacón"),     QStringLiteral("Quintero"),
        QStringLiteral("Bermúdez"),   QStringLiteral("Colmenares"), QStringLiteral("Ojeda"),
        QStringLiteral("Peña"),       QStringLiteral("Acosta"),     QStringLiteral("Cardona"),
        QStringLiteral("Ocampo"),     QStringLiteral("Valencia"),   QStringLiteral("Montilla"),
        QStringLiteral("Escalona"),   QStringLiteral("Yépez"),      QStringLiteral("Infante"),
        QStringLiteral("Mújica"),     QStringLiteral("Linares"),    QStringLiteral("Pacheco"),
        QStringLiteral("Carrillo"),   QStringLiteral("Uzcátegui"),  QStringLiteral("Sequera"),
        QStringLiteral("Barrios"),    QStringLiteral("Figueroa"),   QStringLiteral("Herrera"),
        QStringLiteral("Núñez"),      QStringLiteral("Jiménez"),    QStringLiteral("Moreno"),
        QStringLiteral("Acevedo"),    QStringLiteral("Aguilar"),    QStringLiteral("Aguirre"),
        QStringLiteral("Alarcón"),    QStringLiteral("Alvarado"),   QStringLiteral("Andrade"),
        QStringLiteral("Aponte"),     QStringLiteral("Araujo"),     QStringLiteral("Arias"),
        QStringLiteral("Arteaga"),    QStringLiteral("Ascanio"),    QStringLiteral("Baptista"),
        QStringLiteral("Barreto"),    QStringLiteral("Belisario"),  QStringLiteral("Benítez"),
        QStringLiteral("Betancourt"), QStringLiteral("Bolívar"),    QStringLiteral("Bracho"),
        QStringLiteral("Bravo"),      QStringLiteral("Bustamante"), QStringLiteral("Caballero"),
        QStringLiteral("Cabrera"),    QStringLiteral("Calderón"),   QStringLiteral("Camacho"),
        QStringLiteral("Campos"),     QStringLiteral("Cano"),       QStringLiteral("Carmona"),
        QStringLiteral("Carrasco"),   QStringLiteral("Carvajal"),   QStringLiteral("Castro"),
        QStringLiteral("Cedeño"),     QStringLiteral("Cegarra"),    QStringLiteral("Cisneros"),
        QStringLiteral("Cordero"),    QStringLiteral("Córdova"),    QStringLiteral("Cortés"),
        QStringLiteral("Cova"),       QStringLiteral("Cuevas"),     QStringLiteral("Delgado"),
        QStringLiteral("Duarte"),     QStringLiteral("Durán"),      QStringLiteral("Echeverría"),
        QStringLiteral("Escobar"),    QStringLiteral("Espinoza"),   QStringLiteral("Estrada"),
        QStringLiteral("Fajardo"),    QStringLiteral("Farías"),     QStringLiteral("Fernández"),
        QStringLiteral("Flores"),     QStringLiteral("Franco"),     QStringLiteral("Fuentes"),
        QStringLiteral("Gallardo"),   QStringLiteral("Gallego"),    QStringLiteral("Galvis"),
        QStringLiteral("Garrido"),    QStringLiteral("Gil"),        QStringLiteral("Godoy"),
        QStringLiteral("Granados"),   QStringLiteral("Guevara"),    QStringLiteral("Guzmán"),
        QStringLiteral("Henríquez"),  QStringLiteral("Hidalgo"),    QStringLiteral("Ibarra"),
        QStringLiteral("Jaramillo"),  QStringLiteral("Lara"),       QStringLiteral("León"),
        QStringLiteral("Lozada"),     QStringLiteral("Lugo"),       QStringLiteral("Luna"),
        QStringLiteral("Machado"),    QStringLiteral("Maldonado"),  QStringLiteral("Manrique"),
        QStringLiteral("Márquez"),    QStringLiteral("Mata"),       QStringLiteral("Meléndez"),
        QStringLiteral("Mejía"),      QStringLiteral("Méndez"),     QStringLiteral("Mirabal"),
        QStringLiteral("Molina"),     QStringLiteral("Monsalve"),   QStringLiteral("Montero"),
        QStringLiteral("Mora"),       QStringLiteral("Muñoz"),      QStringLiteral("Navarro"),
        QStringLiteral("Nieves"),     QStringLiteral("Noguera"),    QStringLiteral("Orozco"),
        QStringLiteral("Ortega"),     QStringLiteral("Ortiz"),      QStringLiteral("Osorio"),
        QStringLiteral("Padilla"),    QStringLiteral("Palacios"),   QStringLiteral("Paredes"),
        QStringLiteral("Pineda"),     QStringLiteral("Pinto"),      QStringLiteral("Ponce"),
        QStringLiteral("Prieto"),     QStringLiteral("Quiroz"),     QStringLiteral("Ramos"),
        QStringLiteral("Rangel"),     QStringLiteral("Reyes"),      QStringLiteral("Ríos"),
        QStringLiteral("Rivero"),     QStringLiteral("Robles"),     QStringLiteral("Rosales"),
        QStringLiteral("Rueda"),      QStringLiteral("Ruiz"),       QStringLiteral("Salas"),
        QStringLiteral("Salcedo"),    QStringLiteral("Sandoval"),   QStringLiteral("Santana"),
        QStringLiteral("Sosa"),       QStringLiteral("Soto"),       QStringLiteral("Tovar"),
        QStringLiteral("Urbina"),     QStringLiteral("Urdaneta"),   QStringLiteral("Valera"),
        QStringLiteral("Vargas"),     QStringLiteral("Vega"),       QStringLiteral("Velásquez"),
        QStringLiteral("Vera"),       QStringLiteral("Villalobos"), QStringLiteral("Villamizar"),
        QStringLiteral("Yánez"),      QStringLiteral("Zapata"),     QStringLiteral("Zerpa"),
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
    static const QHash<QChar, QChar> plain{{QChar(0xe1), QLatin1Char('a')},
                                           {QChar(0xe9), QLatin1Char('e')},
                                           {QChar(0xed), QLatin1Char('i')},
                                           {QChar(0xf3), QLatin1Char('o')},
                                           {QChar(0xfa), QLatin1Char('u')}};
    for (qsizetype i = 0; i < swaps.size(); ++i) {
        const auto& [pattern, replacement] = swaps[(choice + quint64(i)) % quint64(swaps.size())];
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        QString out = name;
        // Accents dropped, the commonest variant of all.
        const QString with =
            replacement.isEmpty() && m.capturedLength() == 1 && plain.contains(m.captured(0).at(0))
                ? QString(plain.value(m.captured(0).at(0)))
                : replacement;
        out.replace(m.capturedStart(), m.capturedLength(), with);
        if (!out.isEmpty())
            return out.at(0).toUpper() + out.mid(1);
    }
    return name;
}
