#pragma once

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;

// A procedure's stages in a row: those passed ticked, the current one highlighted, the rest
// grey, so where the procedure stands is seen at a glance.
class StageProgress : public QWidget
{
    Q_OBJECT

public:
    explicit StageProgress(QWidget* parent = nullptr);

    // Stages as (code, label) in order.
    void setStages(const QList<std::pair<QString, QString>>& stages, const QString& current);
    // "3 of 6: Interview" (tests, accessibility).
    QString summary() const { return m_summary; }

private:
    QHBoxLayout* m_layout;
    QList<QLabel*> m_labels;
    QString m_summary;
};
