#include "common/result.h"

#include <catch2/catch.hpp>

using namespace Podium::Core;

TEST_CASE("Result holds a value or an error with its code")
{
    Result<int> good = 42;
    REQUIRE(good.hasValue());
    CHECK(*good == 42);

    Result<int> bad = Error{ErrorCode::DatabaseLocked, QStringLiteral("busy")};
    REQUIRE_FALSE(bad.hasValue());
    CHECK(bad.error().code == ErrorCode::DatabaseLocked);
    CHECK(bad.error().codeName() == QStringLiteral("database.locked"));
}

TEST_CASE("Result<void> is success by default and carries an error otherwise")
{
    Result<void> done;
    CHECK(done.hasValue());
    Result<void> failed = Error{ErrorCode::DatabaseDiskFull, {}};
    CHECK_FALSE(failed.hasValue());
    CHECK(failed.error().code == ErrorCode::DatabaseDiskFull);
}
