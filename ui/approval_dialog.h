#pragma once

#include "posts/post.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Podium::Core {
class Workspace;
}

namespace Podium::Ui {

class DiffView;
class ErrorLabel;

/// Where an executive decides on a delegate's post: the text to go out (editable), the word-level changes
/// against what the delegate wrote, and approve, edit and approve, or ask for changes with a comment.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    ApprovalDialog(Core::Workspace& workspace, const QString& myId, const Core::Post& post, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_text; }
    QLineEdit* comment() const { return m_comment; }
    DiffView* diff() const { return m_diff; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* requestChangesButton() const { return m_requestChanges; }

private:
    void textEdited();
    void approve();
    void requestChanges();

    Core::Workspace& m_workspace;
    QString m_myId;
    Core::Post m_post;
    QString m_delegateText;
    QPlainTextEdit* m_text = nullptr;
    DiffView* m_diff = nullptr;
    QLineEdit* m_comment = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_requestChanges = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace Podium::Ui
