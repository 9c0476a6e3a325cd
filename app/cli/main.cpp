#include "app/cli/CliRunner.h"
#include "app/platform/OwnerOnlyFiles.h"
#include "core/common/AppSettings.h"
#include "core/common/Clock.h"
#include "core/common/Translations.h"
#include "core/crypto/Crypto.h"
#include "core/reference/ReferenceOverrides.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

#include <cstdio>

int main(int argc, char* argv[])
{
    OwnerOnlyFiles::apply();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err, Clock::system());
    std::unique_ptr<QCoreApplication> application;
    if (runner.needsGuiApplication(arguments)) {
        // Nothing is shown: no display is needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Amparo"));
    QCoreApplication::setApplicationName(QStringLiteral("Amparo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMPARO_VERSION));
    Translations::install(app, Translations::resolve(AppSettings().language()));
    if (Status s = Crypto::init(); !s) {
        err << s.error().message() << Qt::endl;
        return 1;
    }
    for (const QString& problem : ReferenceOverrides::install())
        err << problem << Qt::endl;
    const int code = runner.run(app.arguments());
    out.flush();
    err.flush();
    return code;
}
