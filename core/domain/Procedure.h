#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct ProcedureEvent
{
    qint64 id = 0;
    QString eventCode;
    QDate occurredOn;
    QString stageAfter; // the stage the procedure was in after the event
    QString note;
    QString recordedBy;
    QDateTime recordedAt;
};

// A legal procedure a case (or some of its members) goes through: refugee status,
// an appeal, a regularization programme…
struct Procedure
{
    qint64 id = 0;
    qint64 caseId = 0;
    int revision = 0;
    QString typeCode;
    QString country; // ISO 3166-1 alpha-3
    QString authority;
    QString fileNumber;
    QString responsible; // lawyer or caseworker in charge
    QDate openedOn;
    QString currentStage;
    QString outcome; // "", "recognized", "rejected", "granted", "withdrawn", "abandoned"
    QString documentLabel;
    QDate documentExpiry;
    QStringList customStages;     // for a procedure of type "other"
    QList<qint64> personIds;      // the members it concerns (a family may share one)
    QList<ProcedureEvent> events; // oldest first
};
