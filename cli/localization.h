#pragma once

#include <QString>

namespace Podium::Cli {

/// Installs Podium's and Qt's own translations for a language (or the system's when empty).
class Localization
{
public:
    /// Returns the language actually chosen, e.g. "de"; "en" when no translation exists for it.
    static QString install(const QString& language);
};

} // namespace Podium::Cli
