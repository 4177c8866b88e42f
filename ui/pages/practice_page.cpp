#include "practice_page.h"

#include "coaching/engagement_service.h"
#include "guides/guide_library.h"
#include "models/practice_feed_model.h"
#include "path/path_service.h"
#include "people/people_service.h"
#include "platforms/practice/practice_platform.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice_comment_dialog.h"
#include "widgets/error_label.h"
#include "widgets/page_title.h"
#include "widgets/practice_post_delegate.h"
#include "widgets/practice_session_panel.h"
#include "widgets/session_banner.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

/// Enough for the whole sample feed at once: the sandbox has a few dozen posts, not an endless stream.
constexpr int feedLimit = 100;
const QString weeklyMilestone = QStringLiteral("weekly-engagement");

QProgressBar* goalBar(const QString& objectName, QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setMinimumWidth(170);
    bar->setTextVisible(true);
    return bar;
}

void setGoal(QProgressBar* bar, int done, int needed, const QString& text)
{
    bar->setRange(0, qMax(1, needed));
    bar->setValue(qMin(done, needed));
    bar->setFormat(text);
    bar->setAccessibleName(text);
}

} // namespace

PracticePage::PracticePage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_me(me)
    // The sandbox is local to the workspace and never touches a network, so the page keeps its own.
    , m_platform(workspace.practiceSandbox(me.id))
    , m_guides(std::make_unique<Core::GuideLibrary>(QLocale().name()))
{
    setObjectName(QStringLiteral("practicePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(buildHeader());

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(buildFeed(), 1);
    const Core::PathDefinition& path = workspace.path().definition();
    if (me.role == Core::Role::Trainer) {
        // The session is the trainer's main work here: it gets the larger share. Its lists scroll inside
        // it, so Finish and the notes stay in view without scrolling the panel.
        m_panel = new PracticeSessionPanel(workspace, me, path, *m_guides, this);
        columns->setStretch(0, 4);
        columns->addWidget(m_panel, 5);
    } else if (me.role == Core::Role::Executive) {
        m_sessionBanner = new SessionBanner(workspace.practiceSessions(), path, *m_guides, this);
        m_sessionBanner->setMinimumWidth(320);
        m_sessionBanner->hide();
        connect(m_sessionBanner, &SessionBanner::guideRequested, this, &PracticePage::guideRequested);
        columns->addWidget(m_sessionBanner, 0, Qt::AlignTop);
    }
    layout->addLayout(columns, 1);

    connect(&workspace.engagement(), &Core::EngagementService::activityRecorded, this, [this](const QString& id) {
        if (id == m_me.id)
            refreshGoal();
    });
    connect(&workspace.posts(), &Core::PostService::postChanged, this, &PracticePage::postChanged);
    if (m_sessionBanner) {
        auto& sessions = workspace.practiceSessions();
        connect(&sessions, &Core::PracticeSessionService::sessionStarted, this,
                [this](const QString&, const QString& executiveId) {
                    if (executiveId == m_me.id)
                        refreshOwnSession();
                });
        connect(&sessions, &Core::PracticeSessionService::sessionChanged, this, [this](const QString& id) {
            if (id == m_ownSessionId)
                refreshOwnSession();
        });
        connect(&sessions, &Core::PracticeSessionService::sessionEnded, this,
                [this](const QString&, const QString& executiveId, Core::PracticeSessionState) {
                    if (executiveId != m_me.id)
                        return;
                    refreshOwnSession();
                    showStatus(tr("Your practice session has ended. Your live accounts work again."));
                });
    }
    refresh();
}

PracticePage::~PracticePage() = default;

QWidget* PracticePage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(18);
    titleRow->addWidget(new PageTitle(tr("Practice"), header));
    m_banner = new QLabel(tr("Practice sandbox — nothing here is published for real"), header);
    m_banner->setObjectName(QStringLiteral("practiceBanner"));
    m_banner->setWordWrap(true);
    titleRow->addWidget(m_banner, 1, Qt::AlignVCenter);
    layout->addLayout(titleRow);

    QString lead;
    switch (m_me.role) {
    case Core::Role::Trainer:
        lead = tr("Choose an executive, plan what to cover and start the timer. The feed is what they practise on.");
        break;
    case Core::Role::Executive:
        lead = tr("Rehearse your weekly routine on sample colleagues' posts: like, comment and follow. It counts "
                  "toward your practice goals only.");
        break;
    case Core::Role::Delegate:
        lead = tr("Try liking, commenting and following on sample colleagues' posts before you help with the real "
                  "thing.");
        break;
    }
    auto* leadLabel = new QLabel(lead, header);
    leadLabel->setObjectName(QStringLiteral("lead"));
    leadLabel->setWordWrap(true);
    layout->addWidget(leadLabel);

    if (m_me.role != Core::Role::Executive)
        return header;
    m_goal = new QFrame(header);
    m_goal->setObjectName(QStringLiteral("goalStrip"));
    auto* goal = new QHBoxLayout(m_goal);
    goal->setContentsMargins(14, 8, 14, 8);
    goal->setSpacing(12);
    auto* title = new QLabel(tr("This week"), m_goal);
    title->setObjectName(QStringLiteral("goalTitle"));
    goal->addWidget(title);
    m_likesGoal = goalBar(QStringLiteral("likesGoal"), m_goal);
    goal->addWidget(m_likesGoal);
    m_commentsGoal = goalBar(QStringLiteral("commentsGoal"), m_goal);
    goal->addWidget(m_commentsGoal);
    m_goalMet = new QLabel(tr("Weekly goal met"), m_goal);
    m_goalMet->setObjectName(QStringLiteral("goalMet"));
    m_goalMet->hide();
    goal->addWidget(m_goalMet);
    goal->addStretch(1);
    auto* how = new QPushButton(tr("How the weekly routine works"), m_goal);
    how->setObjectName(QStringLiteral("linkButton"));
    how->setCursor(Qt::PointingHandCursor);
    goal->addWidget(how);
    connect(how, &QPushButton::clicked, this, [this] { Q_EMIT guideRequested(QStringLiteral("weekly-routine")); });
    layout->addWidget(m_goal);
    return header;
}

QWidget* PracticePage::buildFeed()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* heading = new QLabel(tr("Colleagues' posts"), box);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    auto* hint = new QLabel(m_me.role == Core::Role::Executive
                                ? tr("Newest first. Give at least half of your likes and comments to colleagues "
                                     "outside the leadership team.")
                                : tr("Newest first: the sample colleagues executives practise with."),
                            box);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_model = new PracticeFeedModel(m_workspace.clock(), this);
    m_feed = new QListView(box);
    m_feed->setObjectName(QStringLiteral("practiceFeed"));
    m_feed->setModel(m_model);
    m_delegate = new PracticePostDelegate(m_feed);
    m_feed->setItemDelegate(m_delegate);
    // Cards are measured for the viewport's width: re-lay them out on resize, and keep the scroll bar so
    // its arrival never makes a measured card too narrow.
    m_feed->setResizeMode(QListView::Adjust);
    m_feed->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_feed->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_feed->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_feed->setSelectionMode(QAbstractItemView::SingleSelection);
    m_feed->setAccessibleName(tr("Practice feed"));
    layout->addWidget(m_feed, 1);

    // The painted buttons are for the mouse; these give the keyboard (and a right click) the same actions.
    const auto addAction = [this](const QString& text, const QKeySequence& key, void (PracticePage::*act)(int)) {
        auto* action = new QAction(text, m_feed);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, act] {
            if (m_feed->currentIndex().isValid())
                (this->*act)(m_feed->currentIndex().row());
        });
        m_feed->addAction(action);
    };
    addAction(tr("Like"), QKeySequence(Qt::Key_L), &PracticePage::like);
    addAction(tr("Comment…"), QKeySequence(Qt::Key_C), &PracticePage::comment);
    addAction(tr("Follow the author"), QKeySequence(Qt::Key_F), &PracticePage::follow);
    m_feed->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_delegate, &PracticePostDelegate::actionTriggered, this,
            [this](const QModelIndex& index, PracticePostDelegate::Action action) {
                switch (action) {
                case PracticePostDelegate::Action::Like:
                    like(index.row());
                    break;
                case PracticePostDelegate::Action::Comment:
                    comment(index.row());
                    break;
                case PracticePostDelegate::Action::Follow:
                    follow(index.row());
                    break;
                }
            });

    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("successText"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_error = new ErrorLabel(box);
    layout->addWidget(m_error);
    return box;
}

void PracticePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back to the page: sessions may have started and posts been published meanwhile.
    if (!event->spontaneous() && m_model->rowCount() > 0)
        refresh();
}

void PracticePage::refresh()
{
    loadFeed();
    refreshGoal();
    refreshOwnSession();
    if (m_panel)
        m_panel->reload();
}

void PracticePage::loadFeed()
{
    if (m_loading)
        return;
    m_loading = true;
    QPointer<PracticePage> self(this);
    m_platform->fetchFeed(Core::FeedRequest{feedLimit, {}}, [self](Core::Result<Core::FeedPage> page) {
        if (!self)
            return;
        self->m_loading = false;
        if (!page) {
            self->m_error->showError(page.error());
            return;
        }
        const QString current = self->m_feed->currentIndex().data(PracticeFeedModel::PostIdRole).toString();
        self->m_model->setItems(page->items);
        const int row = self->m_model->rowOf(current);
        if (row >= 0)
            self->m_feed->setCurrentIndex(self->m_model->index(row));
    });
}

void PracticePage::refreshGoal()
{
    if (!m_goal)
        return;
    const auto progress = m_workspace.path().progress(m_me.id, Core::Track::Practice);
    const Core::MilestoneProgress* weekly = progress ? progress->milestone(weeklyMilestone) : nullptr;
    m_goal->setVisible(weekly != nullptr);
    if (!weekly)
        return;
    for (const Core::TargetProgress& target : weekly->targets) {
        if (target.kind == Core::ActivityKind::Like)
            setGoal(m_likesGoal, target.done, target.needed, tr("Likes: %1 of %2").arg(target.done).arg(target.needed));
        else if (target.kind == Core::ActivityKind::Comment)
            setGoal(m_commentsGoal, target.done, target.needed,
                    tr("Comments: %1 of %2").arg(target.done).arg(target.needed));
    }
    m_goalMet->setVisible(weekly->met);
}

