#pragma once

#include <QList>
#include <QStringView>

namespace Podium::Core {

/// Splits text into the units a reader compares: words, URLs, @handles, #hashtags, runs of whitespace and
/// single marks, never inside a user-perceived character.
class WordTokenizer
{
public:
    /// Views into `text`, in order; together they are exactly `text`.
    static QList<QStringView> split(QStringView text);
    /// Whether `split` starts a token after whitespace at `position` whatever surrounds the two characters
    /// there, so a caller may cut off a shared prefix or suffix without tokenizing it. Errs towards false.
    static bool isSafeCut(QStringView text, qsizetype position);
};

} // namespace Podium::Core
