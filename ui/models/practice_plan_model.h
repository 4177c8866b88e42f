#pragma once

#include "practice/practice_plan_item.h"

#include <QAbstractItemModel>
#include <QList>

namespace Podium::Core {
class GuideLibrary;
class PathDefinition;
struct PracticeSession;
} // namespace Podium::Core

namespace Podium::Ui {

/// A practice session's plan as boxes to tick: milestones with their guides beneath them when a trainer
/// chooses what to cover, or the session's own plan while it runs. Titles are readable, ids stay inside.
class PracticePlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Mode
    {
        /// The trainer picks items for a new session; ticks stay in the model.
        Choose,
        /// A running session: a tick asks for tickPlanItem through tickRequested().
        Tick,
        /// The executive's view: shows what is done, changes nothing.
        ReadOnly,
    };
    enum Roles
    {
        ItemIdRole = Qt::UserRole + 1,
        /// PracticePlanItem::Kind as an int
        KindRole,
    };

    struct Entry
    {
        Core::PracticePlanItem item;
        QString title;
        QString detail;
        bool checked = false;
        /// Guides under a milestone while choosing; always empty in a session's plan.
        QList<Entry> children;
    };

    explicit PracticePlanModel(Mode mode, QObject* parent = nullptr);

    /// Everything a session can cover: each milestone of the path with the guides that teach it.
    static QList<Entry> catalogue(const Core::PathDefinition& path, const Core::GuideLibrary& guides);
    /// The session's plan in its order, ticked where done.
    static QList<Entry> plan(const Core::PracticeSession& session, const Core::PathDefinition& path,
                             const Core::GuideLibrary& guides);

    Mode mode() const { return m_mode; }
    void setEntries(const QList<Entry>& entries);
    /// The ticked items in list order, a milestone before its guides.
    QList<Core::PracticePlanItem> checkedItems() const;
    int checkedCount() const { return int(checkedItems().size()); }
    /// Shows an item as done or not without asking anyone (after the service agreed).
    void setChecked(const QString& itemId, bool checked);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// Choose mode: the selection changed.
    void checkedChanged();
    /// Tick mode: the person ticked (or unticked) an item; nothing changes until setChecked().
    void tickRequested(const QString& itemId, bool done);

private:
    const Entry& entryAt(const QModelIndex& index) const;
    Entry& entryAt(const QModelIndex& index);
    QModelIndex indexOf(const QString& itemId) const;

    Mode m_mode;
    QList<Entry> m_entries;
};

} // namespace Podium::Ui
