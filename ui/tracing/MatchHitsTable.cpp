#include "ui/tracing/MatchHitsTable.h"

#include "ui/tracing/ReunificationHitsModel.h"

#include <QHeaderView>

MatchHitsTable::MatchHitsTable(ReunificationHitsModel* model, QWidget* parent)
    : QTableView(parent)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReunificationHitsModel::PlaceColumn, QHeaderView::Stretch);
    header->moveSection(header->visualIndex(ReunificationHitsModel::LikenessColumn), 1);
    header->moveSection(header->visualIndex(ReunificationHitsModel::ReasonsColumn), 2);
}
