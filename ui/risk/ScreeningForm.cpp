#include "ui/risk/ScreeningForm.h"

#include "core/domain/ActionStatus.h"
#include "core/reference/RiskCatalogue.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FieldErrorLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ActionColumn
{
    ActionTypeColumn,
    NoteColumn,
    StatusColumn,
    ReasonColumn
};
enum Decision
{
    Confirm = 1,
    Dismiss = 2
};
} // namespace

ScreeningForm::ScreeningForm(const Person& person, const QList<RiskSuggestion>& suggestions,
                             const std::optional<Screening>& previous,
                             const RiskCatalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_personId(person.id)
{
    setObjectName(QStringLiteral("screeningForm%1").arg(person.id));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    if (!m_catalogue.openingChecklist().isEmpty())
        layout->addWidget(buildChecklist());
    if (!suggestions.isEmpty())
        layout->addWidget(buildSuggestions(suggestions));
    layout->addWidget(buildCategories());
    auto* observationsBox = new QGroupBox(tr("Observations"), content);
    auto* observationsLayout = new QVBoxLayout(observationsBox);
    m_observations = new QPlainTextEdit(observationsBox);
    m_observations->setObjectName(QStringLiteral("observationsEdit"));
    m_observations->setAccessibleName(tr("Observations"));
    m_observations->setMaximumHeight(90);
    m_observations->setTabChangesFocus(true);
    observationsLayout->addWidget(m_observations);
    auto* observationsError = new FieldErrorLabel(observationsBox);
    observationsLayout->addWidget(observationsError);
    m_errors.add(QStringLiteral("observations"), observationsError, m_observations);
    layout->addWidget(observationsBox);
    layout->addWidget(buildActions());
    layout->addWidget(buildOverall());

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (previous) {
        for (const QString& code : previous->indicators) {
            if (QCheckBox* box = m_indicators.value(code); box && !m_decisions.contains(code))
                box->setChecked(true);
        }
        for (auto it = previous->levels.cbegin(); it != previous->levels.cend(); ++it) {
            if (QComboBox* level = m_levels.value(it.key()))
                level->setCurrentIndex(level->findData(int(it.value())));
        }
        // Actions still pending carry over to the reassessment.
        for (const ScreeningAction& a : previous->actions) {
            if (a.status == ActionStatus::Pending)
                addActionRow(
                    ScreeningAction{0, a.actionCode, a.note, ActionStatus::Pending, {}, {}});
        }
    }
    updateOverall();
}

QWidget* ScreeningForm::buildChecklist()
{
    auto* box = new QGroupBox(tr("Before the interview"), this);
    box->setObjectName(QStringLiteral("checklistBox"));
    auto* layout = new QVBoxLayout(box);
    for (const ScreeningChecklistItem& item : m_catalogue.openingChecklist()) {
        auto* check = new QCheckBox(item.label.text(), box);
        check->setObjectName(QStringLiteral("checklist_") + item.code);
        if (item.addition)
            check->setToolTip(tr("Added by Amparo: not a point of the HRIT itself."));
        m_checklist.insert(item.code, check);
        layout->addWidget(check);
    }
    auto* error = new FieldErrorLabel(box);
    layout->addWidget(error);
    m_errors.add(QStringLiteral("checklist"), error, box);
    return box;
}

QWidget* ScreeningForm::buildSuggestions(const QList<RiskSuggestion>& suggestions)
{
    auto* box =
        new QGroupBox(tr("Suggested from what is recorded — confirm or dismiss each"), this);
    box->setObjectName(QStringLiteral("suggestionsBox"));
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }"));
    auto* layout = new QVBoxLayout(box);
    for (const RiskSuggestion& s : suggestions) {
        const RiskIndicator* indicator = m_catalogue.indicator(s.indicatorCode);
        auto* row = new QWidget(box);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* text =
            new QLabel(QStringLiteral("<b>%1</b><br><small>%2</small>")
                           .arg(indicator->label.text().toHtmlEscaped(), s.reason.toHtmlEscaped()),
                       row);
        text->setWordWrap(true);
        auto* confirm = new QRadioButton(tr("Confirm"), row);
        confirm->setObjectName(QStringLiteral("confirm_") + s.indicatorCode);
        auto* dismiss = new QRadioButton(tr("Dismiss"), row);
        dismiss->setObjectName(QStringLiteral("dismiss_") + s.indicatorCode);
        auto* group = new QButtonGroup(row);
        group->addButton(confirm, Confirm);
        group->addButton(dismiss, Dismiss);
        m_decisions.insert(s.indicatorCode, group);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(confirm);
        rowLayout->addWidget(dismiss);
        layout->addWidget(row);
        auto* error = new FieldErrorLabel(box);
        layout->addWidget(error);
        m_errors.add(QStringLiteral("suggestions/") + s.indicatorCode, error, confirm);
    }
    return box;
}

