#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;
class QListView;
class QTextBrowser;

namespace Podium::Core {
class GuideLibrary;
}

namespace Podium::Ui {

class GuideListModel;

/// The step-by-step guides: a searchable list on the left, the chosen guide on the right.
class GuidesPage : public QWidget
{
    Q_OBJECT

public:
    explicit GuidesPage(const QString& language, QWidget* parent = nullptr);
    ~GuidesPage() override;

    GuideListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QTextBrowser* reader() const { return m_reader; }
    /// Shows the guide with this id; false when there is none.
    bool showGuide(const QString& id);

private:
    void showRow(int row);

    std::unique_ptr<Core::GuideLibrary> m_library;
    GuideListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QTextBrowser* m_reader = nullptr;
};

} // namespace Podium::Ui
