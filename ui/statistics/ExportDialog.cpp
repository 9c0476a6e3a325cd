#include "ui/statistics/ExportDialog.h"

#include "core/services/SiteService.h"
#include "core/statistics/StatisticsExporter.h"
#include "ui/common/CountryComboBox.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/render/StatisticsFormats.h"
#include "ui/statistics/AggregateTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Database& db, const Clock& clock, const UserSession& session,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export anonymized counts"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("exportTitle"));
    m_title->setPlaceholderText(tr("for example: Monthly report to the protection sector"));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("exportMeasure"));
    for (Measure m : measureCodes().values())
        m_measure->addItem(measureCodes().label(m), int(m));
    m_dimensions = new QListWidget(this);
    m_dimensions->setObjectName(QStringLiteral("exportDimensions"));
    for (Dimension d : dimensionCodes().values()) {
        auto* item = new QListWidgetItem(dimensionCodes().label(d), m_dimensions);
        item->setData(Qt::UserRole, int(d));
        item->setCheckState(Qt::Unchecked);
    }
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setPlaceholderText(tr("2026-01 (empty: from the first record)"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setPlaceholderText(tr("2026-03 (empty: up to today)"));
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("exportSites"));
    m_sites->setMaximumHeight(90);
    if (Result<QList<Site>> sites = SiteService(db, clock, session).sites()) {
        for (const Site& s : *sites) {
            auto* item =
                new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.code, s.name), m_sites);
            item->setData(Qt::UserRole, s.code);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_country = new CountryComboBox(CountryComboBox::Mode::Country, true, this);
    m_country->setObjectName(QStringLiteral("exportCountry"));
    m_country->setItemText(m_country->findData(QString()), tr("All countries"));
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("exportThreshold"));
    Result<int> organisation = AggregateService(db, clock, session).organisationThreshold();
    const int floor = organisation ? *organisation : int(AggregateDefinition::MinimumThreshold);
    m_threshold->setRange(floor, AggregateDefinition::MaximumThreshold);
    m_threshold->setToolTip(tr("Counts below this are hidden. Your organisation shows nothing "
                               "below %1; you may hide more, never less.")
                                .arg(floor));

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Count"), m_measure);
    form->addRow(tr("Broken down by"), m_dimensions);
    form->addRow(tr("From month"), m_from);
    form->addRow(tr("To month"), m_to);
    form->addRow(tr("Only these sites"), m_sites);
    form->addRow(tr("Only this country"), m_country);
    form->addRow(tr("Smallest count shown"), m_threshold);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_model = new AggregateTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("exportPreview"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* previewButton = new QPushButton(tr("Preview"), this);
    previewButton->setObjectName(QStringLiteral("exportPreviewButton"));
    auto* csvButton = new QPushButton(tr("Save as CSV…"), this);
    csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    auto* xlsxButton = new QPushButton(tr("Save as XLSX…"), this);
    xlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    auto* openButton = new QPushButton(tr("Open a definition…"), this);
    auto* saveDefinitionButton = new QPushButton(tr("Save the definition…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(csvButton, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("csv")); });
    connect(xlsxButton, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("xlsx")); });
    connect(openButton, &QPushButton::clicked, this, &ExportDialog::openDefinition);
    connect(saveDefinitionButton, &QPushButton::clicked, this, &ExportDialog::saveDefinition);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &ExportDialog::measureChanged);

    auto* actions = new QHBoxLayout;
    actions->addWidget(previewButton);
    actions->addWidget(csvButton);
    actions->addWidget(xlsxButton);
    actions->addStretch();
    actions->addWidget(openButton);
    actions->addWidget(saveDefinitionButton);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    auto* right = new QVBoxLayout;
    right->addWidget(m_status);
    right->addWidget(m_table, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(1000, 620);
    measureChanged();
}

