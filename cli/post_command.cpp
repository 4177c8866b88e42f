#include "post_command.h"

#include "command_context.h"
#include "common/wall_time.h"
#include "people/people_service.h"
#include "post_json.h"
#include "posts/post_service.h"
#include "publishing/account_platforms.h"
#include "publishing/preflight.h"
#include "publishing/publishing_services.h"
#include "storage/account_repository.h"
#include "storage/audit_repository.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>

namespace Podium::Cli {

PostCommand::PostCommand(CommandContext& context)
    : m_context(context)
{}

int PostCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments,
                               {{QStringLiteral("create"), [this](const QStringList& a) { return create(a); }},
                                {QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                                {QStringLiteral("show"), [this](const QStringList& a) { return show(a); }},
                                {QStringLiteral("cancel"), [this](const QStringList& a) { return cancel(a); }}});
}

int PostCommand::create(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post create [--author ID] [--account ID] [--kind KIND] "
                                        "[--text TEXT | --text-file FILE] [--title TITLE] [--target ID] "
                                        "[--at TIME [--zone ZONE] | --now]"),
                         tr("Creates a post: a draft, or scheduled with --at or --now. Without --account it goes to "
                            "the practice sandbox."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption author(QStringLiteral("author"), tr("The executive it is published as (default: you)."),
                                    QStringLiteral("id"));
    const QCommandLineOption account(QStringLiteral("account"), tr("The network account to publish through."),
                                     QStringLiteral("id"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("status, reply, comment, like, follow or article."),
                                  QStringLiteral("kind"), QStringLiteral("status"));
    const QCommandLineOption text(QStringLiteral("text"), tr("The text."), QStringLiteral("text"));
    const QCommandLineOption textFile(QStringLiteral("text-file"), tr("Read the text from a file (- for stdin)."),
                                      QStringLiteral("file"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The title of an article."), QStringLiteral("title"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    tr("What a reply, comment or like is for: the post's id on the network (or the "
                                       "account's, to follow)."),
                                    QStringLiteral("id"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("When to publish: 2026-03-30 09:00 in --zone, or an ISO 8601 instant with offset."),
                                QStringLiteral("time"));
    const QCommandLineOption zone(QStringLiteral("zone"), tr("IANA time zone of --at (default: the author's)."),
                                  QStringLiteral("zone"));
    const QCommandLineOption now(QStringLiteral("now"), tr("Publish as soon as possible."));
    const QCommandLineOption handOff(QStringLiteral("hand-off"),
                                     tr("Give it to the server ahead of time, so it goes out at --at even if this "
                                        "computer is off (Mastodon, WordPress)."));
    parser.addOptions({author, account, kind, text, textFile, title, target, at, zone, now, handOff});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    const auto postKind = Core::postKindFromName(parser.value(kind));
    if (!postKind)
        return m_context.output().usage(tr("unknown --kind '%1'").arg(parser.value(kind)));
    if (parser.isSet(at) && parser.isSet(now))
        return m_context.output().usage(tr("give --at or --now, not both"));
    if (parser.isSet(handOff) && (!parser.isSet(at) || !parser.isSet(account)))
        return m_context.output().usage(tr("--hand-off needs --at and a live --account"));

    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    Core::NewPost request;
    request.authorId = parser.isSet(author) ? parser.value(author) : m_context.me();
    if (request.authorId.isEmpty())
        return m_context.output().usage(tr("--author is required (or mark yourself with 'podium person add --me')"));
    const auto person = (*workspace)->people().find(request.authorId);
    if (!person)
        return m_context.output().error(person.error());
    request.kind = *postKind;
    request.title = parser.value(title);
    request.inReplyTo = parser.value(target);
    request.preparedBy = m_context.me().isEmpty() ? request.authorId : m_context.me();
    if (parser.isSet(textFile)) {
        QFile file;
        const bool opened = parser.value(textFile) == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(parser.value(textFile)), file.open(QIODevice::ReadOnly));
        if (!opened)
            return m_context.output().usage(tr("cannot read %1").arg(parser.value(textFile)));
        request.body = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        request.body = parser.value(text);
    }
    if (parser.isSet(account)) {
        const auto found = Core::AccountRepository((*workspace)->database()).find(parser.value(account));
        if (!found)
            return m_context.output().error(found.error());
        request.accountId = found->id;
        request.platform = found->platform;
    }
    request.scheduledZone = parser.isSet(zone) ? parser.value(zone) : person->timeZone;
    if (parser.isSet(at)) {
        const auto instant = Core::WallTime::parse(parser.value(at), request.scheduledZone);
        if (!instant)
            return m_context.output().error(instant.error());
        request.scheduledAt = *instant;
        request.schedule = true;
    }
    request.schedule = request.schedule || parser.isSet(now);
    request.handOff = parser.isSet(handOff);
    if (request.schedule) {
        // Queued posts are checked with the server now, while there is time to fix them.
        if (const Core::Result<void> checked = preflight(request); !checked)
            return m_context.output().error(checked.error());
    }

    const auto post = (*workspace)->posts().create(request);
    if (!post)
        return m_context.output().error(post.error());
    const QString plain = post->state == Core::PostState::Draft
                              ? tr("Saved draft %1").arg(post->id)
                              : tr("Scheduled %1 for %2").arg(post->id, PostJson::localTime(*post));
    return m_context.output().result(PostJson::toJson(*post), plain);
}

Core::Result<void> PostCommand::preflight(const Core::NewPost& request)
{
    auto services = m_context.publishing();
    if (!services)
        return services.error();
    Core::Post post;
    post.authorId = request.authorId;
    post.accountId = request.accountId;
    post.platform = request.platform;
    post.isPractice = request.platform == Core::PlatformKind::Practice;
    post.kind = request.kind;
    post.title = request.title;
    post.body = request.body;
    post.scheduledAt = request.scheduledAt;
    const auto platform =
        m_context.await<Core::Platform*>([&](auto done) { (*services)->platforms().platformFor(post, done); });
    if (!platform)
        return platform.error();
    return m_context.await<void>(
        [&](auto done) { Core::Preflight::check(post, **platform, m_context.clock(), std::move(done)); });
}

int PostCommand::list(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post list [--state STATE] [--author ID] [--limit N]"),
                         tr("Lists posts, the latest first."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption state(QStringLiteral("state"), tr("Only posts in this state, e.g. scheduled or failed."),
                                   QStringLiteral("state"));
    const QCommandLineOption author(QStringLiteral("author"), tr("Only this executive's posts."), QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 50)."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    parser.addOptions({state, author, limit});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    Core::PostFilter filter;
    if (parser.isSet(state)) {
        filter.state = Core::postStateFromName(parser.value(state));
        if (!filter.state)
            return m_context.output().usage(tr("unknown --state '%1'").arg(parser.value(state)));
    }
    filter.authorId = parser.value(author);
    filter.limit = qMax(1, parser.value(limit).toInt());
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto posts = (*workspace)->posts().list(filter);
    if (!posts)
        return m_context.output().error(posts.error());
    QJsonArray json;
    QStringList lines;
    for (const Core::Post& post : *posts) {
        json.append(PostJson::toJson(post));
        lines.append(PostJson::line(post));
    }
    if (lines.isEmpty())
        lines.append(tr("No posts yet. Create one with: podium post create --text \"…\" --now"));
    return m_context.output().result(json, lines.join(QLatin1Char('\n')));
}

int PostCommand::show(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post show ID"),
                         tr("Shows one post and everything that happened to it."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The post's id."), tr("give one post id"), id, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto post = (*workspace)->posts().find(id);
    if (!post)
        return m_context.output().error(post.error());
    const auto events = Core::AuditRepository((*workspace)->database()).forSubject(QStringLiteral("post"), post->id);
    if (!events)
        return m_context.output().error(events.error());
    QJsonObject json = PostJson::toJson(*post);
    QJsonArray history;
    QString plain = PostJson::line(*post) + QLatin1Char('\n');
    if (!post->remoteUrl.isEmpty())
        plain += tr("Published at %1").arg(post->remoteUrl) + QLatin1Char('\n');
    if (!post->lastErrorCode.isEmpty())
        plain += tr("Last error: %1 (%2)").arg(post->lastErrorDetail, post->lastErrorCode) + QLatin1Char('\n');
    for (const Core::AuditEvent& event : *events) {
        history.append(QJsonObject{{QStringLiteral("at"), event.occurredAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("action"), event.action},
                                   {QStringLiteral("actorId"), event.actorId},
                                   {QStringLiteral("actingForId"), event.actingForId},
                                   {QStringLiteral("detail"), event.detail}});
        plain += QStringLiteral("  %1  %2  %3\n")
                     .arg(event.occurredAt.toString(Qt::ISODate), event.action.leftJustified(22), event.detail);
    }
    json.insert(QStringLiteral("history"), history);
    return m_context.output().result(json, plain.trimmed());
}

int PostCommand::cancel(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post cancel ID"), tr("Cancels a post that has not gone out yet."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The post's id."), tr("give one post id"), id, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto post = (*workspace)->posts().cancel(id, m_context.me());
    if (!post)
        return m_context.output().error(post.error());
    return m_context.output().result(PostJson::toJson(*post), tr("Cancelled %1").arg(post->id));
}

} // namespace Podium::Cli
