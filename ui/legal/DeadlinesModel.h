#pragma once

#include "core/services/DeadlineService.h"

#include <QAbstractItemModel>
#include <QDate>

// Deadlines grouped by when they fall due: overdue, today, this week, later (and done, when
// done ones are shown). Groups are the top rows, deadlines their children. Ticking the done
// column asks (doneChangeRequested); the model itself writes nothing.
class DeadlinesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        WhatColumn,
        CaseColumn,
        ProcedureColumn,
        ResponsibleColumn,
        DoneColumn,
        ColumnCount
    };
    enum Role
    {
        DeadlineIdRole = Qt::UserRole + 1,
        CaseIdRole
    };
    enum class Group
    {
        Overdue,
        Today,
        ThisWeek,
        Flagged,
        Later,
        Done
    };

    explicit DeadlinesModel(QObject* parent = nullptr);

    void setRows(const QList<DeadlineRow>& rows, QDate today);
    // The deadlines in a group, in order (tests and counts).
    QList<DeadlineRow> rowsIn(Group group) const;
    QModelIndex groupIndex(Group group) const;
    static Group groupOf(const Deadline& deadline, QDate today);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void doneChangeRequested(qint64 deadlineId, bool done);

private:
    static constexpr int GroupCount = 6;
    // Internal id of a group row; children carry their group's number plus one.
    static constexpr quintptr GroupId = 0;

    QVariant groupData(int group, int column, int role) const;
    QVariant deadlineData(const DeadlineRow& row, int column, int role) const;

    QList<DeadlineRow> m_groups[GroupCount];
    QList<int> m_shown; // the groups that are top rows, in order
    QDate m_today;
};
