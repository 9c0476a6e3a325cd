#include "ui/legal/ProcedureDialog.h"

#include "core/common/DateFormats.h"
#include "core/common/Clock.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/services/ProcedureService.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

ProcedureDialog::ProcedureDialog(const Database& db, const Clock& clock, const UserSession& session,
                                 const CaseRecord& record, const Procedure& procedure,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
    , m_procedure(procedure)
{
    const bool isNew = procedure.id == 0;
    setObjectName(QStringLiteral("procedureDialog"));
    setWindowTitle(isNew ? tr("Open a procedure") : tr("Procedure details"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("procedureTypeCombo"));
    // Grouped by country in the user's language; procedures of any country last.
    QList<const ProcedureType*> types;
    for (const ProcedureType& t : ProcedureCatalogue::current().types())
        types.append(&t);
    std::stable_sort(
        types.begin(), types.end(), [](const ProcedureType* a, const ProcedureType* b) {
            if (a->country.isEmpty() != b->country.isEmpty())
                return b->country.isEmpty();
            return QString::localeAwareCompare(CountryCatalog::instance().name(a->country),
                                               CountryCatalog::instance().name(b->country)) < 0;
        });
    for (const ProcedureType* t : std::as_const(types)) {
        const QString label =
            t->country.isEmpty() ? t->name.text()
                                 : QStringLiteral("%1 — %2").arg(
                                       CountryCatalog::instance().name(t->country), t->name.text());
        m_type->addItem(label, t->code);
    }
    m_country = new CountryComboBox(CountryComboBox::Mode::Country, false, this);
    m_country->setObjectName(QStringLiteral("procedureCountryCombo"));
    m_authority = new QLineEdit(this);
    m_authority->setObjectName(QStringLiteral("procedureAuthorityEdit"));
    m_fileNumber = new QLineEdit(this);
    m_fileNumber->setObjectName(QStringLiteral("procedureFileNumberEdit"));
    m_responsible = new QLineEdit(this);
    m_responsible->setObjectName(QStringLiteral("procedureResponsibleEdit"));
    m_openedOn = new QDateEdit(this);
    m_openedOn->setObjectName(QStringLiteral("procedureOpenedOnEdit"));
    m_openedOn->setDisplayFormat(DateFormats::numericFormat());
    m_openedOn->setCalendarPopup(true);
    m_persons = new QListWidget(this);
    m_persons->setObjectName(QStringLiteral("procedurePersonsList"));
    m_persons->setMaximumHeight(110);
    for (const CaseMember& m : record.members) {
        auto* item = new QListWidgetItem(m.person.fullName(), m_persons);
        item->setData(Qt::UserRole, m.person.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool chosen = isNew ? true : procedure.personIds.contains(m.person.id);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_stages = new QPlainTextEdit(this);
    m_stages->setObjectName(QStringLiteral("procedureStagesEdit"));
    m_stages->setPlaceholderText(tr("One stage per line, in order"));
    m_stages->setMaximumHeight(110);
    m_stages->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("Procedure"), m_type, QStringLiteral("type"));
    m_errors.addRow(form, tr("Country"), m_country, QStringLiteral("country"));
    m_errors.addRow(form, tr("Authority"), m_authority, QStringLiteral("authority"));
    m_errors.addRow(form, tr("File number"), m_fileNumber, QStringLiteral("fileNumber"));
    m_errors.addRow(form, tr("Responsible"), m_responsible, QStringLiteral("responsible"));
    m_errors.addRow(form, tr("Started on"), m_openedOn, QStringLiteral("openedOn"));
    m_errors.addRow(form, tr("Concerns"), m_persons, QStringLiteral("persons"));
    m_errors.addRow(form, tr("Stages"), m_stages, QStringLiteral("customStages"));
    m_form = form;
    m_stagesRow = form->rowCount() - 1;

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("procedureSourceLabel"));
    m_source->setWordWrap(true);
    m_source->setStyleSheet(QStringLiteral("color: #555555;"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("procedureErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Open procedure") : tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("procedureOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProcedureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProcedureDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_source);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    if (isNew) {
        m_responsible->setText(session.displayName);
        m_openedOn->setDate(clock.today());
    } else {
        m_type->setCurrentIndex(m_type->findData(procedure.typeCode));
        m_authority->setText(procedure.authority);
        m_fileNumber->setText(procedure.fileNumber);
        m_responsible->setText(procedure.responsible);
        m_openedOn->setDate(procedure.openedOn);
        m_stages->setPlainText(procedure.customStages.join(QLatin1Char('\n')));
        // The kind, country and start fix the stages and deadlines already recorded.
        m_type->setEnabled(false);
        m_country->setEnabled(false);
        m_openedOn->setEnabled(false);
    }
    typeChanged();
    if (!isNew)
        m_country->setCode(procedure.country);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProcedureDialog::typeChanged);
}

void ProcedureDialog::typeChanged()
{
    const ProcedureType* t = ProcedureCatalogue::current().type(m_type->currentData().toString());
    if (!t)
        return;
    if (!t->country.isEmpty())
        m_country->setCode(t->country);
    else if (m_country->code().isEmpty())
        m_country->setCode(
            m_record.members.isEmpty() ? QString() : m_record.members[0].person.location.country);
    m_country->setEnabled(m_procedure.id == 0 && t->country.isEmpty());
    // Propose the type's authority unless someone typed another.
    if (m_authority->text().isEmpty() || m_authority->text() == m_typeAuthority)
        m_authority->setText(t->authority);
    m_typeAuthority = t->authority;
    m_form->setRowVisible(m_stagesRow, t->customStages);
    m_source->setText(
        t->source.isEmpty()
            ? QString()
            : tr("<small>About this procedure: %1</small>").arg(t->source.toHtmlEscaped()));
    m_source->setVisible(!t->source.isEmpty());
}

Procedure ProcedureDialog::fromForm() const
{
    Procedure p = m_procedure;
    p.caseId = m_record.id;
    p.typeCode = m_type->currentData().toString();
    p.country = m_country->code();
    p.authority = m_authority->text();
    p.fileNumber = m_fileNumber->text();
    p.responsible = m_responsible->text();
    p.openedOn = m_openedOn->date();
    p.personIds.clear();
    for (int i = 0; i < m_persons->count(); ++i) {
        if (m_persons->item(i)->checkState() == Qt::Checked)
            p.personIds.append(m_persons->item(i)->data(Qt::UserRole).toLongLong());
    }
    p.customStages = m_stages->toPlainText().split(QLatin1Char('\n'));
    return p;
}

void ProcedureDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    ProcedureService service(m_db, m_clock, m_session);
    const Procedure p = fromForm();
    Result<Procedure> saved = p.id == 0 ? service.open(p) : service.update(p);
    if (!saved) {
        m_errors.showError(saved.error(), m_error);
        return;
    }
    m_procedure = *saved;
    QDialog::accept();
}
