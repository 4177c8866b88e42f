#pragma once

#include "storage/guide_progress_repository.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QListView;

namespace Podium::Core {
class GuideLibrary;
class Workspace;
} // namespace Podium::Core

namespace Podium::Ui {

class ErrorLabel;
class GuideListModel;
class GuideView;

/// The step-by-step guides: a searchable list on the left, the chosen guide on the right.
class GuidesPage : public QWidget
{
    Q_OBJECT

public:
    /// With a workspace, the boxes `personId` ticks are kept; without, the guides are only read.
    explicit GuidesPage(const QString& language, Core::Workspace* workspace = nullptr, const QString& personId = {},
                        QWidget* parent = nullptr);
    ~GuidesPage() override;

    GuideListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    GuideView* view() const { return m_view; }
    /// Shows the guide with this id; false when there is none.
    bool showGuide(const QString& id);

Q_SIGNALS:
    /// A step's "Do it now": open the screen for `action` (one of GuideParser::actions()).
    void actionRequested(const QString& action);

private:
    void showRow(int row);
    void keepTick(Core::GuideItem item, bool ticked);

    std::unique_ptr<Core::GuideLibrary> m_library;
    GuideListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    GuideView* m_view = nullptr;
    ErrorLabel* m_error = nullptr;
    Core::Workspace* m_workspace = nullptr;
    QString m_personId;
    QString m_guideId;
};

} // namespace Podium::Ui
