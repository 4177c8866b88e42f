#include "first_run_dialog.h"
#include "people/people_service.h"
#include "widget_fixture.h"
#include "widgets/time_zone_combo_box.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Podium;
using namespace Podium::Tests;

TEST_CASE("FirstRunDialog creates the person who is starting Podium", "[db]")
{
    WidgetFixture f;
    Ui::FirstRunDialog dialog(f.workspace().people());
    dialog.chooseRole(Core::Role::Delegate);
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Mia Chen"));
    dialog.timeZoneBox()->setZoneId(QStringLiteral("Asia/Singapore"));
    dialog.accept();

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.person().displayName == QStringLiteral("Mia Chen"));
    const auto stored = f.workspace().people().find(dialog.person().id);
    REQUIRE(stored.hasValue());
    CHECK(stored->role == Core::Role::Delegate);
    CHECK(stored->timeZone == QStringLiteral("Asia/Singapore"));
}

TEST_CASE("FirstRunDialog cannot start without a name")
{
    WidgetFixture f;
    Ui::FirstRunDialog dialog(f.workspace().people());
    QPushButton* start = nullptr;
    for (QAbstractButton* button : dialog.findChild<QDialogButtonBox*>()->buttons()) {
        if (dialog.findChild<QDialogButtonBox*>()->buttonRole(button) == QDialogButtonBox::AcceptRole)
            start = qobject_cast<QPushButton*>(button);
    }
    REQUIRE(start);
    CHECK_FALSE(start->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("   "));
    CHECK_FALSE(start->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Dana"));
    CHECK(start->isEnabled());
}

TEST_CASE("FirstRunDialog explains an unknown time zone and stays open")
{
    WidgetFixture f;
    Ui::FirstRunDialog dialog(f.workspace().people());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Dana"));
    dialog.timeZoneBox()->setEditText(QStringLiteral("Atlantis/Capital"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.workspace().people().list()->isEmpty());
}
