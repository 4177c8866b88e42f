#include "practice_session_panel.h"

#include "error_label.h"
#include "people/people_service.h"
#include "practice/practice_session_service.h"
#include "session_run_view.h"
#include "session_start_form.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Podium::Ui {

PracticeSessionPanel::PracticeSessionPanel(Core::Workspace& workspace, const Core::Person& me,
                                           const Core::PathDefinition& path, const Core::GuideLibrary& guides,
                                           QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_me(me)
{
    setObjectName(QStringLiteral("sessionPanel"));
    // A plain QWidget paints its style sheet background only when asked to.
    setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(10);

    auto* kicker = new QLabel(tr("PRACTICE SESSION"), this);
    kicker->setObjectName(QStringLiteral("cardKicker"));
    layout->addWidget(kicker);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Executive"), this);
    m_executive = new QComboBox(this);
    m_executive->setObjectName(QStringLiteral("sessionExecutive"));
    label->setBuddy(m_executive);
    row->addWidget(label);
    row->addWidget(m_executive, 1);
    layout->addLayout(row);

    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("successText"));
    m_done->setWordWrap(true);
    m_done->hide();
    layout->addWidget(m_done);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    m_stack = new QStackedWidget(this);
    m_form = new SessionStartForm(path, guides, m_stack);
    m_run = new SessionRunView(workspace, me, path, guides, m_stack);
    m_elsewhere = new QLabel(m_stack);
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_nobody = new QLabel(tr("There is no executive in this workspace yet. Add the executives you coach on the "
                             "People page, then plan their first session here."),
                          m_stack);
    m_nobody->setWordWrap(true);
    m_nobody->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (QWidget* page : {static_cast<QWidget*>(m_form), static_cast<QWidget*>(m_run),
                          static_cast<QWidget*>(m_elsewhere), static_cast<QWidget*>(m_nobody)})
        m_stack->addWidget(page);
    layout->addWidget(m_stack, 1);

    connect(m_executive, &QComboBox::currentIndexChanged, this, &PracticeSessionPanel::executiveChosen);
    connect(m_form, &SessionStartForm::startRequested, this, &PracticeSessionPanel::start);
    connect(m_run, &SessionRunView::sessionEnded, this, &PracticeSessionPanel::ended);
    const auto concernsChosen = [this](const QString&, const QString& executiveId) {
        if (executiveId == chosenId())
            reload();
    };
    connect(&workspace.practiceSessions(), &Core::PracticeSessionService::sessionStarted, this, concernsChosen);
    connect(&workspace.practiceSessions(), &Core::PracticeSessionService::sessionEnded, this,
            [concernsChosen](const QString& id, const QString& executiveId, Core::PracticeSessionState) {
                concernsChosen(id, executiveId);
            });
    reload();
}

void PracticeSessionPanel::switchTo(QWidget* page)
{
    // A stack is as large as its largest page; only the page shown should size the panel.
    for (int index = 0; index < m_stack->count(); ++index) {
        QWidget* each = m_stack->widget(index);
        const auto policy = each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        each->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentWidget(page);
}

QString PracticeSessionPanel::chosenId() const
{
    return m_executive->currentData().toString();
}

bool PracticeSessionPanel::isRunning() const
{
    return m_stack->currentWidget() == m_run;
}

bool PracticeSessionPanel::selectExecutive(const QString& executiveId)
{
    const int index = m_executive->findData(executiveId);
    if (index < 0)
        return false;
    m_executive->setCurrentIndex(index);
    return true;
}

void PracticeSessionPanel::reload()
{
    const auto people = m_workspace.people().list();
    if (!people) {
        m_error->showError(people.error());
        return;
    }
    QString keep = chosenId();
    {
        const QSignalBlocker blocker(m_executive);
        m_executive->clear();
        for (const Core::Person& person : *people) {
            if (person.role != Core::Role::Executive)
                continue;
            const auto open = m_workspace.practiceSessions().openSessionFor(person.id);
            const bool inSession = open && open->has_value();
            m_executive->addItem(inSession ? tr("%1 (in a session)").arg(person.displayName) : person.displayName,
                                 person.id);
            // Coming back to the page mid-session should land on that session, not on a blank form.
            if (keep.isEmpty() && inSession && (*open)->trainerId == m_me.id)
                keep = person.id;
        }
        const int index = m_executive->findData(keep);
        m_executive->setCurrentIndex(index >= 0 ? index : 0);
    }
    executiveChosen();
}

void PracticeSessionPanel::executiveChosen()
{
    const QString id = chosenId();
    if (id.isEmpty()) {
        switchTo(m_nobody);
        return;
    }
    const auto open = m_workspace.practiceSessions().openSessionFor(id);
    if (!open) {
        m_error->showError(open.error());
        return;
    }
    m_error->hide();
    const QString name = m_executive->currentText();
    if (!open->has_value()) {
        switchTo(m_form);
        return;
    }
    const Core::PracticeSession& session = **open;
    const auto executive = m_workspace.people().find(id);
    const QString executiveName = executive ? executive->displayName : name;
    if (session.trainerId == m_me.id) {
        m_done->hide();
        m_run->setSession(session, executiveName);
        switchTo(m_run);
        return;
    }
    const auto trainer = m_workspace.people().find(session.trainerId);
    m_elsewhere->setText(tr("%1 is in a practice session with %2. Only %2 can take notes and finish it; you can "
                            "plan the next one once it has ended.")
                             .arg(executiveName, trainer ? trainer->displayName : session.trainerId));
    switchTo(m_elsewhere);
}

void PracticeSessionPanel::start()
{
    const QString id = chosenId();
    const auto started = m_workspace.practiceSessions().start(m_me.id, m_form->request(id));
    if (!started) {
        m_error->showError(started.error());
        return;
    }
    m_error->hide();
    m_done->hide();
    m_form->reset();
    // The service's sessionStarted signal has already reloaded the list; make sure the run view shows.
    if (!isRunning()) {
        const auto executive = m_workspace.people().find(id);
        m_run->setSession(*started, executive ? executive->displayName : id);
        switchTo(m_run);
    }
}

void PracticeSessionPanel::ended(const Core::PracticeSession& session)
{
    const auto executive = m_workspace.people().find(session.executiveId);
    const QString name = executive ? executive->displayName : session.executiveId;
    m_done->setText(session.state == Core::PracticeSessionState::Finished
                        ? tr("The session with %1 is finished and its outcome saved.").arg(name)
                        : tr("The session with %1 was cancelled.").arg(name));
    m_done->show();
    reload();
}

} // namespace Podium::Ui
