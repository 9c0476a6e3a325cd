#include "ui/common/SiteComboBox.h"

#include "core/services/SiteService.h"

SiteComboBox::SiteComboBox(const Database& db, const Clock& clock, const UserSession& session,
                           Value value, const QString& anyLabel, QWidget* parent)
    : QComboBox(parent)
{
    if (!anyLabel.isEmpty())
        addItem(anyLabel, value == Value::Id ? QVariant(qint64(0)) : QVariant(QString()));
    if (Result<QList<Site>> sites = SiteService(db, clock, session).sites()) {
        for (const Site& s : *sites)
            addItem(QStringLiteral("%1 — %2").arg(s.code, s.name),
                    value == Value::Id ? QVariant(s.id) : QVariant(s.code));
    }
}
