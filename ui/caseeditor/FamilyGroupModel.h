#pragma once

#include "core/domain/CaseRecord.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>

// The members of a family group as rows: name, relationship, sex, age, nationality,
// documents. Rows with a validation problem are marked.
class FamilyGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RelationshipColumn,
        SexColumn,
        AgeColumn,
        NationalityColumn,
        LocationColumn,
        DocumentsColumn,
        ColumnCount
    };

    explicit FamilyGroupModel(QDate today, QObject* parent = nullptr);

    void setMembers(const QList<CaseMember>& members);
    const QList<CaseMember>& members() const { return m_members; }
    void setProblemRows(const QSet<int>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QDate m_today;
    QList<CaseMember> m_members;
    QSet<int> m_problemRows;
};
