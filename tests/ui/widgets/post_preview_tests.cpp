#include "widgets/post_preview.h"

#include <catch2/catch.hpp>

#include <QLabel>

using namespace Podium;

namespace {

QString shownBody(const Ui::PostPreview& preview)
{
    return preview.findChild<QLabel*>(QStringLiteral("previewBody"))->text();
}

} // namespace

TEST_CASE("PostPreview shows a short post whole and escapes what was typed")
{
    Ui::PostPreview preview;
    preview.setContent({}, QStringLiteral("Proud of <b>the team</b> #launch"));
    const QString shown = shownBody(preview);
    CHECK(shown.contains(QStringLiteral("&lt;b&gt;the team&lt;/b&gt;")));
    CHECK(shown.contains(QStringLiteral("#launch")));
    CHECK_FALSE(shown.contains(QStringLiteral("whole text is published")));
}

TEST_CASE("PostPreview shows the beginning of a long article, cut between words, and says so")
{
    // Each word is a rocket emoji (two UTF-16 units) and a number, so a careless cut would split a pair.
    QString body;
    for (int i = 0; body.size() < 10'000; ++i)
        body += QString::fromUtf8("\xF0\x9F\x9A\x80") + QString::number(i) + QLatin1Char(' ');
    body += QStringLiteral("closing-line");
    Ui::PostPreview preview;
    preview.setContent(QStringLiteral("Our year"), body);
    const QString shown = shownBody(preview);
    CHECK(shown.contains(QStringLiteral("whole text is published")));
    CHECK_FALSE(shown.contains(QStringLiteral("closing-line")));
    CHECK(shown.size() < 3000);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i).isHighSurrogate())
            REQUIRE((i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate()));
        if (shown.at(i).isLowSurrogate())
            REQUIRE((i > 0 && shown.at(i - 1).isHighSurrogate()));
    }
}
