#pragma once

#include "path/activity.h"
#include "storage/activity_repository.h"

#include <catch2/catch.hpp>

namespace Podium::Tests {

/// Writes activity straight into a workspace's log, for tests of what the path makes of it.
class ActivityLog
{
public:
    ActivityLog(Core::Database& database, QString personId)
        : m_repository(database)
        , m_personId(std::move(personId))
    {}

    /// Records `kind` at `at`; each call is about a new post or colleague unless `reference` says otherwise.
    void add(Core::ActivityKind kind, const QDateTime& at, bool practice = false,
             std::optional<bool> targetIsExecutive = std::nullopt, QString reference = {})
    {
        if (reference.isEmpty())
            reference = QStringLiteral("ref-%1").arg(++m_counter);
        const Core::Result<void> added =
            m_repository.append(Core::Activity{{}, m_personId, kind, practice, targetIsExecutive, reference, at});
        REQUIRE(added.hasValue());
    }

    /// `count` times `kind`, one minute apart from `at`.
    void repeat(int count, Core::ActivityKind kind, const QDateTime& at, std::optional<bool> targetIsExecutive = {})
    {
        for (int i = 0; i < count; ++i)
            add(kind, at.addSecs(60 * i), false, targetIsExecutive);
    }

private:
    Core::ActivityRepository m_repository;
    QString m_personId;
    int m_counter = 0;
};

} // namespace Podium::Tests
