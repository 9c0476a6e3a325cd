#include "ui/common/FormErrors.h"

#include "ui/common/FieldErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

void FormErrors::add(const QString& field, FieldErrorLabel* label, QWidget* editor)
{
    m_fields.insert(field, Entry{label, editor});
}

FieldErrorLabel* FormErrors::addRow(QFormLayout* form, const QString& label, QWidget* editor,
                                    const QString& field)
{
    auto* cell = new QWidget(form->parentWidget());
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* error = new FieldErrorLabel(cell);
    if (!editor->objectName().isEmpty())
        error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    layout->addWidget(error);
    form->addRow(label, cell);
    // The label names the editor itself (for screen readers and its Alt shortcut), not the
    // cell that holds it with its error.
    if (auto* text = qobject_cast<QLabel*>(form->labelForField(cell)))
        text->setBuddy(editor);
    cell->setFocusProxy(editor);
    add(field, error, editor);
    return error;
}

QList<FieldError> FormErrors::show(const QList<FieldError>& errors, const QString& prefix)
{
    clear();
    QList<FieldError> unplaced;
    QHash<QString, QStringList> messages;
    for (const FieldError& e : errors) {
        QString field = e.field;
        if (!prefix.isEmpty()) {
            if (!field.startsWith(prefix)) {
                unplaced.append(e);
                continue;
            }
            field = field.mid(prefix.size());
        }
        // "documents/2/number" is shown at "documents" when there is no finer label.
        while (!m_fields.contains(field) && field.contains(QLatin1Char('/')))
            field = field.section(QLatin1Char('/'), 0, -2);
        if (!m_fields.contains(field)) {
            unplaced.append(e);
            continue;
        }
        messages[field].append(e.message);
        if (!m_firstEditor)
            m_firstEditor = m_fields.value(field).editor;
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        m_fields.value(it.key()).label->showError(it.value().join(QLatin1Char('\n')));
    return unplaced;
}

void FormErrors::showError(const Error& error, FieldErrorLabel* general)
{
    const QList<FieldError> unplaced = show(error.fieldErrors());
    QStringList lines;
    for (const FieldError& e : unplaced)
        lines.append(e.message);
    if (error.fieldErrors().isEmpty())
        lines.append(error.message());
    general->showError(lines.join(QLatin1Char('\n')));
    if (m_firstEditor)
        m_firstEditor->setFocus();
}

void FormErrors::clear()
{
    for (const Entry& e : std::as_const(m_fields))
        e.label->clearError();
    m_firstEditor = nullptr;
}
