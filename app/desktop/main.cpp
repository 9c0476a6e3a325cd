#include "app/desktop/DesktopSession.h"
#include "app/platform/OwnerOnlyFiles.h"
#include "core/common/AppSettings.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/storage/Database.h"
#include "ui/firstrun/DatabaseChoiceDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

int main(int argc, char* argv[])
{
    OwnerOnlyFiles::apply();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Amparo"));
    QApplication::setApplicationName(QStringLiteral("Amparo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Amparo"));
    QApplication::setApplicationVersion(QStringLiteral(AMPARO_VERSION));
    // Matches the installed desktop entry, so the desktop shows the window under its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.Amparo"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/amparo-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    Translations::install(app, Translations::resolve(AppSettings().language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Case management for organisations serving refugees and migrants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Open this database file, or an office server's database "
                                        "(postgresql://server/database), instead of the default "
                                        "one."),
        QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    QString location = parser.value(databaseOption);
    if (location.isEmpty()) {
        AppSettings settings;
        location = settings.databaseLocation();
        // The first start on this computer: its own file, or the office's server.
        if (location.isEmpty() && !QFile::exists(Database::defaultPath())) {
            DatabaseChoiceDialog choice;
            if (choice.exec() != QDialog::Accepted)
                return 0;
            location = choice.location();
            settings.setDatabaseLocation(location);
        }
        if (location.isEmpty())
            location = Database::defaultPath();
    }
    return DesktopSession(location, Clock::system()).run();
}
