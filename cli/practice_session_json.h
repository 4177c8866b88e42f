#pragma once

#include "practice/practice_session.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Podium::Cli {

/// How a practice session is printed by `--json`, in one line, and in full for people.
class PracticeSessionJson
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSessionJson)

public:
    static QJsonObject toJson(const Core::PracticeSession& session, const QDateTime& now);
    /// id, state, executive, when, and how far the plan got.
    static QString line(const Core::PracticeSession& session);
    /// Everything: the timer, the plan with ticks, the notes and the outcome.
    static QString details(const Core::PracticeSession& session, const QDateTime& now);
};

} // namespace Podium::Cli
