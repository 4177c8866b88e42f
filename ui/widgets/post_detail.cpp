#include "post_detail.h"

#include "common/error_message.h"
#include "post_text.h"
#include "state_palette.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Podium::Ui {

PostDetail::PostDetail(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("postDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 14, 16, 14);
    m_empty = new QLabel(tr("Select a post to see it here."), this);
    m_empty->setObjectName(QStringLiteral("hint"));
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);
    m_body = new QWidget(this);
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_state = new QLabel(m_body);
    m_state->setObjectName(QStringLiteral("stateBadge"));
    layout->addWidget(m_state, 0, Qt::AlignLeft);
    m_help = new QLabel(m_body);
    m_help->setWordWrap(true);
    layout->addWidget(m_help);
    m_problem = new QLabel(m_body);
    m_problem->setObjectName(QStringLiteral("errorText"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_facts = new QLabel(m_body);
    m_facts->setObjectName(QStringLiteral("hint"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);
    m_text = new QLabel(m_body);
    m_text->setObjectName(QStringLiteral("detailText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_review = new QPushButton(tr("Review and approve…"), m_body);
    m_review->setObjectName(QStringLiteral("primaryButton"));
    m_publishNow = new QPushButton(tr("Publish now"), m_body);
    m_publishNow->setObjectName(QStringLiteral("primaryButton"));
    m_edit = new QPushButton(tr("Edit"), m_body);
    m_cancel = new QPushButton(tr("Cancel this post"), m_body);
    for (QPushButton* button : {m_review, m_publishNow, m_edit, m_cancel})
        layout->addWidget(button);
    outer->addWidget(m_body, 1);

    connect(m_review, &QPushButton::clicked, this, [this] { Q_EMIT reviewRequested(m_postId); });
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_postId); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_postId); });
    connect(m_publishNow, &QPushButton::clicked, this, [this] { Q_EMIT publishNowRequested(m_postId); });
    clear();
}

void PostDetail::clear()
{
    m_postId.clear();
    m_body->hide();
    m_empty->show();
}

void PostDetail::showPost(const Core::Post& post, const QHash<QString, QString>& names, const QString& zone,
                          bool canReview, bool canEdit, bool canCancel)
{
    using Core::PostState;
    m_postId = post.id;
    m_empty->hide();
    m_body->show();
    const QColor accent = StatePalette::accent(post.state);
    m_state->setText(PostText::state(post.state));
    m_state->setStyleSheet(QStringLiteral("background:%1;color:%2;border-radius:9px;padding:3px 10px;font-weight:600;")
                               .arg(StatePalette::tint(post.state).name(), accent.name()));
    m_help->setText(PostText::stateHelp(post.state));

    const QLocale locale;
    const QTimeZone viewer(zone.toUtf8());
    const auto show = [&](const QDateTime& at) {
        return locale.toString(at.toTimeZone(viewer), QStringLiteral("ddd d MMM yyyy, HH:mm t"));
    };
    QStringList facts;
    facts << tr("For <b>%1</b> on %2")
                 .arg(names.value(post.authorId, post.authorId).toHtmlEscaped(),
                      PostText::platform(post.platform).toHtmlEscaped());
    if (post.scheduledAt.isValid())
        facts << tr("Goes out: %1").arg(show(post.scheduledAt).toHtmlEscaped());
    if (post.approveBy.isValid() &&
        (post.state == PostState::AwaitingApproval || post.state == PostState::ChangesRequested))
        facts << tr("Approve by: %1").arg(show(post.approveBy).toHtmlEscaped());
    if (!post.preparedBy.isEmpty() && post.preparedBy != post.authorId)
        facts << tr("Prepared by %1").arg(names.value(post.preparedBy, post.preparedBy).toHtmlEscaped());
    if (!post.approvedBy.isEmpty())
        facts << tr("Approved by %1").arg(names.value(post.approvedBy, post.approvedBy).toHtmlEscaped());
    if (!post.remoteUrl.isEmpty())
        facts << QStringLiteral("<a href=\"%1\">%2</a>").arg(post.remoteUrl.toHtmlEscaped(), tr("Open on the network"));
    m_facts->setText(facts.join(QStringLiteral("<br>")));
    m_facts->setOpenExternalLinks(true);
    m_text->setText(post.kind == Core::PostKind::Article ? post.title + QStringLiteral("\n\n") + post.body : post.body);

    QString problem;
    if (post.state == PostState::ChangesRequested && !post.reviewComment.isEmpty())
        problem = tr("Asked for changes: %1").arg(post.reviewComment);
    else if (!post.lastErrorCode.isEmpty() &&
             (post.state == PostState::Failed || post.state == PostState::RetryWaiting ||
              post.state == PostState::NeedsReconnect))
        problem = Core::ErrorMessage::text(
            Core::Error{Core::errorCodeFromName(post.lastErrorCode).value_or(Core::ErrorCode::PlatformRejected),
                        post.lastErrorDetail});
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());

    m_review->setVisible(canReview && (post.state == PostState::AwaitingApproval || post.state == PostState::Overdue));
    m_edit->setVisible(canEdit && (post.state == PostState::Draft || post.state == PostState::ChangesRequested));
    m_publishNow->setVisible(canEdit && post.state == PostState::Missed);
    m_cancel->setVisible(canCancel && Core::isCancellable(post.state));
}

} // namespace Podium::Ui
