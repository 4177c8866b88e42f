#pragma once

#include <QDateTime>
#include <QString>

namespace Podium::Core {

/// A note the trainer wrote during a practice session. Notes are only ever appended, never edited.
struct PracticeNote
{
    QString authorId;
    QDateTime writtenAt;
    QString text;
};

} // namespace Podium::Core
