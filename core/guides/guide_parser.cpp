#include "guide_parser.h"

#include <QRegularExpression>

namespace Podium::Core {

namespace {

constexpr int maxSteps = 50;
constexpr int maxMinutes = 600;

Error malformed(int line, const QString& why)
{
    return Error{ErrorCode::GuideMalformed, QStringLiteral("line %1: %2").arg(line).arg(why)};
}

Result<int> boundedNumber(const QString& value, int low, int high, int line, const QString& key)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < low || number > high)
        return malformed(line, QStringLiteral("%1 must be a number from %2 to %3").arg(key).arg(low).arg(high));
    return number;
}

Result<void> setField(Guide& guide, const QString& key, const QString& value, int line)
{
    static const QStringList platforms{QStringLiteral("practice"), QStringLiteral("mastodon"),
                                       QStringLiteral("wordpress"), QStringLiteral("any")};
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (key == QLatin1String("id") || key == QLatin1String("milestone")) {
        if (!idPattern.match(value).hasMatch())
            return malformed(line, key + QStringLiteral(" must be lower-case words joined by hyphens"));
        (key == QLatin1String("id") ? guide.id : guide.milestone) = value;
    } else if (key == QLatin1String("title")) {
        guide.title = value;
    } else if (key == QLatin1String("platform")) {
        if (!platforms.contains(value))
            return malformed(line, QStringLiteral("platform must be practice, mastodon, wordpress or any"));
        guide.platform = value;
    } else if (key == QLatin1String("tier")) {
        const Result<int> tier = boundedNumber(value, 1, 3, line, key);
        if (!tier)
            return tier.error();
        guide.tier = tier.value();
    } else if (key == QLatin1String("minutes")) {
        const Result<int> minutes = boundedNumber(value, 1, maxMinutes, line, key);
        if (!minutes)
            return minutes.error();
        guide.minutes = minutes.value();
    } else {
        return malformed(line, QStringLiteral("unknown key '%1'").arg(key));
    }
    return {};
}

void appendParagraph(QString& text, const QString& line)
{
    if (line.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
            text += QLatin1String("\n\n");
        return;
    }
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char(' ');
    text += line;
}

} // namespace

const QStringList& GuideParser::actions()
{
    static const QStringList all{QStringLiteral("compose-status"),    QStringLiteral("compose-reply"),
                                 QStringLiteral("compose-comment"),   QStringLiteral("compose-article"),
                                 QStringLiteral("compose-scheduled"), QStringLiteral("queue"),
                                 QStringLiteral("practice-feed"),     QStringLiteral("profile-checklist"),
                                 QStringLiteral("settings"),          QStringLiteral("accounts")};
    return all;
}

Result<Guide> GuideParser::parse(const QString& text, const QString& language)
{
    QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return malformed(1, QStringLiteral("a guide starts with a front-matter line '---'"));

    Guide guide;
    guide.language = language;
    qsizetype index = 1;
    for (; index < lines.size() && lines.at(index).trimmed() != QLatin1String("---"); ++index) {
        const QString& line = lines.at(index);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return malformed(int(index + 1), QStringLiteral("expected 'key: value' or the closing '---'"));
        const Result<void> set =
            setField(guide, line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), int(index + 1));
        if (!set)
            return set.error();
    }
    if (index >= lines.size())
        return malformed(int(index), QStringLiteral("the front matter has no closing '---'"));
    for (const auto& [name, value] : {std::pair{"id", guide.id}, std::pair{"title", guide.title},
                                      std::pair{"platform", guide.platform}, std::pair{"milestone", guide.milestone}})
        if (value.isEmpty())
            return malformed(int(index + 1), QStringLiteral("the front matter needs '%1'").arg(QLatin1String(name)));
    if (guide.minutes == 0)
        return malformed(int(index + 1), QStringLiteral("the front matter needs 'minutes'"));

    static const QRegularExpression picture(QStringLiteral(R"(^!\[[^\]]*\]\(([A-Za-z0-9_./-]+)\)$)"));
    static const QRegularExpression action(QStringLiteral(R"(^\[([^\]]+)\]\(podium:([a-z-]+)\)$)"));
    for (++index; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        const int number = int(index + 1);
        if (line.startsWith(QLatin1String("## "))) {
            if (guide.steps.size() >= maxSteps)
                return malformed(number, QStringLiteral("more than %1 steps").arg(maxSteps));
            guide.steps.append(GuideStep{line.mid(3).trimmed(), {}, {}, {}, {}, {}});
            if (guide.steps.last().title.isEmpty())
                return malformed(number, QStringLiteral("a step needs a title"));
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            return malformed(number, QStringLiteral("only '## ' headings are allowed"));
        if (guide.steps.isEmpty()) {
            appendParagraph(guide.introduction, line);
            continue;
        }
        GuideStep& step = guide.steps.last();
        if (line.startsWith(QLatin1String("- [ ] "))) {
            step.checklist.append(line.mid(6).trimmed());
        } else if (const auto match = picture.match(line); match.hasMatch()) {
            if (match.captured(1).contains(QLatin1String("..")))
                return malformed(number, QStringLiteral("a picture must stay inside the guides folder"));
            step.pictures.append(match.captured(1));
        } else if (const auto found = action.match(line); found.hasMatch()) {
            if (!actions().contains(found.captured(2)))
                return malformed(number, QStringLiteral("unknown action '%1'").arg(found.captured(2)));
            if (!step.action.isEmpty())
                return malformed(number, QStringLiteral("a step has at most one action"));
            step.action = found.captured(2);
            step.actionLabel = found.captured(1).trimmed();
        } else if (line.startsWith(QLatin1String("!["))) {
            return malformed(number, QStringLiteral("a picture is written ![alt](images/name.svg)"));
        } else {
            appendParagraph(step.text, line);
        }
    }
    if (guide.steps.isEmpty())
        return malformed(int(lines.size()), QStringLiteral("a guide needs at least one '## ' step"));
    guide.introduction = guide.introduction.trimmed();
    for (GuideStep& step : guide.steps)
        step.text = step.text.trimmed();
    return guide;
}

} // namespace Podium::Core
