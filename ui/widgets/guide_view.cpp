#include "guide_view.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

constexpr int pictureWidth = 360;

QPixmap picture(const QString& path)
{
    QImageReader reader(QStringLiteral(":/podium/guides/") + path);
    const QSize size = reader.size();
    if (size.isValid() && size.width() > 0)
        reader.setScaledSize(size.scaled(pictureWidth, pictureWidth * 2, Qt::KeepAspectRatio));
    return QPixmap::fromImage(reader.read());
}

} // namespace

GuideView::GuideView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("guideView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("guideReader"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("guidePage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(8);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("guideTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto* bar = new QHBoxLayout;
    m_meta = new QLabel(page);
    m_meta->setObjectName(QStringLiteral("hint"));
    bar->addWidget(m_meta, 1);
    m_allButton = new QToolButton(page);
    m_allButton->setText(tr("All steps"));
    m_oneButton = new QToolButton(page);
    m_oneButton->setText(tr("One step at a time"));
    for (QToolButton* button : {m_allButton, m_oneButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setObjectName(QStringLiteral("segmentButton"));
        bar->addWidget(button);
    }
    m_allButton->setChecked(true);
    layout->addLayout(bar);
    m_introduction = new QLabel(page);
    m_introduction->setObjectName(QStringLiteral("lead"));
    m_introduction->setWordWrap(true);
    layout->addWidget(m_introduction);
    m_steps = new QWidget(page);
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 6, 0, 0);
    m_stepsLayout->setSpacing(18);
    layout->addWidget(m_steps);
    m_pager = new QWidget(page);
    auto* pager = new QHBoxLayout(m_pager);
    pager->setContentsMargins(0, 8, 0, 0);
    m_previous = new QPushButton(tr("‹ Previous step"), m_pager);
    m_position = new QLabel(m_pager);
    m_position->setObjectName(QStringLiteral("hint"));
    m_position->setAlignment(Qt::AlignCenter);
    m_next = new QPushButton(tr("Next step ›"), m_pager);
    m_next->setObjectName(QStringLiteral("primaryButton"));
    pager->addWidget(m_previous);
    pager->addWidget(m_position, 1);
    pager->addWidget(m_next);
    layout->addWidget(m_pager);
    layout->addStretch(1);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    connect(m_allButton, &QToolButton::clicked, this, [this] { setOneStepAtATime(false); });
    connect(m_oneButton, &QToolButton::clicked, this, [this] { setOneStepAtATime(true); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showStep(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showStep(m_current + 1); });
    showMessage({});
}

void GuideView::setGuide(const Core::Guide& guide, const QSet<Core::GuideItem>& ticked)
{
    m_guide = guide;
    m_ticked = ticked;
    m_hasGuide = true;
    m_current = 0;
    m_title->setText(guide.title);
    m_introduction->setText(guide.introduction);
    m_introduction->show();
    m_allButton->show();
    m_oneButton->show();
    rebuild();
}

void GuideView::showMessage(const QString& text)
{
    m_hasGuide = false;
    m_guide = {};
    m_title->setText(text);
    m_meta->clear();
    m_introduction->hide();
    m_allButton->hide();
    m_oneButton->hide();
    rebuild();
}

void GuideView::setOneStepAtATime(bool oneStep)
{
    m_oneStep = oneStep;
    m_oneButton->setChecked(oneStep);
    m_allButton->setChecked(!oneStep);
    showStep(m_current);
}

void GuideView::showStep(int index)
{
    if (m_stepWidgets.isEmpty()) {
        m_pager->hide();
        return;
    }
    m_current = std::clamp(index, 0, int(m_stepWidgets.size()) - 1);
    for (int i = 0; i < m_stepWidgets.size(); ++i)
        m_stepWidgets.at(i)->setVisible(!m_oneStep || i == m_current);
    m_pager->setVisible(m_oneStep);
    m_position->setText(tr("Step %1 of %2").arg(m_current + 1).arg(m_stepWidgets.size()));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_stepWidgets.size());
}

void GuideView::rebuild()
{
    // Deleted now, not later: nothing inside a step rebuilds the view, and stale steps would linger in
    // the layout until the event loop ran.
    qDeleteAll(m_stepWidgets);
    m_stepWidgets.clear();
    if (m_hasGuide)
        for (int i = 0; i < m_guide.steps.size(); ++i) {
            m_stepWidgets << buildStep(i);
            m_stepsLayout->addWidget(m_stepWidgets.last());
        }
    updateProgress();
    showStep(m_current);
}

QWidget* GuideView::buildStep(int index)
{
    const Core::GuideStep& step = m_guide.steps.at(index);
    auto* card = new QWidget(m_steps);
    card->setObjectName(QStringLiteral("guideStep"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* title = new QLabel(QStringLiteral("%1. %2").arg(index + 1).arg(step.title), card);
    title->setObjectName(QStringLiteral("sectionHeading"));
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* text = new QLabel(step.text, card);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("guideText"));
    layout->addWidget(text);
    for (int item = 0; item < step.checklist.size(); ++item) {
        auto* box = new QCheckBox(step.checklist.at(item), card);
        const Core::GuideItem key{index, item};
        box->setChecked(m_ticked.contains(key));
        connect(box, &QCheckBox::toggled, this, [this, key](bool ticked) {
            if (ticked)
                m_ticked.insert(key);
            else
                m_ticked.remove(key);
            updateProgress();
            Q_EMIT itemToggled(key, ticked);
        });
        layout->addWidget(box);
    }
    if (!step.action.isEmpty()) {
        auto* doIt = new QPushButton(step.actionLabel.isEmpty() ? tr("Do it now") : step.actionLabel, card);
        doIt->setObjectName(QStringLiteral("doItNowButton"));
        doIt->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(doIt, &QPushButton::clicked, this, [this, action = step.action] { Q_EMIT actionRequested(action); });
        layout->addWidget(doIt);
    }
    for (const QString& path : step.pictures) {
        auto* image = new QLabel(card);
        image->setPixmap(picture(path));
        image->setAccessibleName(step.title);
        layout->addWidget(image);
    }
    return card;
}

void GuideView::updateProgress()
{
    if (!m_hasGuide)
        return;
    int total = 0;
    for (const Core::GuideStep& step : std::as_const(m_guide.steps))
        total += int(step.checklist.size());
    m_meta->setText(tr("About %1 min · %2 of %3 done").arg(m_guide.minutes).arg(m_ticked.size()).arg(total));
}

QString GuideView::plainText() const
{
    QStringList lines{m_title->text()};
    if (!m_hasGuide)
        return lines.first();
    lines << m_meta->text() << m_guide.introduction;
    for (int i = 0; i < m_guide.steps.size(); ++i) {
        const Core::GuideStep& step = m_guide.steps.at(i);
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(step.title) << step.text;
        for (int item = 0; item < step.checklist.size(); ++item)
            lines << (m_ticked.contains(Core::GuideItem{i, item}) ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) +
                         step.checklist.at(item);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Podium::Ui
