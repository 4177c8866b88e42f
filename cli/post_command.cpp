#include "post_command.h"

#include "command_context.h"
#include "common/wall_time.h"
#include "people/people_service.h"
#include "post_json.h"
#include "posts/post_desk.h"
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
    return m_context.runAction(
        arguments, {{QStringLiteral("create"), [this](const QStringList& a) { return create(a); }},
                    {QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                    {QStringLiteral("show"), [this](const QStringList& a) { return show(a); }},
                    {QStringLiteral("cancel"), [this](const QStringList& a) { return cancel(a); }},
                    {QStringLiteral("submit"), [this](const QStringList& a) { return submit(a); }},
                    {QStringLiteral("approve"), [this](const QStringList& a) { return approve(a); }},
                    {QStringLiteral("request-changes"), [this](const QStringList& a) { return requestChanges(a); }}});
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

    if (request.schedule && request.scheduledAt.isValid() && request.scheduledAt < m_context.clock().now())
        return m_context.output().error(Core::Error{Core::ErrorCode::PostTimeInvalid, QStringLiteral("in the past")});

    // Drafted, then submitted when it is to be queued: the executive's own post is scheduled at once, a
    // delegate's waits for the executive's approval.
    Core::DraftContent content;
    content.platform = request.platform;
    content.accountId = request.accountId;
    content.kind = request.kind;
    content.title = request.title;
    content.body = request.body;
    content.inReplyTo = request.inReplyTo;
    content.scheduledAt = request.scheduledAt;
    content.scheduledZone = request.scheduledZone;
    content.handOff = request.handOff;
    Core::PostDesk& desk = (*workspace)->desk();
    auto post = desk.createDraft(request.preparedBy, request.authorId, content);
    if (post && request.schedule)
        post = desk.submit(request.preparedBy, post->id);
    if (!post)
        return m_context.output().error(post.error());
    return printed(*post);
}

int PostCommand::printed(const Core::Post& post)
{
    QString plain;
    switch (post.state) {
    case Core::PostState::Draft:
        plain = tr("Saved draft %1").arg(post.id);
        break;
    case Core::PostState::AwaitingApproval:
        plain = tr("Submitted %1 for approval").arg(post.id);
        break;
    case Core::PostState::ChangesRequested:
        plain = tr("Asked for changes to %1").arg(post.id);
        break;
    case Core::PostState::Scheduled:
        plain = tr("Scheduled %1 for %2").arg(post.id, PostJson::localTime(post));
        break;
    default:
        plain = PostJson::line(post);
    }
    return m_context.output().result(PostJson::toJson(post), plain);
}

Core::Result<QString> PostCommand::actorFor(const QString& postId)
{
    const QString me = m_context.me();
    if (!me.isEmpty())
        return me;
    auto workspace = m_context.workspace();
    if (!workspace)
        return workspace.error();
    const auto post = (*workspace)->posts().find(postId);
    if (!post)
        return post.error();
    return post->authorId;
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
    const QString me = m_context.me();
    const auto posts = me.isEmpty() ? (*workspace)->posts().list(filter) : (*workspace)->desk().list(me, filter);
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
    const QString me = m_context.me();
    const auto post = me.isEmpty() ? (*workspace)->posts().find(id) : (*workspace)->desk().find(me, id);
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
    return onOnePost(sub, arguments, &Core::PostDesk::cancel, [this](const Core::Post& post) {
        return m_context.output().result(PostJson::toJson(post), tr("Cancelled %1").arg(post.id));
    });
}

int PostCommand::submit(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post submit ID"),
                         tr("Submits a draft: a delegate's goes to the executive for approval, the executive's own "
                            "is scheduled."));
    return onOnePost(sub, arguments, &Core::PostDesk::submit, [this](const Core::Post& post) { return printed(post); });
}

int PostCommand::onOnePost(SubcommandParser& sub, const QStringList& arguments,
                           Core::Result<Core::Post> (Core::PostDesk::*act)(const QString&, const QString&),
                           const std::function<int(const Core::Post&)>& print)
{
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The post's id."), tr("give one post id"), id, exitCode))
        return exitCode;
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto actor = actorFor(id);
    if (!actor)
        return m_context.output().error(actor.error());
    const auto post = ((*workspace)->desk().*act)(*actor, id);
    if (!post)
        return m_context.output().error(post.error());
    return print(*post);
}

int PostCommand::approve(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post approve ID [--text TEXT]"),
                         tr("Approves a post a delegate submitted; with --text, your wording goes out instead."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption text(QStringLiteral("text"), tr("The text to publish instead."), QStringLiteral("text"));
    parser.addOption(text);
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return m_context.output().usage(tr("give one post id"));
    const QString id = parser.positionalArguments().constFirst();
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto actor = actorFor(id);
    if (!actor)
        return m_context.output().error(actor.error());
    std::optional<Core::DraftContent> edits;
    if (parser.isSet(text)) {
        const auto current = (*workspace)->posts().find(id);
        if (!current)
            return m_context.output().error(current.error());
        edits = Core::DraftContent{current->platform,
                                   current->accountId,
                                   current->kind,
                                   current->title,
                                   parser.value(text),
                                   current->inReplyTo,
                                   current->scheduledAt.isValid() && current->scheduledAt < m_context.clock().now()
                                       ? QDateTime()
                                       : current->scheduledAt,
                                   current->scheduledZone,
                                   current->handOff};
    }
    const auto post = (*workspace)->desk().approve(*actor, id, edits);
    if (!post)
        return m_context.output().error(post.error());
    return printed(*post);
}

int PostCommand::requestChanges(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium post request-changes ID --comment TEXT"),
                         tr("Sends a submitted post back to the delegate with what to change."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption comment(QStringLiteral("comment"), tr("What to change."), QStringLiteral("text"));
    parser.addOption(comment);
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return m_context.output().usage(tr("give one post id"));
    if (!parser.isSet(comment))
        return m_context.output().usage(tr("--comment is required"));
    const QString id = parser.positionalArguments().constFirst();
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const auto actor = actorFor(id);
    if (!actor)
        return m_context.output().error(actor.error());
    const auto post = (*workspace)->desk().requestChanges(*actor, id, parser.value(comment));
    if (!post)
        return m_context.output().error(post.error());
    return printed(*post);
}

} // namespace Podium::Cli
