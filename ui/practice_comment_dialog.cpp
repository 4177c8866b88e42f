#include "practice_comment_dialog.h"

#include "platforms/character_counter.h"
#include "posts/post_desk.h"
#include "widgets/error_label.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Podium::Ui {

PracticeCommentDialog::PracticeCommentDialog(Core::PostDesk& desk, const QString& myId, const Core::FeedItem& post,
                                             const Core::PlatformCapabilities& capabilities, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_myId(myId)
    , m_post(post)
    , m_capabilities(capabilities)
{
    setObjectName(QStringLiteral("practiceCommentDialog"));
    setWindowTitle(tr("Comment in practice"));
    resize(560, 420);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* heading = new QHBoxLayout;
    auto* who = new QLabel(tr("Your comment on <b>%1</b>'s post").arg(post.authorName.toHtmlEscaped()), this);
    heading->addWidget(who, 1);
    auto* badge = new QLabel(tr("PRACTICE"), this);
    badge->setObjectName(QStringLiteral("practiceBadge"));
    heading->addWidget(badge);
    layout->addLayout(heading);

    auto* quoted = new QLabel(post.text, this);
    quoted->setObjectName(QStringLiteral("quotedPost"));
    quoted->setWordWrap(true);
    quoted->setTextFormat(Qt::PlainText);
    layout->addWidget(quoted);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("postText"));
    m_text->setAccessibleName(tr("Your comment"));
    m_text->setPlaceholderText(tr("Say something specific: what impressed you, or a question about it."));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_count->setAlignment(Qt::AlignRight);
    layout->addWidget(m_count);

    auto* note = new QLabel(tr("It appears in the practice feed only; no colleague sees it."), this);
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Named before the box adopts it, so the theme's primary style applies.
    m_send = new QPushButton(tr("Post comment"), this);
    m_send->setObjectName(QStringLiteral("primaryButton"));
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &PracticeCommentDialog::textEdited);
    connect(m_send, &QPushButton::clicked, this, &PracticeCommentDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    textEdited();
    m_text->setFocus();
}

void PracticeCommentDialog::textEdited()
{
    const QString text = m_text->toPlainText();
    const int remaining = Core::CharacterCounter(m_capabilities).remaining(text);
    m_count->setText(remaining >= 0 ? tr("%1 characters left").arg(QLocale().toString(remaining))
                                    : tr("%1 characters too many").arg(QLocale().toString(-remaining)));
    m_count->setProperty("level", remaining < 0    ? QStringLiteral("over")
                                  : remaining < 40 ? QStringLiteral("near")
                                                   : QStringLiteral("ok"));
    m_count->style()->unpolish(m_count);
    m_count->style()->polish(m_count);
    m_send->setEnabled(!text.trimmed().isEmpty() && remaining >= 0);
}

void PracticeCommentDialog::send()
{
    Core::DraftContent content;
    content.platform = Core::PlatformKind::Practice;
    content.kind = Core::PostKind::Comment;
    content.body = m_text->toPlainText().trimmed();
    content.inReplyTo = m_post.remoteId;
    // A failed submit leaves the draft: trying again revises it instead of starting another.
    const auto draft = m_draftId.isEmpty() ? m_desk.createDraft(m_myId, m_myId, content)
                                           : m_desk.saveDraft(m_myId, m_draftId, content);
    if (!draft) {
        m_error->showError(draft.error());
        return;
    }
    m_draftId = draft->id;
    const auto submitted = m_desk.submit(m_myId, m_draftId);
    if (!submitted) {
        m_error->showError(submitted.error());
        return;
    }
    m_submitted = submitted.value();
    accept();
}

} // namespace Podium::Ui
