#pragma once

#include <QString>
#include <QStringList>

namespace Podium::Core {

/// What the trainer records when a practice session finishes.
struct PracticeOutcome
{
    /// A few sentences on how it went.
    QString summary;
    /// 1 (needs much more practice) to 5 (confident); 0 when the trainer gives none.
    int rating = 0;
    /// The trainer judges the executive ready to post on the live network.
    bool readyForLive = false;
    /// What the executive should do or practise next.
    QStringList followUps;
};

} // namespace Podium::Core
