#include "ui/statistics/NetworkCountsDialog.h"

#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/statistics/StatisticsExporter.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FileDialog.h"
#include "ui/common/LanguageComboBox.h"
#include "ui/common/RecordTable.h"
#include "ui/render/StatisticsFormats.h"
#include "ui/statistics/ReportFormatComboBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

NetworkCountsDialog::NetworkCountsDialog(const Database& db, const Clock& clock,
                                         const UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("networkCountsDialog"));
    setWindowTitle(tr("Counts for the network"));
    auto* about = new QLabel(
        tr("An organisation of a network sends its coordinator the counts of its human rights "
           "documentation report for a month or a quarter: numbers per combination of codes "
           "(what happened, where, by whom, when), never a record, a name or a story. They are "
           "sent before any hiding, so the coordinator sees this organisation's own counts, "
           "small ones included; only the coordinator can open the package. The coordinator "
           "adds up the organisations' counts and hides the small ones in the total, so what "
           "is published shows no organisation's own small numbers."),
        this);
    about->setWordWrap(true);

    auto* send = new QGroupBox(tr("Send our counts"), this);
    m_period = new QLineEdit(
        QStringLiteral("%1-Q%2").arg(clock.today().year()).arg((clock.today().month() + 2) / 3),
        send);
    m_period->setObjectName(QStringLiteral("networkPeriod"));
    m_period->setToolTip(tr("A month (2026-03) or a quarter (2026-Q1)."));
    m_coordinator = new QComboBox(send);
    m_coordinator->setObjectName(QStringLiteral("networkCoordinator"));
    if (Result<QList<Partner>> partners = CountsPackageService(db, clock, session).coordinators()) {
        for (const Partner& p : *partners)
            m_coordinator->addItem(p.name, p.id);
    }
    auto* sendButton = new QPushButton(tr("Save the counts package…"), send);
    sendButton->setObjectName(QStringLiteral("networkSendButton"));
    sendButton->setEnabled(m_coordinator->count() > 0);
    auto* sendForm = new QFormLayout(send);
    sendForm->addRow(tr("Month or quarter"), m_period);
    sendForm->addRow(tr("To the coordinator"), m_coordinator);
    if (m_coordinator->count() == 0) {
        auto* none = new QLabel(tr("No partner that uses Amparo is in the directory: an "
                                   "administrator adds the coordinator, with its site card, "
                                   "under Administration → Partner organisations."),
                                send);
        none->setWordWrap(true);
        sendForm->addRow(none);
    }
    sendForm->addRow(QString(), sendButton);

    auto* add = new QGroupBox(tr("Add up the network's counts"), this);
    m_table = RecordTable::create({tr("Organisation"), tr("Period"), tr("Tables")}, 0,
                                  QStringLiteral("networkPackagesTable"), add);
    auto* addButton = new QPushButton(tr("Add a package…"), add);
    addButton->setObjectName(QStringLiteral("networkAddButton"));
    m_remove = new QPushButton(tr("Remove"), add);
    m_remove->setObjectName(QStringLiteral("networkRemoveButton"));
    m_language = new LanguageComboBox(add);
    m_language->setObjectName(QStringLiteral("networkLanguage"));
    m_format = new ReportFormatComboBox(add);
    m_format->setObjectName(QStringLiteral("networkFormat"));
    m_save = new QPushButton(tr("Save the regional report…"), add);
    m_save->setObjectName(QStringLiteral("networkSaveButton"));
    auto* packageButtons = new QHBoxLayout;
    packageButtons->addWidget(addButton);
    packageButtons->addWidget(m_remove);
    packageButtons->addStretch();
    auto* output = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("Language"), add);
    languageLabel->setBuddy(m_language);
    auto* formatLabel = new QLabel(tr("Format"), add);
    formatLabel->setBuddy(m_format);
    output->addWidget(languageLabel);
    output->addWidget(m_language);
    output->addWidget(formatLabel);
    output->addWidget(m_format);
    output->addStretch();
    output->addWidget(m_save);
    auto* addLayout = new QVBoxLayout(add);
    addLayout->addWidget(m_table, 1);
    addLayout->addLayout(packageButtons);
    addLayout->addLayout(output);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("networkMessage"));
    m_message->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(sendButton, &QPushButton::clicked, this, &NetworkCountsDialog::sendCounts);
    connect(addButton, &QPushButton::clicked, this, &NetworkCountsDialog::addPackage);
    connect(m_remove, &QPushButton::clicked, this, &NetworkCountsDialog::removePackage);
    connect(m_save, &QPushButton::clicked, this, &NetworkCountsDialog::saveRegionalReport);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(send);
    layout->addWidget(add, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(720, 640);
    showPackages();
}

