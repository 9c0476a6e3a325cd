#include "MainWindow.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amparo"));
    QApplication::setApplicationName(QStringLiteral("Amparo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amparo"));
    QApplication::setApplicationVersion(QStringLiteral(AMPARO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Case management for organisations serving refugees and migrants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Open this database file instead of the default one."),
        QStringLiteral("PATH"), Database::defaultPath());
    parser.addOption(databaseOption);
    parser.process(app);

    Result<std::unique_ptr<Database>> db =
        Database::open(parser.value(databaseOption), Clock::system());
    if (!db) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Amparo cannot open the database"),
                              db.error().message());
        return 1;
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    MainWindow window(*db.value(), Clock::system(), user);
    window.show();
    if (!db.value()->migrationBackupPath().isEmpty()) {
        QMessageBox::information(&window, QApplication::translate("main", "Database upgraded"),
                                 QApplication::translate("main",
                                                         "The database was upgraded to this "
                                                         "version of Amparo. A copy of the "
                                                         "previous file was kept at %1.")
                                     .arg(db.value()->migrationBackupPath()));
    }
    return app.exec();
}
