#pragma once

#include "practice/practice_session.h"

#include <QFrame>

class QLabel;
class QTreeView;

namespace Podium::Core {
class GuideLibrary;
class PathDefinition;
class PracticeSessionService;
} // namespace Podium::Core

namespace Podium::Ui {

class PracticePlanModel;
class SessionTimerLabel;

/// What an executive sees while a trainer runs a practice session with them: who with, the timer, and
/// the plan (read only), so they know what they are practising. A guide in the plan opens on request.
class SessionBanner : public QFrame
{
    Q_OBJECT

public:
    SessionBanner(const Core::PracticeSessionService& sessions, const Core::PathDefinition& path,
                  const Core::GuideLibrary& guides, QWidget* parent = nullptr);

    void setSession(const Core::PracticeSession& session, const QString& trainerName);
    QLabel* title() const { return m_title; }
    PracticePlanModel* plan() const { return m_plan; }
    SessionTimerLabel* timer() const { return m_timer; }

Q_SIGNALS:
    void guideRequested(const QString& guideId);

private:
    const Core::PathDefinition& m_path;
    const Core::GuideLibrary& m_guides;
    QLabel* m_title = nullptr;
    SessionTimerLabel* m_timer = nullptr;
    PracticePlanModel* m_plan = nullptr;
    QTreeView* m_planView = nullptr;
    QLabel* m_planHint = nullptr;
};

} // namespace Podium::Ui
