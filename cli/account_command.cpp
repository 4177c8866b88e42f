#include "account_command.h"

#include "accounts/account_service.h"
#include "command_context.h"
#include "people/people_service.h"
#include "platforms/mastodon/mastodon_authorization.h"
#include "platforms/mastodon/mastodon_platform.h"
#include "platforms/wordpress/wordpress_platform.h"
#include "publishing/publishing_services.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <optional>

namespace Podium::Cli {

namespace {

QJsonObject toJson(const Core::NetworkAccount& account)
{
    return QJsonObject{{QStringLiteral("id"), account.id},
                       {QStringLiteral("personId"), account.personId},
                       {QStringLiteral("platform"), Core::platformKindName(account.platform)},
                       {QStringLiteral("server"), account.serverUrl.toString()},
                       {QStringLiteral("handle"), account.handle},
                       {QStringLiteral("state"), account.state},
                       {QStringLiteral("createdAt"), account.createdAt.toString(Qt::ISODateWithMs)}};
}

QString readLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

} // namespace

AccountCommand::AccountCommand(CommandContext& context)
    : m_context(context)
{}

int AccountCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments,
                               {{QStringLiteral("add"), [this](const QStringList& a) { return add(a); }},
                                {QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                                {QStringLiteral("check"), [this](const QStringList& a) { return check(a); }},
                                {QStringLiteral("remove"), [this](const QStringList& a) { return remove(a); }}});
}

int AccountCommand::add(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium account add --platform mastodon|wordpress --server URL "
                                        "[--person ID] [--user NAME] [--secret-stdin]"),
                         tr("Connects an account. Mastodon: without --secret-stdin Podium prints a page to open and "
                            "asks for the code it shows. WordPress: --user and an Application Password on stdin. "
                            "The secret goes into the system keychain only."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption platform(QStringLiteral("platform"), tr("mastodon or wordpress."), QStringLiteral("name"));
    const QCommandLineOption server(QStringLiteral("server"), tr("The server or site address."), QStringLiteral("url"));
    const QCommandLineOption person(QStringLiteral("person"), tr("Whose account it is (default: you)."),
                                    QStringLiteral("id"));
    const QCommandLineOption user(QStringLiteral("user"), tr("WordPress: the user name."), QStringLiteral("name"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
                                         tr("Read an access token (Mastodon) or Application Password (WordPress) "
                                            "from the first line of stdin, never from the command line."));
    parser.addOptions({platform, server, person, user, secretStdin});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    const auto kind = Core::platformKindFromName(parser.value(platform));
    if (!kind || *kind == Core::PlatformKind::Practice)
        return m_context.output().usage(tr("--platform must be mastodon or wordpress"));
    const QUrl serverUrl = QUrl::fromUserInput(parser.value(server));
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() || !serverUrl.scheme().startsWith(QLatin1String("http")))
        return m_context.output().error(Core::Error{Core::ErrorCode::PlatformUrlInvalid, parser.value(server)});
    if (*kind == Core::PlatformKind::WordPress && (!parser.isSet(user) || !parser.isSet(secretStdin)))
        return m_context.output().usage(tr("WordPress needs --user and --secret-stdin"));

    auto services = m_context.publishing();
    if (!services)
        return m_context.output().error(services.error());
    auto workspace = m_context.workspace();
    Core::NetworkAccount account;
    account.personId = parser.isSet(person) ? parser.value(person) : m_context.me();
    if (const auto owner = (*workspace)->people().find(account.personId); !owner)
        return m_context.output().error(owner.error());
    account.platform = *kind;
    account.serverUrl = serverUrl;
    account.handle = parser.value(user);

    QNetworkAccessManager network;
    QString secret;
    if (*kind == Core::PlatformKind::Mastodon && !parser.isSet(secretStdin)) {
        Core::MastodonAuthorization authorization(&network, m_context.clock(), serverUrl);
        const auto url = m_context.await<QUrl>([&](auto done) { authorization.startOutOfBand(std::move(done)); });
        if (!url)
            return m_context.output().error(url.error());
        m_context.output().line(
            tr("Open this page, approve Podium, then paste the code here:\n%1").arg(url->toString()));
        const QString code = readLine();
        const auto connection = m_context.await<Core::MastodonConnection>(
            [&](auto done) { authorization.finishOutOfBand(code, std::move(done)); });
        if (!connection)
            return m_context.output().error(connection.error());
        secret = connection->accessToken;
    } else {
        secret = readLine();
        if (secret.isEmpty())
            return m_context.output().usage(tr("the secret must be the first line of stdin"));
    }

    // The credential is checked before anything is stored, so a refused one leaves no trace.
    std::unique_ptr<Core::Platform> probe;
    if (*kind == Core::PlatformKind::Mastodon)
        probe = std::make_unique<Core::MastodonPlatform>(&network, m_context.clock(), serverUrl, secret);
    else
        probe =
            std::make_unique<Core::WordPressPlatform>(&network, m_context.clock(), serverUrl, account.handle, secret);
    const auto identity =
        m_context.await<Core::AccountIdentity>([&](auto done) { probe->checkCredential(std::move(done)); });
    if (!identity)
        return m_context.output().error(identity.error());
    if (account.handle.isEmpty())
        account.handle = identity->handle;

    const auto added = m_context.await<Core::NetworkAccount>(
        [&](auto done) { (*services)->accounts().add(account, secret, std::move(done)); });
    if (!added)
        return m_context.output().error(added.error());
    return m_context.output().result(
        toJson(*added), tr("Connected %1 on %2 as account %3").arg(added->handle, serverUrl.host(), added->id));
}

