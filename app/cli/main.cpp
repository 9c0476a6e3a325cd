#include "CliRunner.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Crypto.h"
#include "reference/ReferenceOverrides.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

#include <cstdio>

namespace {
// Only the export draws (the PDF report's charts need widgets); every other command stays a
// plain console program that works without any display.
bool drawsCharts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsCharts(argc, argv)) {
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (Status s = Crypto::init(); !s) {
        err << s.error().message() << Qt::endl;
        return 1;
    }
    for (const QString& problem : ReferenceOverrides::install())
        err << problem << Qt::endl;
    CliRunner runner(out, err, Clock::system());
    const int code = runner.run(app.arguments());
    out.flush();
    err.flush();
    return code;
}
