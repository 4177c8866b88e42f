#include "post_preview.h"

#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace Podium::Ui {

namespace {

// Characters of the body the preview lays out; past it, the preview says it shows only the beginning.
constexpr qsizetype previewLimit = 2000;

// Links, @mentions and #hashtags, the three things networks render differently from plain text.
const QRegularExpression special(QStringLiteral(R"((https?://[^\s<]+)|(@[\w.]+(?:@[\w.-]+)?)|(#\w+))"),
                                 QRegularExpression::UseUnicodePropertiesOption);

QString initialsOf(const QString& name)
{
    QString initials;
    for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (initials.size() < 2)
            initials += part.front().toUpper();
    return initials;
}

} // namespace

PostPreview::PostPreview(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("postPreview"));
    setAccessibleName(tr("Preview"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setHorizontalSpacing(10);
    m_initials = new QLabel(this);
    m_initials->setObjectName(QStringLiteral("avatar"));
    m_initials->setAlignment(Qt::AlignCenter);
    m_initials->setFixedSize(40, 40);
    layout->addWidget(m_initials, 0, 0, 2, 1, Qt::AlignTop);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("previewName"));
    layout->addWidget(m_name, 0, 1);
    m_practice = new QLabel(tr("PRACTICE"), this);
    m_practice->setObjectName(QStringLiteral("practiceBadge"));
    layout->addWidget(m_practice, 0, 2, Qt::AlignRight);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_where, 1, 1, 1, 2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title, 2, 0, 1, 3);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body, 3, 0, 1, 3);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(1, 1);
    setContent({}, {});
}

void PostPreview::setAuthor(const QString& name, const QString& where, bool practice)
{
    m_initials->setText(initialsOf(name));
    m_name->setText(name);
    m_where->setText(where);
    m_practice->setVisible(practice);
}

void PostPreview::setContent(const QString& title, const QString& body)
{
    m_title->setVisible(!title.isEmpty());
    m_title->setText(title);
    if (body.trimmed().isEmpty()) {
        m_body->setText(QStringLiteral("<span style='color:#8a97a5'>%1</span>").arg(tr("Your post appears here.")));
        return;
    }
    if (body.size() <= previewLimit) {
        m_body->setText(richText(body));
        return;
    }
    // Laying out the whole of a long article on every keystroke took 36 ms; a feed shows the beginning of
    // a long post anyway. Cut between words so no word, emoji or accent is split.
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, body);
    words.setPosition(previewLimit);
    if (!words.isAtBoundary())
        words.toPreviousBoundary();
    m_body->setText(richText(body.left(std::max<qsizetype>(words.position(), 1))) +
                    QStringLiteral(" …<p style='color:#8a97a5'>%1</p>")
                        .arg(tr("The preview shows the beginning; the whole text is published.")));
}

QString PostPreview::richText(const QString& body)
{
    QString html;
    html.reserve(body.size() + body.size() / 8);
    qsizetype at = 0;
    for (auto match = special.globalMatch(body); match.hasNext();) {
        const auto found = match.next();
        html += body.mid(at, found.capturedStart() - at).toHtmlEscaped();
        html += QStringLiteral("<span style='color:#2e86de'>") + found.captured().toHtmlEscaped() +
                QStringLiteral("</span>");
        at = found.capturedEnd();
    }
    html += body.mid(at).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace Podium::Ui
