#include "guide_command.h"

#include "command_context.h"
#include "guides/guide_library.h"
#include "subcommand_parser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Podium::Cli {

namespace {

QJsonObject summary(const Core::Guide& guide)
{
    return QJsonObject{{QStringLiteral("id"), guide.id},
                       {QStringLiteral("title"), guide.title},
                       {QStringLiteral("tier"), guide.tier},
                       {QStringLiteral("platform"), guide.platform},
                       {QStringLiteral("milestone"), guide.milestone},
                       {QStringLiteral("minutes"), guide.minutes},
                       {QStringLiteral("language"), guide.language}};
}

} // namespace

GuideCommand::GuideCommand(CommandContext& context)
    : m_context(context)
{}

int GuideCommand::run(const QStringList& arguments)
{
    return m_context.runAction(arguments, {{QStringLiteral("list"), [this](const QStringList& a) { return list(a); }},
                                           {QStringLiteral("show"), [this](const QStringList& a) { return show(a); }}});
}

int GuideCommand::list(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium guide list [--search WORDS] [--milestone ID]"),
                         tr("Lists the step-by-step guides, easiest first."));
    const QCommandLineOption search(QStringLiteral("search"), tr("Only guides containing these words."),
                                    QStringLiteral("words"));
    const QCommandLineOption milestone(QStringLiteral("milestone"),
                                       tr("Only the guides for this milestone of the path, e.g. first-reply."),
                                       QStringLiteral("id"));
    sub.parser().addOptions({search, milestone});
    int exitCode = 0;
    if (!sub.parse(arguments, m_context, exitCode))
        return exitCode;

    const Core::GuideLibrary library(QLocale().name());
    QList<Core::Guide> guides =
        sub.parser().isSet(search) ? library.search(sub.parser().value(search)) : library.guides();
    if (sub.parser().isSet(milestone)) {
        const QString wanted = sub.parser().value(milestone);
        guides.erase(std::remove_if(guides.begin(), guides.end(),
                                    [&](const Core::Guide& guide) { return guide.milestone != wanted; }),
                     guides.end());
    }
    QJsonArray json;
    QString plain;
    for (const Core::Guide& guide : guides) {
        json.append(summary(guide));
        plain += tr("%1  tier %2  %3 min  %4  (%5)\n")
                     .arg(guide.id.leftJustified(34))
                     .arg(guide.tier)
                     .arg(guide.minutes, 2)
                     .arg(guide.title, guide.milestone);
    }
    if (guides.isEmpty())
        plain = tr("No guide matches.");
    return m_context.output().result(json, plain);
}

int GuideCommand::show(const QStringList& arguments)
{
    SubcommandParser sub(QStringLiteral("podium guide show ID"), tr("Prints one guide, step by step."));
    int exitCode = 0;
    QString id;
    if (!sub.parseId(arguments, m_context, tr("The guide's id, from 'podium guide list'."),
                     tr("guide show needs one guide id"), id, exitCode))
        return exitCode;

    const auto guide = Core::GuideLibrary(QLocale().name()).find(id);
    if (!guide)
        return m_context.output().error(guide.error());

    QJsonObject json = summary(guide.value());
    json.insert(QStringLiteral("introduction"), guide->introduction);
    QJsonArray steps;
    QString plain = guide->title + QLatin1Char('\n') + QString(guide->title.size(), QLatin1Char('=')) +
                    QStringLiteral("\n\n") + guide->introduction + QStringLiteral("\n");
    int number = 0;
    for (const Core::GuideStep& step : guide->steps) {
        steps.append(QJsonObject{{QStringLiteral("title"), step.title},
                                 {QStringLiteral("text"), step.text},
                                 {QStringLiteral("checklist"), QJsonArray::fromStringList(step.checklist)},
                                 {QStringLiteral("pictures"), QJsonArray::fromStringList(step.pictures)}});
        plain += QStringLiteral("\n%1. %2\n%3\n").arg(++number).arg(step.title, step.text);
        for (const QString& action : step.checklist)
            plain += QStringLiteral("   [ ] ") + action + QLatin1Char('\n');
    }
    json.insert(QStringLiteral("steps"), steps);
    return m_context.output().result(json, plain);
}

} // namespace Podium::Cli
