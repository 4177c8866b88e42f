#pragma once

#include <QString>

namespace Podium::Core {

/// A new random identifier (a UUID without braces). Ids are created by the app, not the database, so the
/// same schema works on SQLite and PostgreSQL and a post's id can double as its idempotency key.
QString newId();

} // namespace Podium::Core
