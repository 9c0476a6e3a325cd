#pragma once

#include "core/domain/Person.h"
#include "core/domain/Screening.h"
#include "core/risk/RiskSuggester.h"
#include "ui/common/FormErrors.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class RiskCatalogue;

// The screening of one person, in the HRIT's order: the opening checklist, Amparo's
// suggestions to confirm or dismiss, the indicators by category with a risk level each (the
// tool's categories, then Amparo's additions), observations, the referral areas by priority
// and, to end, the summary and the overall rating. A reassessment starts from the person's
// previous screening.
class ScreeningForm : public QWidget
{
    Q_OBJECT

public:
    ScreeningForm(const Person& person, const QList<RiskSuggestion>& suggestions,
                  const std::optional<Screening>& previous, const RiskCatalogue& catalogue,
                  QWidget* parent = nullptr);

    qint64 personId() const { return m_personId; }
    // The screening as filled in (without date and assessor).
    Screening screening() const;
    // Shows errors next to their place; returns those with no place here.
    QList<FieldError> showErrors(const QList<FieldError>& errors);

    // Tests and keyboard users: the controls by code.
    QCheckBox* indicatorBox(const QString& code) const { return m_indicators.value(code); }
    QComboBox* levelBox(const QString& category) const { return m_levels.value(category); }
    QCheckBox* checklistBox(const QString& code) const { return m_checklist.value(code); }
    QComboBox* overallBox() const { return m_overall; }
    void decide(const QString& indicatorCode, bool confirm);
    void addAction(const QString& actionCode, const QString& note = {});

private:
    QWidget* buildChecklist();
    QWidget* buildSuggestions(const QList<RiskSuggestion>& suggestions);
    QWidget* buildCategories();
    QWidget* buildActions();
    QWidget* buildOverall();
    void addActionRow(const ScreeningAction& action, int row = -1);
    ScreeningAction actionAt(int row) const;
    void moveAction(int by);
    // The summary per category and, until the assessor chooses it, the overall rating follow
    // the category levels.
    void updateOverall();
    void showOverallMeaning();

    const RiskCatalogue& m_catalogue;
    qint64 m_personId;
    FormErrors m_errors;
    QHash<QString, QCheckBox*> m_indicators;
    QHash<QString, QComboBox*> m_levels;
    QHash<QString, QButtonGroup*> m_decisions;
    QHash<QString, QCheckBox*> m_checklist;
    QPlainTextEdit* m_observations;
    QTableWidget* m_actions;
    QComboBox* m_overall;
    QLabel* m_summary;
    QLabel* m_overallMeaning;
    bool m_overallChosen = false;
};
