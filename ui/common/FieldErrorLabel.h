#pragma once

#include <QLabel>

// The message shown under a form field when its value breaks a rule; hidden otherwise.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);
    void showError(const QString& message);
    void clearError();
};
