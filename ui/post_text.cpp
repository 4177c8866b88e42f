#include "post_text.h"

#include "storage/post_queue_repository.h"

#include <QLocale>

namespace Podium::Ui {

using Core::PostState;

QString PostText::state(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return tr("Draft");
    case PostState::AwaitingApproval:
        return tr("Waiting for approval");
    case PostState::ChangesRequested:
        return tr("Changes requested");
    case PostState::Scheduled:
        return tr("Scheduled");
    case PostState::Publishing:
        return tr("Publishing");
    case PostState::RetryWaiting:
        return tr("Retrying");
    case PostState::HandedOff:
        return tr("Scheduled on the network");
    case PostState::Published:
        return tr("Published");
    case PostState::Failed:
        return tr("Failed");
    case PostState::NeedsReconnect:
        return tr("Sign-in needed");
    case PostState::Cancelled:
        return tr("Cancelled");
    case PostState::Overdue:
        return tr("Overdue");
    case PostState::Missed:
        return tr("Missed");
    }
    return {};
}

QString PostText::stateHelp(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return tr("Only you and the people you work with can see it. Nothing goes out until it is scheduled.");
    case PostState::AwaitingApproval:
        return tr("Prepared by a delegate. It goes out only after the executive approves it.");
    case PostState::ChangesRequested:
        return tr("The executive asked for changes. Edit it and submit it again.");
    case PostState::Scheduled:
        return tr("It will go out at its time.");
    case PostState::Publishing:
        return tr("Podium is sending it now.");
    case PostState::RetryWaiting:
        return tr("The network did not answer. Podium tries again by itself; it will never post twice.");
    case PostState::HandedOff:
        return tr("The network holds it and publishes it at its time, even if this computer is off.");
    case PostState::Published:
        return tr("It is out, under the executive's name.");
    case PostState::Failed:
        return tr("The network refused it. Read why, fix it and schedule it again.");
    case PostState::NeedsReconnect:
        return tr("The network refused the sign-in. Reconnect the account in Settings; the post waits.");
    case PostState::Cancelled:
        return tr("It was cancelled and will not go out.");
    case PostState::Overdue:
        return tr("Its time came before it was approved, so it was held. Approve it to send it now, or "
                  "reschedule it.");
    case PostState::Missed:
        return tr("Podium was closed at its time. Publish it now, reschedule it or cancel it.");
    }
    return {};
}

QString PostText::count(int count)
{
    if (count > Core::PostQueueRepository::countCap)
        return tr("%1+").arg(QLocale().toString(Core::PostQueueRepository::countCap));
    return QLocale().toString(count);
}

QString PostText::filter(Core::QueueFilter filter)
{
    switch (filter) {
    case Core::QueueFilter::Drafts:
        return tr("Drafts");
    case Core::QueueFilter::Waiting:
        return tr("Waiting for approval");
    case Core::QueueFilter::ChangesRequested:
        return tr("Changes requested");
    case Core::QueueFilter::Scheduled:
        return tr("Scheduled");
    case Core::QueueFilter::Overdue:
        return tr("Overdue");
    case Core::QueueFilter::Published:
        return tr("Published");
    case Core::QueueFilter::Failed:
        return tr("Failed");
    case Core::QueueFilter::Missed:
        return tr("Missed");
    }
    return {};
}

QString PostText::kind(Core::PostKind kind)
{
    switch (kind) {
    case Core::PostKind::Status:
        return tr("Status update");
    case Core::PostKind::Reply:
        return tr("Reply");
    case Core::PostKind::Comment:
        return tr("Comment");
    case Core::PostKind::Like:
        return tr("Like");
    case Core::PostKind::Follow:
        return tr("Follow");
    case Core::PostKind::Article:
        return tr("Article");
    }
    return {};
}

QString PostText::platform(Core::PlatformKind platform)
{
    switch (platform) {
    case Core::PlatformKind::Practice:
        return tr("Practice sandbox");
    case Core::PlatformKind::Mastodon:
        return tr("Mastodon");
    case Core::PlatformKind::WordPress:
        return tr("WordPress");
    }
    return {};
}

} // namespace Podium::Ui
