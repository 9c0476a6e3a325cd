#include "ui/caseeditor/FamilyGroupModel.h"

#include "core/reference/CountryCatalog.h"

#include <QBrush>
#include <QColor>

FamilyGroupModel::FamilyGroupModel(QDate today, QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(today)
{
}

void FamilyGroupModel::setMembers(const QList<CaseMember>& members)
{
    beginResetModel();
    m_members = members;
    m_problemRows.clear();
    endResetModel();
}

void FamilyGroupModel::setProblemRows(const QSet<int>& rows)
{
    m_problemRows = rows;
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FamilyGroupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int FamilyGroupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyGroupModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const CaseMember& m = m_members[index.row()];
    const Person& p = m.person;
    if (role == Qt::BackgroundRole && m_problemRows.contains(index.row()))
        return QBrush(QColor(0xfd, 0xe7, 0xe9));
    if (role == Qt::ToolTipRole && m_problemRows.contains(index.row()))
        return tr("Something in this person's record needs attention: open it to see what.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.fullName();
    case RelationshipColumn:
        return relationshipCodes().label(m.relationship);
    case SexColumn:
        return sexCodes().label(p.sex);
    case AgeColumn: {
        const auto age = p.birthDate.ageOn(m_today);
        if (!age)
            return tr("unknown");
        if (p.birthDate.precision() == PartialDate::Precision::Estimated)
            return tr("about %n", nullptr, *age);
        return QStringLiteral("%1 (%2)").arg(*age).arg(p.birthDate.displayText(m_today));
    }
    case NationalityColumn: {
        QStringList names;
        for (const QString& n : p.nationalities)
            names.append(CountryCatalog::instance().name(n));
        return names.join(QStringLiteral(", "));
    }
    case LocationColumn: {
        QStringList where;
        if (!p.location.place.isEmpty())
            where.append(p.location.place);
        if (!p.location.admin1.isEmpty())
            where.append(CountryCatalog::instance().subdivisionName(p.location.admin1));
        else if (!p.location.country.isEmpty())
            where.append(CountryCatalog::instance().name(p.location.country));
        return where.join(QStringLiteral(", "));
    }
    case DocumentsColumn: {
        if (p.hasNoDocument)
            return tr("none");
        QStringList docs;
        for (const IdentityDocument& d : p.documents)
            docs.append(d.number);
        return docs.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant FamilyGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RelationshipColumn:
        return tr("Relationship");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age (born)");
    case NationalityColumn:
        return tr("Nationality");
    case LocationColumn:
        return tr("Now in");
    case DocumentsColumn:
        return tr("Documents");
    default:
        return {};
    }
}