void ExportDialog::measureChanged()
{
    const QList<Dimension> possible =
        AggregateService::dimensionsOf(Measure(m_measure->currentData().toInt()));
    for (int i = 0; i < m_dimensions->count(); ++i) {
        QListWidgetItem* item = m_dimensions->item(i);
        const bool ok = possible.contains(Dimension(item->data(Qt::UserRole).toInt()));
        item->setFlags(ok ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        if (!ok)
            item->setCheckState(Qt::Unchecked);
    }
}

AggregateDefinition ExportDialog::definition() const
{
    AggregateDefinition d;
    d.title = m_title->text().trimmed();
    d.measure = Measure(m_measure->currentData().toInt());
    for (int i = 0; i < m_dimensions->count(); ++i) {
        if (m_dimensions->item(i)->checkState() == Qt::Checked)
            d.dimensions.append(Dimension(m_dimensions->item(i)->data(Qt::UserRole).toInt()));
    }
    d.fromMonth = m_from->text().trimmed();
    d.toMonth = m_to->text().trimmed();
    for (int i = 0; i < m_sites->count(); ++i) {
        if (m_sites->item(i)->checkState() == Qt::Checked)
            d.siteCodes.append(m_sites->item(i)->data(Qt::UserRole).toString());
    }
    d.country = m_country->code();
    d.threshold = m_threshold->value();
    return d;
}

void ExportDialog::setDefinition(const AggregateDefinition& d)
{
    m_title->setText(d.title);
    m_measure->setCurrentIndex(m_measure->findData(int(d.measure)));
    for (int i = 0; i < m_dimensions->count(); ++i) {
        const auto dim = Dimension(m_dimensions->item(i)->data(Qt::UserRole).toInt());
        m_dimensions->item(i)->setCheckState(d.dimensions.contains(dim) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
    m_from->setText(d.fromMonth);
    m_to->setText(d.toMonth);
    for (int i = 0; i < m_sites->count(); ++i)
        m_sites->item(i)->setCheckState(
            d.siteCodes.contains(m_sites->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    m_country->setCode(d.country);
    m_threshold->setValue(d.threshold);
}

bool ExportDialog::preview()
{
    Result<AggregateTable> t = AggregateService(m_db, m_clock, m_session).compute(definition());
    if (!t) {
        m_current.reset();
        m_model->setTable(std::nullopt);
        m_status->setText(QStringLiteral("<b>%1</b>").arg(t.error().message().toHtmlEscaped()));
        return false;
    }
    m_current = *t;
    m_model->setTable(m_current);
    m_status->setText(tr("This is exactly what the file will hold. “—” is a count hidden to "
                         "protect the people counted.") +
                      QLatin1Char(' ') + t->protectionStatement());
    return true;
}

bool ExportDialog::saveAs(const QString& format)
{
    if (!preview())
        return false;
    const QString suggested =
        (m_current->definition.title.isEmpty() ? tr("statistics") : m_current->definition.title)
            .replace(QLatin1Char('/'), QLatin1Char('-')) +
        QLatin1Char('.') + format;
    const QString path = FileDialog::saveFileName(
        this, tr("Save the counts"), suggested,
        format == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    Result<AggregateTable> written = StatisticsExporter(m_db, m_clock, m_session)
                                         .exportTable(definition(),
                                                      *StatisticsFormats::writer(format), path);
    if (!written) {
        MessageBox::warning(this, tr("Export"), written.error().message());
        return false;
    }
    // What was written, which is what the preview shows unless records changed meanwhile.
    m_current = *written;
    m_model->setTable(m_current);
    m_status->setText(tr("Saved to %1.").arg(path.toHtmlEscaped()));
    return true;
}

void ExportDialog::openDefinition()
{
    const QString path = FileDialog::openFileName(this, tr("Open an export definition"),
                                                  tr("Export definitions (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Export"),
                            tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    Result<AggregateDefinition> d = AggregateDefinition::fromJson(file.read(64 * 1024 + 1));
    if (!d) {
        MessageBox::warning(this, tr("Export"), d.error().message());
        return;
    }
    setDefinition(*d);
    preview();
}

void ExportDialog::saveDefinition()
{
    const AggregateDefinition d = definition();
    if (Status s = d.validate(); !s) {
        MessageBox::warning(this, tr("Export"), s.error().message());
        return;
    }
    const QString path =
        FileDialog::saveFileName(this, tr("Save the export definition"),
                                 tr("export-definition.json"), tr("Export definitions (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(d.toJson()) < 0 || !file.commit())
        MessageBox::warning(this, tr("Export"),
                            tr("Could not write %1: %2").arg(path, file.errorString()));
}
