#pragma once

#include <QString>

namespace Podium::Tests {

/// Turns a current SQLite workspace file into one an older Podium would have left: the last migration
/// (guide progress, 0014_create_guide_progress) undone. When a newer migration ships, this undoes
/// that one instead.
void rollBackLastMigration(const QString& path);

/// The schema version of the migration before the last one: what rollBackLastMigration leaves.
int versionBeforeLast();

} // namespace Podium::Tests
