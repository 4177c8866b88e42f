#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Podium::Core {

class Database;

/// Keeps the path definition a trainer loaded for the workspace, as the JSON document they gave. It is
/// stored as written and parsed on every open, so a newer Podium's path is kept, not rewritten.
class PathDefinitionRepository
{
public:
    explicit PathDefinitionRepository(Database& database);

    /// The stored document; none while the workspace uses the built-in path.
    Result<std::optional<QByteArray>> document() const;
    /// Replaces the stored document; run it inside a transaction so the old one is never lost alone.
    Result<void> store(const QByteArray& document, const QString& loadedBy, const QDateTime& at);
    /// Back to the built-in path.
    Result<void> clear();

private:
    Database& m_database;
};

} // namespace Podium::Core
