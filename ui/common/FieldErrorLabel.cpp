#include "ui/common/FieldErrorLabel.h"
#include "ui/common/ErrorStyle.h"

FieldErrorLabel::FieldErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(ErrorStyle::text());
    setAccessibleName(tr("Error"));
    hide();
}

void FieldErrorLabel::showError(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void FieldErrorLabel::clearError()
{
    clear();
    hide();
}