QWidget* ScreeningForm::buildCategories()
{
    auto* grid = new QWidget(this);
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    int n = 0;
    bool additionsHeaded = false;
    for (const RiskCategory& category : m_catalogue.categories()) {
        if (category.addition && !additionsHeaded) {
            auto* heading = new QLabel(
                tr("<b>Added by Amparo</b> — not categories of the HRIT itself: risks its "
                   "categories do not name on their own."),
                grid);
            heading->setObjectName(QStringLiteral("additionsHeading"));
            heading->setWordWrap(true);
            layout->addWidget(heading, n++, 0);
            additionsHeaded = true;
        }
        auto* box = new QGroupBox(category.label.text(), grid);
        box->setObjectName(QStringLiteral("category_") + category.code);
        auto* boxLayout = new QVBoxLayout(box);
        for (const RiskIndicator& indicator : category.indicators) {
            auto* check = new QCheckBox(indicator.label.text(), box);
            check->setObjectName(QStringLiteral("indicator_") + indicator.code);
            if (!indicator.specificNeed.isEmpty())
                check->setToolTip(tr("Specific-needs code %1").arg(indicator.specificNeed));
            m_indicators.insert(indicator.code, check);
            boxLayout->addWidget(check);
        }
        auto* levelRow = new QHBoxLayout;
        auto* level = new QComboBox(box);
        level->setObjectName(QStringLiteral("level_") + category.code);
        level->setAccessibleName(tr("Risk level: %1").arg(category.label.text()));
        level->addItem(tr("— not at risk —"), int(RiskLevel::None));
        for (int l = int(RiskLevel::Low); l <= int(RiskLevel::High); ++l) {
            level->addItem(m_catalogue.levelLabel(l), l);
            level->setItemData(level->count() - 1, m_catalogue.levelDescription(l),
                               Qt::ToolTipRole);
        }
        m_levels.insert(category.code, level);
        connect(level, &QComboBox::currentIndexChanged, this, &ScreeningForm::updateOverall);
        levelRow->addWidget(new QLabel(tr("Risk level"), box));
        levelRow->addWidget(level, 1);
        boxLayout->addLayout(levelRow);
        auto* error = new FieldErrorLabel(box);
        boxLayout->addWidget(error);
        m_errors.add(QStringLiteral("levels/") + category.code, error, level);
        connect(level, &QComboBox::currentIndexChanged, box, [box, level] {
            const int l = level->currentData().toInt();
            box->setStyleSheet(
                l == int(RiskLevel::High)
                    ? QStringLiteral("QGroupBox { color: %1; font-weight: bold; }")
                          .arg(ErrorStyle::color())
                : l == int(RiskLevel::Medium)
                    ? QStringLiteral("QGroupBox { color: #a65c00; font-weight: bold; }")
                    : QString());
        });
        layout->addWidget(box, n, 0);
        ++n;
    }
    // Suggested indicators are marked through the decision, not by hand.
    for (auto it = m_decisions.cbegin(); it != m_decisions.cend(); ++it) {
        QCheckBox* box = m_indicators.value(it.key());
        box->setEnabled(false);
        connect(it.value(), &QButtonGroup::idClicked, box,
                [box](int id) { box->setChecked(id == Confirm); });
    }
    auto* indicatorsError = new FieldErrorLabel(grid);
    layout->addWidget(indicatorsError, n, 0);
    m_errors.add(QStringLiteral("indicators"), indicatorsError, grid);
    m_errors.add(QStringLiteral("levels"), indicatorsError, grid);
    return grid;
}

