#include "compose_page.h"

#include "accounts/account_service.h"
#include "coaching/suggestion_library.h"
#include "common/clock.h"
#include "delegation/access_policy.h"
#include "delegation/delegation_service.h"
#include "people/people_service.h"
#include "platforms/character_counter.h"
#include "platforms/platform.h"
#include "post_text.h"
#include "posts/post_desk.h"
#include "practice/practice_session_service.h"
#include "publishing/account_platforms.h"
#include "publishing/publishing_services.h"
#include "widgets/error_label.h"
#include "widgets/page_title.h"
#include "widgets/post_preview.h"
#include "widgets/schedule_editor.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Podium::Ui {

namespace {

// Long enough to batch a burst of typing into one write, short enough that a crash loses a few words.
constexpr int saveDelayMs = 600;

} // namespace

ComposePage::ComposePage(Core::Workspace& workspace, Core::PublishingServices* publishing, const Core::Person& me,
                         QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_publishing(publishing)
    , m_me(me)
{
    setObjectName(QStringLiteral("composePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(12);
    layout->addWidget(new PageTitle(tr("Compose"), this));
    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(buildEditor(), 3);
    columns->addWidget(buildSide(), 2);
    layout->addLayout(columns, 1);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });

    loadExecutives();
    startNew();
}

ComposePage::~ComposePage()
{
    // Closing the window must not lose the last words typed.
    if (m_saveTimer->isActive())
        saveNow();
}

QWidget* ComposePage::buildEditor()
{
    auto* editor = new QWidget(this);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto* who = new QFormLayout;
    who->setLabelAlignment(Qt::AlignLeft);
    m_actingFor = new QComboBox(editor);
    m_actingFor->setObjectName(QStringLiteral("actingFor"));
    m_actingForHint = new QLabel(editor);
    m_actingForHint->setObjectName(QStringLiteral("hint"));
    m_actingForHint->setWordWrap(true);
    auto* actingRow = new QVBoxLayout;
    actingRow->addWidget(m_actingFor);
    actingRow->addWidget(m_actingForHint);
    who->addRow(tr("Acting for"), actingRow);
    m_network = new QComboBox(editor);
    m_network->setObjectName(QStringLiteral("network"));
    who->addRow(tr("Network"), m_network);
    m_kind = new QComboBox(editor);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const Core::PostKind kind :
         {Core::PostKind::Status, Core::PostKind::Reply, Core::PostKind::Comment, Core::PostKind::Article})
        m_kind->addItem(PostText::kind(kind), int(kind));
    who->addRow(tr("Kind"), m_kind);
    layout->addLayout(who);

    m_review = new QLabel(editor);
    m_review->setObjectName(QStringLiteral("reviewComment"));
    m_review->setWordWrap(true);
    m_review->hide();
    layout->addWidget(m_review);

    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Title"));
    layout->addWidget(m_title);
    m_target = new QLineEdit(editor);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("The post you answer: its link or its id on the network"));
    m_target->setAccessibleName(tr("Replying to"));
    layout->addWidget(m_target);

    m_body = new QPlainTextEdit(editor);
    m_body->setObjectName(QStringLiteral("postText"));
    m_body->setAccessibleName(tr("Post text"));
    m_body->setPlaceholderText(tr("What would you like to tell your colleagues?"));
    layout->addWidget(m_body, 1);
    m_count = new QLabel(editor);
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_count->setAlignment(Qt::AlignRight);
    layout->addWidget(m_count);

    m_ideas = new QWidget(editor);
    m_ideas->setObjectName(QStringLiteral("ideas"));
    new QHBoxLayout(m_ideas);
    m_ideas->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ideas);

    connect(m_actingFor, &QComboBox::currentIndexChanged, this, &ComposePage::executiveChanged);
    connect(m_network, &QComboBox::currentIndexChanged, this, &ComposePage::networkChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposePage::kindChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposePage::contentEdited);
    connect(m_title, &QLineEdit::textEdited, this, &ComposePage::contentEdited);
    connect(m_target, &QLineEdit::textEdited, this, &ComposePage::contentEdited);
    return editor;
}

