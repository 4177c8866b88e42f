#pragma once

#include "path/path_definition.h"
#include "path/path_progress.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace Podium::Ui {

class MilestoneRow;

/// One tier of the path as a card: its title, whether it is locked, open or complete (and who opened it
/// early), and its milestones.
class TierCard : public QFrame
{
    Q_OBJECT

public:
    TierCard(const Core::PathTier& tier, const QList<Core::Milestone>& milestones, QWidget* parent = nullptr);

    int tier() const { return m_tier.number; }
    /// `unlockedByName` names the trainer who opened the tier early, if one did.
    void setProgress(const Core::TierProgress& progress, const QString& unlockedByName);
    /// Offers a trainer the button that opens a locked tier ahead of its milestones.
    void setUnlockOffered(bool offered);
    bool isUnlocked() const { return m_unlocked; }

    const QList<MilestoneRow*>& rows() const { return m_rows; }
    QLabel* stateBadge() const { return m_state; }
    QPushButton* unlockButton() const { return m_unlock; }

Q_SIGNALS:
    void unlockRequested(int tier);

private:
    Core::PathTier m_tier;
    bool m_unlocked = false;
    QLabel* m_state = nullptr;
    QLabel* m_lockedNote = nullptr;
    QPushButton* m_unlock = nullptr;
    QList<MilestoneRow*> m_rows;
};

} // namespace Podium::Ui