void PracticePage::refreshOwnSession()
{
    if (!m_sessionBanner)
        return;
    const auto open = m_workspace.practiceSessions().openSessionFor(m_me.id);
    if (!open) {
        m_error->showError(open.error());
        return;
    }
    if (!open->has_value()) {
        m_ownSessionId.clear();
        m_sessionBanner->hide();
        return;
    }
    const Core::PracticeSession& session = **open;
    const auto trainer = m_workspace.people().find(session.trainerId);
    m_ownSessionId = session.id;
    m_sessionBanner->setSession(session, trainer ? trainer->displayName : tr("your trainer"));
    m_sessionBanner->show();
}

void PracticePage::showStatus(const QString& text)
{
    m_error->hide();
    m_status->setText(text);
    m_status->show();
}

void PracticePage::like(int row)
{
    const Core::FeedItem item = m_model->item(row);
    if (item.likedByMe) {
        showStatus(tr("You already liked this post."));
        return;
    }
    QPointer<PracticePage> self(this);
    m_workspace.engagement().like(m_me.id, *m_platform, item, [self, item](Core::Result<void> liked) {
        if (!self)
            return;
        if (!liked) {
            self->m_error->showError(liked.error());
            return;
        }
        self->m_model->markLiked(item.remoteId);
        self->showStatus(tr("You liked %1's post.").arg(item.authorName));
    });
}

void PracticePage::follow(int row)
{
    const Core::FeedItem item = m_model->item(row);
    if (item.followingAuthor) {
        showStatus(tr("You already follow %1.").arg(item.authorName));
        return;
    }
    QPointer<PracticePage> self(this);
    m_workspace.engagement().follow(m_me.id, *m_platform, item, [self, item](Core::Result<void> followed) {
        if (!self)
            return;
        if (!followed) {
            self->m_error->showError(followed.error());
            return;
        }
        self->m_model->markFollowing(item.authorId);
        self->showStatus(tr("You now follow %1 in the practice feed.").arg(item.authorName));
    });
}

void PracticePage::comment(int row)
{
    const Core::FeedItem item = m_model->item(row);
    PracticeCommentDialog dialog(m_workspace.desk(), m_me.id, item, m_platform->capabilities(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::Post& submitted = dialog.submitted();
    if (submitted.state == Core::PostState::Published) {
        loadFeed();
        refreshGoal();
    } else {
        m_pendingComments.insert(submitted.id);
    }
    showStatus(tr("Comment sent. It appears under %1's post in a moment.").arg(item.authorName));
}

void PracticePage::postChanged(const QString& postId, Core::PostState state)
{
    if (!m_pendingComments.contains(postId))
        return;
    switch (state) {
    case Core::PostState::Published:
        m_pendingComments.remove(postId);
        loadFeed();
        refreshGoal();
        break;
    case Core::PostState::Failed:
    case Core::PostState::NeedsReconnect:
    case Core::PostState::Cancelled:
        m_pendingComments.remove(postId);
        m_status->hide();
        m_error->setText(tr("Your practice comment could not be posted. The Queue shows why."));
        m_error->show();
        break;
    default:
        break;
    }
}

} // namespace Podium::Ui
