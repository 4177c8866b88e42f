#include "storage/audit_repository.h"
#include "storage/database.h"
#include "workspace_fixture.h"

#include <catch2/catch.hpp>

#include <type_traits>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

// Compile-time proof that the audit log stays append-only: none of these members may ever appear.
#define PODIUM_HAS_MEMBER(name)                                                                                        \
    template <typename T, typename = void>                                                                             \
    struct has_##name : std::false_type                                                                                \
    {                                                                                                                  \
    };                                                                                                                 \
    template <typename T>                                                                                              \
    struct has_##name<T, std::void_t<decltype(&T::name)>> : std::true_type                                             \
    {                                                                                                                  \
    };
PODIUM_HAS_MEMBER(update)
PODIUM_HAS_MEMBER(remove)
PODIUM_HAS_MEMBER(erase)
PODIUM_HAS_MEMBER(clear)
PODIUM_HAS_MEMBER(purge)
PODIUM_HAS_MEMBER(replace)
PODIUM_HAS_MEMBER(append)
#undef PODIUM_HAS_MEMBER

static_assert(has_append<AuditRepository>::value, "the detector works");
static_assert(!has_update<AuditRepository>::value && !has_remove<AuditRepository>::value &&
                  !has_erase<AuditRepository>::value && !has_clear<AuditRepository>::value &&
                  !has_purge<AuditRepository>::value && !has_replace<AuditRepository>::value,
              "the audit log is append-only");

AuditEvent event(const QString& id, const QDateTime& at)
{
    return AuditEvent{id, at, {}, {}, QStringLiteral("post.drafted"), QStringLiteral("post"), QStringLiteral("p"), {}};
}

} // namespace

TEST_CASE("AuditRepository never overwrites an event", "[db]")
{
    WorkspaceFixture f;
    AuditRepository audit(f.workspace->database());
    REQUIRE(audit.append(event(QStringLiteral("e1"), f.clock.now())).hasValue());
    AuditEvent again = event(QStringLiteral("e1"), f.clock.now());
    again.action = QStringLiteral("post.rewritten");
    CHECK_FALSE(audit.append(again).hasValue());
    CHECK(audit.forSubject(QStringLiteral("post"), QStringLiteral("p"))->first().action ==
          QStringLiteral("post.drafted"));
}

TEST_CASE("AuditRepository reads the events since an instant in the order they happened", "[db]")
{
    WorkspaceFixture f;
    AuditRepository audit(f.workspace->database());
    const QDateTime start = f.clock.now();
    for (int i = 0; i < 3; ++i)
        REQUIRE(audit.append(event(QStringLiteral("e%1").arg(i), start.addSecs(i))).hasValue());
    QStringList ids;
    REQUIRE(audit.each(start.addSecs(1), [&](const AuditEvent& e) { ids << e.id; }).hasValue());
    CHECK(ids == QStringList{QStringLiteral("e1"), QStringLiteral("e2")});
    ids.clear();
    REQUIRE(audit.each({}, [&](const AuditEvent& e) { ids << e.id; }).hasValue());
    CHECK(ids.size() == 3);
}
