#include "fake_clock.h"
#include "people/people_service.h"
#include "storage/database.h"
#include "storage/person_repository.h"
#include "test_database.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

struct PeopleFixture
{
    TestDatabase test;
    std::unique_ptr<Database> database;
    std::unique_ptr<PersonRepository> repository;
    FakeClock clock;
    std::unique_ptr<PeopleService> people;

    PeopleFixture()
    {
        auto opened = Database::open(test.location());
        REQUIRE(opened.hasValue());
        database = std::move(opened.value());
        repository = std::make_unique<PersonRepository>(*database);
        people = std::make_unique<PeopleService>(*repository, clock);
    }
};

} // namespace

TEST_CASE("PeopleService adds a person and reads them back", "[db]")
{
    PeopleFixture f;
    const auto added =
        f.people->add(QStringLiteral("  Dana   Whitfield "), Role::Executive, QStringLiteral("America/New_York"));
    REQUIRE(added.hasValue());
    CHECK(added->displayName == QStringLiteral("Dana Whitfield"));
    CHECK(added->createdAt == f.clock.now());

    const auto found = f.people->find(added->id);
    REQUIRE(found.hasValue());
    CHECK(found->displayName == QStringLiteral("Dana Whitfield"));
    CHECK(found->role == Role::Executive);
    CHECK(found->timeZone == QStringLiteral("America/New_York"));
    CHECK(found->createdAt == f.clock.now());
}

TEST_CASE("PeopleService lists people by name", "[db]")
{
    PeopleFixture f;
    REQUIRE(f.people->add(QStringLiteral("Zoe Park"), Role::Trainer, QStringLiteral("UTC")).hasValue());
    REQUIRE(f.people->add(QStringLiteral("Amir Haddad"), Role::Delegate, QStringLiteral("Europe/London")).hasValue());
    const auto list = f.people->list();
    REQUIRE(list.hasValue());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).displayName == QStringLiteral("Amir Haddad"));
    CHECK(list->at(0).role == Role::Delegate);
    CHECK(list->at(1).displayName == QStringLiteral("Zoe Park"));
}

TEST_CASE("PeopleService refuses a blank name and an unknown time zone, storing nothing", "[db]")
{
    PeopleFixture f;
    const auto blank = f.people->add(QStringLiteral("   "), Role::Executive, QStringLiteral("UTC"));
    REQUIRE_FALSE(blank.hasValue());
    CHECK(blank.error().code == ErrorCode::PersonNameMissing);

    const auto zone = f.people->add(QStringLiteral("Dana"), Role::Executive, QStringLiteral("Mars/Olympus_Mons"));
    REQUIRE_FALSE(zone.hasValue());
    CHECK(zone.error().code == ErrorCode::TimeZoneUnknown);

    CHECK(f.people->list()->isEmpty());
}

TEST_CASE("PeopleService says person.not-found for an unknown id", "[db]")
{
    PeopleFixture f;
    const auto missing = f.people->find(QStringLiteral("no-such-id"));
    REQUIRE_FALSE(missing.hasValue());
    CHECK(missing.error().code == ErrorCode::PersonNotFound);
}

TEST_CASE("Role names round-trip and unknown names are refused")
{
    for (const Role role : {Role::Executive, Role::Delegate, Role::Trainer})
        CHECK(roleFromName(roleName(role)) == role);
    CHECK(roleFromName(QStringLiteral(" Trainer ")) == Role::Trainer);
    CHECK_FALSE(roleFromName(QStringLiteral("ceo")).has_value());
}