QWidget* ComposePage::buildSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto* previewHeading = new QLabel(tr("Preview"), side);
    previewHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(previewHeading);
    m_preview = new PostPreview(side);
    auto* scroll = new QScrollArea(side);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    auto* when = new QGroupBox(tr("When it goes out"), side);
    auto* whenLayout = new QVBoxLayout(when);
    m_schedule = new ScheduleEditor(m_workspace.clock(), when);
    whenLayout->addWidget(m_schedule);
    layout->addWidget(when);

    m_error = new ErrorLabel(side);
    layout->addWidget(m_error);
    m_done = new QLabel(side);
    m_done->setObjectName(QStringLiteral("successText"));
    m_done->setWordWrap(true);
    m_done->hide();
    layout->addWidget(m_done);
    auto* buttons = new QHBoxLayout;
    m_saved = new QLabel(side);
    m_saved->setObjectName(QStringLiteral("hint"));
    buttons->addWidget(m_saved, 1);
    m_discard = new QPushButton(tr("Discard"), side);
    buttons->addWidget(m_discard);
    m_primary = new QPushButton(side);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    buttons->addWidget(m_primary);
    layout->addLayout(buttons);

    connect(m_schedule, &ScheduleEditor::changed, this, [this] {
        m_primary->setText(actingForSomeoneElse()             ? tr("Submit for approval")
                           : m_schedule->isAsSoonAsPossible() ? tr("Publish now")
                                                              : tr("Schedule"));
        contentEdited();
    });
    connect(m_primary, &QPushButton::clicked, this, &ComposePage::submit);
    connect(m_discard, &QPushButton::clicked, this, &ComposePage::discard);
    return side;
}

void ComposePage::loadExecutives()
{
    m_actingFor->clear();
    if (m_me.role == Core::Role::Executive)
        m_actingFor->addItem(tr("Myself (%1)").arg(m_me.displayName), m_me.id);
    const auto grants = m_workspace.delegations().actingFor(m_me.id);
    if (grants) {
        for (const Core::Delegation& grant : grants.value()) {
            if (!m_workspace.access().check(m_me.id, grant.executiveId, Core::PostAction::Draft))
                continue;
            if (const auto executive = m_workspace.people().find(grant.executiveId))
                m_actingFor->addItem(executive->displayName, executive->id);
        }
    }
    const bool nobody = m_actingFor->count() == 0;
    m_actingForHint->setVisible(nobody || m_actingFor->count() > 1);
    m_actingForHint->setText(nobody ? tr("No executive has made you their delegate yet. Ask them to add you "
                                         "in Podium with the Author or Editor level.")
                                    : tr("Posts always go out under the executive's own name."));
    m_primary->setEnabled(!nobody);
    m_body->setEnabled(!nobody);
}

QString ComposePage::executiveId() const
{
    return m_actingFor->currentData().toString();
}

bool ComposePage::actingForSomeoneElse() const
{
    return !executiveId().isEmpty() && executiveId() != m_me.id;
}

void ComposePage::executiveChanged()
{
    const auto executive = m_workspace.people().find(executiveId());
    if (!executive)
        return;
    m_schedule->setPeople(executive->displayName, executive->timeZone, m_me.timeZone);
    loadNetworks();
    showSuggestions();
}

void ComposePage::loadNetworks()
{
    const QSignalBlocker blocker(m_network);
    m_network->clear();
    m_network->addItem(PostText::platform(Core::PlatformKind::Practice), QString());
    if (m_publishing) {
        // During a practice session core refuses every live post; the live accounts are shown, but greyed out
        // with the reason, so nobody writes for one only to be turned away.
        const auto session = m_workspace.practiceSessions().openSessionFor(executiveId());
        const bool practising = session && session->has_value();
        auto* items = qobject_cast<QStandardItemModel*>(m_network->model());
        if (const auto accounts = m_publishing->accounts().list(executiveId())) {
            for (const Core::NetworkAccount& account : accounts.value()) {
                m_network->addItem(tr("%1 (%2)").arg(PostText::platform(account.platform), account.handle), account.id);
                if (practising && items) {
                    QStandardItem* item = items->item(m_network->count() - 1);
                    item->setEnabled(false);
                    item->setToolTip(tr("Not during a practice session: until it ends, posts go to the practice "
                                        "sandbox only."));
                }
            }
        }
    }
    networkChanged();
}

void ComposePage::networkChanged()
{
    const QString accountId = m_network->currentData().toString();
    // Until the server has told its own limits, count by the defaults; the answer replaces them.
    setCapabilities({});
    if (accountId.isEmpty() || !m_publishing)
        return;
    m_publishing->platforms().platformForAccount(accountId, [this, accountId](Core::Result<Core::Platform*> platform) {
        if (platform && m_network->currentData().toString() == accountId)
            setCapabilities(platform.value()->capabilities());
    });
}

