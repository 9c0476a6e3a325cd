#include "core/security/PassphrasePolicy.h"

#include <QSet>

namespace {
const QSet<QString>& commonPassphrases()
{
    static const QSet<QString> list{
        QStringLiteral("1234567890"),    QStringLiteral("12345678910"),
        QStringLiteral("0123456789"),    QStringLiteral("qwertyuiop"),
        QStringLiteral("password123"),   QStringLiteral("passw0rd123"),
        QStringLiteral("contraseña"),    QStringLiteral("contrasena"),
        QStringLiteral("contrasena123"), QStringLiteral("contraseña123"),
        QStringLiteral("senha12345"),    QStringLiteral("venezuela1"),
        QStringLiteral("venezuela123"),  QStringLiteral("colombia123"),
        QStringLiteral("administrador"), QStringLiteral("administrator"),
        QStringLiteral("iloveyou123"),   QStringLiteral("1q2w3e4r5t"),
        QStringLiteral("abcdefghij"),    QStringLiteral("amparo1234"),
        QStringLiteral("amparo12345")};
    return list;
}
} // namespace

QList<FieldError> PassphrasePolicy::check(const QString& passphrase, const QString& username)
{
    const QString field = QStringLiteral("passphrase");
    const QString lower = passphrase.toLower();
    if (passphrase.size() < MinimumLength)
        return {{field, tr("A passphrase needs at least %1 characters. Several words are easy "
                           "to remember and hard to guess.")
                            .arg(MinimumLength)}};
    if (passphrase.size() > MaximumLength)
        return {{field, tr("A passphrase can have at most %1 characters.").arg(MaximumLength)}};
    if (QSet<QChar>(passphrase.begin(), passphrase.end()).size() < 4)
        return {{field, tr("The passphrase repeats too few different characters.")}};
    if (!username.trimmed().isEmpty() && lower.contains(username.trimmed().toLower()))
        return {{field, tr("The passphrase must not contain the user name.")}};
    if (commonPassphrases().contains(lower))
        return {{field, tr("This passphrase is one of the first that attackers try. Choose "
                           "another.")}};
    return {};
}
