#include "command_line.h"

#include "account_command.h"
#include "audit_command.h"
#include "command_context.h"
#include "global_options.h"
#include "grant_command.h"
#include "guide_command.h"
#include "output.h"
#include "path_command.h"
#include "person_command.h"
#include "post_command.h"
#include "publish_command.h"
#include "queue_command.h"
#include "session_command.h"
#include "workspace_command.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace Podium::Cli {

CommandLine::CommandLine(QTextStream& out, QTextStream& err, const Core::Clock& clock, QSettings& settings)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_settings(settings)
{}

bool CommandLine::wantsCommandLine(const QStringList& arguments)
{
    static const QStringList takesValue{QStringLiteral("--database"), QStringLiteral("--lang")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
        if (takesValue.contains(argument)) {
            ++i;
            continue;
        }
        // Any word that is not an option's value is a command; an unknown one gets a usage message
        // rather than silently opening the window.
        if (!argument.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

QString CommandLine::overview() const
{
    return tr("Usage: podium [--database LOCATION] [--lang CODE] [COMMAND ACTION [options] [--json]]\n"
              "\n"
              "Without a command, Podium opens its window.\n"
              "\n"
              "Commands:\n"
              "  person add      Add a person (executive, delegate or trainer)\n"
              "  person list     List the people in the workspace\n"
              "  person me ID    Say who you are on this computer\n"
              "  workspace info  Show where the workspace is kept and what it holds\n"
              "  guide list      List the step-by-step guides (--search WORDS, --milestone ID to filter)\n"
              "  guide show ID   Print one guide, step by step\n"
              "  path show       Where you are on the onboarding path and the next step (--live or --practice)\n"
              "  path unlock     Open a tier early for a person (trainers: --person ID --tier N)\n"
              "  path style S    Choose a coaching style; also: path tick ITEM for the profile checklist\n"
              "  path load FILE  Give the workspace its own path definition (trainers; path reset undoes it)\n"
              "  account add     Connect a Mastodon or WordPress account (secrets go to the keychain)\n"
              "  account list    List the connected accounts; also: account check ID, account remove ID\n"
              "  post create     Draft or schedule a post (--at TIME --zone ZONE, or --now)\n"
              "  post list       List posts (--state STATE to filter)\n"
              "  post show ID    Show a post and everything that happened to it\n"
              "  post cancel ID  Cancel a post that has not gone out\n"
              "  post submit ID  Submit a draft (a delegate's goes to the executive for approval)\n"
              "  post approve ID Approve a submitted post (--text TEXT to publish your wording)\n"
              "  post request-changes ID --comment TEXT  Send a submitted post back with what to change\n"
              "  grant add       Let a delegate act for an executive (--delegate ID --level LEVEL)\n"
              "  grant list      List delegations; also: grant accept ID, grant revoke ID\n"
              "  audit export    Write the audit log as CSV (--since TIME, --output FILE)\n"
              "  queue           What waits, what went out, what needs you\n"
              "  publish         Publish due posts (--once, or --daemon to keep running)\n"
              "  session start   Start a practice session with an executive (--executive ID --plan IDS)\n"
              "  session note ID TEXT  Add a note; also: session finish ID --outcome TEXT [--ready],\n"
              "                  session cancel ID, session list [--executive ID], session show ID\n"
              "\n"
              "Options:\n"
              "  --database LOCATION  An SQLite file, or postgresql://user@host:port/name for a shared workspace\n"
              "  --lang CODE          Language, e.g. en or de\n"
              "  --json               Print JSON for programs instead of text for people\n"
              "  -h, --help           Show help; 'podium COMMAND ACTION --help' explains one action\n"
              "  -v, --version        Show the version\n");
}

int CommandLine::run(const QStringList& arguments)
{
    Output output(m_out, m_err);
    QCommandLineParser parser;
    const GlobalOptions global;
    global.addTo(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("version")}));
    // Everything after the command word belongs to the subcommand's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments))
        return output.usage(parser.errorText());
    output.setJson(parser.isSet(QStringLiteral("json")));

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty() && parser.isSet(QStringLiteral("version")))
        return output.result(QJsonObject{{QStringLiteral("version"), QStringLiteral(PODIUM_VERSION)}},
                             QStringLiteral("Podium " PODIUM_VERSION));
    if (rest.isEmpty()) {
        m_out << overview();
        m_out.flush();
        return parser.isSet(QStringLiteral("help")) ? Output::Success : Output::UsageError;
    }

    CommandContext context(output, m_clock, m_settings, global.database(parser));
    // Each command gets "group action options…"; the action word stands where QCommandLineParser expects
    // the program name.
    const QString group = rest.first();
    if (group == QLatin1String("person"))
        return PersonCommand(context).run(rest);
    if (group == QLatin1String("workspace"))
        return WorkspaceCommand(context).run(rest);
    if (group == QLatin1String("guide"))
        return GuideCommand(context).run(rest);
    if (group == QLatin1String("account"))
        return AccountCommand(context).run(rest);
    if (group == QLatin1String("post"))
        return PostCommand(context).run(rest);
    if (group == QLatin1String("grant"))
        return GrantCommand(context).run(rest);
    if (group == QLatin1String("audit"))
        return AuditCommand(context).run(rest);
    if (group == QLatin1String("queue"))
        return QueueCommand(context).run(rest);
    if (group == QLatin1String("path"))
        return PathCommand(context).run(rest);
    if (group == QLatin1String("publish"))
        return PublishCommand(context).run(rest);
    if (group == QLatin1String("session"))
        return SessionCommand(context).run(rest);
    return output.usage(tr("unknown command '%1'").arg(group));
}

} // namespace Podium::Cli
