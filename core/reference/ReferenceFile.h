#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

// The files reference data is read from: shipped in the resources, or an edited copy an
// organisation puts in its data folder (see ReferenceOverrides). Each catalogue type T keeps
// the copy installed at start through ReferenceFile::Installed<T>.
class ReferenceFile
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceFile)

public:
    // The bytes of `path`, or why it cannot be used (unreadable, larger than `maxBytes`).
    static Result<QByteArray> read(const QString& path, qint64 maxBytes);
    // The top object of a reference file in `supportedFormat`, or what is wrong with it (as a
    // phrase the file's reader puts after its own "…cannot be used:").
    static Result<QJsonObject> root(const QByteArray& json, int supportedFormat);
    // Where an organisation puts its own copy of `fileName`.
    static QString overridePath(const QString& fileName);

    template <typename T>
    class Installed
    {
    public:
        // The copy installed at start, or the shipped file (which must be sound).
        static const T& current(const QString& shippedPath)
        {
            if (slot())
                return *slot();
            static const T shipped = [&shippedPath] {
                Result<T> c = T::load(shippedPath);
                if (!c)
                    qFatal("%s", qPrintable(c.error().message()));
                return std::move(c).value();
            }();
            return shipped;
        }

        // Uses the file at `path` from now on, if it is sound; otherwise keeps the one in use.
        static Status installFrom(const QString& path)
        {
            Result<T> c = T::load(path);
            if (!c)
                return c.error();
            slot() = std::make_unique<T>(std::move(c).value());
            return {};
        }

    private:
        static std::unique_ptr<T>& slot()
        {
            static std::unique_ptr<T> installed;
            return installed;
        }
    };
};
