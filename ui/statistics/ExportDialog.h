#pragma once

#include "core/statistics/AggregateService.h"

#include <QDialog>

class AggregateTableModel;
class CountryComboBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

// The coordinator's export: what to count, broken down by what, over which period and sites;
// a preview of exactly what will leave (hidden counts as "—"); then CSV (with HXL) or XLSX.
// Definitions are saved and opened again as small JSON files.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Database& db, const Clock& clock, const UserSession& session,
                 QWidget* parent = nullptr);

    AggregateDefinition definition() const;
    void setDefinition(const AggregateDefinition& definition);
    // Recomputes the preview; false (and the reason shown) when it cannot be published.
    bool preview();
    bool saveAs(const QString& format);
    void openDefinition();
    void saveDefinition();

private:
    void measureChanged();

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    QLineEdit* m_title;
    QComboBox* m_measure;
    QListWidget* m_dimensions;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QListWidget* m_sites;
    CountryComboBox* m_country;
    QSpinBox* m_threshold;
    QLabel* m_status;
    QTableView* m_table;
    AggregateTableModel* m_model;
    std::optional<AggregateTable> m_current;
};
