#pragma once

#include "platforms/feed_item.h"
#include "platforms/platform_capabilities.h"
#include "posts/post.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Podium::Core {
class PostDesk;
}

namespace Podium::Ui {

class ErrorLabel;

/// A small box for commenting on a colleague's post in the practice sandbox: shows the post, takes the
/// comment, and drafts and submits it as a practice Comment. On an error the text stays, and trying again
/// reuses the same draft rather than leaving a second one behind.
class PracticeCommentDialog : public QDialog
{
    Q_OBJECT

public:
    PracticeCommentDialog(Core::PostDesk& desk, const QString& myId, const Core::FeedItem& post,
                          const Core::PlatformCapabilities& capabilities, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_text; }
    QPushButton* sendButton() const { return m_send; }
    /// The comment as submitted; empty until it was.
    const Core::Post& submitted() const { return m_submitted; }

private:
    void textEdited();
    void send();

    Core::PostDesk& m_desk;
    QString m_myId;
    Core::FeedItem m_post;
    Core::PlatformCapabilities m_capabilities;
    QString m_draftId;
    Core::Post m_submitted;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_send = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace Podium::Ui