void NetworkCountsDialog::fail(const QString& message)
{
    m_message->setStyleSheet(ErrorStyle::text());
    m_message->setText(message);
}

bool NetworkCountsDialog::sendCounts()
{
    const QString period = m_period->text().trimmed();
    if (!StatisticsReport::periodMonths(period)) {
        fail(tr("Write a month as 2026-03 or a quarter as 2026-Q1."));
        m_period->setFocus();
        return false;
    }
    const QString path = FileDialog::saveFileName(this, tr("Save the counts package"),
                                                  tr("counts-%1.amparo-counts").arg(period),
                                                  tr("Amparo counts packages (*.amparo-counts)"));
    if (path.isEmpty())
        return false;
    const QString to = m_coordinator->currentText();
    if (Status s = CountsPackageService(m_db, m_clock, m_session)
                       .write(period, m_coordinator->currentData().toLongLong(), path);
        !s) {
        fail(s.error().message());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("The counts of %1 were saved to %2. Only %3 can open the package: "
                          "send it by any way.")
                           .arg(period, path, to));
    return true;
}

bool NetworkCountsDialog::addPackage()
{
    const QString path = FileDialog::openFileName(this, tr("Add an organisation's counts package"),
                                                  tr("Amparo counts packages (*.amparo-counts)"));
    if (path.isEmpty())
        return false;
    Result<CountsPackageService::Received> opened =
        CountsPackageService(m_db, m_clock, m_session).openFile(path);
    if (!opened) {
        fail(opened.error().message());
        return false;
    }
    m_packages.append(*opened);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Added the counts of %1.").arg(opened->from.name));
    showPackages();
    return true;
}

void NetworkCountsDialog::removePackage()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_packages.size())
        return;
    m_packages.removeAt(row);
    showPackages();
}

void NetworkCountsDialog::showPackages()
{
    m_table->setRowCount(0);
    for (const CountsPackageService::Received& r : std::as_const(m_packages)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // A quarter as it was asked for: "2026-Q2".
        const QString quarter = QStringLiteral("%1-Q%2")
                                    .arg(r.counts.fromMonth.left(4))
                                    .arg((r.counts.fromMonth.mid(5).toInt() + 2) / 3);
        const auto months = StatisticsReport::periodMonths(quarter);
        const QString period =
            r.counts.fromMonth == r.counts.toMonth ? r.counts.fromMonth
            : months && months->first == r.counts.fromMonth && months->second == r.counts.toMonth
                ? quarter
                : tr("%1 to %2").arg(r.counts.fromMonth, r.counts.toMonth);
        const QStringList cells{r.from.name, period, QString::number(r.counts.tables.size())};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_remove->setEnabled(!m_packages.isEmpty());
    m_save->setEnabled(!m_packages.isEmpty());
}

bool NetworkCountsDialog::saveRegionalReport()
{
    const QString format = m_format->format();
    const QString path =
        FileDialog::saveFileName(this, tr("Save the regional report"),
                                 tr("regional-report.%1").arg(format), m_format->fileFilter());
    if (path.isEmpty())
        return false;
    QStringList organisations;
    for (const CountsPackageService::Received& r : std::as_const(m_packages))
        organisations.append(r.from.name);
    const Status written = [&]() -> Status {
        // Labels and title in the language chosen for the report.
        const LanguageScope scope(m_language->language());
        Result<StatisticsReport> report =
            CountsPackageService(m_db, m_clock, m_session).consolidate(m_packages);
        if (!report)
            return report.error();
        const QString title =
            QStringList{StatisticsReport::titleOf(StatisticsReport::Kind::Advocacy),
                        tr("%n organisation(s)", nullptr, int(organisations.size())),
                        report->periodText()}
                .join(QStringLiteral(" · "));
        return StatisticsExporter(m_db, m_clock, m_session)
            .exportRegional(*report, organisations, title, *StatisticsFormats::writer(format),
                            path);
    }();
    if (!written) {
        fail(written.error().message());
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("The regional report of %n organisation(s) was saved to %1.", nullptr,
                          int(organisations.size()))
                           .arg(path));
    return true;
}
