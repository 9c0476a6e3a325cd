#include "CliRunner.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Crypto.h"
#include "reference/ReferenceOverrides.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
