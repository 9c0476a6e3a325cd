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
    for (const RiskCategory& category : m_catalogue.categories()) {
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
        for (int l = int(RiskLevel::Low); l <= int(RiskLevel::High); ++l)
            level->addItem(m_catalogue.levelLabel(l), l);
        m_levels.insert(category.code, level);
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
    auto* box = new QGroupBox(tr("Recommended actions"), this);
    auto* layout = new QVBoxLayout(box);
    m_actions = new QTableWidget(0, 4, box);
    m_actions->setObjectName(QStringLiteral("actionsTable"));
    m_actions->setHorizontalHeaderLabels(
        {tr("Action"), tr("Note"), tr("Status"), tr("Why not possible")});
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_actions->verticalHeader()->hide();
    m_actions->setMinimumHeight(110);
    auto* add = new QPushButton(tr("Add action"), box);
    add->setObjectName(QStringLiteral("addActionButton"));
    auto* remove = new QPushButton(tr("Remove action"), box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
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
    return box;
}

void ScreeningForm::addActionRow(const ScreeningAction& action)
{
    const int row = m_actions->rowCount();
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
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        ScreeningAction a;
        a.actionCode = qobject_cast<QComboBox*>(m_actions->cellWidget(row, ActionTypeColumn))
                           ->currentData()
                           .toString();
        a.note = qobject_cast<QLineEdit*>(m_actions->cellWidget(row, NoteColumn))->text().trimmed();
        a.status = ActionStatus(qobject_cast<QComboBox*>(m_actions->cellWidget(row, StatusColumn))
                                    ->currentData()
                                    .toInt());
        a.statusReason =
            qobject_cast<QLineEdit*>(m_actions->cellWidget(row, ReasonColumn))->text().trimmed();
        s.actions.append(a);
    }
    return s;
}

QList<FieldError> ScreeningForm::showErrors(const QList<FieldError>& errors)
{
    return m_errors.show(errors);
}
