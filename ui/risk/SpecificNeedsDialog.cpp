#include "ui/risk/SpecificNeedsDialog.h"

#include "core/common/DateFormats.h"
#include "core/reference/RiskCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/SpecificNeedService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SpecificNeedsDialog::SpecificNeedsDialog(const Database& db, const Clock& clock,
                                         const UserSession& session, const CaseRecord& record,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
{
    setObjectName(QStringLiteral("specificNeedsDialog"));
    setWindowTitle(tr("Specific needs — %1").arg(record.caseNumber));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("needsMemberCombo"));
    m_member->setAccessibleName(tr("Member"));
    for (const CaseMember& m : record.members)
        m_member->addItem(m.person.fullName(), m.person.id);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("needsList"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("needsCodeCombo"));
    m_code->setAccessibleName(tr("Specific need"));
    for (const SpecificNeedCategory& c : RiskCatalogue::current().specificNeeds()) {
        for (const SpecificNeedCode& s : c.subcodes)
            m_code->addItem(
                QStringLiteral("%1 — %2 (%3)").arg(s.code, s.label.text(), c.label.text()), s.code);
    }
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addNeedButton"));
    auto* remove = new QPushButton(tr("Remove the selected code"), this);
    remove->setObjectName(QStringLiteral("removeNeedButton"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("needsMessageLabel"));
    const bool edit = AccessPolicy::allows(session.role, Permission::EditRisk);
    m_code->setEnabled(edit);
    add->setEnabled(edit);
    remove->setEnabled(edit);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_code, 1);
    addRow->addWidget(add);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_member);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 460);

    connect(m_member, &QComboBox::currentIndexChanged, this, &SpecificNeedsDialog::reload);
    connect(add, &QPushButton::clicked, this,
            [this] { addCode(m_code->currentData().toString()); });
    connect(remove, &QPushButton::clicked, this, &SpecificNeedsDialog::removeSelected);
    reload();
}

qint64 SpecificNeedsDialog::personId() const
{
    return m_member->currentData().toLongLong();
}

void SpecificNeedsDialog::reload()
{
    m_list->clear();
    Result<QList<SpecificNeed>> needs =
        SpecificNeedService(m_db, m_clock, m_session).forPerson(personId());
    if (!needs) {
        m_message->setText(needs.error().message());
        return;
    }
    m_needs = *needs;
    const RiskCatalogue& catalogue = RiskCatalogue::current();
    for (const SpecificNeed& n : std::as_const(m_needs)) {
        const SpecificNeedCode* code = catalogue.specificNeed(n.code);
        QString text =
            QStringLiteral("%1 — %2 · %3")
                .arg(n.code, code ? code->label.text() : QString(),
                     tr("added on %1 by %2").arg(DateFormats::numeric(n.attachedOn), n.attachedBy));
        if (!n.isActive())
            text += QStringLiteral(" · ") +
                    tr("removed on %1 by %2").arg(DateFormats::numeric(n.removedOn), n.removedBy);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, n.id);
        if (!n.isActive())
            item->setForeground(Qt::gray);
    }
}

void SpecificNeedsDialog::addCode(const QString& code)
{
    Result<SpecificNeed> added =
        SpecificNeedService(m_db, m_clock, m_session).attach(m_record.id, personId(), code);
    m_message->setText(added ? tr("Code %1 added.").arg(code) : added.error().message());
    reload();
    if (added)
        emit changed();
}

void SpecificNeedsDialog::removeSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return m_message->setText(tr("Choose a code in the list first."));
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const auto need = std::find_if(m_needs.begin(), m_needs.end(),
                                   [id](const SpecificNeed& n) { return n.id == id; });
    if (need == m_needs.end() || !need->isActive())
        return m_message->setText(tr("That code was already removed."));
    const Status removed = SpecificNeedService(m_db, m_clock, m_session).remove(m_record.id, *need);
    m_message->setText(removed ? tr("Code %1 removed.").arg(need->code)
                               : removed.error().message());
    reload();
    if (removed)
        emit changed();
}
