#include "ui/risk/RiskPanel.h"

#include "core/common/DateFormats.h"
#include "core/domain/ActionStatus.h"
#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/ScreeningService.h"
#include "core/services/SpecificNeedService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/risk/ScreeningHistoryDialog.h"
#include "ui/risk/SpecificNeedsDialog.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QColor levelColour(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return QColor(ErrorStyle::color());
    case RiskLevel::Medium:
        return QColor(0xa6, 0x5c, 0x00);
    default:
        return QColor(0x33, 0x33, 0x33);
    }
}
} // namespace

RiskPanel::RiskPanel(const Database& db, const Clock& clock, const UserSession& session,
                     QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("riskPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("riskSummaryLabel"));
    m_summary->setWordWrap(true);
    m_members = new QTableWidget(0, 4, this);
    m_members->setObjectName(QStringLiteral("riskMembersTable"));
    m_members->setHorizontalHeaderLabels(
        {tr("Name"), tr("Overall rating"), tr("Categories"), tr("Specific needs")});
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_members->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_members->setWordWrap(true);
    m_members->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setMaximumHeight(150);
    m_actions = new QTableWidget(0, 4, this);
    m_actions->setObjectName(QStringLiteral("riskActionsTable"));
    m_actions->setHorizontalHeaderLabels(
        {tr("For"), tr("Referral area"), tr("Status"), tr("Why not possible")});
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actions->verticalHeader()->hide();
    m_actions->setMaximumHeight(150);
    m_screen = new QPushButton(tr("Screen for risk…"), this);
    m_screen->setObjectName(QStringLiteral("screenButton"));
    m_history = new QPushButton(tr("History…"), this);
    m_needsButton = new QPushButton(tr("Specific needs…"), this);
    m_needsButton->setObjectName(QStringLiteral("specificNeedsButton"));
    m_history->setObjectName(QStringLiteral("screeningHistoryButton"));
    m_saveActions = new QPushButton(tr("Save action status"), this);
    m_saveActions->setObjectName(QStringLiteral("saveActionsButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("riskMessageLabel"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_screen);
    buttons->addWidget(m_history);
    buttons->addWidget(m_needsButton);
    buttons->addStretch();
    buttons->addWidget(m_saveActions);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_members);
    layout->addWidget(m_actions);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    const bool details = AccessPolicy::allows(session.role, Permission::ViewRisk);
    const bool edit = AccessPolicy::allows(session.role, Permission::EditRisk);
    m_members->setVisible(details);
    m_actions->setVisible(details);
    m_history->setVisible(details);
    m_needsButton->setVisible(details);
    m_screen->setVisible(edit);
    m_saveActions->setVisible(edit);
    connect(m_screen, &QPushButton::clicked, this, &RiskPanel::screenRequested);
    connect(m_history, &QPushButton::clicked, this, &RiskPanel::showHistory);
    connect(m_needsButton, &QPushButton::clicked, this, [this] {
        auto* dialog = new SpecificNeedsDialog(m_db, m_clock, m_session, m_record, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SpecificNeedsDialog::changed, this, [this] { refresh(m_record); });
        dialog->open();
    });
    connect(m_saveActions, &QPushButton::clicked, this, &RiskPanel::saveActionStatuses);
}

void RiskPanel::setReadOnly()
{
    m_readOnly = true;
    m_screen->hide();
    m_saveActions->hide();
}

void RiskPanel::refresh(const CaseRecord& record)
{
    m_record = record;
    m_message->clear();
    const bool saved = record.id > 0;
    m_screen->setEnabled(saved);
    m_history->setEnabled(saved);
    m_needsButton->setEnabled(saved);
    m_members->setRowCount(0);
    m_actions->setRowCount(0);
    m_current.clear();
    QString banner;
    if (!saved) {
        m_summary->setText(tr("Save the case to screen its members for heightened risk."));
    } else if (!AccessPolicy::allows(m_session.role, Permission::ViewRisk)) {
        Result<bool> attention =
            ScreeningService(m_db, m_clock, m_session).needsAttention(record.id);
        const bool flag = attention && *attention;
        m_summary->setText(flag ? tr("This case needs attention: speak to staff before any action.")
                                : tr("No flag on this case."));
        if (flag)
            banner = tr("This case needs attention: speak to staff before any action.");
    } else {
        const RiskCatalogue& catalogue = RiskCatalogue::current();
        Result<QHash<qint64, Screening>> current =
            ScreeningService(m_db, m_clock, m_session).current(record.id);
        if (!current) {
            m_summary->setText(current.error().message());
        } else {
            m_current = *current;
            QStringList highCategories;
            for (const CaseMember& m : record.members) {
                const int row = m_members->rowCount();
                m_members->insertRow(row);
                m_members->setItem(row, 0, new QTableWidgetItem(m.person.fullName()));
                const auto screening = m_current.constFind(m.person.id);
                if (screening == m_current.constEnd()) {
                    m_members->setItem(row, 1, new QTableWidgetItem(tr("not screened")));
                } else {
                    // The tool's overall rating is the person's level.
                    const RiskLevel highest = screening->overallLevel;
                    auto* level = new QTableWidgetItem(highest == RiskLevel::None
                                                           ? tr("none")
                                                           : catalogue.levelLabel(int(highest)));
                    level->setForeground(QBrush(levelColour(highest)));
                    QFont f = level->font();
                    f.setBold(highest == RiskLevel::High);
                    level->setFont(f);
                    level->setToolTip(tr("Screened on %1 by %2")
                                          .arg(DateFormats::numeric(screening->screenedOn),
                                               screening->assessorName));
                    m_members->setItem(row, 1, level);
                    QStringList categories;
                    for (const RiskCategory& c : catalogue.categories()) {
                        const RiskLevel l = screening->levels.value(c.code);
                        if (l == RiskLevel::None)
                            continue;
                        categories.append(QStringLiteral("%1 (%2)").arg(
                            c.label.text(), catalogue.levelLabel(int(l))));
                        if (l == RiskLevel::High && !highCategories.contains(c.label.text()))
                            highCategories.append(c.label.text());
                    }
                    m_members->setItem(row, 2,
                                       new QTableWidgetItem(categories.join(QStringLiteral("; "))));
                }
                Result<QList<SpecificNeed>> needs =
                    SpecificNeedService(m_db, m_clock, m_session).forPerson(m.person.id);
                QStringList codes;
                if (needs) {
                    for (const SpecificNeed& n : *needs) {
                        if (n.isActive())
                            codes.append(n.code);
                    }
                }
                m_members->setItem(row, 3, new QTableWidgetItem(codes.join(QStringLiteral(", "))));
            }
            for (const CaseMember& m : record.members) {
                const auto screening = m_current.constFind(m.person.id);
                if (screening == m_current.constEnd())
                    continue;
                for (const ScreeningAction& a : screening->actions) {
                    const int row = m_actions->rowCount();
                    m_actions->insertRow(row);
                    auto* who = new QTableWidgetItem(m.person.fullName());
                    who->setData(Qt::UserRole, a.id);
                    who->setFlags(who->flags() & ~Qt::ItemIsEditable);
                    m_actions->setItem(row, 0, who);
                    const RiskActionType* type = catalogue.action(a.actionCode);
                    auto* what = new QTableWidgetItem(type ? type->label.text() : a.actionCode);
                    what->setFlags(what->flags() & ~Qt::ItemIsEditable);
                    what->setToolTip(a.note);
                    m_actions->setItem(row, 1, what);
                    auto* status = new QComboBox(m_actions);
                    for (ActionStatus s : actionStatusCodes().values())
                        status->addItem(actionStatusCodes().label(s), int(s));
                    status->setCurrentIndex(status->findData(int(a.status)));
                    status->setProperty("original", int(a.status));
                    status->setEnabled(!m_readOnly &&
                                       AccessPolicy::allows(m_session.role, Permission::EditRisk));
                    m_actions->setCellWidget(row, 2, status);
                    auto* reason = new QLineEdit(a.statusReason, m_actions);
                    reason->setProperty("original", a.statusReason);
                    reason->setEnabled(status->isEnabled());
                    m_actions->setCellWidget(row, 3, reason);
                }
            }
            m_summary->setText(m_current.isEmpty()
                                   ? tr("Nobody in this family group has been screened yet.")
                                   : tr("The newest screening of each member:"));
            if (!highCategories.isEmpty())
                banner = tr("High risk: %1").arg(highCategories.join(QStringLiteral("; ")));
        }
    }
    if (banner != m_banner) {
        m_banner = banner;
        emit bannerChanged(banner);
    }
}

void RiskPanel::saveActionStatuses()
{
    ScreeningService service(m_db, m_clock, m_session);
    QStringList problems;
    int changed = 0;
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        auto* status = qobject_cast<QComboBox*>(m_actions->cellWidget(row, 2));
        auto* reason = qobject_cast<QLineEdit*>(m_actions->cellWidget(row, 3));
        if (status->currentData().toInt() == status->property("original").toInt() &&
            reason->text() == reason->property("original").toString())
            continue;
        const qint64 id = m_actions->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (Status s = service.setActionStatus(id, ActionStatus(status->currentData().toInt()),
                                               reason->text());
            !s)
            problems.append(QStringLiteral("%1 — %2: %3")
                                .arg(m_actions->item(row, 0)->text(),
                                     m_actions->item(row, 1)->text(), s.error().message()));
        else
            ++changed;
    }
    const QString text = problems.isEmpty() ? tr("%n action(s) updated.", nullptr, changed)
                                            : problems.join(QLatin1Char('\n'));
    if (changed > 0)
        emit actionsChanged();
    if (problems.isEmpty())
        refresh(m_record);
    m_message->setStyleSheet(problems.isEmpty() ? QString() : ErrorStyle::text());
    m_message->setText(text);
}

void RiskPanel::showHistory()
{
    auto* dialog = new ScreeningHistoryDialog(m_db, m_clock, m_session, m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
