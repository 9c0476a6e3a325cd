#include "ui/legal/StageProgress.h"

#include <QHBoxLayout>
#include <QLabel>

StageProgress::StageProgress(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("stageProgress"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void StageProgress::setStages(const QList<std::pair<QString, QString>>& stages,
                              const QString& current)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    while (QLayoutItem* item = m_layout->takeAt(0))
        delete item;
    qsizetype currentIndex = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages[i].first == current)
            currentIndex = i;
    }
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QString style;
        QString text = stages[i].second;
        if (i < currentIndex) {
            text = QStringLiteral("✓ ") + text;
            style = QStringLiteral("background: #e3f1e4; color: #1e5b24;");
        } else if (i == currentIndex) {
            style = QStringLiteral("background: #1f5fa8; color: white; font-weight: bold;");
        } else {
            style = QStringLiteral("background: #eeeeee; color: #666666;");
        }
        auto* label = new QLabel(text, this);
        label->setStyleSheet(style + QStringLiteral(" border-radius: 9px; padding: 3px 8px;"));
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        m_layout->addWidget(label, 1);
        m_labels.append(label);
        if (i + 1 < stages.size()) {
            auto* arrow = new QLabel(QStringLiteral("›"), this);
            arrow->setStyleSheet(QStringLiteral("color: #999999;"));
            m_layout->addWidget(arrow);
            m_labels.append(arrow);
        }
    }
    m_summary = currentIndex < 0 ? QString()
                                 : tr("%1 of %2: %3")
                                       .arg(currentIndex + 1)
                                       .arg(stages.size())
                                       .arg(stages[currentIndex].second);
    setToolTip(m_summary);
    setAccessibleName(m_summary);
}
