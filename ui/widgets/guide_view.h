#pragma once

#include "guides/guide.h"
#include "storage/guide_progress_repository.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Podium::Ui {

/// One guide to follow: its steps all at once or one at a time, boxes to tick as the person goes, and a
/// "Do it now" button where a step is done in another screen of Podium.
class GuideView : public QWidget
{
    Q_OBJECT

public:
    explicit GuideView(QWidget* parent = nullptr);

    void setGuide(const Core::Guide& guide, const QSet<Core::GuideItem>& ticked);
    /// Shows a sentence instead of a guide (nothing matched the search, for instance).
    void showMessage(const QString& text);
    void setOneStepAtATime(bool oneStep);
    bool isOneStepAtATime() const { return m_oneStep; }
    /// Moves to the step at `index` (in one-step mode; in all-steps mode it scrolls there).
    void showStep(int index);
    int currentStep() const { return m_current; }
    /// The guide's words as shown, for tests and screen readers.
    QString plainText() const;

Q_SIGNALS:
    void itemToggled(Podium::Core::GuideItem item, bool ticked);
    /// A step's "Do it now" was pressed; `action` is one of GuideParser::actions().
    void actionRequested(const QString& action);

private:
    void rebuild();
    QWidget* buildStep(int index);
    void updateProgress();

    Core::Guide m_guide;
    QSet<Core::GuideItem> m_ticked;
    bool m_hasGuide = false;
    bool m_oneStep = false;
    int m_current = 0;
    QLabel* m_title = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_introduction = nullptr;
    QToolButton* m_allButton = nullptr;
    QToolButton* m_oneButton = nullptr;
    QWidget* m_steps = nullptr;
    QVBoxLayout* m_stepsLayout = nullptr;
    QWidget* m_pager = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QList<QWidget*> m_stepWidgets;
};

} // namespace Podium::Ui