QWidget* ScreeningForm::buildActions()
{
    auto* box =
        new QGroupBox(tr("Referral areas by priority (the first is the most pressing)"), this);
    auto* layout = new QVBoxLayout(box);
    m_actions = new QTableWidget(0, 4, box);
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setHorizontalHeaderLabels(
        {tr("Referral area"), tr("Note"), tr("Status"), tr("Why not possible")});
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_actions->verticalHeader()->hide();
    m_actions->setMinimumHeight(110);
    auto* add = new QPushButton(tr("Add area"), box);
    add->setObjectName(QStringLiteral("addActionButton"));
    auto* remove = new QPushButton(tr("Remove area"), box);
    auto* up = new QPushButton(tr("Move up"), box);
    up->setObjectName(QStringLiteral("moveActionUpButton"));
    auto* down = new QPushButton(tr("Move down"), box);
    down->setObjectName(QStringLiteral("moveActionDownButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    layout->addWidget(m_actions);
    auto* error = new FieldErrorLabel(box);
    layout->addWidget(error);
    m_errors.add(QStringLiteral("actions"), error, m_actions);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addActionRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_actions->currentRow() >= 0)
            m_actions->removeRow(m_actions->currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveAction(1); });
    return box;
}

QWidget* ScreeningForm::buildOverall()
{
    auto* box = new QGroupBox(tr("Overall rating"), this);
    box->setObjectName(QStringLiteral("overallBox"));
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }"));
    auto* layout = new QVBoxLayout(box);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("ratingSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-weight: normal;"));
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    m_overall = new QComboBox(box);
    m_overall->setObjectName(QStringLiteral("overallLevelBox"));
    m_overall->setAccessibleName(tr("Overall rating"));
    m_overall->addItem(tr("— not at heightened risk —"), int(RiskLevel::None));
    for (int l = int(RiskLevel::Low); l <= int(RiskLevel::High); ++l)
        m_overall->addItem(m_catalogue.levelLabel(l), l);
    row->addWidget(new QLabel(tr("Overall rating"), box));
    row->addWidget(m_overall, 1);
    layout->addLayout(row);
    m_overallMeaning = new QLabel(box);
    m_overallMeaning->setObjectName(QStringLiteral("overallMeaningLabel"));
    m_overallMeaning->setWordWrap(true);
    m_overallMeaning->setStyleSheet(QStringLiteral("font-weight: normal;"));
    layout->addWidget(m_overallMeaning);
    auto* error = new FieldErrorLabel(box);
    layout->addWidget(error);
    m_errors.add(QStringLiteral("overall"), error, m_overall);
    // Only a choice made by the assessor stops the rating following the categories.
    connect(m_overall, &QComboBox::activated, this, [this] { m_overallChosen = true; });
    connect(m_overall, &QComboBox::currentIndexChanged, this, &ScreeningForm::showOverallMeaning);
    return box;
}

void ScreeningForm::updateOverall()
{
    QStringList lines;
    int highest = int(RiskLevel::None);
    for (const RiskCategory& category : m_catalogue.categories()) {
        const int level = m_levels.value(category.code)->currentData().toInt();
        highest = std::max(highest, level);
        if (level != int(RiskLevel::None))
            lines.append(
                QStringLiteral("%1: %2").arg(category.label.text(), m_catalogue.levelLabel(level)));
    }
    m_summary->setText(lines.isEmpty()
                           ? tr("By category: none rated.")
                           : tr("By category — %1").arg(lines.join(QStringLiteral(" · "))));
    if (!m_overallChosen)
        m_overall->setCurrentIndex(m_overall->findData(highest));
    showOverallMeaning();
}

void ScreeningForm::showOverallMeaning()
{
    const int level = m_overall->currentData().toInt();
    QString text = m_catalogue.levelDescription(level);
    if (const int days = m_catalogue.followUpDays(level); days > 0) {
        const int notice = m_catalogue.noticeDays(level);
        const QString followUp =
            notice > 0
                ? tr("A follow-up will be due %n day(s) after the screening, flagged from "
                     "day %1.",
                     nullptr, days)
                      .arg(notice)
                : tr("A follow-up will be due %n day(s) after the screening.", nullptr, days);
        text = text.isEmpty() ? followUp : text + QStringLiteral("\n") + followUp;
    }
    m_overallMeaning->setText(text);
}

