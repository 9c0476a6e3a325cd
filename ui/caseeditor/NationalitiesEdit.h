#pragma once

#include <QStringList>
#include <QWidget>

class CountryComboBox;
class QVBoxLayout;

// One or more nationalities (dual nationality is common), each chosen from the countries.
class NationalitiesEdit : public QWidget
{
    Q_OBJECT

public:
    explicit NationalitiesEdit(QWidget* parent = nullptr);

    QStringList values() const;
    void setValues(const QStringList& codes);

signals:
    void changed();

private:
    CountryComboBox* addRow(const QString& code);
    void updateRemoveButtons();

    QVBoxLayout* m_rows;
    QList<QWidget*> m_rowWidgets;
};
