#include "ui/incidents/CatalogueChoices.h"

#include "core/domain/Incident.h"
#include "ui/common/CheckableCodeList.h"

#include <QComboBox>

QComboBox* CatalogueChoices::oneOf(const QList<IncidentCode>& codes, const QString& name,
                                   QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(tr("— choose —"), QString());
    for (const IncidentCode& c : codes)
        combo->addItem(c.label.text(), c.code);
    return combo;
}

CheckableCodeList* CatalogueChoices::anyOf(const QList<IncidentCode>& codes, const QString& name,
                                           QWidget* parent)
{
    auto* list = new CheckableCodeList(parent);
    list->setObjectName(name);
    list->setMaximumHeight(110);
    for (const IncidentCode& c : codes)
        list->addCode(c.code, c.label.text());
    return list;
}

QComboBox* CatalogueChoices::sex(const QString& name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (Sex s : sexCodes().values())
        combo->addItem(sexCodes().label(s), sexCodes().code(s));
    combo->setCurrentIndex(combo->findData(sexCodes().code(Sex::Unknown)));
    return combo;
}

CheckableCodeList* CatalogueChoices::diversity(const QString& name, QWidget* parent)
{
    auto* list = new CheckableCodeList(parent);
    list->setObjectName(name);
    list->setAccessibleName(tr("What the person chose to say about themselves"));
    list->setToolTip(tr("Only what the person chose to say. Nothing is required."));
    list->setMaximumHeight(80);
    for (Diversity d : diversityCodes().values())
        list->addCode(diversityCodes().code(d), diversityCodes().label(d));
    return list;
}
