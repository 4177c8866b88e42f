#include "session_run_view.h"

#include "error_label.h"
#include "models/practice_note_model.h"
#include "models/practice_plan_model.h"
#include "models/profile_checklist_model.h"
#include "practice/practice_session_service.h"
#include "practice/profile_checklist.h"
#include "practice_outcome_dialog.h"
#include "session_timer_label.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionHeading"));
    return label;
}

QListView* compactList(const QString& objectName, QWidget* parent)
{
    auto* list = new QListView(parent);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMinimumHeight(64);
    return list;
}

} // namespace

SessionRunView::SessionRunView(Core::Workspace& workspace, const Core::Person& me, const Core::PathDefinition& path,
                               const Core::GuideLibrary& guides, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_me(me)
    , m_path(path)
    , m_guides(guides)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_timer = new SessionTimerLabel(workspace.practiceSessions(), this);
    layout->addWidget(m_timer);
    // The way out stays at the top beside the timer, whatever the length of the plan and the notes.
    auto* top = new QHBoxLayout;
    m_started = new QLabel(this);
    m_started->setObjectName(QStringLiteral("hint"));
    m_started->setWordWrap(true);
    top->addWidget(m_started, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("End the session without an outcome"));
    top->addWidget(m_cancel);
    m_finish = new QPushButton(tr("Finish…"), this);
    m_finish->setObjectName(QStringLiteral("primaryButton"));
    m_finish->setToolTip(tr("End the session and record how it went"));
    top->addWidget(m_finish);
    layout->addLayout(top);

    layout->addWidget(heading(tr("Plan"), this));
    m_plan = new PracticePlanModel(PracticePlanModel::Mode::Tick, this);
    m_planView = new QTreeView(this);
    m_planView->setObjectName(QStringLiteral("sessionPlan"));
    m_planView->setModel(m_plan);
    m_planView->setHeaderHidden(true);
    m_planView->setRootIsDecorated(false);
    m_planView->setWordWrap(true);
    m_planView->setAccessibleName(tr("Session plan"));
    layout->addWidget(m_planView);
    m_planEmpty = new QLabel(tr("No plan for this session: rehearse whatever the executive needs."), this);
    m_planEmpty->setObjectName(QStringLiteral("hint"));
    m_planEmpty->setWordWrap(true);
    layout->addWidget(m_planEmpty);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buildNotes(), 1);
    layout->addWidget(buildChecklist(), 1);

    connect(m_plan, &PracticePlanModel::tickRequested, this, &SessionRunView::tickPlanItem);
    connect(m_finish, &QPushButton::clicked, this, &SessionRunView::finish);
    connect(m_cancel, &QPushButton::clicked, this, &SessionRunView::cancel);
    // The same session may change from elsewhere (the command line, another Podium on a shared workspace).
    connect(&workspace.practiceSessions(), &Core::PracticeSessionService::sessionChanged, this,
            [this](const QString& id) {
                if (id != m_session.id)
                    return;
                if (const auto session = m_workspace.practiceSessions().find(id); session)
                    display(*session);
            });
    connect(&workspace.profileChecklist(), &Core::ProfileChecklist::checklistChanged, this,
            [this](const QString& executiveId) {
                if (executiveId == m_session.executiveId)
                    reloadChecklist();
            });
}

QWidget* SessionRunView::buildNotes()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading(tr("Notes"), box));
    auto* row = new QHBoxLayout;
    m_noteInput = new QLineEdit(box);
    m_noteInput->setPlaceholderText(tr("What you noticed, as it happens"));
    m_noteInput->setAccessibleName(tr("New note"));
    row->addWidget(m_noteInput, 1);
    m_addNote = new QPushButton(tr("Add note"), box);
    row->addWidget(m_addNote);
    layout->addLayout(row);
    m_notes = new PracticeNoteModel(QTimeZone(m_me.timeZone.toUtf8()), this);
    m_notesView = compactList(QStringLiteral("sessionNotes"), box);
    m_notesView->setModel(m_notes);
    m_notesView->setAccessibleName(tr("Notes"));
    layout->addWidget(m_notesView, 1);

    connect(m_noteInput, &QLineEdit::returnPressed, this, &SessionRunView::addNote);
    connect(m_addNote, &QPushButton::clicked, this, &SessionRunView::addNote);
    connect(m_noteInput, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_addNote->setEnabled(!text.trimmed().isEmpty()); });
    m_addNote->setEnabled(false);
    return box;
}

