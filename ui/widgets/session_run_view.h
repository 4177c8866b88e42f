#pragma once

#include "people/person.h"
#include "practice/practice_session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTreeView;

namespace Podium::Core {
class GuideLibrary;
class PathDefinition;
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class ErrorLabel;
class PracticeNoteModel;
class PracticePlanModel;
class ProfileChecklistModel;
class SessionTimerLabel;

/// A running practice session as its trainer sees it: the timer, the plan to tick off, notes, the
/// executive's profile checklist, and Finish (with an outcome) or Cancel.
class SessionRunView : public QWidget
{
    Q_OBJECT

public:
    SessionRunView(Core::Workspace& workspace, const Core::Person& me, const Core::PathDefinition& path,
                   const Core::GuideLibrary& guides, QWidget* parent = nullptr);

    void setSession(const Core::PracticeSession& session, const QString& executiveName);
    const Core::PracticeSession& session() const { return m_session; }

    SessionTimerLabel* timer() const { return m_timer; }
    PracticePlanModel* plan() const { return m_plan; }
    QTreeView* planView() const { return m_planView; }
    QLineEdit* noteInput() const { return m_noteInput; }
    QPushButton* addNoteButton() const { return m_addNote; }
    PracticeNoteModel* notes() const { return m_notes; }
    QLineEdit* checklistInput() const { return m_checklistInput; }
    QPushButton* addChecklistButton() const { return m_addChecklist; }
    ProfileChecklistModel* checklist() const { return m_checklist; }
    QListView* checklistView() const { return m_checklistView; }
    QPushButton* finishButton() const { return m_finish; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// Finished with an outcome or cancelled.
    void sessionEnded(const Podium::Core::PracticeSession& session);

private:
    QWidget* buildNotes();
    QWidget* buildChecklist();
    void display(const Core::PracticeSession& session);
    void reloadChecklist();
    void addNote();
    void tickPlanItem(const QString& itemId, bool done);
    void addChecklistItem();
    void tickChecklistItem(const QString& itemId, bool ticked);
    void finish();
    void cancel();

    Core::Workspace& m_workspace;
    Core::Person m_me;
    const Core::PathDefinition& m_path;
    const Core::GuideLibrary& m_guides;
    Core::PracticeSession m_session;
    QString m_executiveName;
    QLabel* m_started = nullptr;
    SessionTimerLabel* m_timer = nullptr;
    PracticePlanModel* m_plan = nullptr;
    QTreeView* m_planView = nullptr;
    QLabel* m_planEmpty = nullptr;
    QLineEdit* m_noteInput = nullptr;
    QPushButton* m_addNote = nullptr;
    PracticeNoteModel* m_notes = nullptr;
    QListView* m_notesView = nullptr;
    QLineEdit* m_checklistInput = nullptr;
    QPushButton* m_addChecklist = nullptr;
    ProfileChecklistModel* m_checklist = nullptr;
    QListView* m_checklistView = nullptr;
    QLabel* m_checklistSummary = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_cancel = nullptr;
    ErrorLabel* m_error = nullptr;
};

} // namespace Podium::Ui
