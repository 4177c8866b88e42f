#pragma once

#include <QString>

namespace Podium::Tests {

/// Turns a current SQLite workspace file into one an older Podium would have left: the last migration
/// (the activity log, version 12) undone.
void rollBackLastMigration(const QString& path);

} // namespace Podium::Tests
