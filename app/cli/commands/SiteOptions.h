#pragma once

#include "core/domain/Site.h"

#include <QCommandLineParser>
#include <QString>

// The options that describe a site (code, name, country, first-level division), shared by
// init (prefixed "site-") and add-site.
class SiteOptions
{
public:
    explicit SiteOptions(QString prefix);
    void define(QCommandLineParser& parser) const;
    bool isSet(const QCommandLineParser& parser) const;
    Site read(const QCommandLineParser& parser) const;

private:
    QString m_prefix;
};
