#include "ui/admin/DemoDataBanner.h"

#include "core/services/DemoDataService.h"

DemoDataBanner::DemoDataBanner(const Database& db, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("demoDataBanner"));
    setWordWrap(true);
    setMargin(6);
    setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400;"));
    refresh();
}

void DemoDataBanner::refresh()
{
    Result<std::optional<Site>> site = DemoDataService::site(m_db);
    if (!site) {
        setText(site.error().message());
        show();
        return;
    }
    setVisible(site->has_value());
    if (*site)
        setText(tr("<b>Demonstration data:</b> the cases of the site %1 (“%2”) are invented "
                   "people. An administrator removes them in one step from Administration → "
                   "Remove the demonstration data.")
                    .arg((*site)->code.toHtmlEscaped(), (*site)->name.toHtmlEscaped()));
}
