#include "queue_page.h"

#include "approval_dialog.h"
#include "common/clock.h"
#include "common/error_message.h"
#include "delegation/access_policy.h"
#include "models/queue_model.h"
#include "models/week_model.h"
#include "people/people_service.h"
#include "post_text.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "storage/post_queue_repository.h"
#include "widgets/page_title.h"
#include "widgets/post_detail.h"
#include "widgets/week_calendar.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

constexpr int filterRole = Qt::UserRole + 1;
// Posts change in bursts (a publisher settling a batch); one re-read after the burst is enough.
constexpr int refreshDelayMs = 250;

} // namespace

QueuePage::QueuePage(Core::Workspace& workspace, const Core::Person& me, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_me(me)
{
    setObjectName(QStringLiteral("queuePage"));
    const QTimeZone zone(me.timeZone.toUtf8());
    m_model = new QueueModel(workspace.queue(), zone, this);
    m_weekModel = new WeekModel(workspace.queue(), zone, this);
    m_weekModel->setActive(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(12);
    layout->addWidget(buildHeader());

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    m_filters = new QListWidget(this);
    m_filters->setObjectName(QStringLiteral("queueFilters"));
    m_filters->setAccessibleName(tr("Show"));
    m_filters->setFixedWidth(230);
    for (const Core::QueueFilter filter : Core::queueFilters()) {
        auto* item = new QListWidgetItem(PostText::filter(filter), m_filters);
        item->setData(filterRole, int(filter));
    }
    columns->addWidget(m_filters);

    m_views = new QStackedWidget(this);
    auto* listPage = new QWidget(m_views);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show, which keeps 100,000 posts cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    auto* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QueueModel::WhenColumn, QHeaderView::Interactive);
    header->resizeSection(QueueModel::WhenColumn, 150);
    header->resizeSection(QueueModel::ExecutiveColumn, 140);
    header->setSectionResizeMode(QueueModel::PostColumn, QHeaderView::Stretch);
    header->resizeSection(QueueModel::StatusColumn, 150);
    listLayout->addWidget(m_table, 1);
    m_empty = new QLabel(listPage);
    m_empty->setObjectName(QStringLiteral("hint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    listLayout->addWidget(m_empty);
    m_views->addWidget(listPage);
    m_views->addWidget(buildCalendar());
    columns->addWidget(m_views, 1);

    m_detail = new PostDetail(this);
    m_detail->setFixedWidth(320);
    columns->addWidget(m_detail);
    layout->addLayout(columns, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &QueuePage::refresh);
    connect(&workspace.posts(), &Core::PostService::postChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_filters, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_model->setFilter(Core::QueueFilter(m_filters->item(row)->data(filterRole).toInt()));
        updateEmpty();
        m_detail->clear();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectPost(current.data(QueueModel::PostIdRole).toString());
            });
    connect(m_calendar, &WeekCalendar::postActivated, this, &QueuePage::selectPost);
    connect(m_detail, &PostDetail::reviewRequested, this, &QueuePage::review);
    connect(m_detail, &PostDetail::editRequested, this, &QueuePage::editRequested);
    connect(m_detail, &PostDetail::cancelRequested, this, &QueuePage::cancelPost);
    connect(m_detail, &PostDetail::publishNowRequested, this, &QueuePage::publishNow);

    // An executive opens the queue to approve; a delegate to see what came back or is waiting.
    setFilter(me.role == Core::Role::Executive ? Core::QueueFilter::Waiting : Core::QueueFilter::Scheduled);
    moveWeek(0);
    // Last: the filter and week above read nothing while no executive is known, so the queue and the week
    // are each read once on opening, here.
    loadAuthors();
    refreshCounts();
}

QueuePage::~QueuePage() = default;

QWidget* QueuePage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PageTitle(tr("Queue"), header));
    layout->addStretch(1);
    m_executive = new QComboBox(header);
    m_executive->setObjectName(QStringLiteral("executiveFilter"));
    m_executive->setAccessibleName(tr("Executive"));
    layout->addWidget(m_executive);
    m_listButton = new QToolButton(header);
    m_listButton->setText(tr("List"));
    m_weekButton = new QToolButton(header);
    m_weekButton->setText(tr("Week"));
    for (QToolButton* button : {m_listButton, m_weekButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setObjectName(QStringLiteral("segmentButton"));
        layout->addWidget(button);
    }
    m_listButton->setChecked(true);
    connect(m_listButton, &QToolButton::clicked, this, [this] { showWeek(false); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { showWeek(true); });
    connect(m_executive, &QComboBox::currentIndexChanged, this, [this] {
        const QString only = m_executive->currentData().toString();
        const QStringList shown = only.isEmpty() ? m_authorIds : QStringList{only};
        m_model->setAuthors(shown, m_names);
        m_weekModel->setAuthors(shown, m_names);
        m_detail->clear();
    });
    return header;
}

QWidget* QueuePage::buildCalendar()
{
    auto* page = new QWidget(m_views);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* previous = new QToolButton(page);
    previous->setText(tr("‹ Previous week"));
    auto* today = new QToolButton(page);
    today->setText(tr("This week"));
    auto* next = new QToolButton(page);
    next->setText(tr("Next week ›"));
    m_weekTitle = new QLabel(page);
    m_weekTitle->setObjectName(QStringLiteral("sectionHeading"));
    bar->addWidget(m_weekTitle, 1);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    layout->addLayout(bar);
    m_calendar = new WeekCalendar(page);
    m_calendar->setModel(m_weekModel);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(m_calendar);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    connect(previous, &QToolButton::clicked, this, [this] { moveWeek(-1); });
    connect(next, &QToolButton::clicked, this, [this] { moveWeek(1); });
    connect(today, &QToolButton::clicked, this, [this] { moveWeek(0); });
    return page;
}

void QueuePage::loadAuthors()
{
    m_names.clear();
    if (const auto people = m_workspace.people().list())
        for (const Core::Person& person : people.value())
            m_names.insert(person.id, person.displayName);
    const auto readable = m_workspace.access().readableAuthors(m_me.id);
    m_authorIds = readable ? readable.value() : QStringList();
    const QSignalBlocker blocker(m_executive);
    m_executive->clear();
    m_executive->addItem(tr("All executives"), QString());
    for (const QString& id : m_authorIds)
        m_executive->addItem(m_names.value(id, id), id);
    m_executive->setVisible(m_authorIds.size() > 1);
    // An executive on their own sees only their posts: a column repeating their name is noise.
    m_table->setColumnHidden(QueueModel::ExecutiveColumn, m_authorIds.size() <= 1);
    m_calendar->setShowAuthors(m_authorIds.size() > 1);
    m_model->setAuthors(m_authorIds, m_names);
    m_weekModel->setAuthors(m_authorIds, m_names);
    updateEmpty();
}

void QueuePage::updateEmpty()
{
    m_empty->setText(tr("Nothing here."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

void QueuePage::setFilter(Core::QueueFilter filter)
{
    for (int row = 0; row < m_filters->count(); ++row)
        if (m_filters->item(row)->data(filterRole).toInt() == int(filter))
            m_filters->setCurrentRow(row);
}

void QueuePage::showWeek(bool week)
{
    m_weekModel->setActive(week);
    m_views->setCurrentIndex(week ? 1 : 0);
    m_weekButton->setChecked(week);
    m_listButton->setChecked(!week);
    // The week shows every kind of post at once, so it gets the filters' room.
    m_filters->setVisible(!week);
}

void QueuePage::moveWeek(int weeks)
{
    const QTimeZone zone(m_me.timeZone.toUtf8());
    const QDate today = m_workspace.clock().now().toTimeZone(zone).date();
    m_weekModel->setWeek(weeks == 0 ? today : m_weekModel->monday().addDays(7 * weeks));
    m_calendar->setWeek(m_weekModel->monday(), today);
    const QLocale locale;
    m_weekTitle->setText(tr("Week of %1").arg(locale.toString(m_weekModel->monday(), QLocale::LongFormat)));
}

void QueuePage::refresh()
{
    const QString selected = m_detail->postId();
    m_model->reload();
    m_weekModel->reload();
    updateEmpty();
    refreshCounts();
    if (!selected.isEmpty())
        selectPost(selected);
}

void QueuePage::refreshCounts()
{
    const auto counts = m_workspace.queue().counts(m_authorIds);
    if (!counts)
        return;
    for (int row = 0; row < m_filters->count(); ++row) {
        QListWidgetItem* item = m_filters->item(row);
        const auto filter = Core::QueueFilter(item->data(filterRole).toInt());
        const int count = counts->value(filter);
        item->setText(count ? QStringLiteral("%1  (%2)").arg(PostText::filter(filter), PostText::count(count))
                            : PostText::filter(filter));
    }
    const int attention = attentionCount(counts.value(), m_me.role);
    if (attention != m_attention) {
        m_attention = attention;
        Q_EMIT attentionChanged(attention);
    }
}

int QueuePage::attentionCount(const QMap<Core::QueueFilter, int>& counts, Core::Role role)
{
    // What needs the viewer depends on who they are: approvals are the executive's to give, and posts sent
    // back with changes requested are the delegate's to fix.
    return counts.value(Core::QueueFilter::Overdue) + counts.value(Core::QueueFilter::Failed) +
           counts.value(Core::QueueFilter::Missed) +
           (role == Core::Role::Executive ? counts.value(Core::QueueFilter::Waiting)
                                          : counts.value(Core::QueueFilter::ChangesRequested));
}

void QueuePage::selectPost(const QString& postId)
{
    const auto post = m_workspace.desk().find(m_me.id, postId);
    if (!post) {
        m_detail->clear();
        return;
    }
    const Core::AccessPolicy& access = m_workspace.access();
    const bool mine = post->authorId == m_me.id;
    const bool canEdit = mine || access.check(m_me.id, post->authorId, Core::PostAction::Draft).hasValue();
    const bool canCancel = mine || access.check(m_me.id, post->authorId, Core::PostAction::Cancel).hasValue();
    m_detail->showPost(post.value(), m_names, m_me.timeZone, mine, canEdit, canCancel);
    const int row = m_model->rowOf(postId);
    if (row >= 0 && m_table->currentIndex().row() != row) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
    }
}

void QueuePage::review(const QString& postId)
{
    const auto post = m_workspace.desk().find(m_me.id, postId);
    if (!post)
        return;
    ApprovalDialog dialog(m_workspace, m_me.id, post.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void QueuePage::cancelPost(const QString& postId)
{
    if (QMessageBox::question(this, tr("Cancel this post?"),
                              tr("It will not go out. You cannot undo this, but you can write it again.")) !=
        QMessageBox::Yes)
        return;
    if (const auto cancelled = m_workspace.desk().cancel(m_me.id, postId); !cancelled)
        QMessageBox::warning(this, tr("Not cancelled"), Core::ErrorMessage::text(cancelled.error()));
    refresh();
}

void QueuePage::publishNow(const QString& postId)
{
    const auto post = m_workspace.desk().reschedule(m_me.id, postId, m_workspace.clock().now(), m_me.timeZone);
    if (!post)
        QMessageBox::warning(this, tr("Not published"), Core::ErrorMessage::text(post.error()));
    refresh();
}

} // namespace Podium::Ui
