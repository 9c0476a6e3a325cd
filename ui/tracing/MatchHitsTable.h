#pragma once

#include <QTableView>

class ReunificationHitsModel;

// Registered persons who may be someone sought, one line each: the likeness and the reasons
// come right after the name, because they are what a volunteer reads before saying anything
// to a family; where the person is now takes the room left, whole in its tooltip.
class MatchHitsTable : public QTableView
{
    Q_OBJECT

public:
    MatchHitsTable(ReunificationHitsModel* model, QWidget* parent);
};