QWidget* SessionRunView::buildChecklist()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* title = new QHBoxLayout;
    title->addWidget(heading(tr("Profile checklist"), box));
    title->addStretch(1);
    m_checklistSummary = new QLabel(box);
    m_checklistSummary->setObjectName(QStringLiteral("hint"));
    title->addWidget(m_checklistSummary);
    layout->addLayout(title);
    auto* row = new QHBoxLayout;
    m_checklistInput = new QLineEdit(box);
    m_checklistInput->setPlaceholderText(tr("e.g. Add a recent photo"));
    m_checklistInput->setAccessibleName(tr("New checklist item"));
    row->addWidget(m_checklistInput, 1);
    m_addChecklist = new QPushButton(tr("Add item"), box);
    row->addWidget(m_addChecklist);
    layout->addLayout(row);
    m_checklist = new ProfileChecklistModel(this);
    m_checklistView = compactList(QStringLiteral("profileChecklist"), box);
    m_checklistView->setModel(m_checklist);
    m_checklistView->setAccessibleName(tr("Profile checklist"));
    layout->addWidget(m_checklistView, 1);

    connect(m_checklistInput, &QLineEdit::returnPressed, this, &SessionRunView::addChecklistItem);
    connect(m_addChecklist, &QPushButton::clicked, this, &SessionRunView::addChecklistItem);
    connect(m_checklistInput, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_addChecklist->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_checklist, &ProfileChecklistModel::tickRequested, this, &SessionRunView::tickChecklistItem);
    m_addChecklist->setEnabled(false);
    return box;
}

void SessionRunView::setSession(const Core::PracticeSession& session, const QString& executiveName)
{
    const bool another = session.id != m_session.id;
    m_executiveName = executiveName;
    if (another) {
        m_error->hide();
        m_noteInput->clear();
        m_checklistInput->clear();
    }
    display(session);
    reloadChecklist();
}

void SessionRunView::display(const Core::PracticeSession& session)
{
    m_session = session;
    const QTimeZone zone(m_me.timeZone.toUtf8());
    const QDateTime started = session.startedAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    m_started->setText(tr("Started at %1 · %2 min planned")
                           .arg(QLocale().toString(started.time(), QLocale::ShortFormat))
                           .arg(session.plannedMinutes));
    m_timer->setSession(session);
    m_plan->setEntries(PracticePlanModel::plan(session, m_path, m_guides));
    // As tall as the plan, so the notes and the checklist below keep their room.
    const int rows = int(session.plan.size());
    if (rows > 0)
        m_planView->setFixedHeight(rows * m_planView->sizeHintForRow(0) + 2 * m_planView->frameWidth() + 2);
    m_planView->setVisible(rows > 0);
    m_planEmpty->setVisible(session.plan.isEmpty());
    m_notes->setNotes(session.notes);
    m_notesView->scrollToBottom();
}

void SessionRunView::reloadChecklist()
{
    const auto items = m_workspace.profileChecklist().items(m_session.executiveId);
    if (!items) {
        m_error->showError(items.error());
        return;
    }
    m_checklist->setItems(*items);
    m_checklistSummary->setText(items->isEmpty()
                                    ? tr("nothing prepared yet")
                                    : tr("%1 of %2 done").arg(m_checklist->tickedCount()).arg(items->size()));
}

void SessionRunView::addNote()
{
    const QString text = m_noteInput->text().trimmed();
    if (text.isEmpty())
        return;
    const auto noted = m_workspace.practiceSessions().addNote(m_me.id, m_session.id, text);
    if (!noted) {
        m_error->showError(noted.error());
        return;
    }
    m_error->hide();
    m_noteInput->clear();
    display(*noted);
}

void SessionRunView::tickPlanItem(const QString& itemId, bool done)
{
    const auto ticked = m_workspace.practiceSessions().tickPlanItem(m_me.id, m_session.id, itemId, done);
    if (!ticked) {
        m_error->showError(ticked.error());
        return;
    }
    m_error->hide();
    m_session = *ticked;
    m_plan->setChecked(itemId, done);
}

void SessionRunView::addChecklistItem()
{
    const QString text = m_checklistInput->text().trimmed();
    if (text.isEmpty())
        return;
    const auto added = m_workspace.profileChecklist().add(m_me.id, m_session.executiveId, text);
    if (!added) {
        m_error->showError(added.error());
        return;
    }
    m_error->hide();
    m_checklistInput->clear();
    reloadChecklist();
}

void SessionRunView::tickChecklistItem(const QString& itemId, bool ticked)
{
    const auto changed = m_workspace.profileChecklist().tick(m_me.id, itemId, ticked);
    if (!changed) {
        m_error->showError(changed.error());
        return;
    }
    m_error->hide();
    reloadChecklist();
}

void SessionRunView::finish()
{
    PracticeOutcomeDialog dialog(m_workspace.practiceSessions(), m_me.id, m_session, m_executiveName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session = dialog.finished();
    m_timer->setSession(m_session);
    Q_EMIT sessionEnded(m_session);
}

void SessionRunView::cancel()
{
    QMessageBox question(
        QMessageBox::Question, tr("Cancel the session?"),
        tr("End the session with %1 without an outcome? Its notes and ticks are kept.").arg(m_executiveName),
        QMessageBox::NoButton, this);
    QPushButton* end = question.addButton(tr("Cancel session"), QMessageBox::DestructiveRole);
    question.addButton(tr("Keep going"), QMessageBox::RejectRole);
    question.exec();
    if (question.clickedButton() != end)
        return;
    const auto cancelled = m_workspace.practiceSessions().cancel(m_me.id, m_session.id);
    if (!cancelled) {
        m_error->showError(cancelled.error());
        return;
    }
    m_session = *cancelled;
    m_timer->setSession(m_session);
    Q_EMIT sessionEnded(m_session);
}

} // namespace Podium::Ui
