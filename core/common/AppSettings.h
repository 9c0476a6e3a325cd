#pragma once

#include <QSettings>
#include <QString>

#include <memory>

// Amparo's settings on this computer, in one typed place: each key with its default. The
// file carries a version so that later versions can move old keys.
class AppSettings
{
public:
    static constexpr int Version = 1;
    static constexpr int DefaultLockAfterMinutes = 10;
    static constexpr int DefaultBackupReminderDays = 7;

    AppSettings();
    explicit AppSettings(const QString& iniFile);

    // Minutes without keyboard or mouse before the window locks itself (0: never).
    int lockAfterMinutes() const;
    // Closing Amparo offers a backup when the last one is older than this.
    int backupReminderDays() const;
    // "es", "pt_BR", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& language);
    // Where the database is when no --database is given: empty for this computer's own file,
    // else an office server's location (chosen at the first start).
    QString databaseLocation() const;
    void setDatabaseLocation(const QString& location);

private:
    void migrate();
    std::unique_ptr<QSettings> m_settings;
};
