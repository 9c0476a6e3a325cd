#pragma once

#include "core/common/EnumTable.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// What a person asks about the data Amparo holds about them.
enum class DataRequestKind
{
    Access,           // to see it
    Correction,       // to correct what is wrong
    Erasure,          // to have it erased
    ConsentWithdrawal // to withdraw a consent given for one purpose
};

const EnumTable<DataRequestKind>& dataRequestKindCodes();

enum class DataRequestDecision
{
    Open,
    Granted,
    PartlyGranted,
    Refused
};

const EnumTable<DataRequestDecision>& dataRequestDecisionCodes();

// Why a person's data is erased (ICRC Handbook on Data Protection in Humanitarian Action,
// 3rd ed., §4.2.8: the right to erasure).
enum class ErasureGround
{
    NoLongerNecessary,
    ConsentWithdrawn,
    ObjectionUpheld,
    UnlawfulProcessing
};

const EnumTable<ErasureGround>& erasureGroundCodes();

// One request in the register: the person by their case's number and uid, never by name.
struct DataRequest
{
    qint64 id = 0;
    DataRequestKind kind = DataRequestKind::Access;
    QString caseNumber;
    QByteArray personUid;
    QDate receivedOn;
    QString identityCheck; // how the person's identity was checked
    QString request;       // what they asked, in their words
    DataRequestDecision decision = DataRequestDecision::Open;
    QString ground; // an erasure's ground, or a refusal's
    QString answer; // what was done, or why not
    QString decidedBy;
    QDate decidedOn;
    QString recordedBy;
    QDateTime recordedAt;

    bool operator==(const DataRequest&) const = default;
};

// A person erased: by global uid only, so that a restore can erase them again.
struct Erasure
{
    qint64 id = 0;
    QByteArray personUid;
    QDateTime erasedAt;
    ErasureGround ground = ErasureGround::NoLongerNecessary;
    QString decidedBy;

    bool operator==(const Erasure&) const = default;
};
