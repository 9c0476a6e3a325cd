#include "ui/help/HelpWindow.h"

#include "core/common/Translations.h"

#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>

namespace {
QString titleOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    return title.match(QString::fromUtf8(file.readAll())).captured(1);
}
} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Help"));
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_page = new QTextBrowser(this);
    m_page->setObjectName(QStringLiteral("helpPage"));
    m_page->setOpenLinks(false);
    const QString language = Translations::current();
    for (const QString& topic : topics()) {
        auto* item = new QListWidgetItem(titleOf(pagePath(topic, language)), m_topics);
        item->setData(Qt::UserRole, topic);
    }
    connect(m_topics, &QListWidget::currentRowChanged, this, [this, language](int row) {
        if (row < 0)
            return;
        QFile file(pagePath(topics().value(row), language));
        if (file.open(QIODevice::ReadOnly))
            m_page->setHtml(QString::fromUtf8(file.readAll()));
    });
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_topics);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 560});
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);
    resize(820, 520);
    m_topics->setCurrentRow(0);
}

QStringList HelpWindow::topics()
{
    return {QStringLiteral("register-family"), QStringLiteral("screen-risk"),
            QStringLiteral("refer"),           QStringLiteral("plan-case"),
            QStringLiteral("record-decision"), QStringLiteral("find-relative"),
            QStringLiteral("monthly-report"),  QStringLiteral("backup"),
            QStringLiteral("field-posts"),     QStringLiteral("data-rights"),
            QStringLiteral("document-abuses")};
}

QString HelpWindow::pagePath(const QString& topic, const QString& language)
{
    const QString path = QStringLiteral(":/help/%1/%2.html").arg(language, topic);
    return QFile::exists(path) ? path : QStringLiteral(":/help/en/%1.html").arg(topic);
}

void HelpWindow::showTopic(const QString& topic)
{
    m_topics->setCurrentRow(int(topics().indexOf(topic)));
}
