#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Shows an encrypted database's new recovery key once, to print or write down, and goes on
// only once it has been typed back. At the first start it also offers to leave the database
// unencrypted, for a computer whose disk is encrypted already.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, const QString& databaseName,
                      bool offerNoEncryption, QWidget* parent = nullptr);
    // A key already in use: shown until it has been typed back.
    static void showUntilTypedBack(const QString& recoveryKey, const QString& databaseName,
                                   QWidget* parent = nullptr);
    bool encryptionDeclined() const;
    void accept() override;

private:
    void print();

    QString m_key;
    QString m_databaseName;
    QLineEdit* m_typed;
    QLabel* m_error;
    QCheckBox* m_noEncryption = nullptr;
};
