#pragma once

#include "people/person.h"
#include "platforms/feed_item.h"
#include "posts/post_state.h"
#include "practice/practice_session.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace Podium::Core {
class GuideLibrary;
class PracticePlatform;
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class ErrorLabel;
class PracticeFeedModel;
class PracticePostDelegate;
class PracticeSessionPanel;
class SessionBanner;

/// The practice sandbox: sample colleagues' posts to like, comment on and follow without anything being
/// published for real, this week's practice engagement against its goal, and one-on-one practice sessions
/// (run by a trainer; shown to the executive while theirs is open).
class PracticePage : public QWidget
{
    Q_OBJECT

public:
    PracticePage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent = nullptr);
    ~PracticePage() override;

    QListView* feed() const { return m_feed; }
    PracticeFeedModel* feedModel() const { return m_model; }
    PracticePostDelegate* feedDelegate() const { return m_delegate; }
    QLabel* banner() const { return m_banner; }
    /// This week's practice likes and comments against the weekly-engagement goal; executives only.
    QProgressBar* likesGoal() const { return m_likesGoal; }
    QProgressBar* commentsGoal() const { return m_commentsGoal; }
    /// Null unless the viewer is a trainer.
    PracticeSessionPanel* sessionPanel() const { return m_panel; }
    /// The executive's view of their open session; hidden when there is none.
    SessionBanner* sessionBanner() const { return m_sessionBanner; }
    ErrorLabel* errorLabel() const { return m_error; }
    QLabel* statusLabel() const { return m_status; }

public Q_SLOTS:
    /// Reads the feed, the weekly goal and the session again.
    void refresh();

Q_SIGNALS:
    void guideRequested(const QString& guideId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildFeed();
    void loadFeed();
    void refreshGoal();
    void refreshOwnSession();
    void like(int row);
    void comment(int row);
    void follow(int row);
    void postChanged(const QString& postId, Core::PostState state);
    void showStatus(const QString& text);

    Core::Workspace& m_workspace;
    Core::Person m_me;
    std::unique_ptr<Core::PracticePlatform> m_platform;
    std::unique_ptr<Core::GuideLibrary> m_guides;
    QSet<QString> m_pendingComments;
    QString m_ownSessionId;
    bool m_loading = false;
    QLabel* m_banner = nullptr;
    QWidget* m_goal = nullptr;
    QProgressBar* m_likesGoal = nullptr;
    QProgressBar* m_commentsGoal = nullptr;
    QLabel* m_goalMet = nullptr;
    QListView* m_feed = nullptr;
    PracticeFeedModel* m_model = nullptr;
    PracticePostDelegate* m_delegate = nullptr;
    QLabel* m_status = nullptr;
    ErrorLabel* m_error = nullptr;
    PracticeSessionPanel* m_panel = nullptr;
    SessionBanner* m_sessionBanner = nullptr;
};

} // namespace Podium::Ui
