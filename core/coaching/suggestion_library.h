#pragma once

#include "suggestion.h"

#include <QList>

namespace Podium::Core {

/// The ideas the composer offers. A few are built in so the composer is never blank; the texts are
/// translated by the caller's translator context "Podium::Core::SuggestionLibrary".
class SuggestionLibrary
{
public:
    SuggestionLibrary();

    /// Up to `count` ideas for `kind` at `tier`, the tier's own first, then easier ones.
    QList<Suggestion> forTier(int tier, PostKind kind, int count = 3) const;
    const QList<Suggestion>& all() const { return m_suggestions; }

private:
    QList<Suggestion> m_suggestions;
};

} // namespace Podium::Core
