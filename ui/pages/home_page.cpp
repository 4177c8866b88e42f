#include "home_page.h"

#include "common/clock.h"
#include "delegation/access_policy.h"
#include "guides/guide_library.h"
#include "navigation_page.h"
#include "path/path_service.h"
#include "people/people_service.h"
#include "practice/practice_session_service.h"
#include "step_text.h"
#include "storage/post_queue_repository.h"
#include "workspace/workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Podium::Ui {

HomePage::HomePage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_guides(std::make_unique<Core::GuideLibrary>(QLocale().name()))
    , m_me(me)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(10);
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_greeting);
    m_today = new QLabel(this);
    m_today->setObjectName(QStringLiteral("hint"));
    layout->addWidget(m_today);
    layout->addSpacing(12);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("nextStepCard"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 22);
    cardLayout->setSpacing(8);
    auto* kickerRow = new QHBoxLayout;
    kickerRow->setSpacing(10);
    auto* label = new QLabel(tr("YOUR NEXT STEP"), card);
    label->setObjectName(QStringLiteral("cardKicker"));
    kickerRow->addWidget(label);
    m_practiceBadge = new QLabel(tr("PRACTICE"), card);
    m_practiceBadge->setObjectName(QStringLiteral("practiceBadge"));
    m_practiceBadge->hide();
    kickerRow->addWidget(m_practiceBadge);
    kickerRow->addStretch(1);
    cardLayout->addLayout(kickerRow);
    m_nextTitle = new QLabel(card);
    m_nextTitle->setObjectName(QStringLiteral("cardTitle"));
    m_nextTitle->setWordWrap(true);
    cardLayout->addWidget(m_nextTitle);
    m_nextText = new QLabel(card);
    m_nextText->setWordWrap(true);
    cardLayout->addWidget(m_nextText);
    m_practiceNote = new QLabel(card);
    m_practiceNote->setObjectName(QStringLiteral("hint"));
    m_practiceNote->setWordWrap(true);
    m_practiceNote->hide();
    cardLayout->addWidget(m_practiceNote);
    cardLayout->addSpacing(6);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    m_nextButton = new QPushButton(card);
    m_nextButton->setObjectName(QStringLiteral("nextStepButton"));
    m_nextButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    buttons->addWidget(m_nextButton);
    m_nextGuide = new QPushButton(card);
    m_nextGuide->setObjectName(QStringLiteral("linkButton"));
    m_nextGuide->setCursor(Qt::PointingHandCursor);
    buttons->addWidget(m_nextGuide);
    buttons->addStretch(1);
    cardLayout->addLayout(buttons);
    layout->addWidget(card);

    layout->addSpacing(14);
    m_othersHeading = new QLabel(tr("Also for today"), this);
    m_othersHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(m_othersHeading);
    m_othersLayout = new QVBoxLayout;
    m_othersLayout->setSpacing(2);
    layout->addLayout(m_othersLayout);
    layout->addStretch(1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &HomePage::refresh);

    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        // A copy: running a step may refresh the page, which replaces m_steps.
        if (const auto run = m_steps.isEmpty() ? nullptr : m_steps.first().run)
            run();
    });
    connect(m_nextGuide, &QPushButton::clicked, this, [this] {
        if (!m_steps.isEmpty() && !m_steps.first().guideId.isEmpty())
            Q_EMIT guideRequested(m_steps.first().guideId);
    });
    refresh();
}

HomePage::~HomePage() = default;

void HomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_refreshTimer->start();
}

