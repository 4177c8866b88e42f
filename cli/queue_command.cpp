#include "queue_command.h"

#include "command_context.h"
#include "post_json.h"
#include "posts/post_service.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QJsonArray>

namespace Podium::Cli {

namespace {

/// The states a person has to act on, listed after the counts.
const Core::PostState needsAPerson[] = {Core::PostState::Failed, Core::PostState::NeedsReconnect,
                                        Core::PostState::Missed, Core::PostState::Overdue};

} // namespace

QueueCommand::QueueCommand(CommandContext& context)
    : m_context(context)
{}

int QueueCommand::run(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium queue [--limit N]"),
                         tr("Shows how many posts are in each state, the next ones due, and those that need you."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many upcoming posts to list (default 10)."),
                                   QStringLiteral("n"), QStringLiteral("10"));
    sub.parser().addOption(limit);
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    Core::PostService& posts = (*workspace)->posts();
    const auto counts = posts.countByState();
    if (!counts)
        return m_context.output().error(counts.error());
    const auto next = posts.repository().due(QDateTime::fromMSecsSinceEpoch(std::numeric_limits<qint64>::max() / 2),
                                             qMax(1, sub.parser().value(limit).toInt()));
    if (!next)
        return m_context.output().error(next.error());

    QJsonObject countJson;
    QString plain;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
        countJson.insert(Core::postStateName(it.key()), it.value());
        plain +=
            QStringLiteral("%1 %2\n").arg(QString::number(it.value()).rightJustified(7), Core::postStateName(it.key()));
    }
    if (counts->isEmpty())
        plain = tr("The queue is empty.\n");
    QJsonArray upcoming;
    if (!next->isEmpty())
        plain += tr("\nNext due:\n");
    for (const Core::Post& post : *next) {
        upcoming.append(PostJson::toJson(post));
        plain += QStringLiteral("  ") + PostJson::line(post) + QLatin1Char('\n');
    }
    QJsonArray attention;
    for (const Core::PostState state : needsAPerson) {
        const auto waiting = posts.repository().inState(state, 20);
        if (!waiting)
            return m_context.output().error(waiting.error());
        for (const Core::Post& post : *waiting) {
            if (attention.isEmpty())
                plain += tr("\nNeeds you:\n");
            attention.append(PostJson::toJson(post));
            plain += QStringLiteral("  ") + PostJson::line(post) + QLatin1Char('\n');
        }
    }
    return m_context.output().result(QJsonObject{{QStringLiteral("counts"), countJson},
                                                 {QStringLiteral("next"), upcoming},
                                                 {QStringLiteral("needsAttention"), attention}},
                                     plain.trimmed());
}

} // namespace Podium::Cli
