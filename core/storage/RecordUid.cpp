#include "core/storage/RecordUid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <cstring>

QByteArray RecordUid::make()
{
    QByteArray uid(Size, Qt::Uninitialized);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        uid[i] = char((ms >> (8 * (5 - i))) & 0xff);
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    memcpy(uid.data() + 6, random, Size - 6);
    return uid;
}
