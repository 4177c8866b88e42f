#pragma once

#include "platform_capabilities.h"

#include <QString>

namespace Podium::Core {

/// Counts text the way a network does: user-perceived characters (an emoji with skin tone or a flag is
/// one), and every URL as the server's fixed weight whatever its length.
class CharacterCounter
{
public:
    explicit CharacterCounter(const PlatformCapabilities& capabilities);

    int count(const QString& text) const;
    /// How many more characters fit; negative when over. Unlimited platforms always have room.
    int remaining(const QString& text) const;
    bool fits(const QString& text) const { return remaining(text) >= 0; }

private:
    int m_maxCharacters;
    int m_charactersPerUrl;
};

} // namespace Podium::Core
