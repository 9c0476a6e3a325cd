#pragma once

#include <QListWidget>
#include <QStringList>

// A list of codes shown by their labels, each with a box to tick (the services an
// organisation offers, the information a referral shares).
class CheckableCodeList : public QListWidget
{
    Q_OBJECT

public:
    explicit CheckableCodeList(QWidget* parent = nullptr);

    void addCode(const QString& code, const QString& label);
    void setCheckedCodes(const QStringList& codes);
    QStringList checkedCodes() const;
    // Tests and keyboard users: ticks or unticks one code.
    void setCodeChecked(const QString& code, bool checked);
};
