#include "practice_driver.h"

#include "models/practice_feed_model.h"
#include "models/practice_plan_model.h"
#include "pages/practice_page.h"
#include "path/path_service.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QListView>
#include <QTest>

namespace Podium::Tests {

QModelIndex planIndex(const QAbstractItemModel& model, const QString& itemId)
{
    const QModelIndexList found = model.match(model.index(0, 0), Ui::PracticePlanModel::ItemIdRole, itemId, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.first();
}

void clickOnPost(Ui::PracticePage& page, int row, Ui::PracticePostDelegate::Action action)
{
    const QModelIndex index = page.feedModel()->index(row);
    page.feed()->scrollTo(index);
    const QRect button = page.feedDelegate()->actionRect(index, action);
    REQUIRE(page.feed()->viewport()->rect().contains(button));
    QTest::mouseClick(page.feed()->viewport(), Qt::LeftButton, {}, button.center());
}

int weeklyPracticeDone(Core::Workspace& workspace, const QString& personId, Core::ActivityKind kind)
{
    const auto progress = workspace.path().progress(personId, Core::Track::Practice);
    REQUIRE(progress.hasValue());
    const Core::MilestoneProgress* weekly = progress->milestone(QStringLiteral("weekly-engagement"));
    REQUIRE(weekly);
    for (const Core::TargetProgress& each : weekly->targets)
        if (each.kind == kind)
            return each.done;
    return -1;
}

} // namespace Podium::Tests