ScreeningAction ScreeningForm::actionAt(int row) const
{
    ScreeningAction a;
    a.actionCode = qobject_cast<QComboBox*>(m_actions->cellWidget(row, ActionTypeColumn))
                       ->currentData()
                       .toString();
    a.note = qobject_cast<QLineEdit*>(m_actions->cellWidget(row, NoteColumn))->text().trimmed();
    a.status = ActionStatus(
        qobject_cast<QComboBox*>(m_actions->cellWidget(row, StatusColumn))->currentData().toInt());
    a.statusReason =
        qobject_cast<QLineEdit*>(m_actions->cellWidget(row, ReasonColumn))->text().trimmed();
    return a;
}

void ScreeningForm::moveAction(int by)
{
    const int row = m_actions->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_actions->rowCount())
        return;
    const ScreeningAction moved = actionAt(row);
    m_actions->removeRow(row);
    addActionRow(moved, to);
    m_actions->setCurrentCell(to, ActionTypeColumn);
}

void ScreeningForm::addActionRow(const ScreeningAction& action, int position)
{
    const int row = position < 0 ? m_actions->rowCount() : position;
    m_actions->insertRow(row);
    auto* type = new QComboBox(m_actions);
    for (const RiskActionType& a : m_catalogue.actions())
        type->addItem(a.label.text(), a.code);
    if (!action.actionCode.isEmpty())
        type->setCurrentIndex(type->findData(action.actionCode));
    auto* status = new QComboBox(m_actions);
    for (ActionStatus s : actionStatusCodes().values())
        status->addItem(actionStatusCodes().label(s), int(s));
    status->setCurrentIndex(status->findData(int(action.status)));
    m_actions->setCellWidget(row, ActionTypeColumn, type);
    m_actions->setCellWidget(row, NoteColumn, new QLineEdit(action.note, m_actions));
    m_actions->setCellWidget(row, StatusColumn, status);
    m_actions->setCellWidget(row, ReasonColumn, new QLineEdit(action.statusReason, m_actions));
}

void ScreeningForm::addAction(const QString& actionCode, const QString& note)
{
    addActionRow(ScreeningAction{0, actionCode, note, ActionStatus::Pending, {}, {}});
}

void ScreeningForm::decide(const QString& indicatorCode, bool confirm)
{
    if (QButtonGroup* group = m_decisions.value(indicatorCode)) {
        group->button(confirm ? Confirm : Dismiss)->setChecked(true);
        emit group->idClicked(confirm ? Confirm : Dismiss);
    }
}

Screening ScreeningForm::screening() const
{
    Screening s;
    s.personId = m_personId;
    for (auto it = m_indicators.cbegin(); it != m_indicators.cend(); ++it) {
        if (it.value()->isChecked())
            s.indicators.insert(it.key());
    }
    for (auto it = m_decisions.cbegin(); it != m_decisions.cend(); ++it) {
        if (it.value()->checkedId() > 0)
            s.suggestionDecisions.insert(it.key(), it.value()->checkedId() == Confirm);
    }
    for (auto it = m_levels.cbegin(); it != m_levels.cend(); ++it) {
        const RiskLevel level = RiskLevel(it.value()->currentData().toInt());
        if (level != RiskLevel::None)
            s.levels.insert(it.key(), level);
    }
    s.observations = m_observations->toPlainText();
    for (int row = 0; row < m_actions->rowCount(); ++row)
        s.actions.append(actionAt(row));
    for (auto it = m_checklist.cbegin(); it != m_checklist.cend(); ++it) {
        if (it.value()->isChecked())
            s.checklist.insert(it.key());
    }
    s.overallLevel = RiskLevel(m_overall->currentData().toInt());
    return s;
}

QList<FieldError> ScreeningForm::showErrors(const QList<FieldError>& errors)
{
    return m_errors.show(errors);
}
