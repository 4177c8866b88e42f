#pragma once

#include <QFrame>
#include <QList>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace Podium::Ui {

/// The profile checklist as boxes to tick: what to update on the network profile, either the items a
/// trainer prepared for this executive or the path's generic ones.
class ProfileChecklistBox : public QFrame
{
    Q_OBJECT

public:
    struct Entry
    {
        /// The prepared item's id, or the path's item name ("photo").
        QString key;
        QString text;
        bool ticked = false;
        /// The path's generic items are recorded as activity, which is never taken back.
        bool untickable = true;
    };

    explicit ProfileChecklistBox(QWidget* parent = nullptr);

    /// `preparedBy` names the trainer who prepared the list, empty for the path's generic items.
    void setEntries(const QList<Entry>& entries, const QString& preparedBy, bool editable);
    QList<QCheckBox*> boxes() const { return m_boxes; }
    /// Puts the keyboard on the first item still to tick, for "Do it now".
    void focusFirstOpen();

Q_SIGNALS:
    void entryToggled(const QString& key, bool ticked);

private:
    QLabel* m_summary = nullptr;
    QLabel* m_source = nullptr;
    QVBoxLayout* m_list = nullptr;
    QList<QCheckBox*> m_boxes;
};

} // namespace Podium::Ui
