// The small models of a running practice session: its notes and the executive's profile checklist.
#include "models/practice_note_model.h"
#include "models/profile_checklist_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Podium;

TEST_CASE("PracticeNoteModel shows each note with the time it was written", "[ui]")
{
    Ui::PracticeNoteModel model(QTimeZone("Europe/Berlin"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    QList<Core::PracticeNote> notes{{QStringLiteral("t"), at, QStringLiteral("Strong opening line.")}};
    model.setNotes(notes);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data().toString().contains(QStringLiteral("10:30")));
    CHECK(model.index(0).data().toString().contains(QStringLiteral("Strong opening line.")));
    notes.append({QStringLiteral("t"), at.addSecs(300), QStringLiteral("Hesitates before posting.")});
    model.setNotes(notes);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(1).data(Ui::PracticeNoteModel::TextRole).toString() ==
          QStringLiteral("Hesitates before posting."));
    model.setNotes({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("ProfileChecklistModel shows ticks and asks before changing one", "[ui]")
{
    Ui::ProfileChecklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::ProfileChecklistItem photo;
    photo.id = QStringLiteral("a");
    photo.text = QStringLiteral("Add a recent photo");
    photo.tickedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    Core::ProfileChecklistItem bio;
    bio.id = QStringLiteral("b");
    bio.text = QStringLiteral("Write a two-line bio");
    model.setItems({photo, bio});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.tickedCount() == 1);
    CHECK(model.index(0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.index(1).data().toString() == QStringLiteral("Write a two-line bio"));

    QSignalSpy asked(&model, &Ui::ProfileChecklistModel::tickRequested);
    model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().at(0).toString() == QStringLiteral("b"));
    CHECK(model.index(1).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
}
