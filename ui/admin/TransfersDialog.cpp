#include "ui/admin/TransfersDialog.h"

#include "core/common/DateFormats.h"
#include "core/domain/Referral.h"
#include "core/services/TransferService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/RecordTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    WhenColumn,
    WhatColumn,
    ToColumn,
    AgreementColumn,
    CaseColumn,
    PersonsColumn,
    ContentsColumn,
    ByColumn,
    ColumnCount
};

QString contentsText(const Transfer& t)
{
    if (t.kind == TransferKind::SyncPackage)
        return TransfersDialog::tr("%n record(s)", nullptr, t.contents.toInt());
    const QStringList items = sharedItemCodes().labelsOf(t.contents.split(QLatin1Char(',')));
    return items.isEmpty() ? TransfersDialog::tr("the case number only")
                           : items.join(QStringLiteral(", "));
}
} // namespace

TransfersDialog::TransfersDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transfersDialog"));
    setWindowTitle(tr("Transfers of personal data"));
    auto* intro = new QLabel(tr("What carried personal data out of this database, newest first: "
                                "to whom, and the data-sharing agreement it relied on."),
                             this);
    intro->setWordWrap(true);
    m_table = RecordTable::create({tr("When"), tr("What"), tr("To"), tr("Agreement"), tr("Case"),
                                   tr("Persons"), tr("Information"), tr("By")},
                                  ContentsColumn, QStringLiteral("transfersTable"), this);
    auto* status = new QLabel(this);
    status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransfersDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(status);
    layout->addWidget(buttons);
    resize(980, 520);

    Result<QList<Transfer>> transfers = TransferService(db, clock, session).latest();
    if (!transfers) {
        status->setText(transfers.error().message());
        status->setStyleSheet(ErrorStyle::text());
        return;
    }
    bool unagreed = false;
    for (const Transfer& t : std::as_const(*transfers)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool internal = t.kind == TransferKind::SyncPackage;
        const QStringList cells{DateFormats::numeric(t.at.toLocalTime()),
                                transferKindCodes().label(t.kind),
                                t.recipient,
                                internal
                                    ? tr("(within the organisation)")
                                    : (t.agreement.isEmpty() ? tr("none recorded") : t.agreement),
                                t.caseNumber,
                                t.persons > 0 ? QString::number(t.persons) : QString(),
                                contentsText(t),
                                t.by};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (!internal && t.agreement.isEmpty()) {
            m_table->item(row, AgreementColumn)->setForeground(QColor(ErrorStyle::color()));
            unagreed = true;
        }
    }
    if (transfers->isEmpty())
        status->setText(tr("Nothing has been transferred yet."));
    else if (unagreed)
        status->setText(tr("An agreement shown as “none recorded”: add it to the partner "
                           "under Administration → Partner organisations."));
}
