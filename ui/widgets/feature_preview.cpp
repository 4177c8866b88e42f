#include "feature_preview.h"

#include "page_title.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Podium::Ui {

FeaturePreview::FeaturePreview(const QString& title, const QString& summary, const QStringList& plans, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);
    layout->addWidget(new PageTitle(title, this));

    auto* badge = new QLabel(tr("Not available yet"), this);
    badge->setObjectName(QStringLiteral("comingBadge"));
    badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(badge);

    auto* text = new QLabel(summary, this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("lead"));
    layout->addWidget(text);

    auto* heading = new QLabel(tr("What this page will do"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    QString items;
    for (const QString& plan : plans)
        items += QStringLiteral("<li style=\"margin-bottom:6px\">") + plan.toHtmlEscaped() + QStringLiteral("</li>");
    auto* list = new QLabel(QStringLiteral("<ul style=\"margin-left:-16px\">") + items + QStringLiteral("</ul>"), this);
    list->setWordWrap(true);
    list->setTextFormat(Qt::RichText);
    layout->addWidget(list);
    layout->addStretch(1);
}

} // namespace Podium::Ui