void ComposePage::setCapabilities(const Core::PlatformCapabilities& capabilities)
{
    m_capabilities = capabilities;
    updateCountAndPreview();
}

void ComposePage::kindChanged()
{
    const auto kind = Core::PostKind(m_kind->currentData().toInt());
    m_title->setVisible(kind == Core::PostKind::Article);
    m_target->setVisible(kind == Core::PostKind::Reply || kind == Core::PostKind::Comment);
    showSuggestions();
    contentEdited();
}

void ComposePage::showSuggestions()
{
    QLayout* layout = m_ideas->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* label = new QLabel(tr("Ideas:"), m_ideas);
    label->setObjectName(QStringLiteral("hint"));
    layout->addWidget(label);
    // The path decides the tier once it is known; until then every executive starts with status updates.
    const auto kind = Core::PostKind(m_kind->currentData().toInt());
    for (const Core::Suggestion& idea : Core::SuggestionLibrary().forTier(1, kind)) {
        auto* button = new QPushButton(idea.prompt, m_ideas);
        button->setObjectName(QStringLiteral("ideaButton"));
        button->setToolTip(idea.starter);
        connect(button, &QPushButton::clicked, this, [this, starter = idea.starter] {
            if (m_body->toPlainText().trimmed().isEmpty())
                m_body->setPlainText(starter);
            else
                m_body->appendPlainText(starter);
            m_body->setFocus();
            m_body->moveCursor(QTextCursor::End);
        });
        layout->addWidget(button);
    }
    static_cast<QHBoxLayout*>(layout)->addStretch(1);
}

void ComposePage::updateCountAndPreview()
{
    const QString body = m_body->toPlainText();
    const bool article = Core::PostKind(m_kind->currentData().toInt()) == Core::PostKind::Article;
    const Core::CharacterCounter counter(m_capabilities);
    if (article || m_capabilities.maxCharacters == 0) {
        m_count->setText(tr("%1 characters").arg(QLocale().toString(counter.count(body))));
        m_count->setProperty("level", QStringLiteral("ok"));
    } else {
        const int remaining = counter.remaining(body);
        m_count->setText(remaining >= 0 ? tr("%1 characters left").arg(QLocale().toString(remaining))
                                        : tr("%1 characters over the limit").arg(QLocale().toString(-remaining)));
        // Warn in the last tenth, before the limit rather than at it.
        m_count->setProperty("level", remaining < 0                                   ? QStringLiteral("over")
                                      : remaining < m_capabilities.maxCharacters / 10 ? QStringLiteral("near")
                                                                                      : QStringLiteral("ok"));
    }
    m_count->style()->unpolish(m_count);
    m_count->style()->polish(m_count);
    const bool practice = m_network->currentData().toString().isEmpty();
    m_preview->setAuthor(m_actingFor->currentText().isEmpty() ? m_me.displayName : m_actingFor->currentText(),
                         m_network->currentText(), practice);
    m_preview->setContent(article ? m_title->text() : QString(), body);
}

void ComposePage::contentEdited()
{
    updateCountAndPreview();
    if (m_loading)
        return;
    m_done->hide();
    m_saveTimer->start();
}

Core::DraftContent ComposePage::content() const
{
    Core::DraftContent content;
    const QString accountId = m_network->currentData().toString();
    content.accountId = accountId;
    content.platform = Core::PlatformKind::Practice;
    if (!accountId.isEmpty() && m_publishing)
        if (const auto account = m_publishing->accounts().find(accountId))
            content.platform = account->platform;
    content.kind = Core::PostKind(m_kind->currentData().toInt());
    content.title = content.kind == Core::PostKind::Article ? m_title->text() : QString();
    content.body = m_body->toPlainText();
    content.inReplyTo = m_target->isVisible() ? m_target->text().trimmed() : QString();
    if (const auto at = m_schedule->instant(); at && at->isValid()) {
        content.scheduledAt = at.value();
        content.scheduledZone = m_schedule->zoneId();
    }
    return content;
}

