#include "path_panel.h"

#include "common/error_message.h"
#include "milestone_row.h"
#include "pages/navigation_page.h"
#include "path/path_service.h"
#include "path_text.h"
#include "people/people_service.h"
#include "practice/profile_checklist.h"
#include "profile_checklist_box.h"
#include "tier_card.h"
#include "widgets/error_label.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

const QList<Core::CoachingStyle> styles{Core::CoachingStyle::DivesIn, Core::CoachingStyle::HandHolding,
                                        Core::CoachingStyle::Blogger, Core::CoachingStyle::Commenter,
                                        Core::CoachingStyle::NeedsReminders};

} // namespace

PathPanel::PathPanel(Core::Workspace& workspace, const Core::Person& viewer, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_viewer(viewer)
{
    setObjectName(QStringLiteral("pathPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_header = buildHeader();
    layout->addWidget(m_header);
    m_practiceNote = new QLabel(
        tr("Practice is counted apart: what is rehearsed in the practice sandbox moves this path only, never the "
           "live one, and nothing here was posted for real."),
        this);
    m_practiceNote->setObjectName(QStringLiteral("practiceNote"));
    m_practiceNote->setWordWrap(true);
    m_practiceNote->hide();
    layout->addWidget(m_practiceNote);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_body = new QWidget(this);
    auto* columns = new QHBoxLayout(m_body);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    m_scroll = new QScrollArea(m_body);
    m_scroll->setObjectName(QStringLiteral("pathScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(m_scroll);
    auto* tierColumn = new QVBoxLayout(content);
    tierColumn->setContentsMargins(0, 0, 6, 0);
    tierColumn->setSpacing(12);
    const Core::PathDefinition& definition = workspace.path().definition();
    for (const Core::PathTier& tier : definition.tiers()) {
        auto* card = new TierCard(tier, definition.milestonesOfTier(tier.number), content);
        tierColumn->addWidget(card);
        m_tiers.append(card);
        connect(card, &TierCard::unlockRequested, this, &PathPanel::unlock);
        for (MilestoneRow* row : card->rows()) {
            connect(row, &MilestoneRow::guideRequested, this, &PathPanel::guideRequested);
            connect(row, &MilestoneRow::actionRequested, this, &PathPanel::act);
        }
    }
    tierColumn->addStretch(1);
    m_scroll->setWidget(content);
    columns->addWidget(m_scroll, 1);
    // Beside the tiers, not inside their scrolling: the style and the profile stay in view.
    columns->addWidget(buildSideColumn(m_body), 0);
    layout->addWidget(m_body, 1);
    m_body->hide();
}

QWidget* PathPanel::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("cardTitle"));
    titles->addWidget(m_name);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("lead"));
    m_summary->setWordWrap(true);
    titles->addWidget(m_summary);
    layout->addLayout(titles, 1);
    layout->addSpacing(16);
    m_liveButton = new QToolButton(header);
    m_liveButton->setText(PathText::track(Core::Track::Live));
    m_liveButton->setToolTip(tr("Progress from what was posted on the real network."));
    m_practiceButton = new QToolButton(header);
    m_practiceButton->setText(PathText::track(Core::Track::Practice));
    m_practiceButton->setToolTip(tr("Progress from rehearsals in the practice sandbox, counted apart."));
    for (QToolButton* button : {m_liveButton, m_practiceButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setObjectName(QStringLiteral("segmentButton"));
        layout->addWidget(button, 0, Qt::AlignVCenter);
    }
    m_liveButton->setChecked(true);
    connect(m_liveButton, &QToolButton::clicked, this, [this] { setTrack(Core::Track::Live); });
    connect(m_practiceButton, &QToolButton::clicked, this, [this] { setTrack(Core::Track::Practice); });
    return header;
}

QWidget* PathPanel::buildSideColumn(QWidget* parent)
{
    auto* column = new QWidget(parent);
    column->setFixedWidth(270);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto* styleCard = new QFrame(column);
    styleCard->setObjectName(QStringLiteral("sideCard"));
    auto* styleLayout = new QVBoxLayout(styleCard);
    styleLayout->setContentsMargins(16, 14, 16, 14);
    styleLayout->setSpacing(6);
    auto* heading = new QLabel(tr("Coaching style"), styleCard);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    styleLayout->addWidget(heading);
    m_style = new QComboBox(styleCard);
    m_style->setObjectName(QStringLiteral("coachingStyle"));
    m_style->setAccessibleName(tr("Coaching style"));
    m_style->setPlaceholderText(tr("Not chosen yet"));
    for (Core::CoachingStyle style : styles) {
        m_style->addItem(PathText::coachingStyle(style), int(style));
        m_style->setItemData(m_style->count() - 1, PathText::coachingStyleHelp(style), Qt::ToolTipRole);
    }
    styleLayout->addWidget(m_style);
    m_styleHelp = new QLabel(styleCard);
    m_styleHelp->setObjectName(QStringLiteral("hint"));
    m_styleHelp->setWordWrap(true);
    styleLayout->addWidget(m_styleHelp);
    layout->addWidget(styleCard);

    m_checklist = new ProfileChecklistBox(column);
    layout->addWidget(m_checklist);
    layout->addStretch(1);

    connect(m_style, &QComboBox::activated, this, &PathPanel::chooseStyle);
    connect(m_checklist, &ProfileChecklistBox::entryToggled, this, &PathPanel::toggleChecklistEntry);
    return column;
}

bool PathPanel::mayCoach() const
{
    return isOwnPath() || m_viewer.role == Core::Role::Trainer;
}

void PathPanel::showPerson(const Core::Person& person)
{
    m_person = person;
    // People open their own path on the track they work on: practice until they have a live account.
    if (isOwnPath()) {
        const auto working = m_workspace.path().trackFor(person.id);
        m_track = working ? working.value() : Core::Track::Live;
        m_liveButton->setChecked(m_track == Core::Track::Live);
        m_practiceButton->setChecked(m_track == Core::Track::Practice);
    }
    m_name->setText(person.displayName);
    m_name->setVisible(!isOwnPath());
    m_empty->hide();
    m_header->show();
    m_practiceNote->setVisible(m_track == Core::Track::Practice);
    m_body->show();
    refresh();
    // Open on the tier the person works on, once the cards have their sizes.
    QTimer::singleShot(0, this, [this] {
        const MilestoneRow* next = nextRow();
        const TierCard* card = next ? qobject_cast<const TierCard*>(next->parentWidget()) : nullptr;
        m_scroll->verticalScrollBar()->setValue(card && card->tier() > 1 ? card->y() : 0);
    });
}

void PathPanel::showEmpty(const QString& message)
{
    m_person = {};
    m_name->clear();
    m_summary->clear();
    m_error->hide();
    m_header->hide();
    m_practiceNote->hide();
    m_body->hide();
    m_empty->setText(message);
    m_empty->show();
}

void PathPanel::setTrack(Core::Track track)
{
    m_track = track;
    m_liveButton->setChecked(track == Core::Track::Live);
    m_practiceButton->setChecked(track == Core::Track::Practice);
    m_practiceNote->setVisible(track == Core::Track::Practice);
    refresh();
}

TierCard* PathPanel::tierCard(int tier) const
{
    for (TierCard* card : m_tiers)
        if (card->tier() == tier)
            return card;
    return nullptr;
}

MilestoneRow* PathPanel::nextRow() const
{
    for (TierCard* card : m_tiers)
        for (MilestoneRow* row : card->rows())
            if (row->isNext())
                return row;
    return nullptr;
}

void PathPanel::refresh()
{
    if (m_person.id.isEmpty())
        return;
    m_error->hide();
    m_names.clear();
    if (const auto people = m_workspace.people().list())
        for (const Core::Person& person : *people)
            m_names.insert(person.id, person.displayName);
    const auto progress = m_workspace.path().progress(m_person.id, m_track);
    if (!progress) {
        m_error->showError(progress.error());
        return;
    }
    m_steps.clear();
    // Only the person acts on their next step, and only on the track their posts count on now (practice
    // until they have a live account, or while a trainer runs a session with them).
    const auto working = m_workspace.path().trackFor(m_person.id);
    if (isOwnPath() && working && working.value() == m_track) {
        if (const auto steps = m_workspace.path().nextSteps(m_person.id, m_track)) {
            m_steps.append(steps->primary);
            m_steps.append(steps->others);
        }
    }
    showProgress(*progress);
    loadChecklist(*progress);
}

void PathPanel::showProgress(const Core::PathProgress& progress)
{
    const QTimeZone zone(m_viewer.timeZone.toUtf8());
    const bool trainer = m_viewer.role == Core::Role::Trainer && !isOwnPath();
    for (TierCard* card : std::as_const(m_tiers)) {
        for (const Core::TierProgress& tier : progress.tiers)
            if (tier.tier == card->tier())
                card->setProgress(tier, nameOf(tier.unlockedBy));
        card->setUnlockOffered(trainer);
        for (MilestoneRow* row : card->rows()) {
            if (const Core::MilestoneProgress* milestone = progress.milestone(row->milestoneId()))
                row->setProgress(*milestone, zone.isValid() ? zone : QTimeZone::utc());
            const bool next = row->milestoneId() == progress.nextMilestoneId;
            row->setNext(next, next && stepFor(row->milestoneId()) ? tr("Do it now") : QString());
        }
    }

    const QString tierCount = QLocale().toString(int(progress.tiers.size()));
    const QString current = QLocale().toString(progress.currentTier);
    const QString next = PathText::milestoneTitle(m_workspace.path().definition(), progress.nextMilestoneId);
    const bool practice = m_track == Core::Track::Practice;
    if (progress.nextMilestoneId.isEmpty())
        m_summary->setText(practice      ? tr("In practice, every milestone is done.")
                           : isOwnPath() ? tr("Every milestone is done. Keep the habit going!")
                                         : tr("Every milestone is done."));
    else if (practice)
        m_summary->setText(tr("In practice: tier %1 of %2. Next: %3.").arg(current, tierCount, next));
    else if (isOwnPath())
        m_summary->setText(tr("You are on tier %1 of %2. Next: %3.").arg(current, tierCount, next));
    else
        m_summary->setText(tr("Tier %1 of %2. Next: %3.").arg(current, tierCount, next));

    const QSignalBlocker blocker(m_style);
    m_style->setCurrentIndex(progress.style ? m_style->findData(int(*progress.style)) : -1);
    m_style->setEnabled(mayCoach());
    m_styleHelp->setText(progress.style ? PathText::coachingStyleHelp(*progress.style)
                         : isOwnPath()  ? tr("Choose how you like to be coached: it shapes your goals and the order "
                                              "of your steps.")
                                        : tr("Not chosen yet: the path uses its usual goals and order."));
}

void PathPanel::loadChecklist(const Core::PathProgress& progress)
{
    QList<ProfileChecklistBox::Entry> entries;
    QString preparedBy;
    const auto prepared = m_workspace.profileChecklist().items(m_person.id);
    m_preparedChecklist = prepared && !prepared->isEmpty();
    if (m_preparedChecklist) {
        for (const Core::ProfileChecklistItem& item : *prepared) {
            entries.append({item.id, item.text, item.isTicked(), true});
            if (preparedBy.isEmpty())
                preparedBy = nameOf(item.createdBy);
        }
    } else {
        QStringList missing;
        for (const Core::MilestoneProgress& milestone : progress.milestones)
            if (!milestone.targets.isEmpty() && milestone.targets.first().kind == Core::ActivityKind::ProfileItem)
                missing = milestone.missingItems;
        for (const QString& item : m_workspace.path().definition().checklistItems())
            entries.append({item, PathText::profileItem(item), !missing.contains(item), false});
    }
    m_checklist->setEntries(entries, preparedBy, mayCoach());
}

std::optional<Core::NextStep> PathPanel::stepFor(const QString& milestoneId) const
{
    // A hand-holding style puts the guide first; the row's own "How to" link already offers it, so the
    // button takes the task itself.
    for (const Core::NextStep& step : m_steps)
        if (step.milestoneId == milestoneId && step.kind != Core::NextStepKind::OpenGuide)
            return step;
    for (const Core::NextStep& step : m_steps)
        if (step.milestoneId == milestoneId)
            return step;
    return std::nullopt;
}

void PathPanel::act(const QString& milestoneId)
{
    const std::optional<Core::NextStep> step = stepFor(milestoneId);
    if (!step)
        return;
    switch (step->kind) {
    case Core::NextStepKind::Compose:
        Q_EMIT composeRequested(step->postKind, step->suggestion ? step->suggestion->starter : QString(),
                                step->scheduleAhead);
        return;
    case Core::NextStepKind::ProfileChecklist:
        m_checklist->focusFirstOpen();
        return;
    case Core::NextStepKind::OpenGuide:
        if (!step->guideId.isEmpty())
            Q_EMIT guideRequested(step->guideId);
        return;
    case Core::NextStepKind::WeeklyRoutine:
        Q_EMIT pageRequested(int(NavigationPage::Practice));
        return;
    case Core::NextStepKind::ReviewApprovals:
        Q_EMIT pageRequested(int(NavigationPage::Queue));
        return;
    }
}

void PathPanel::unlock(int tier)
{
    const Core::PathDefinition& definition = m_workspace.path().definition();
    QString title = QLocale().toString(tier);
    for (const Core::PathTier& each : definition.tiers())
        if (each.number == tier)
            title = PathText::tierTitle(each);
    const auto answer = QMessageBox::question(
        this, tr("Unlock tier %1 early?").arg(QLocale().toString(tier)),
        tr("%1 will find tier %2, %3, open now, before finishing the milestones below it. What they do there "
           "counts from now on, and the unlock is recorded under your name.")
            .arg(m_person.displayName, QLocale().toString(tier), title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto unlocked = m_workspace.path().unlockTier(m_viewer.id, m_person.id, tier);
    if (!unlocked) {
        m_error->showError(unlocked.error());
        return;
    }
    refresh();
    Q_EMIT pathChanged(m_person.id);
}

void PathPanel::chooseStyle(int index)
{
    if (index < 0)
        return;
    const auto style = Core::CoachingStyle(m_style->itemData(index).toInt());
    if (const auto chosen = m_workspace.path().setCoachingStyle(m_viewer.id, m_person.id, style); !chosen) {
        refresh();
        m_error->showError(chosen.error());
        return;
    }
    refresh();
    Q_EMIT pathChanged(m_person.id);
}

void PathPanel::toggleChecklistEntry(const QString& key, bool ticked)
{
    Core::Result<void> done;
    if (m_preparedChecklist) {
        const auto item = m_workspace.profileChecklist().tick(m_viewer.id, key, ticked);
        if (!item)
            done = item.error();
    } else if (ticked) {
        done = m_workspace.path().recordProfileItem(m_person.id, key);
    }
    refresh();
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    Q_EMIT pathChanged(m_person.id);
}

QString PathPanel::nameOf(const QString& personId) const
{
    return m_names.value(personId);
}

} // namespace Podium::Ui
