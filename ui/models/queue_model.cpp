#include "queue_model.h"

#include "post_text.h"
#include "state_palette.h"
#include "storage/post_queue_repository.h"

#include <QBrush>
#include <QLocale>

namespace Podium::Ui {

using Core::PostState;

QueueModel::QueueModel(const Core::PostQueueRepository& queue, QTimeZone viewerZone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_viewerZone(std::move(viewerZone))
{}

void QueueModel::setAuthors(const QStringList& authorIds, const QHash<QString, QString>& names)
{
    m_authorIds = authorIds;
    m_names = names;
    reload();
}

void QueueModel::setFilter(Core::QueueFilter filter)
{
    m_filter = filter;
    reload();
}

void QueueModel::reload()
{
    // The first page is read inside the reset, so a view never shows an empty table that then fills.
    beginResetModel();
    m_items.clear();
    m_exhausted = false;
    m_items = readPage();
    // Listeners of modelReset may ask for more at once (QAbstractItemModelTester does); rows inserted while
    // the reset is still being announced would reach them as a change inside a change, so wait.
    m_announcingReset = true;
    endResetModel();
    m_announcingReset = false;
}

int QueueModel::rowOf(const QString& postId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == postId)
            return row;
    return -1;
}

bool QueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void QueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted || m_announcingReset)
        return;
    const QList<Core::QueueItem> page = readPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size() - 1));
    m_items += page;
    endInsertRows();
}

QList<Core::QueueItem> QueueModel::readPage()
{
    const Core::QueueCursor after =
        m_items.isEmpty() ? Core::QueueCursor{} : Core::PostQueueRepository::cursorAfter(m_items.last());
    const auto page = m_queue.page(m_filter, m_authorIds, after, pageSize);
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll. reload() tries again.
        m_exhausted = true;
        m_lastError = page.error();
        Q_EMIT loadFailed(page.error());
        return {};
    }
    m_lastError.reset();
    m_exhausted = page->size() < pageSize;
    return page.value();
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::QueueItem& item = m_items.at(index.row());
    switch (role) {
    case PostIdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case AuthorIdRole:
        return item.authorId;
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return PostText::stateHelp(item.state);
        if (index.column() == PostColumn)
            return item.excerpt;
        if (index.column() == WhenColumn && item.hasTime && !item.scheduledZone.isEmpty())
            return tr("Chosen as %1 in %2")
                .arg(QLocale().toString(item.when.toTimeZone(QTimeZone(item.scheduledZone.toUtf8())),
                                        QLocale::ShortFormat),
                     item.scheduledZone);
        return {};
    case Qt::ForegroundRole:
        // Only states that need or await a person stand out; the rest read as plain text.
        if (index.column() == StatusColumn && item.state != PostState::Scheduled && item.state != PostState::Draft)
            return QBrush(StatePalette::accent(item.state));
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::display(const Core::QueueItem& item, int column) const
{
    switch (column) {
    case WhenColumn:
        if (!item.hasTime)
            return item.state == PostState::Draft ? tr("No time yet") : tr("As soon as possible");
        return QLocale().toString(item.when.toTimeZone(m_viewerZone), QStringLiteral("ddd d MMM, HH:mm"));
    case ExecutiveColumn:
        return m_names.value(item.authorId, item.authorId);
    case PostColumn: {
        QString text = item.kind == Core::PostKind::Article && !item.title.isEmpty() ? item.title : item.excerpt;
        text = text.simplified();
        if (item.kind != Core::PostKind::Status)
            text = PostText::kind(item.kind) + QStringLiteral(": ") + text;
        if (item.isPractice)
            text = tr("[Practice] %1").arg(text);
        return text;
    }
    case StatusColumn:
        if (item.state == PostState::AwaitingApproval && item.approveBy.isValid())
            return tr("Approve by %1")
                .arg(QLocale().toString(item.approveBy.toTimeZone(m_viewerZone), QStringLiteral("ddd HH:mm")));
        return PostText::state(item.state);
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ExecutiveColumn:
        return tr("Executive");
    case PostColumn:
        return tr("Post");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Podium::Ui
