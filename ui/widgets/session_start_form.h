#pragma once

#include "practice/practice_session_request.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace Podium::Core {
class GuideLibrary;
class PathDefinition;
} // namespace Podium::Core

namespace Podium::Ui {

class PracticePlanModel;

/// What a trainer fills in before a session starts: the milestones and guides to cover and how long it
/// should take. The executive is chosen around it, by the session panel.
class SessionStartForm : public QWidget
{
    Q_OBJECT

public:
    SessionStartForm(const Core::PathDefinition& path, const Core::GuideLibrary& guides, QWidget* parent = nullptr);

    PracticePlanModel* plan() const { return m_plan; }
    QTreeView* planView() const { return m_planView; }
    QSpinBox* minutes() const { return m_minutes; }
    QPushButton* startButton() const { return m_start; }

    Core::PracticeSessionRequest request(const QString& executiveId) const;
    /// Clears the plan for the next session (after one started).
    void reset();

Q_SIGNALS:
    void startRequested();

private:
    void planChanged();

    const Core::PathDefinition& m_path;
    const Core::GuideLibrary& m_guides;
    PracticePlanModel* m_plan = nullptr;
    QTreeView* m_planView = nullptr;
    QLabel* m_planSummary = nullptr;
    QSpinBox* m_minutes = nullptr;
    QPushButton* m_start = nullptr;
};

} // namespace Podium::Ui
