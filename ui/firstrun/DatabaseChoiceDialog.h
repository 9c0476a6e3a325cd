#pragma once

#include "ui/common/FormErrors.h"

#include <QDialog>

class FieldErrorLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QWidget;

// The first start on a computer: is Amparo's database on this computer only, or on the
// office's server? The answer is a location (empty for this computer's own file).
class DatabaseChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DatabaseChoiceDialog(QWidget* parent = nullptr);

    // Empty for this computer's own file, else the server's database location.
    QString location() const { return m_location; }

    void accept() override;

private:
    QRadioButton* m_thisComputer;
    QRadioButton* m_server;
    QWidget* m_serverFields;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_account;
    FieldErrorLabel* m_error;
    FormErrors m_errors;
    QString m_location;
};
