#include "ui/admin/MergeDialog.h"

#include "core/services/MergeService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
constexpr int Kept = 0;
constexpr int Removed = 1;

// A grid's widgets go with it when the preview is read again.
QWidget* replaceWith(QWidget* old, QWidget* parent)
{
    auto* fresh = new QWidget(parent);
    fresh->setObjectName(old->objectName());
    parent->layout()->replaceWidget(old, fresh);
    delete old;
    return fresh;
}
} // namespace

MergeDialog::MergeDialog(const Database& db, const Clock& clock, const UserSession& session,
                         MergeKind kind, qint64 firstId, qint64 secondId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_kind(kind)
    , m_keptId(firstId)
    , m_removedId(secondId)
    , m_stays(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_principalBox(new QGroupBox(tr("The principals"), this))
    , m_samePrincipal(new QCheckBox(tr("The two principals are one person registered twice: "
                                       "merge them too"),
                                    m_principalBox))
    , m_principalFields(new QWidget(m_principalBox))
    , m_joinsAs(new QComboBox(m_principalBox))
    , m_joined(new QLabel(this))
    , m_error(new QLabel(this))
    , m_mergeButton(new QPushButton(tr("&Merge"), this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(kind == MergeKind::Person ? tr("Merge two records of one person")
                                             : tr("Merge two cases of one family"));
    m_stays->setObjectName(QStringLiteral("mergeStaysLabel"));
    m_stays->setWordWrap(true);
    m_fields->setObjectName(QStringLiteral("mergeFields"));
    auto* swap = new QPushButton(tr("The &other one stays"), this);
    swap->setObjectName(QStringLiteral("swapKeptButton"));
    auto* intro = new QLabel(kind == MergeKind::Person
                                 ? tr("For each line that differs, choose the value the person's "
                                      "record keeps. The spelling of the name not chosen is kept "
                                      "as another name, so searches still find it.")
                                 : tr("For each line that differs, choose what the case keeps. "
                                      "The family groups become one; a person in both stays "
                                      "once."),
                             this);
    intro->setWordWrap(true);

    m_samePrincipal->setObjectName(QStringLiteral("mergePrincipalsCheck"));
    m_principalFields->setObjectName(QStringLiteral("principalFields"));
    m_joinsAs->setObjectName(QStringLiteral("joinsAsCombo"));
    for (Relationship value : relationshipCodes().values()) {
        if (value != Relationship::Principal)
            m_joinsAs->addItem(relationshipCodes().label(value), relationshipCodes().code(value));
    }
    m_joinsAs->setCurrentIndex(
        m_joinsAs->findData(relationshipCodes().code(Relationship::OtherRelative)));
    auto* joinsRow = new QHBoxLayout;
    joinsRow->addWidget(
        new QLabel(tr("Otherwise the other principal joins the family as:"), m_principalBox));
    joinsRow->addWidget(m_joinsAs);
    joinsRow->addStretch();
    auto* principalLayout = new QVBoxLayout(m_principalBox);
    principalLayout->addWidget(m_samePrincipal);
    principalLayout->addWidget(m_principalFields);
    principalLayout->addLayout(joinsRow);
    m_principalBox->setVisible(kind == MergeKind::Case);
    connect(m_samePrincipal, &QCheckBox::toggled, this, [this](bool same) {
        m_principalFields->setEnabled(same);
        m_joinsAs->setEnabled(!same);
    });

    m_joined->setObjectName(QStringLiteral("mergeJoinedLabel"));
    m_joined->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("mergeErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* undoNote = new QLabel(tr("A merge can be undone under Administration → Merges to "
                                   "review, until someone closes its review."),
                                this);
    undoNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(swap, &QPushButton::clicked, this, &MergeDialog::swapKept);

    auto* staysRow = new QHBoxLayout;
    staysRow->addWidget(m_stays, 1);
    staysRow->addWidget(swap);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(staysRow);
    layout->addWidget(m_fields);
    layout->addWidget(m_principalBox);
    layout->addWidget(m_joined);
    layout->addWidget(undoNote);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(760, kind == MergeKind::Person ? 520 : 680);
}

bool MergeDialog::load()
{
    MergeService service(m_db, m_clock, m_session);
    Result<MergePreview> preview = m_kind == MergeKind::Person
                                       ? service.previewPersons(m_keptId, m_removedId)
                                       : service.previewCases(m_keptId, m_removedId);
    if (!preview) {
        m_error->setText(preview.error().message());
        m_error->show();
        return false;
    }
    m_preview = *preview;
    showPreview();
    return true;
}

QString MergeDialog::errorText() const
{
    return m_error->text();
}

void MergeDialog::swapKept()
{
    std::swap(m_keptId, m_removedId);
    if (!load())
        std::swap(m_keptId, m_removedId);
}

void MergeDialog::showPreview()
{
    m_stays->setText(
        tr("<b>%1</b> stays; <b>%2</b> is merged into it and goes.")
            .arg(m_preview.keptLabel.toHtmlEscaped(), m_preview.removedLabel.toHtmlEscaped()));
    m_fields = replaceWith(m_fields, this);
    auto* grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    fillChoices(grid, m_preview.fields, QString(), m_groups);
    if (m_kind == MergeKind::Case) {
        m_principalFields = replaceWith(m_principalFields, m_principalBox);
        auto* principalGrid = new QGridLayout(m_principalFields);
        principalGrid->setContentsMargins(0, 0, 0, 0);
        fillChoices(principalGrid, m_preview.principalFields, QStringLiteral("principal_"),
                    m_principalGroups);
        m_samePrincipal->setChecked(m_preview.principalsAlike);
        m_principalFields->setEnabled(m_preview.principalsAlike);
        m_joinsAs->setEnabled(!m_preview.principalsAlike);
    }
    m_joined->setText(tr("Joins the one that stays, whatever is chosen: %1.")
                          .arg(m_preview.joined.join(QStringLiteral("; "))));
    m_error->clear();
    m_error->hide();
}

void MergeDialog::fillChoices(QGridLayout* grid, const QList<MergeField>& fields,
                              const QString& prefix, QList<QButtonGroup*>& groups)
{
    groups.clear();
    QWidget* owner = grid->parentWidget();
    grid->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(m_preview.keptLabel.toHtmlEscaped()), owner), 0,
        1);
    grid->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(m_preview.removedLabel.toHtmlEscaped()), owner),
        0, 2);
    int row = 1;
    for (const MergeField& f : fields) {
        grid->addWidget(new QLabel(f.label, owner), row, 0);
        const QString empty = tr("(empty)");
        if (!f.differs()) {
            auto* same = new QLabel(f.keptValue.isEmpty() ? empty : f.keptValue, owner);
            same->setEnabled(false);
            grid->addWidget(same, row, 1, 1, 2);
        } else {
            auto* group = new QButtonGroup(owner);
            group->setObjectName(prefix + f.key);
            group->setProperty("fieldKey", f.key);
            const QString values[] = {f.keptValue, f.removedValue};
            for (int side : {Kept, Removed}) {
                auto* choice =
                    new QRadioButton(values[side].isEmpty() ? empty : values[side], owner);
                choice->setObjectName(
                    prefix + f.key +
                    (side == Kept ? QStringLiteral("_kept") : QStringLiteral("_removed")));
                group->addButton(choice, side);
                grid->addWidget(choice, row, 1 + side);
            }
            group->button(Kept)->setChecked(true);
            groups.append(group);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

QSet<QString> MergeDialog::chosenFromRemoved(const QList<QButtonGroup*>& groups)
{
    QSet<QString> taken;
    for (const QButtonGroup* g : groups) {
        if (g->checkedId() == Removed)
            taken.insert(g->property("fieldKey").toString());
    }
    return taken;
}

MergePlan MergeDialog::plan() const
{
    MergePlan p;
    p.kind = m_kind;
    p.keptId = m_keptId;
    p.removedId = m_removedId;
    p.takeFromRemoved = chosenFromRemoved(m_groups);
    if (m_kind == MergeKind::Case) {
        p.mergePrincipals = m_samePrincipal->isChecked();
        p.principalTakeFromRemoved = chosenFromRemoved(m_principalGroups);
        p.removedPrincipalJoinsAs = relationshipCodes()
                                        .fromCode(m_joinsAs->currentData().toString())
                                        .value_or(Relationship::OtherRelative);
    }
    return p;
}

void MergeDialog::accept()
{
    Result<MergeRecord> merged = MergeService(m_db, m_clock, m_session).merge(plan());
    if (!merged) {
        // The choices stay as they are: the person can read why and try again, or cancel.
        m_error->setText(merged.error().message());
        m_error->show();
        return;
    }
    m_merged = *merged;
    QDialog::accept();
}
