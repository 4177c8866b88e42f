#include "diff_view.h"

#include "posts/word_diff.h"
#include "theme.h"

namespace Podium::Ui {

namespace {

using Kind = Core::DiffSegment::Kind;

/// Escaped, with line breaks kept; a changed line break also gets a visible mark, since a struck-through or
/// underlined line break is otherwise invisible.
QString escaped(const QString& text, bool changed)
{
    QString html = text.toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(u'\r', u'\n');
    html.replace(QStringLiteral("\n"), changed ? QStringLiteral("\u21b5<br>") : QStringLiteral("<br>"));
    return html;
}

QString span(const QString& text, const QColor& background, const char* decoration)
{
    // Colour and line together: a colour-blind reader still tells an addition (underlined) from a removal
    // (struck through).
    return QStringLiteral("<span style=\"background-color:%1; text-decoration:%2;\">%3</span>")
        .arg(background.name(), QLatin1String(decoration), escaped(text, true));
}

QString paragraph(const QString& html)
{
    // pre-wrap keeps the delegate's double spaces and tabs, which plain HTML would collapse.
    return QStringLiteral("<p style=\"white-space:pre-wrap;\">") + html + QStringLiteral("</p>");
}

} // namespace

DiffView::DiffView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("diffView"));
    setReadOnly(true);
    setOpenLinks(false);
    setAccessibleName(tr("Changes to the draft"));
}

void DiffView::setTexts(const QString& before, const QString& after)
{
    const QList<Core::DiffSegment> segments = Core::WordDiff::compare(before, after);
    m_changeCount = 0;
    QString html;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Core::DiffSegment& segment = segments[i];
        if (segment.kind != Kind::Same && (i == 0 || segments[i - 1].kind == Kind::Same))
            ++m_changeCount;
        switch (segment.kind) {
        case Kind::Same:
            html += escaped(segment.text, false);
            break;
        case Kind::Added:
            html += span(segment.text, Theme::addedBackground(), "underline");
            break;
        case Kind::Removed:
            html += span(segment.text, Theme::removedBackground(), "line-through");
            break;
        }
    }

    if (m_changeCount == 0) {
        const QString calm = tr("No changes: this is exactly what your delegate wrote.");
        setAccessibleDescription(calm);
        setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(Theme::hintText().name(), calm.toHtmlEscaped()) +
                (after.isEmpty() ? QString() : paragraph(html)));
        return;
    }
    setAccessibleDescription(tr("%n change(s) to what your delegate wrote", nullptr, m_changeCount));
    setHtml(paragraph(html));
}

} // namespace Podium::Ui
