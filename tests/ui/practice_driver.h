#pragma once

#include "path/activity_kind.h"
#include "widgets/practice_post_delegate.h"

#include <QModelIndex>
#include <QString>

namespace Podium::Core {
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {
class PracticePage;
} // namespace Podium::Ui

namespace Podium::Tests {

/// The row of a plan model (PracticePlanModel) that stands for the milestone or guide `itemId`.
QModelIndex planIndex(const QAbstractItemModel& model, const QString& itemId);

/// Clicks one of the buttons painted on a post of the practice feed, as a person would.
void clickOnPost(Ui::PracticePage& page, int row, Ui::PracticePostDelegate::Action action);

/// How many `kind` activities count this week toward the practice track's weekly engagement goal.
int weeklyPracticeDone(Core::Workspace& workspace, const QString& personId, Core::ActivityKind kind);

} // namespace Podium::Tests
