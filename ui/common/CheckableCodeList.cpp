#include "ui/common/CheckableCodeList.h"

CheckableCodeList::CheckableCodeList(QWidget* parent)
    : QListWidget(parent)
{
}

void CheckableCodeList::addCode(const QString& code, const QString& label)
{
    auto* item = new QListWidgetItem(label, this);
    item->setData(Qt::UserRole, code);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

void CheckableCodeList::setCheckedCodes(const QStringList& codes)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(
            codes.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QStringList CheckableCodeList::checkedCodes() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out.append(item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void CheckableCodeList::setCodeChecked(const QString& code, bool checked)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == code)
            item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}
