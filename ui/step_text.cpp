#include "step_text.h"

namespace Podium::Ui {

using Core::NextStepKind;

QString StepText::title(const Core::NextStep& step, const QString& guideTitle)
{
    const QString& milestone = step.milestoneId;
    switch (step.kind) {
    case NextStepKind::Compose:
        if (milestone == QLatin1String("first-status-update"))
            return tr("Post your first status update");
        if (milestone == QLatin1String("status-rhythm"))
            return tr("Keep your rhythm: post a status update");
        if (milestone == QLatin1String("first-reply"))
            return tr("Reply to a comment on one of your posts");
        if (milestone == QLatin1String("first-article"))
            return tr("Write your first article");
        if (milestone == QLatin1String("first-scheduled-post"))
            return tr("Schedule a post to go out later");
        if (step.postKind == Core::PostKind::Article)
            return tr("Jot down an idea for an article");
        return tr("Share what you are working on");
    case NextStepKind::OpenGuide:
        return guideTitle.isEmpty() ? tr("Read the guide for this step") : tr("Read how: %1").arg(guideTitle);
    case NextStepKind::WeeklyRoutine:
        if (milestone == QLatin1String("follow-colleagues"))
            return tr("Follow five colleagues");
        return tr("Spend 15 minutes liking and commenting");
    case NextStepKind::ProfileChecklist:
        return tr("Complete your profile checklist");
    case NextStepKind::ReviewApprovals:
        if (milestone.isEmpty())
            return tr("Review the posts waiting for your approval");
        return tr("Review a draft your delegate prepared");
    }
    return {};
}

QString StepText::explanation(const Core::NextStep& step)
{
    const QString& milestone = step.milestoneId;
    switch (step.kind) {
    case NextStepKind::Compose:
        if (milestone == QLatin1String("first-status-update"))
            return tr("Two or three sentences about your week are enough. Start from an idea, check the preview "
                      "and publish: it takes about a minute.");
        if (milestone == QLatin1String("status-rhythm"))
            return tr("Three status updates in fourteen days make people look out for you. A short one counts.");
        if (milestone == QLatin1String("first-reply"))
            return tr("Someone took the time to comment. A short, personal answer shows you read it.");
        if (milestone == QLatin1String("first-article"))
            return tr("An article gives room to explain a decision or tell a story. 400 to 700 words are plenty.");
        if (milestone == QLatin1String("first-scheduled-post"))
            return tr("Write it now and let it go out at the right moment, for example right after a meeting.");
        return tr("A short update keeps your colleagues close to what you do.");
    case NextStepKind::OpenGuide:
        return tr("A few minutes of step-by-step help before you start.");
    case NextStepKind::WeeklyRoutine:
        if (milestone == QLatin1String("follow-colleagues"))
            return tr("Follow people outside the leadership team whose work you want to hear about.");
        return tr("Ten likes and three comments, mostly on posts by colleagues outside the leadership team.");
    case NextStepKind::ProfileChecklist:
        return tr("A photo, your role and a line about yourself: people engage more with a profile they "
                  "recognise.");
    case NextStepKind::ReviewApprovals:
        return tr("Approve, edit or send back what your delegate prepared. You see exactly what changed.");
    }
    return {};
}

QString StepText::action(const Core::NextStep& step)
{
    switch (step.kind) {
    case NextStepKind::Compose:
        return step.scheduleAhead ? tr("Write and schedule it") : tr("Write it now");
    case NextStepKind::OpenGuide:
        return tr("Open the guide");
    case NextStepKind::WeeklyRoutine:
        return tr("Open the feed");
    case NextStepKind::ProfileChecklist:
        return tr("Open the checklist");
    case NextStepKind::ReviewApprovals:
        return tr("Review now");
    }
    return {};
}

} // namespace Podium::Ui