bool ComposePage::saveNow()
{
    m_saveTimer->stop();
    const Core::DraftContent draft = content();
    if (m_postId.isEmpty() && draft.body.trimmed().isEmpty() && draft.title.trimmed().isEmpty())
        return true;
    Core::PostDesk& desk = m_workspace.desk();
    const auto saved =
        m_postId.isEmpty() ? desk.createDraft(m_me.id, executiveId(), draft) : desk.saveDraft(m_me.id, m_postId, draft);
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_error->hide();
    m_postId = saved->id;
    m_saved->setText(
        tr("Draft saved at %1")
            .arg(QLocale().toString(m_workspace.clock().now().toTimeZone(QTimeZone(m_me.timeZone.toUtf8())).time(),
                                    QLocale::ShortFormat)));
    Q_EMIT draftSaved(m_postId);
    return true;
}

void ComposePage::submit()
{
    if (const auto at = m_schedule->instant(); !at) {
        m_error->showError(at.error());
        return;
    }
    if (m_body->toPlainText().trimmed().isEmpty() && m_kind->currentData().toInt() != int(Core::PostKind::Article)) {
        m_error->showError(Core::Error{Core::ErrorCode::InvalidArgument, QStringLiteral("body")});
        return;
    }
    if (!saveNow())
        return;
    const auto submitted = m_workspace.desk().submit(m_me.id, m_postId);
    if (!submitted) {
        m_error->showError(submitted.error());
        return;
    }
    const QString who = m_actingFor->currentText();
    const QString id = m_postId;
    startNew(executiveId());
    m_done->setText(submitted->state == Core::PostState::AwaitingApproval
                        ? tr("Sent to %1 for approval. You will see it under Waiting for approval.").arg(who)
                        : tr("Done. It is in the queue under Scheduled."));
    m_done->show();
    Q_EMIT postSubmitted(id);
}

void ComposePage::discard()
{
    if (!m_postId.isEmpty()) {
        m_saveTimer->stop();
        if (const auto cancelled = m_workspace.desk().cancel(m_me.id, m_postId); !cancelled) {
            m_error->showError(cancelled.error());
            return;
        }
    }
    startNew(executiveId());
}

void ComposePage::startNew(const QString& executive, const QString& text, Core::PostKind kind, bool scheduleAhead)
{
    m_loading = true;
    m_postId.clear();
    const int index = executive.isEmpty() ? 0 : m_actingFor->findData(executive);
    m_actingFor->setCurrentIndex(qMax(0, index));
    executiveChanged();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
    kindChanged();
    m_title->clear();
    m_target->clear();
    m_body->setPlainText(text);
    if (scheduleAhead) {
        // Tomorrow at nine in the executive's zone: a sensible default the person adjusts.
        const auto author = m_workspace.people().find(executiveId());
        const QString zone = author ? author->timeZone : m_me.timeZone;
        const QTimeZone timeZone(zone.toUtf8());
        const QDate tomorrow = m_workspace.clock().now().toTimeZone(timeZone).date().addDays(1);
        m_schedule->setSchedule(QDateTime(tomorrow, QTime(9, 0), timeZone), zone);
    } else {
        m_schedule->setSchedule({}, {});
    }
    m_review->hide();
    m_error->hide();
    m_saved->clear();
    m_loading = false;
    updateCountAndPreview();
}

void ComposePage::openPost(const QString& postId)
{
    const auto post = m_workspace.desk().find(m_me.id, postId);
    if (!post) {
        m_error->showError(post.error());
        return;
    }
    m_loading = true;
    m_postId = post->id;
    m_actingFor->setCurrentIndex(qMax(0, m_actingFor->findData(post->authorId)));
    executiveChanged();
    m_network->setCurrentIndex(qMax(0, m_network->findData(post->accountId)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(post->kind))));
    kindChanged();
    m_title->setText(post->title);
    m_target->setText(post->inReplyTo);
    m_body->setPlainText(post->body);
    m_schedule->setSchedule(post->scheduledAt, post->scheduledZone);
    m_review->setVisible(post->state == Core::PostState::ChangesRequested && !post->reviewComment.isEmpty());
    m_review->setText(tr("Changes requested: %1").arg(post->reviewComment));
    m_done->hide();
    m_error->hide();
    m_loading = false;
    updateCountAndPreview();
}

void ComposePage::hideEvent(QHideEvent* event)
{
    if (m_saveTimer->isActive())
        saveNow();
    QWidget::hideEvent(event);
}

} // namespace Podium::Ui
