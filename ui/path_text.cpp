#include "path_text.h"

#include "path/path_definition.h"

#include <QLocale>

namespace Podium::Ui {

using Core::ActivityKind;

QString PathText::tierTitle(const Core::PathTier& tier)
{
    if (tier.id == QLatin1String("status-updates"))
        return tr("Status updates");
    if (tier.id == QLatin1String("interactions"))
        return tr("Interactions");
    if (tier.id == QLatin1String("content"))
        return tr("Content");
    return tier.title;
}

QString PathText::tierDescription(const Core::PathTier& tier)
{
    if (tier.id == QLatin1String("status-updates"))
        return tr("Complete your profile and start sharing short status updates.");
    if (tier.id == QLatin1String("interactions"))
        return tr("Like, comment, reply and follow: take part in your colleagues' conversations.");
    if (tier.id == QLatin1String("content"))
        return tr("Write articles and schedule posts for the moments that matter.");
    return tier.description;
}

QString PathText::milestoneTitle(const Core::Milestone& milestone)
{
    const QString& id = milestone.id;
    if (id == QLatin1String("profile-checklist"))
        return tr("Complete your profile");
    if (id == QLatin1String("first-status-update"))
        return tr("Post your first status update");
    if (id == QLatin1String("status-rhythm"))
        return tr("Find your rhythm");
    if (id == QLatin1String("weekly-engagement"))
        return tr("Engage for a week");
    if (id == QLatin1String("first-reply"))
        return tr("Reply to a comment");
    if (id == QLatin1String("follow-colleagues"))
        return tr("Follow five colleagues");
    if (id == QLatin1String("first-article"))
        return tr("Publish your first article");
    if (id == QLatin1String("first-scheduled-post"))
        return tr("Schedule a post ahead");
    if (id == QLatin1String("review-delegate-draft"))
        return tr("Review a draft your delegate prepared");
    return milestone.title;
}

QString PathText::milestoneDescription(const Core::Milestone& milestone)
{
    const QString& id = milestone.id;
    if (id == QLatin1String("profile-checklist"))
        return tr("Add a photo, your title, a short bio, your location and how to reach you.");
    if (id == QLatin1String("first-status-update"))
        return tr("Share one short update with your colleagues.");
    if (id == QLatin1String("status-rhythm"))
        return tr("Post three status updates within two weeks.");
    if (id == QLatin1String("weekly-engagement"))
        return tr("Within one week, like ten posts and comment on three, at least half of them by colleagues who "
                  "are not executives.");
    if (id == QLatin1String("first-reply"))
        return tr("Answer someone who commented on your post.");
    if (id == QLatin1String("follow-colleagues"))
        return tr("Follow five colleagues whose work you want to see.");
    if (id == QLatin1String("first-article"))
        return tr("Write a longer piece: the why behind a decision, or the priorities for the quarter.");
    if (id == QLatin1String("first-scheduled-post"))
        return tr("Prepare a post and let it go out at the moment that suits it.");
    if (id == QLatin1String("review-delegate-draft"))
        return tr("Approve a delegate's draft, or send it back with what to change.");
    return milestone.description;
}

QString PathText::milestoneTitle(const Core::PathDefinition& definition, const QString& milestoneId)
{
    const Core::Milestone* milestone = definition.milestone(milestoneId);
    return milestone ? milestoneTitle(*milestone) : milestoneId;
}

QString PathText::profileItem(const QString& item)
{
    if (item == QLatin1String("photo"))
        return tr("A profile photo");
    if (item == QLatin1String("title"))
        return tr("Your job title");
    if (item == QLatin1String("bio"))
        return tr("A short bio");
    if (item == QLatin1String("location"))
        return tr("Your location");
    if (item == QLatin1String("contact"))
        return tr("How to reach you");
    return item;
}

QString PathText::coachingStyle(Core::CoachingStyle style)
{
    switch (style) {
    case Core::CoachingStyle::DivesIn:
        return tr("Dives straight in");
    case Core::CoachingStyle::HandHolding:
        return tr("Step by step");
    case Core::CoachingStyle::Blogger:
        return tr("Writer");
    case Core::CoachingStyle::Commenter:
        return tr("Conversationalist");
    case Core::CoachingStyle::NeedsReminders:
        return tr("Likes reminders");
    }
    return {};
}

QString PathText::coachingStyleHelp(Core::CoachingStyle style)
{
    switch (style) {
    case Core::CoachingStyle::DivesIn:
        return tr("Goes straight to writing; the guides stay at hand.");
    case Core::CoachingStyle::HandHolding:
        return tr("Smaller first goals, and the guide before each task.");
    case Core::CoachingStyle::Blogger:
        return tr("Prefers longer pieces: article ideas come early.");
    case Core::CoachingStyle::Commenter:
        return tr("Prefers joining conversations: likes, comments and follows come first.");
    case Core::CoachingStyle::NeedsReminders:
        return tr("Each next step comes with a suggested time for a reminder.");
    }
    return {};
}

QString PathText::track(Core::Track track)
{
    return track == Core::Track::Practice ? tr("Practice") : tr("Live");
}

QString PathText::target(const Core::TargetProgress& target)
{
    // The done count is capped so a busy week reads "3 of 3", not "5 of 3".
    const QString done = QLocale().toString(qMin(target.done, target.needed));
    switch (target.kind) {
    case ActivityKind::Status:
        return tr("%1 of %n status updates", nullptr, target.needed).arg(done);
    case ActivityKind::Reply:
        return tr("%1 of %n replies", nullptr, target.needed).arg(done);
    case ActivityKind::Comment:
        return tr("%1 of %n comments", nullptr, target.needed).arg(done);
    case ActivityKind::Like:
        return tr("%1 of %n likes", nullptr, target.needed).arg(done);
    case ActivityKind::Follow:
        return tr("%1 of %n colleagues followed", nullptr, target.needed).arg(done);
    case ActivityKind::Article:
        return tr("%1 of %n articles", nullptr, target.needed).arg(done);
    case ActivityKind::Scheduled:
        return tr("%1 of %n scheduled posts", nullptr, target.needed).arg(done);
    case ActivityKind::ProfileItem:
        return tr("%1 of %n profile items", nullptr, target.needed).arg(done);
    case ActivityKind::Review:
        return tr("%1 of %n drafts reviewed", nullptr, target.needed).arg(done);
    }
    return {};
}

QString PathText::targets(const Core::MilestoneProgress& progress)
{
    QStringList parts;
    for (const Core::TargetProgress& each : progress.targets)
        parts.append(target(each));
    const QString joined = QLocale().createSeparatedList(parts);
    if (progress.windowDays > 0)
        return tr("%1 in the last %n days", nullptr, progress.windowDays).arg(joined);
    return joined;
}

} // namespace Podium::Ui
