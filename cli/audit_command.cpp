#include "audit_command.h"

#include "audit/audit_csv.h"
#include "command_context.h"
#include "common/wall_time.h"
#include "storage/audit_repository.h"
#include "subcommand_parser.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Podium::Cli {

AuditCommand::AuditCommand(CommandContext& context)
    : m_context(context)
{}

int AuditCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments,
                               {{QStringLiteral("export"), [this](const QStringList& a) { return exportCsv(a); }}});
}

int AuditCommand::exportCsv(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium audit export [--since TIME] [--output FILE]"),
                         tr("Writes the audit log as CSV: who did what, acting for whom, when."));
    QCommandLineParser& parser = sub.parser();
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Only events from then on: an ISO 8601 instant, or 2026-03-01 00:00 (UTC)."),
                                   QStringLiteral("time"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to this file (default: standard output)."),
                                    QStringLiteral("file"));
    parser.addOptions({since, output});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;
    QDateTime from;
    if (parser.isSet(since)) {
        const auto instant = Core::WallTime::parse(parser.value(since), QStringLiteral("UTC"));
        if (!instant)
            return m_context.output().error(instant.error());
        from = *instant;
    }
    auto workspace = m_context.workspace();
    if (!workspace)
        return m_context.output().error(workspace.error());
    const Core::AuditRepository audit((*workspace)->database());

    // A file is written aside and renamed at the end, so an interrupted export never leaves half a log.
    QSaveFile file(parser.value(output));
    if (parser.isSet(output) && !file.open(QIODevice::WriteOnly))
        return m_context.output().usage(tr("cannot write %1").arg(parser.value(output)));
    QTextStream toFile(&file);
    QTextStream& out = parser.isSet(output) ? toFile : m_context.output().out();
    int count = 0;
    out << Core::AuditCsv::header();
    const Core::Result<void> written = audit.each(from, [&](const Core::AuditEvent& event) {
        out << Core::AuditCsv::row(event);
        ++count;
    });
    if (!written)
        return m_context.output().error(written.error());
    out.flush();
    if (!parser.isSet(output))
        return Output::Success;
    if (!file.commit())
        return m_context.output().usage(tr("cannot write %1").arg(parser.value(output)));
    return m_context.output().result(
        QJsonObject{{QStringLiteral("file"), parser.value(output)}, {QStringLiteral("events"), count}},
        tr("Wrote %n event(s) to %1", nullptr, count).arg(parser.value(output)));
}

} // namespace Podium::Cli
