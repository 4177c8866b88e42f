#include "suggestion_library.h"

#include <QCoreApplication>

namespace Podium::Core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Podium::Core::SuggestionLibrary", text);
}

} // namespace

SuggestionLibrary::SuggestionLibrary()
{
    // Drawn from what works for executives starting out: people, gratitude and the why behind decisions
    // before opinions, and short over polished.
    m_suggestions = {
        {QStringLiteral("thank-a-team"), 1, PostKind::Status, tr("Thank a team by name"),
         tr("A big thank you to the team who ")},
        {QStringLiteral("week-ahead"), 1, PostKind::Status, tr("Share what you are focused on this week"),
         tr("This week I am focusing on ")},
        {QStringLiteral("visit-report"), 1, PostKind::Status, tr("Say what you learned on a visit or at a meeting"),
         tr("Today I visited ")},
        {QStringLiteral("ask-a-question"), 2, PostKind::Status, tr("Ask employees a question"),
         tr("I would like to hear from you: ")},
        {QStringLiteral("recognise-a-comment"), 2, PostKind::Reply, tr("Thank someone for their comment"),
         tr("Thank you for sharing this, ")},
        {QStringLiteral("praise-the-detail"), 2, PostKind::Comment,
         tr("Comment on what you liked in a colleague's post"), tr("What I like most about this is ")},
        {QStringLiteral("why-we-decided"), 3, PostKind::Article, tr("Explain the why behind a decision"),
         tr("Why we decided to ")},
        {QStringLiteral("quarter-start"), 3, PostKind::Article, tr("Set out the priorities for the quarter"),
         tr("Our three priorities for this quarter")},
    };
}

QList<Suggestion> SuggestionLibrary::forTier(int tier, PostKind kind, int count) const
{
    // The tier's own ideas first, then easier ones, and only then harder ones, so a kind the tier has no
    // idea for (a reply at tier 1) still gets one.
    QList<int> levels{tier};
    for (int level = tier - 1; level >= 1; --level)
        levels << level;
    for (int level = tier + 1; level <= 3; ++level)
        levels << level;
    QList<Suggestion> result;
    for (const int level : levels)
        for (const Suggestion& suggestion : m_suggestions)
            if (suggestion.tier == level && suggestion.kind == kind && result.size() < count)
                result.append(suggestion);
    return result;
}

} // namespace Podium::Core
