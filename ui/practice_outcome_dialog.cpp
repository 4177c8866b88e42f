#include "practice_outcome_dialog.h"

#include "practice/practice_session_service.h"
#include "widgets/error_label.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Podium::Ui {

PracticeOutcomeDialog::PracticeOutcomeDialog(Core::PracticeSessionService& sessions, const QString& myId,
                                             const Core::PracticeSession& session, const QString& executiveName,
                                             QWidget* parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_myId(myId)
    , m_session(session)
{
    setObjectName(QStringLiteral("practiceOutcomeDialog"));
    setWindowTitle(tr("Finish the practice session"));
    resize(540, 560);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto* intro = new QLabel(tr("How did the session with <b>%1</b> go?").arg(executiveName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* summaryLabel = new QLabel(tr("Summary (required)"), this);
    summaryLabel->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(summaryLabel);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("postText"));
    m_summary->setPlaceholderText(tr("A few sentences: what went well, what still feels hard."));
    m_summary->setTabChangesFocus(true);
    summaryLabel->setBuddy(m_summary);
    layout->addWidget(m_summary, 2);

    auto* ratingLabel = new QLabel(tr("Confidence"), this);
    ratingLabel->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(ratingLabel);
    auto* ratingRow = new QHBoxLayout;
    ratingRow->setSpacing(0);
    m_rating = new QButtonGroup(this);
    for (int value = 1; value <= 5; ++value) {
        auto* button = new QPushButton(QString::number(value), this);
        button->setObjectName(QStringLiteral("segmentButton"));
        button->setCheckable(true);
        button->setAccessibleName(tr("Rating %1 of 5").arg(value));
        m_rating->addButton(button, value);
        ratingRow->addWidget(button);
    }
    ratingRow->addSpacing(12);
    auto* scale = new QLabel(tr("1 needs much more practice, 5 confident"), this);
    scale->setObjectName(QStringLiteral("hint"));
    ratingRow->addWidget(scale, 1);
    layout->addLayout(ratingRow);

    m_ready = new QCheckBox(tr("Ready to post on the live network"), this);
    layout->addWidget(m_ready);

    auto* followLabel = new QLabel(tr("Follow-ups, one per line"), this);
    followLabel->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(followLabel);
    m_followUps = new QPlainTextEdit(this);
    m_followUps->setObjectName(QStringLiteral("postText"));
    m_followUps->setPlaceholderText(tr("e.g. Comment on three colleagues' posts before next week"));
    m_followUps->setTabChangesFocus(true);
    followLabel->setBuddy(m_followUps);
    layout->addWidget(m_followUps, 1);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Back to the session"));
    // Named before the box adopts it, so the theme's primary style applies.
    m_finish = new QPushButton(tr("Finish session"), this);
    m_finish->setObjectName(QStringLiteral("primaryButton"));
    buttons->addButton(m_finish, QDialogButtonBox::AcceptRole);
    m_finish->setDefault(true);
    layout->addWidget(buttons);

    connect(m_summary, &QPlainTextEdit::textChanged, this,
            [this] { m_finish->setEnabled(!m_summary->toPlainText().trimmed().isEmpty()); });
    connect(m_finish, &QPushButton::clicked, this, &PracticeOutcomeDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_finish->setEnabled(false);
    m_summary->setFocus();
}

void PracticeOutcomeDialog::finish()
{
    Core::PracticeOutcome outcome;
    outcome.summary = m_summary->toPlainText().trimmed();
    outcome.rating = qMax(0, m_rating->checkedId());
    outcome.readyForLive = m_ready->isChecked();
    for (const QString& line : m_followUps->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            outcome.followUps.append(line.trimmed());
    const auto finished = m_sessions.finish(m_myId, m_session.id, outcome);
    if (!finished) {
        m_error->showError(finished.error());
        return;
    }
    m_session = finished.value();
    accept();
}

} // namespace Podium::Ui
