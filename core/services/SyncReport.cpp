#include "core/services/SyncReport.h"

QStringList SyncReport::ofReceived(const SyncService::Received& received)
{
    QStringList lines{tr("Package %1 from %2 was applied: %3 record(s) added, %4 changed, "
                         "%5 removed.")
                          .arg(received.number)
                          .arg(received.from)
                          .arg(received.summary.added)
                          .arg(received.summary.changed)
                          .arg(received.summary.removed)};
    if (received.summary.waiting > 0)
        lines.append(tr("%n record(s) had been changed here too: they were not overwritten, and "
                        "wait in Administration → Review list for someone to choose the version "
                        "that stays.",
                        nullptr, received.summary.waiting));
    return lines;
}

QStringList SyncReport::ofExchange(const SyncService::Exchanged& exchanged)
{
    QStringList lines;
    for (const SyncService::Received& received : exchanged.received)
        lines.append(ofReceived(received));
    if (exchanged.sent)
        lines.append(tr("Package %1 for %2 was left on the server with %n record(s); %2 applies "
                        "it at its next exchange.",
                        nullptr, exchanged.sent->records)
                         .arg(exchanged.sent->number)
                         .arg(exchanged.sent->to));
    if (!exchanged.notSent.isEmpty())
        lines.append(exchanged.notSent);
    for (const SyncService::Sent& answer : exchanged.answered)
        lines.append(tr("An answer for %1 (package %2, %n record(s)) waits on the server until "
                        "%1 exchanges.",
                        nullptr, answer.records)
                         .arg(answer.to)
                         .arg(answer.number));
    if (!exchanged.sent && exchanged.received.isEmpty() && exchanged.refused.isEmpty())
        lines.append(tr("No package was waiting on the server."));
    for (const QString& refused : exchanged.refused)
        lines.append(tr("Not applied, left on the server: %1").arg(refused));
    return lines;
}
