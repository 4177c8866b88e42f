#pragma once

#include "practice/practice_session.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace Podium::Core {
class PracticeSessionService;
}

namespace Podium::Ui {

class ErrorLabel;

/// Where a trainer finishes a practice session: a summary, a rating from 1 to 5, whether the executive is
/// ready for the live network, and what to do next. The session ends only when the service accepts the
/// outcome; on an error everything typed stays.
class PracticeOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    PracticeOutcomeDialog(Core::PracticeSessionService& sessions, const QString& myId,
                          const Core::PracticeSession& session, const QString& executiveName,
                          QWidget* parent = nullptr);

    QPlainTextEdit* summary() const { return m_summary; }
    /// Ratings 1 to 5 have buttons with those ids.
    QButtonGroup* rating() const { return m_rating; }
    QCheckBox* readyForLive() const { return m_ready; }
    QPlainTextEdit* followUps() const { return m_followUps; }
    QPushButton* finishButton() const { return m_finish; }
    /// The session as finished; open until it was.
    const Core::PracticeSession& finished() const { return m_session; }

private:
    void finish();

    Core::PracticeSessionService& m_sessions;
    QString m_myId;
    Core::PracticeSession m_session;
    QPlainTextEdit* m_summary = nullptr;
    QButtonGroup* m_rating = nullptr;
    QCheckBox* m_ready = nullptr;
    QPlainTextEdit* m_followUps = nullptr;
    QPushButton* m_finish = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace Podium::Ui
