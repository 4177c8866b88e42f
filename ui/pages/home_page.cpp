#include "home_page.h"

#include "common/clock.h"
#include "navigation_page.h"
#include "people/people_service.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Podium::Ui {

HomePage::HomePage(Core::PeopleService& people, const Core::Clock& clock, const Core::Person& me, QWidget* parent)
    : QWidget(parent)
    , m_people(people)
    , m_clock(clock)
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
    auto* label = new QLabel(tr("YOUR NEXT STEP"), card);
    label->setObjectName(QStringLiteral("cardKicker"));
    cardLayout->addWidget(label);
    m_nextTitle = new QLabel(card);
    m_nextTitle->setObjectName(QStringLiteral("cardTitle"));
    m_nextTitle->setWordWrap(true);
    cardLayout->addWidget(m_nextTitle);
    m_nextText = new QLabel(card);
    m_nextText->setWordWrap(true);
    cardLayout->addWidget(m_nextText);
    cardLayout->addSpacing(6);
    m_nextButton = new QPushButton(card);
    m_nextButton->setObjectName(QStringLiteral("nextStepButton"));
    m_nextButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    cardLayout->addWidget(m_nextButton);
    layout->addWidget(card);

    layout->addSpacing(10);
    // Something useful today while the path is not built yet: the guides already work.
    m_rehearsalGuide = new QPushButton(tr("Read how to rehearse your first status update (5 minutes)"), this);
    m_rehearsalGuide->setObjectName(QStringLiteral("linkButton"));
    m_rehearsalGuide->setCursor(Qt::PointingHandCursor);
    m_rehearsalGuide->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(m_rehearsalGuide);
    layout->addSpacing(10);
    auto* comingHeading = new QLabel(tr("Coming to Podium next"), this);
    comingHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(comingHeading);
    auto* coming = new QLabel(
        tr("<ul style=\"margin-left:-16px\">"
           "<li>Your onboarding path: status updates, then interactions, then articles, each unlocked in turn.</li>"
           "<li>A one-minute composer with ideas to start from, and approvals of your delegate's drafts with "
           "the changes highlighted.</li>"
           "<li>A 15-minute weekly routine of liking and commenting on colleagues' posts.</li>"
           "<li>Practice sessions with your trainer in a sandbox that never posts for real.</li></ul>"),
        this);
    coming->setWordWrap(true);
    coming->setTextFormat(Qt::RichText);
    layout->addWidget(coming);
    layout->addStretch(1);

    connect(m_rehearsalGuide, &QPushButton::clicked, this,
            [this] { Q_EMIT guideRequested(QStringLiteral("first-status-update-practice")); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (m_nextAddsPerson)
            Q_EMIT addPersonRequested();
        else
            Q_EMIT pageRequested(int(NavigationPage::People));
    });
    refresh();
}

void HomePage::refresh()
{
    const QTimeZone zone(m_me.timeZone.toUtf8());
    const QDateTime local = m_clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
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

    const auto people = m_people.count();
    const bool alone = people && people.value() <= 1;
    m_nextAddsPerson = alone;
    if (alone) {
        switch (m_me.role) {
        case Core::Role::Executive:
            m_nextTitle->setText(tr("Add your delegate"));
            m_nextText->setText(tr("If someone on your team helps with your communication, add them so they can "
                                   "prepare posts for you to approve. Every post still goes out under your name."));
            m_nextButton->setText(tr("Add my delegate"));
            break;
        case Core::Role::Delegate:
            m_nextTitle->setText(tr("Add the executive you work for"));
            m_nextText->setText(tr("Add each executive whose posts you prepare. They stay the author of every post "
                                   "and approve what you draft."));
            m_nextButton->setText(tr("Add an executive"));
            break;
        case Core::Role::Trainer:
            m_nextTitle->setText(tr("Add the executives you coach"));
            m_nextText->setText(tr("Add each executive you will train, so you can plan their practice sessions "
                                   "and follow their progress."));
            m_nextButton->setText(tr("Add an executive"));
            break;
        }
    } else {
        // Until the onboarding path exists, say so rather than invent a step.
        m_nextTitle->setText(tr("Your team is set up"));
        m_nextText->setText(tr("The onboarding path, starting with your first status update, arrives in the next "
                               "version of Podium. Until then you can review who is in this workspace."));
        m_nextButton->setText(tr("See the people here"));
    }
}

} // namespace Podium::Ui
