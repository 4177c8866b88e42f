#pragma once

#include "people/person.h"
#include "practice/practice_session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace Podium::Core {
class GuideLibrary;
class PathDefinition;
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class ErrorLabel;
class SessionRunView;
class SessionStartForm;

/// The trainer's side of the Practice page, about one executive at a time: plan and start a session
/// with them, or run the one already open.
class PracticeSessionPanel : public QWidget
{
    Q_OBJECT

public:
    PracticeSessionPanel(Core::Workspace& workspace, const Core::Person& me, const Core::PathDefinition& path,
                         const Core::GuideLibrary& guides, QWidget* parent = nullptr);

    QComboBox* executiveCombo() const { return m_executive; }
    SessionStartForm* startForm() const { return m_form; }
    SessionRunView* runView() const { return m_run; }
    /// Whether the run view is showing (a session of mine with the chosen executive is open).
    bool isRunning() const;
    /// Chooses the executive by id; false when they are not in the list.
    bool selectExecutive(const QString& executiveId);

public Q_SLOTS:
    /// Reads the executives and their open sessions again, keeping the choice.
    void reload();

private:
    void executiveChosen();
    void start();
    void ended(const Core::PracticeSession& session);
    void switchTo(QWidget* page);
    QString chosenId() const;

    Core::Workspace& m_workspace;
    Core::Person m_me;
    QComboBox* m_executive = nullptr;
    QStackedWidget* m_stack = nullptr;
    SessionStartForm* m_form = nullptr;
    SessionRunView* m_run = nullptr;
    QLabel* m_elsewhere = nullptr;
    QLabel* m_nobody = nullptr;
    QLabel* m_done = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace Podium::Ui
