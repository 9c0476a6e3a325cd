#include "core/audit/ErasedEntries.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ErasedEntries::marker()
{
    return QStringLiteral("{\"erased\":true}");
}

bool ErasedEntries::isEmptied(const AuditEntry& entry)
{
    return entry.details.startsWith(QLatin1String("{\"erased\":"));
}

QString ErasedEntries::digestOf(const AuditEntry& e)
{
    const QStringList parts{QString::number(e.id),
                            e.at.toUTC().toString(Qt::ISODateWithMs),
                            QString::number(e.userId),
                            e.username,
                            e.event.action,
                            e.event.recordType,
                            e.event.recordId,
                            e.event.recordLabel,
                            e.details,
                            e.prevHash,
                            e.hash};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

AuditChange ErasedEntries::voucher(const QString& trail, const AuditEntry& emptied)
{
    return {QLatin1String(VoucherField), key(trail, emptied.id), digestOf(emptied)};
}

QString ErasedEntries::key(const QString& trail, qint64 id)
{
    return trail + QLatin1Char('#') + QString::number(id);
}

QList<std::pair<QString, QString>> ErasedEntries::vouchersOf(const AuditEntry& e)
{
    QList<std::pair<QString, QString>> out;
    if (e.event.action != QLatin1String(EraseAction) &&
        e.event.action != QLatin1String(AnonymizeAction))
        return out;
    // From the details as stored (what the hash covers), however the entry was read.
    const QJsonArray changes = QJsonDocument::fromJson(e.details.toUtf8())
                                   .object()
                                   .value(QStringLiteral("changes"))
                                   .toArray();
    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("field")).toString() == QLatin1String(VoucherField))
            out.append({c.value(QStringLiteral("old")).toString(),
                        c.value(QStringLiteral("new")).toString()});
    }
    return out;
}

std::optional<Erasure> ErasedEntries::erasureOf(const AuditEntry& e)
{
    if (e.event.action != QLatin1String(EraseAction))
        return std::nullopt;
    Erasure erasure;
    erasure.erasedAt = e.at;
    erasure.decidedBy = e.username;
    const QJsonArray changes = QJsonDocument::fromJson(e.details.toUtf8())
                                   .object()
                                   .value(QStringLiteral("changes"))
                                   .toArray();
    std::optional<ErasureGround> ground;
    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        const QString field = c.value(QStringLiteral("field")).toString();
        if (field == QLatin1String(PersonField))
            erasure.personUid =
                QByteArray::fromHex(c.value(QStringLiteral("new")).toString().toLatin1());
        else if (field == QLatin1String(GroundField))
            ground = erasureGroundCodes().fromCode(c.value(QStringLiteral("new")).toString());
    }
    // Entries written before erasures named the person carry no uid: nothing to keep.
    if (erasure.personUid.isEmpty() || !ground)
        return std::nullopt;
    erasure.ground = *ground;
    return erasure;
}

QList<qint64> ErasedEntries::emptiedBy(const AuditEntry& erasure)
{
    QList<qint64> ids;
    for (const auto& [entry, digest] : vouchersOf(erasure)) {
        if (entry.startsWith(QLatin1Char('#')))
            ids.append(entry.mid(1).toLongLong());
    }
    return ids;
}

void ErasedEntries::addFrom(const QList<AuditEntry>& entries, const QString& trail)
{
    for (const AuditEntry& e : entries) {
        for (const auto& [entry, digest] : vouchersOf(e)) {
            // "#12" is the trail the erasure's entry is in.
            const QString k = entry.startsWith(QLatin1Char('#')) ? trail + entry : entry;
            m_vouchers.insert(k, Voucher{digest, trail, e.id});
        }
    }
}

bool ErasedEntries::vouchFor(const QString& trail, const AuditEntry& entry) const
{
    const auto it = m_vouchers.constFind(key(trail, entry.id));
    if (it == m_vouchers.cend() || it->digest != digestOf(entry))
        return false;
    // In one trail, the erasure comes after what it emptied.
    return it->erasureTrail != trail || it->erasureEntry > entry.id;
}
