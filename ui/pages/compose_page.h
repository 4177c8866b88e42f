#pragma once

#include "people/person.h"
#include "platforms/platform_capabilities.h"
#include "posts/post.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Podium::Core {
class PublishingServices;
class Workspace;
struct DraftContent;
} // namespace Podium::Core

namespace Podium::Ui {

class ErrorLabel;
class PostPreview;
class ScheduleEditor;

/// The one-minute composer: whose voice and which network, the text counted by that network's rules with a
/// live preview, an idea to start from, and when it goes out. It saves itself as the person types.
class ComposePage : public QWidget
{
    Q_OBJECT

public:
    ComposePage(Core::Workspace& workspace, Core::PublishingServices* publishing, const Core::Person& me,
                QWidget* parent = nullptr);
    ~ComposePage() override;

    /// Opens a draft (or a post sent back with changes requested) to continue it.
    void openPost(const QString& postId);
    /// Starts a new post for `executiveId` (empty: the first one offered), optionally with a starting text,
    /// of `kind`, and set to go out tomorrow morning when `scheduleAhead`.
    void startNew(const QString& executiveId = {}, const QString& text = {},
                  Core::PostKind kind = Core::PostKind::Status, bool scheduleAhead = false);
    /// Writes what is typed now rather than after the pause; false if it could not be saved.
    bool saveNow();

    QString postId() const { return m_postId; }
    QPlainTextEdit* editor() const { return m_body; }
    QComboBox* actingFor() const { return m_actingFor; }
    /// Where the post goes: the practice sandbox first, then the executive's accounts.
    QComboBox* network() const { return m_network; }
    ScheduleEditor* schedule() const { return m_schedule; }
    QPushButton* primaryButton() const { return m_primary; }
    /// Recounts and redraws the preview; runs on every keystroke.
    void updateCountAndPreview();

Q_SIGNALS:
    void postSubmitted(const QString& postId);
    void draftSaved(const QString& postId);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildEditor();
    QWidget* buildSide();
    void loadExecutives();
    void executiveChanged();
    void loadNetworks();
    void networkChanged();
    void kindChanged();
    void showSuggestions();
    void contentEdited();
    void submit();
    void discard();
    void setCapabilities(const Core::PlatformCapabilities& capabilities);
    Core::DraftContent content() const;
    QString executiveId() const;
    bool actingForSomeoneElse() const;

    Core::Workspace& m_workspace;
    Core::PublishingServices* m_publishing;
    Core::Person m_me;
    QString m_postId;
    Core::PlatformCapabilities m_capabilities;
    bool m_loading = false;

    QComboBox* m_actingFor = nullptr;
    QLabel* m_actingForHint = nullptr;
    QComboBox* m_network = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_target = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_review = nullptr;
    QWidget* m_ideas = nullptr;
    ScheduleEditor* m_schedule = nullptr;
    PostPreview* m_preview = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_done = nullptr;
    ErrorLabel* m_error = nullptr;
    QPushButton* m_primary = nullptr;
    QPushButton* m_discard = nullptr;
    QTimer* m_saveTimer = nullptr;
};

} // namespace Podium::Ui
