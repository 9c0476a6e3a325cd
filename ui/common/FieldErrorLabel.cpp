#include "ui/common/FieldErrorLabel.h"

FieldErrorLabel::FieldErrorLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020;"));
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
