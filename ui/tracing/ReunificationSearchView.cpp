#include "ui/tracing/ReunificationSearchView.h"

#include "core/common/Clock.h"
#include "core/services/ReunificationSearch.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/tracing/MatchHitsTable.h"
#include "ui/tracing/ReunificationHitsModel.h"
#include "ui/tracing/TracingRequestDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReunificationSearchView::ReunificationSearchView(const Database& db, const Clock& clock,
                                                 const UserSession& session, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_model(new ReunificationHitsModel(this))
{
    setObjectName(QStringLiteral("reunificationSearchView"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("reunificationNameEdit"));
    m_name->setPlaceholderText(tr("the name of the person sought, as the family says it"));
    m_age = new QLineEdit(this);
    m_age->setObjectName(QStringLiteral("reunificationAgeEdit"));
    m_age->setPlaceholderText(tr("12, or 2014"));
    m_age->setMaximumWidth(120);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("reunificationSexCombo"));
    m_sex->addItem(tr("Any"), int(Sex::Unknown));
    for (Sex s : {Sex::Female, Sex::Male})
        m_sex->addItem(sexCodes().label(s), int(s));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("reunificationPlaceEdit"));
    m_place->setPlaceholderText(tr("where they were last, if known"));
    auto* searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("reunificationSearchButton"));
    searchButton->setDefault(true);
    auto* registerButton = new QPushButton(tr("Register a tracing request…"), this);
    registerButton->setObjectName(QStringLiteral("registerTracingButton"));

    // Each label names its field, for screen readers and Alt shortcuts.
    const auto label = [this](const QString& text, QWidget* field) {
        auto* l = new QLabel(text, this);
        l->setBuddy(field);
        return l;
    };
    auto* form = new QFormLayout;
    auto* row = new QHBoxLayout;
    row->addWidget(m_name, 3);
    row->addWidget(label(tr("Age or year of birth"), m_age));
    row->addWidget(m_age);
    row->addWidget(label(tr("Sex"), m_sex));
    row->addWidget(m_sex);
    form->addRow(label(tr("Looking for"), m_name), row);
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_place, 1);
    placeRow->addWidget(searchButton);
    form->addRow(label(tr("Last known place"), m_place), placeRow);
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("reunificationErrorLabel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reunificationSummaryLabel"));
    m_summary->setWordWrap(true);

    m_results = new MatchHitsTable(m_model, this);
    m_results->setObjectName(QStringLiteral("reunificationResults"));
    m_results->setColumnHidden(ReunificationHitsModel::StatusColumn, true);

    auto* note = new QLabel(
        tr("<small>Only persons whose case agreed to be contacted for family tracing are "
           "shown. Never confirm to anyone that a person is here before staff have checked: "
           "register a tracing request and give its reference.</small>"),
        this);
    note->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(note, 1);
    bottom->addWidget(registerButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);

    connect(searchButton, &QPushButton::clicked, this, &ReunificationSearchView::search);
    for (QLineEdit* e : {m_name, m_age, m_place})
        connect(e, &QLineEdit::returnPressed, this, &ReunificationSearchView::search);
    connect(registerButton, &QPushButton::clicked, this, &ReunificationSearchView::registerRequest);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openCaseRequested(index.data(ReunificationHitsModel::CaseIdRole).toLongLong());
    });
}

std::optional<ReunificationQuery> ReunificationSearchView::query()
{
    ReunificationQuery query;
    query.name = m_name->text();
    query.sex = Sex(m_sex->currentData().toInt());
    query.place = m_place->text();
    if (!m_age->text().trimmed().isEmpty()) {
        const auto born = ReunificationQuery::ageOrBirth(m_age->text(), m_clock.today());
        if (!born) {
            m_error->showError(tr("Write an age (12) or a year of birth (2014)."));
            m_age->setFocus();
            return std::nullopt;
        }
        query.birthDate = *born;
    }
    return query;
}

void ReunificationSearchView::search()
{
    m_error->clearError();
    const auto q = query();
    if (!q)
        return;
    Result<QList<ReunificationHit>> hits = ReunificationSearch(m_db, m_clock, m_session).search(*q);
    if (!hits) {
        m_error->showError(hits.error().message());
        m_name->setFocus();
        return;
    }
    m_model->setHits(*hits);
    m_summary->setText(hits->isEmpty()
                           ? tr("Nobody registered matches. Register a tracing request: Amparo "
                                "keeps looking as new persons are registered.")
                           : tr("%n possible person(s), the most alike first. Check the reasons "
                                "before saying anything to the family.",
                                nullptr, int(hits->size())));
}

void ReunificationSearchView::registerRequest()
{
    // What was typed to search becomes the description of the person sought.
    m_error->clearError();
    const auto q = query();
    if (!q)
        return;
    TracingRequest r;
    r.requestedOn = m_clock.today();
    r.sought = q->sought();
    auto* dialog = new TracingRequestDialog(m_db, m_clock, m_session, r, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit requestRegistered(dialog->request().id); });
    dialog->open();
}
