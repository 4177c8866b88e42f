#include "approval_dialog.h"

#include "people/people_service.h"
#include "post_text.h"
#include "posts/post_desk.h"
#include "widgets/diff_view.h"
#include "widgets/error_label.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Podium::Ui {

ApprovalDialog::ApprovalDialog(Core::Workspace& workspace, const QString& myId, const Core::Post& post, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_myId(myId)
    , m_post(post)
    // What the delegate sent; a post submitted before the text was kept falls back to its current text.
    , m_delegateText(post.submittedBody.isEmpty() ? post.body : post.submittedBody)
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Review a post"));
    resize(760, 620);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    const auto preparer = workspace.people().find(post.preparedBy);
    const auto author = workspace.people().find(post.authorId);
    const QTimeZone zone(author ? author->timeZone.toUtf8() : QByteArray("UTC"));
    const QString when = post.scheduledAt.isValid() ? QLocale().toString(post.scheduledAt.toTimeZone(zone),
                                                                         QStringLiteral("dddd d MMMM, HH:mm"))
                                                    : tr("as soon as you approve it");
    auto* summary = new QLabel(tr("<b>%1</b> prepared this post for you (%2). It goes out %3 on %4.")
                                   .arg((preparer ? preparer->displayName : post.preparedBy).toHtmlEscaped(),
                                        PostText::kind(post.kind).toHtmlEscaped(), when.toHtmlEscaped(),
                                        PostText::platform(post.platform).toHtmlEscaped()),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* textHeading = new QLabel(tr("What will go out (you can edit it)"), this);
    textHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(textHeading);
    m_text = new QPlainTextEdit(post.body, this);
    m_text->setObjectName(QStringLiteral("approvalText"));
    m_text->setAccessibleName(tr("Text to publish"));
    layout->addWidget(m_text, 2);

    auto* diffHeading = new QLabel(tr("Changes against what your delegate wrote"), this);
    diffHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(diffHeading);
    m_diff = new DiffView(this);
    layout->addWidget(m_diff, 2);

    auto* commentRow = new QHBoxLayout;
    auto* commentLabel = new QLabel(tr("Comment for your delegate"), this);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("reviewCommentInput"));
    m_comment->setPlaceholderText(tr("e.g. Please mention the Berlin team too"));
    commentLabel->setBuddy(m_comment);
    commentRow->addWidget(commentLabel);
    commentRow->addWidget(m_comment, 1);
    layout->addLayout(commentRow);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    m_requestChanges = buttons->addButton(tr("Ask for changes"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Decide later"));
    m_approve = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("primaryButton"));
    m_approve->setDefault(true);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ApprovalDialog::textEdited);
    connect(m_comment, &QLineEdit::textChanged, this,
            [this] { m_requestChanges->setEnabled(!m_comment->text().trimmed().isEmpty()); });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalDialog::approve);
    connect(m_requestChanges, &QPushButton::clicked, this, &ApprovalDialog::requestChanges);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_requestChanges->setEnabled(false);
    textEdited();
}

void ApprovalDialog::textEdited()
{
    const QString text = m_text->toPlainText();
    m_diff->setTexts(m_delegateText, text);
    m_approve->setText(text == m_post.body ? tr("Approve") : tr("Approve with my edits"));
}

void ApprovalDialog::approve()
{
    std::optional<Core::DraftContent> edits;
    if (m_text->toPlainText() != m_post.body) {
        Core::DraftContent content;
        content.platform = m_post.platform;
        content.accountId = m_post.accountId;
        content.kind = m_post.kind;
        content.title = m_post.title;
        content.body = m_text->toPlainText();
        content.inReplyTo = m_post.inReplyTo;
        content.scheduledAt = m_post.scheduledAt;
        content.scheduledZone = m_post.scheduledZone;
        edits = content;
    }
    const auto approved = m_workspace.desk().approve(m_myId, m_post.id, edits);
    if (!approved) {
        m_error->showError(approved.error());
        return;
    }
    accept();
}

void ApprovalDialog::requestChanges()
{
    const auto sent = m_workspace.desk().requestChanges(m_myId, m_post.id, m_comment->text().trimmed());
    if (!sent) {
        m_error->showError(sent.error());
        return;
    }
    accept();
}

} // namespace Podium::Ui
