#include "CliContext.h"

#include "storage/Database.h"

CliContext::CliContext(QCommandLineParser& parser, QTextStream& out, QTextStream& err,
                       const Clock& clock, QString databasePath)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_databasePath(std::move(databasePath))
{
}

CliContext::~CliContext() = default;

Database* CliContext::database()
{
    if (m_db)
        return m_db.get();
    Result<std::unique_ptr<Database>> db = Database::open(m_databasePath, m_clock);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(db).value();
    if (!m_db->migrationBackupPath().isEmpty())
        m_err << tr("The database was upgraded; a copy of the old file is at %1")
                     .arg(m_db->migrationBackupPath())
              << Qt::endl;
    return m_db.get();
}

int CliContext::fail(const Error& error)
{
    m_err << error.message() << Qt::endl;
    if (error.fieldErrors().size() > 1) {
        for (const FieldError& f : error.fieldErrors())
            m_err << "  " << f.field << ": " << f.message << Qt::endl;
    }
    return error.code() == Error::Code::Invalid || error.code() == Error::Code::Conflict ? Invalid
                                                                                         : Failure;
}

int CliContext::usage(const QString& problem)
{
    m_err << problem << Qt::endl;
    return Usage;
}
