#pragma once

#include "path/next_step.h"
#include "path/path_progress.h"
#include "people/person.h"
#include "posts/post_kind.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace Podium::Core {
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class ErrorLabel;
class MilestoneRow;
class ProfileChecklistBox;
class TierCard;

/// One person's onboarding path as the viewer may see and shape it: the tiers and their milestones on the
/// live or the practice track, the coaching style, the profile checklist, and for a trainer the tiers to
/// open early. The person starts their next milestone from here; others only read it.
class PathPanel : public QWidget
{
    Q_OBJECT

public:
    PathPanel(Core::Workspace& workspace, const Core::Person& viewer, QWidget* parent = nullptr);

    void showPerson(const Core::Person& person);
    /// Shows `message` in place of a path, e.g. while no executive is selected.
    void showEmpty(const QString& message);
    QString personId() const { return m_person.id; }

    void setTrack(Core::Track track);
    Core::Track track() const { return m_track; }

    TierCard* tierCard(int tier) const;
    /// The milestone marked next, or null when every milestone of the open tiers is met.
    MilestoneRow* nextRow() const;
    QComboBox* styleBox() const { return m_style; }
    ProfileChecklistBox* checklist() const { return m_checklist; }
    ErrorLabel* errorLabel() const { return m_error; }

public Q_SLOTS:
    /// Reads the person's path again.
    void refresh();

Q_SIGNALS:
    void guideRequested(const QString& guideId);
    /// Open the composer on a new post of this kind, starting from `starter`, scheduled ahead if asked.
    void composeRequested(Podium::Core::PostKind kind, const QString& starter, bool scheduleAhead);
    /// Open a page of the main window (a NavigationPage).
    void pageRequested(int page);
    /// The viewer changed the person's path (a tier opened, a style chosen, an item ticked).
    void pathChanged(const QString& personId);

private:
    QWidget* buildHeader();
    QWidget* buildSideColumn(QWidget* parent);
    bool isOwnPath() const { return m_person.id == m_viewer.id; }
    /// The person, or a trainer: the two whom core lets choose the style and tick the profile.
    bool mayCoach() const;
    void showProgress(const Core::PathProgress& progress);
    void loadChecklist(const Core::PathProgress& progress);
    std::optional<Core::NextStep> stepFor(const QString& milestoneId) const;
    void act(const QString& milestoneId);
    void unlock(int tier);
    void chooseStyle(int index);
    void toggleChecklistEntry(const QString& key, bool ticked);
    QString nameOf(const QString& personId) const;

    Core::Workspace& m_workspace;
    Core::Person m_viewer;
    Core::Person m_person;
    Core::Track m_track = Core::Track::Live;
    QHash<QString, QString> m_names;
    QList<Core::NextStep> m_steps;
    bool m_preparedChecklist = false;

    QWidget* m_header = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_summary = nullptr;
    QToolButton* m_liveButton = nullptr;
    QToolButton* m_practiceButton = nullptr;
    QLabel* m_practiceNote = nullptr;
    ErrorLabel* m_error = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
    QScrollArea* m_scroll = nullptr;
    QList<TierCard*> m_tiers;
    QComboBox* m_style = nullptr;
    QLabel* m_styleHelp = nullptr;
    ProfileChecklistBox* m_checklist = nullptr;
};

} // namespace Podium::Ui
