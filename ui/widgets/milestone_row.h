#pragma once

#include "path/milestone.h"
#include "path/path_progress.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Podium::Ui {

/// One milestone on a tier card: a tick once met or how far it is ("2 of 3 status updates"), a link to
/// the guide that teaches it and, for the next milestone, the button that starts it.
class MilestoneRow : public QFrame
{
    Q_OBJECT

public:
    MilestoneRow(const Core::Milestone& milestone, QWidget* parent = nullptr);

    QString milestoneId() const { return m_milestone.id; }
    /// `zone` is the viewer's, for the day the milestone was met.
    void setProgress(const Core::MilestoneProgress& progress, const QTimeZone& zone);
    /// Call before setProgress(): a locked tier's milestones show a count only once something counts.
    void setLocked(bool locked);
    /// Marks the milestone to work on next; an empty `actionText` shows no button (someone else's path).
    void setNext(bool next, const QString& actionText = {});
    bool isNext() const { return m_next; }

    QPushButton* actionButton() const { return m_action; }
    QPushButton* guideButton() const { return m_guide; }

Q_SIGNALS:
    void guideRequested(const QString& guideId);
    void actionRequested(const QString& milestoneId);

private:
    void restyle();

    Core::Milestone m_milestone;
    bool m_met = false;
    bool m_next = false;
    bool m_locked = false;
    QLabel* m_mark = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_nextBadge = nullptr;
    QLabel* m_description = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_guide = nullptr;
    QPushButton* m_action = nullptr;
};

} // namespace Podium::Ui
