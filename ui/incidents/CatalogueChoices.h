#pragma once

#include "core/reference/IncidentCatalogue.h"

#include <QCoreApplication>

class CheckableCodeList;
class QComboBox;
class QWidget;

// The controls that ask for the incident catalogue's codes and for who a person is, the same
// in a case's incident, a monitoring interview and what an interview tells happened. Each
// value is a code; labels are in the language in use.
class CatalogueChoices
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueChoices)

public:
    // One of `codes`, after a first "— choose —" item that carries an empty code.
    static QComboBox* oneOf(const QList<IncidentCode>& codes, const QString& name, QWidget* parent);
    // Any of `codes`, each with a box to tick.
    static CheckableCodeList* anyOf(const QList<IncidentCode>& codes, const QString& name,
                                    QWidget* parent);
    // Sex as recorded (Sex codes), "Unknown" chosen.
    static QComboBox* sex(const QString& name, QWidget* parent);
    // What the person chose to say about themselves (Diversity codes), nothing ticked.
    static CheckableCodeList* diversity(const QString& name, QWidget* parent);
};
