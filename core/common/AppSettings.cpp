#include "core/common/AppSettings.h"

namespace {
const QString versionKey = QStringLiteral("settingsVersion");
const QString lockKey = QStringLiteral("security/lockAfterMinutes");
const QString backupKey = QStringLiteral("backup/reminderDays");
const QString languageKey = QStringLiteral("ui/language");
const QString databaseKey = QStringLiteral("database/location");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

void AppSettings::migrate()
{
    if (m_settings->value(versionKey, 0).toInt() < Version)
        m_settings->setValue(versionKey, Version);
}

int AppSettings::lockAfterMinutes() const
{
    return std::clamp(m_settings->value(lockKey, DefaultLockAfterMinutes).toInt(), 0, 24 * 60);
}

int AppSettings::backupReminderDays() const
{
    return std::clamp(m_settings->value(backupKey, DefaultBackupReminderDays).toInt(), 1, 365);
}

QString AppSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(languageKey, language);
}

QString AppSettings::databaseLocation() const
{
    return m_settings->value(databaseKey).toString();
}

void AppSettings::setDatabaseLocation(const QString& location)
{
    m_settings->setValue(databaseKey, location);
}