void HomePage::hideEvent(QHideEvent* event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void HomePage::refresh()
{
    const QTimeZone zone(m_me.timeZone.toUtf8());
    const QDateTime local = m_workspace.clock().now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const int hour = local.time().hour();
    const QString firstName = m_me.displayName.section(QLatin1Char(' '), 0, 0);
    if (hour < 5 || hour >= 18)
        m_greeting->setText(tr("Good evening, %1").arg(firstName));
    else if (hour < 12)
        m_greeting->setText(tr("Good morning, %1").arg(firstName));
    else
        m_greeting->setText(tr("Good afternoon, %1").arg(firstName));
    const QLocale locale;
    m_today->setText(locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(" · ") +
                     locale.toString(local.time(), QLocale::ShortFormat));

    switch (m_me.role) {
    case Core::Role::Executive:
        showSteps(executiveSteps());
        break;
    case Core::Role::Delegate:
        showSteps(delegateSteps());
        break;
    case Core::Role::Trainer:
        showSteps(trainerSteps());
        break;
    }
}

QList<HomePage::Step> HomePage::executiveSteps()
{
    QList<Step> steps;
    // Home follows the track the executive's posts count on: until they connect a live account, or while a
    // trainer runs a session with them, everything goes to the sandbox and moves the practice path on.
    const auto track = m_workspace.path().trackFor(m_me.id);
    const bool practising = track && track.value() == Core::Track::Practice;
    m_practiceBadge->setVisible(practising);
    m_practiceNote->setVisible(practising);
    if (practising) {
        const auto session = m_workspace.practiceSessions().openSessionFor(m_me.id);
        m_practiceNote->setText(session && session->has_value()
                                    ? tr("You are in a practice session: what you post goes to the practice sandbox "
                                         "and counts toward your practice goals.")
                                    : tr("You are practising in the sandbox until you connect a live account in "
                                         "Settings. It counts toward your practice goals."));
    }
    const auto path = m_workspace.path().nextSteps(m_me.id, practising ? Core::Track::Practice : Core::Track::Live);
    if (path) {
        steps << fromPath(path->primary);
        for (const Core::NextStep& other : path->others) {
            // The card already links the next step's guide; a second link to it is noise.
            if (other.kind == Core::NextStepKind::OpenGuide && other.guideId == path->primary.guideId)
                continue;
            steps << fromPath(other);
        }
    }
    // A delegate is optional help: it comes after the path, in the last of today's three places, and only
    // while the executive is on their own.
    if (const auto people = m_workspace.people().count(); people && people.value() <= 1)
        steps.insert(std::min<qsizetype>(steps.size(), 3), addPersonStep());
    if (steps.isEmpty())
        steps << pageStep(tr("See your progress"), tr("Your path could not be read just now."), tr("Open Progress"),
                          int(NavigationPage::Progress));
    return steps;
}

QList<HomePage::Step> HomePage::delegateSteps()
{
    const auto readable = m_workspace.access().readableAuthors(m_me.id);
    QStringList executives = readable ? readable.value() : QStringList();
    executives.removeAll(m_me.id);
    if (executives.isEmpty())
        return {addPersonStep()};
    QList<Step> steps;
    const auto counts = m_workspace.queue().counts(executives);
    const int sentBack = counts ? counts->value(Core::QueueFilter::ChangesRequested) : 0;
    const int failed = counts ? counts->value(Core::QueueFilter::Failed) + counts->value(Core::QueueFilter::Overdue) +
                                    counts->value(Core::QueueFilter::Missed)
                              : 0;
    if (sentBack > 0)
        steps << pageStep(tr("Rework the posts sent back to you"),
                          tr("Posts that came back with a comment from the executive: %1.").arg(sentBack),
                          tr("Open the queue"), int(NavigationPage::Queue));
    if (failed > 0)
        steps << pageStep(tr("Look at the posts that did not go out"),
                          tr("Posts overdue, missed or failed, waiting for a decision: %1.").arg(failed),
                          tr("Open the queue"), int(NavigationPage::Queue));
    Step prepare;
    prepare.title = tr("Prepare a post for approval");
    prepare.explanation =
        tr("Draft it in the executive's voice and submit it. They approve, edit or send it back; it always goes "
           "out under their name.");
    prepare.action = tr("Write a draft");
    prepare.guideId = QStringLiteral("reviewing-a-delegate-draft");
    prepare.run = [this] { Q_EMIT composeRequested(Core::PostKind::Status, QString(), false); };
    steps << prepare;
    steps << pageStep(tr("See what is waiting and what went out"),
                      tr("Every draft, approval and scheduled post of your executives in one place."),
                      tr("Open the queue"), int(NavigationPage::Queue));
    return steps;
}

QList<HomePage::Step> HomePage::trainerSteps()
{
    const auto people = m_workspace.people().list();
    const bool anyExecutive = people && std::any_of(people->cbegin(), people->cend(), [](const Core::Person& person) {
                                  return person.role == Core::Role::Executive;
                              });
    if (!anyExecutive)
        return {addPersonStep()};
    Step practice = pageStep(tr("Run a practice session"),
                             tr("Plan what to cover, rehearse in the sandbox together and note how it went. "
                                "Nothing is published for real."),
                             tr("Open Practice"), int(NavigationPage::Practice));
    practice.guideId = QStringLiteral("first-status-update-practice");
    return {practice,
            pageStep(tr("See where each executive stands"),
                     tr("Tier, next milestone, last activity and sessions held, for everyone you coach."),
                     tr("Open Progress"), int(NavigationPage::Progress)),
            pageStep(tr("Prepare a profile checklist"), tr("List what each executive should update on their profile."),
                     tr("Open Practice"), int(NavigationPage::Practice))};
}

HomePage::Step HomePage::fromPath(const Core::NextStep& next)
{
    Step step;
    step.title = StepText::title(next, guideTitle(next.guideId));
    step.explanation = StepText::explanation(next);
    step.action = StepText::action(next);
    step.guideId = next.kind == Core::NextStepKind::OpenGuide ? QString() : next.guideId;
    switch (next.kind) {
    case Core::NextStepKind::Compose: {
        const QString starter = next.suggestion ? next.suggestion->starter : QString();
        step.run = [this, kind = next.postKind, starter, ahead = next.scheduleAhead] {
            Q_EMIT composeRequested(kind, starter, ahead);
        };
        break;
    }
    case Core::NextStepKind::OpenGuide:
        step.run = [this, id = next.guideId] { Q_EMIT guideRequested(id); };
        break;
    case Core::NextStepKind::WeeklyRoutine:
        step.run = [this] { Q_EMIT pageRequested(int(NavigationPage::Practice)); };
        break;
    case Core::NextStepKind::ProfileChecklist:
        step.run = [this] { Q_EMIT pageRequested(int(NavigationPage::Progress)); };
        break;
    case Core::NextStepKind::ReviewApprovals:
        step.run = [this] { Q_EMIT pageRequested(int(NavigationPage::Queue)); };
        break;
    }
    return step;
}

HomePage::Step HomePage::addPersonStep()
{
    Step step;
    switch (m_me.role) {
    case Core::Role::Executive:
        step.title = tr("Add your delegate");
        step.explanation = tr("If someone on your team helps with your communication, add them so they can "
                              "prepare posts for you to approve. Every post still goes out under your name.");
        step.action = tr("Add my delegate");
        break;
    case Core::Role::Delegate:
        step.title = tr("Add the executive you work for");
        step.explanation = tr("Add each executive whose posts you prepare. They stay the author of every post "
                              "and approve what you draft.");
        step.action = tr("Add an executive");
        break;
    case Core::Role::Trainer:
        step.title = tr("Add the executives you coach");
        step.explanation = tr("Add each executive you will train, so you can plan their practice sessions "
                              "and follow their progress.");
        step.action = tr("Add an executive");
        break;
    }
    step.run = [this] { Q_EMIT addPersonRequested(); };
    return step;
}

HomePage::Step HomePage::pageStep(QString title, QString explanation, QString action, int page)
{
    return Step{std::move(title), std::move(explanation), std::move(action), QString(),
                [this, page] { Q_EMIT pageRequested(page); }};
}

void HomePage::showSteps(const QList<Step>& steps)
{
    m_steps = steps;
    const Step& next = m_steps.first();
    m_nextTitle->setText(next.title);
    m_nextText->setText(next.explanation);
    m_nextButton->setText(next.action);
    const auto guide = m_guides->find(next.guideId);
    m_nextGuide->setVisible(guide.hasValue());
    if (guide)
        m_nextGuide->setText(tr("How to do it (%1 min)").arg(guide->minutes));

    // Later, not now: this may run inside one of these buttons' clicked signal.
    for (QPushButton* button : std::as_const(m_otherButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_otherButtons.clear();
    for (qsizetype i = 1; i < m_steps.size() && i <= 3; ++i) {
        auto* button = new QPushButton(QStringLiteral("→  ") + m_steps.at(i).title, this);
        button->setObjectName(QStringLiteral("linkButton"));
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(m_steps.at(i).explanation);
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (const auto run = i < m_steps.size() ? m_steps.at(i).run : nullptr)
                run();
        });
        m_othersLayout->addWidget(button);
        m_otherButtons << button;
    }
    m_othersHeading->setVisible(!m_otherButtons.isEmpty());
}

QString HomePage::guideTitle(const QString& id) const
{
    const auto guide = m_guides->find(id);
    return guide ? guide->title : QString();
}

} // namespace Podium::Ui
