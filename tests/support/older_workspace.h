#pragma once

#include <QString>

namespace Podium::Tests {

/// The schema version this Podium writes; the version before it is what rollBackLastMigration leaves.
constexpr int latestSchemaVersion = 14;

/// Turns a current SQLite workspace file into one an older Podium would have left: the last migration
/// (guide progress) undone.
void rollBackLastMigration(const QString& path);

} // namespace Podium::Tests
