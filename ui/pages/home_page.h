#pragma once

#include "people/person.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Podium::Core {
class Clock;
class PeopleService;
} // namespace Podium::Core

namespace Podium::Ui {

/// The "easy button": a greeting, the one next step, and what comes after it.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(Core::PeopleService& people, const Core::Clock& clock, const Core::Person& me, QWidget* parent = nullptr);

    QPushButton* nextStepButton() const { return m_nextButton; }
    QPushButton* rehearsalGuideButton() const { return m_rehearsalGuide; }

public Q_SLOTS:
    /// Recomputes the greeting and the next step (after people were added, for instance).
    void refresh();

Q_SIGNALS:
    void addPersonRequested();
    void pageRequested(int page);
    void guideRequested(const QString& guideId);

private:
    Core::PeopleService& m_people;
    const Core::Clock& m_clock;
    Core::Person m_me;
    QLabel* m_greeting = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_nextTitle = nullptr;
    QLabel* m_nextText = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_rehearsalGuide = nullptr;
    bool m_nextAddsPerson = true;
};

} // namespace Podium::Ui
