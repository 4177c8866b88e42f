#pragma once

#include "path/next_step.h"
#include "people/person.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Podium::Core {
class GuideLibrary;
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

/// The "easy button": a greeting, the one next step from the person's path, and at most three other things
/// for today. Every button opens the screen where the step is done.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent = nullptr);
    ~HomePage() override;

    QPushButton* nextStepButton() const { return m_nextButton; }
    /// The guide beside the next step ("How to, 5 minutes"); hidden when the step has none.
    QPushButton* nextGuideButton() const { return m_nextGuide; }
    /// The other things for today, in order.
    QList<QPushButton*> otherButtons() const { return m_otherButtons; }
    /// The PRACTICE mark on the next step, visible while the steps follow the practice track.
    QLabel* practiceBadge() const { return m_practiceBadge; }

    /// While Home is on screen it reads the path again this often, so the clock, a session a trainer started
    /// elsewhere and milestones met in another window show without leaving the page.
    static constexpr int refreshIntervalMs = 60 * 1000;
    QTimer* refreshTimer() const { return m_refreshTimer; }

public Q_SLOTS:
    /// Recomputes the greeting and the steps (after a post went out or people were added, for instance).
    void refresh();

Q_SIGNALS:
    void addPersonRequested();
    void pageRequested(int page);
    void guideRequested(const QString& guideId);
    /// Open the composer on a new post of this kind, starting from `starter`, scheduled ahead if asked.
    void composeRequested(Podium::Core::PostKind kind, const QString& starter, bool scheduleAhead);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    /// What a button does: run once when it is clicked.
    struct Step
    {
        QString title;
        QString explanation;
        QString action;
        QString guideId;
        std::function<void()> run;
    };

    QList<Step> executiveSteps();
    QList<Step> delegateSteps();
    QList<Step> trainerSteps();
    Step fromPath(const Core::NextStep& step);
    Step addPersonStep();
    Step pageStep(QString title, QString explanation, QString action, int page);
    void showSteps(const QList<Step>& steps);
    QString guideTitle(const QString& id) const;

    Core::Workspace& m_workspace;
    std::unique_ptr<Core::GuideLibrary> m_guides;
    Core::Person m_me;
    QLabel* m_greeting = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_nextTitle = nullptr;
    QLabel* m_nextText = nullptr;
    /// Shown while the executive's steps come from the practice track.
    QLabel* m_practiceBadge = nullptr;
    QLabel* m_practiceNote = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_nextGuide = nullptr;
    QLabel* m_othersHeading = nullptr;
    QVBoxLayout* m_othersLayout = nullptr;
    QList<QPushButton*> m_otherButtons;
    QList<Step> m_steps;
    QTimer* m_refreshTimer = nullptr;
};

} // namespace Podium::Ui
