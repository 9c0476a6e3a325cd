#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QString>

class FieldErrorLabel;
class QFormLayout;
class QWidget;

// Connects field names used by core validation ("givenNames", "documents/0/number") to the
// labels under the widgets that edit them, and shows a list of errors there.
class FormErrors
{
public:
    void add(const QString& field, FieldErrorLabel* label, QWidget* editor);
    // Adds a form row: the editor with its (hidden) error label under it.
    FieldErrorLabel* addRow(QFormLayout* form, const QString& label, QWidget* editor,
                            const QString& field);
    // Shows each error next to its field (errors for a field without a label go to the
    // fallback, if given); returns the errors that found no place.
    QList<FieldError> show(const QList<FieldError>& errors, const QString& prefix = {});
    // Shows a failed operation: each field error at its field, and in `general` the message
    // when no field explains it (or the field errors that found no place). Focuses the
    // first field with an error.
    void showError(const Error& error, FieldErrorLabel* general);
    void clear();
    // The editor of the first field with an error, to give it focus.
    QWidget* firstEditorWithError() const { return m_firstEditor; }

private:
    struct Entry
    {
        FieldErrorLabel* label;
        QWidget* editor;
    };
    QHash<QString, Entry> m_fields;
    QWidget* m_firstEditor = nullptr;
};
