#include "ui/legal/DeadlineCountLabel.h"

#include "core/services/DeadlineService.h"
#include "ui/common/ErrorStyle.h"

#include <QTimer>

DeadlineCountLabel::DeadlineCountLabel(const Database& db, const Clock& clock,
                                       const UserSession& session, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("deadlineCountLabel"));
    setTextFormat(Qt::RichText);
    setToolTip(tr("Show the deadlines"));
    connect(this, &QLabel::linkActivated, this, &DeadlineCountLabel::clicked);
    m_timer->setInterval(RefreshMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DeadlineCountLabel::refresh);
    m_timer->start();
    refresh();
}

void DeadlineCountLabel::refresh()
{
    Result<std::pair<int, int>> counts = DeadlineService(m_db, m_clock, m_session).counts(false);
    if (!counts) {
        setText(counts.error().message().toHtmlEscaped());
        return;
    }
    m_overdue = counts->first;
    m_thisWeek = counts->second;
    const QString text = tr("Deadlines: %1 overdue · %2 due soon").arg(m_overdue).arg(m_thisWeek);
    const QString colour = m_overdue > 0 ? ErrorStyle::color() : QStringLiteral("#1f5fa8");
    setText(QStringLiteral("<a href=\"deadlines\" style=\"color: %1; font-weight: bold; "
                           "text-decoration: none;\">%2</a>")
                .arg(colour, text.toHtmlEscaped()));
    setAccessibleName(text);
}