int AccountCommand::list(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium account list [--person ID]"), tr("Lists the connected accounts."));
    const QCommandLineOption person(QStringLiteral("person"), tr("Only this person's accounts."), QStringLiteral("id"));
    sub.parser().addOption(person);
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    auto services = m_context.publishing();
    if (!services)
        return m_context.output().error(services.error());
    const auto accounts = (*services)->accounts().list(sub.parser().value(person));
    if (!accounts)
        return m_context.output().error(accounts.error());
    QJsonArray json;
    QStringList lines;
    for (const Core::NetworkAccount& account : *accounts) {
        json.append(toJson(account));
        lines.append(QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(account.id, Core::platformKindName(account.platform).leftJustified(9),
                              account.handle.leftJustified(24), account.serverUrl.toString(), account.state));
    }
    if (lines.isEmpty())
        lines.append(tr("No accounts yet. Posts go to the practice sandbox until you connect one with: "
                        "podium account add"));
    return m_context.output().result(json, lines.join(QLatin1Char('\n')));
}

int AccountCommand::check(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium account check ID"),
                         tr("Asks the server whether the stored sign-in still works."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The account's id."), tr("give one account id"), id, exitCode))
        return exitCode;
    auto services = m_context.publishing();
    if (!services)
        return m_context.output().error(services.error());
    const auto identity =
        m_context.await<Core::AccountIdentity>([&](auto done) { (*services)->accounts().check(id, std::move(done)); });
    if (!identity)
        return m_context.output().error(identity.error());
    return m_context.output().result(QJsonObject{{QStringLiteral("ok"), true},
                                                 {QStringLiteral("handle"), identity->handle},
                                                 {QStringLiteral("displayName"), identity->displayName}},
                                     tr("Signed in as %1").arg(identity->handle));
}

int AccountCommand::remove(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium account remove ID"),
                         tr("Disconnects an account and deletes its sign-in from the keychain."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The account's id."), tr("give one account id"), id, exitCode))
        return exitCode;
    auto services = m_context.publishing();
    if (!services)
        return m_context.output().error(services.error());
    const auto removed = m_context.await<void>([&](auto done) { (*services)->accounts().remove(id, std::move(done)); });
    if (!removed)
        return m_context.output().error(removed.error());
    return m_context.output().result(QJsonObject{{QStringLiteral("removed"), id}}, tr("Removed account %1").arg(id));
}

} // namespace Podium::Cli
