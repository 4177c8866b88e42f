#include "delegation/delegation_service.h"
#include "delegation_fixture.h"
#include "people/people_service.h"
#include "posts/post_desk.h"
#include "posts/post_service.h"
#include "practice/practice_session_service.h"
#include "practice_fixture.h"
#include "storage/account_repository.h"
#include "storage/audit_repository.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace Podium::Core;
using namespace Podium::Tests;

namespace {

using Outcome = std::optional<ErrorCode>;

template <typename T>
Outcome outcome(const Result<T>& result)
{
    return result.hasValue() ? Outcome() : Outcome(result.error().code);
}

std::string describe(const Outcome& outcome)
{
    return outcome ? errorCodeName(*outcome).toStdString() : std::string("success");
}

/// One post in each state a PostDesk method starts from, none of them prepared by the delegate.
struct Targets
{
    Post executiveDraft;
    Post awaiting;
    Post scheduled;
};

Targets makeTargets(DelegationFixture& f)
{
    Targets targets;
    targets.executiveDraft = f.draftBy(f.executive.id);
    // A delegate's post waiting for approval, made directly so even a Reviewer's fixture has one.
    NewPost submitted;
    submitted.authorId = f.executive.id;
    submitted.preparedBy = f.delegate.id;
    submitted.body = QStringLiteral("For your approval");
    submitted.scheduledAt = f.clock.now().addSecs(7200);
    const Post made = *f.workspace->posts().create(submitted);
    targets.awaiting = *f.workspace->posts().transition(made.id, {PostState::Draft}, PostState::AwaitingApproval,
                                                        f.delegate.id, QStringLiteral("post.submitted"), {});
    const Post own = f.draftBy(f.executive.id);
    targets.scheduled = *f.workspace->desk().submit(f.executive.id, own.id);
    REQUIRE(targets.scheduled.state == PostState::Scheduled);
    return targets;
}

struct Method
{
    const char* name;
    std::function<Outcome(DelegationFixture&, const Targets&)> call;
};

const QList<Method>& methods()
{
    static const QList<Method> all{
        {"createDraft",
         [](DelegationFixture& f, const Targets&) {
             return outcome(f.workspace->desk().createDraft(f.delegate.id, f.executive.id, f.content()));
         }},
        {"saveDraft",
         [](DelegationFixture& f, const Targets& t) {
             return outcome(f.workspace->desk().saveDraft(f.delegate.id, t.executiveDraft.id, f.content()));
         }},
        {"submit",
         [](DelegationFixture& f, const Targets& t) {
             return outcome(f.workspace->desk().submit(f.delegate.id, t.executiveDraft.id));
         }},
        {"approve",
         [](DelegationFixture& f, const Targets& t) {
             return outcome(f.workspace->desk().approve(f.delegate.id, t.awaiting.id));
         }},
        {"requestChanges",
         [](DelegationFixture& f, const Targets& t) {
             return outcome(
                 f.workspace->desk().requestChanges(f.delegate.id, t.awaiting.id, QStringLiteral("Shorter?")));
         }},
        {"reschedule",
         [](DelegationFixture& f, const Targets& t) {
             return outcome(f.workspace->desk().reschedule(f.delegate.id, t.scheduled.id, f.clock.now().addSecs(9000),
                                                           QStringLiteral("Europe/Berlin")));
         }},
        {"cancel", [](DelegationFixture& f,
                      const Targets& t) { return outcome(f.workspace->desk().cancel(f.delegate.id, t.scheduled.id)); }},
        {"find", [](DelegationFixture& f,
                    const Targets& t) { return outcome(f.workspace->desk().find(f.delegate.id, t.scheduled.id)); }},
        {"list",
         [](DelegationFixture& f, const Targets&) {
             PostFilter filter;
             filter.authorId = f.executive.id;
             return outcome(f.workspace->desk().list(f.delegate.id, filter));
         }},
    };
    return all;
}

} // namespace

TEST_CASE("PostDesk allows each level exactly what its grant says, and says why not otherwise", "[db]")
{
    const Outcome ok;
    const Outcome low = ErrorCode::DelegationLevelTooLow;
    const Outcome notYours = ErrorCode::ApprovalNotYours;
    // Against posts the delegate did not prepare: Reviewer, Author, Editor.
    const QMap<QString, QList<Outcome>> expected{
        {QStringLiteral("createDraft"), {low, ok, ok}},
        {QStringLiteral("saveDraft"), {low, low, ok}},
        {QStringLiteral("submit"), {low, low, ok}},
        {QStringLiteral("approve"), {notYours, notYours, notYours}},
        {QStringLiteral("requestChanges"), {notYours, notYours, notYours}},
        {QStringLiteral("reschedule"), {low, low, ok}},
        {QStringLiteral("cancel"), {low, low, ok}},
        {QStringLiteral("find"), {ok, ok, ok}},
        {QStringLiteral("list"), {ok, ok, ok}},
    };
    const DelegationLevel level = GENERATE(DelegationLevel::Reviewer, DelegationLevel::Author, DelegationLevel::Editor);
    DelegationFixture f;
    f.grantInForce(level);
    for (const Method& method : methods()) {
        const Targets targets = makeTargets(f);
        const Outcome actual = method.call(f, targets);
        INFO(delegationLevelName(level).toStdString() << " " << method.name << ": " << describe(actual));
        CHECK(actual == expected.value(QLatin1String(method.name)).at(int(level)));
    }
}

TEST_CASE("PostDesk refuses every action under a grant that is missing, unaccepted, expired or revoked", "[db]")
{
    const ErrorCode reason = GENERATE(ErrorCode::DelegationMissing, ErrorCode::DelegationNotAccepted,
                                      ErrorCode::DelegationExpired, ErrorCode::DelegationRevoked);
    DelegationFixture f;
    DelegationService& service = f.workspace->delegations();
    const DelegationRequest editor{f.executive.id, f.delegate.id, DelegationLevel::Editor, true,
                                   f.clock.now().addSecs(60)};
    Delegation grant;
    if (reason != ErrorCode::DelegationMissing)
        grant = *service.grant(f.executive.id, editor);
    if (reason == ErrorCode::DelegationExpired || reason == ErrorCode::DelegationRevoked)
        REQUIRE(service.accept(f.delegate.id, grant.id).hasValue());
    const Targets targets = makeTargets(f);
    if (reason == ErrorCode::DelegationExpired)
        f.clock.advance(60 * 1000);
    if (reason == ErrorCode::DelegationRevoked)
        REQUIRE(service.revoke(f.executive.id, grant.id).hasValue());

    for (const Method& method : methods()) {
        const Outcome actual = method.call(f, targets);
        const bool approval = QLatin1String(method.name) == QLatin1String("approve") ||
                              QLatin1String(method.name) == QLatin1String("requestChanges");
        INFO(errorCodeName(reason).toStdString() << " " << method.name << ": " << describe(actual));
        CHECK(actual == Outcome(approval ? ErrorCode::ApprovalNotYours : reason));
    }
}

TEST_CASE("PostDesk lets an Author draft, autosave, submit and cancel their own drafts", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    PostDesk& desk = f.workspace->desk();
    const Post draft = f.draftBy(f.delegate.id);
    CHECK(draft.authorId == f.executive.id);
    CHECK(draft.preparedBy == f.delegate.id);

    const Result<Post> saved = desk.saveDraft(f.delegate.id, draft.id, f.content(QStringLiteral("Typing…")));
    REQUIRE(saved.hasValue());
    CHECK(saved->body == QStringLiteral("Typing…"));
    CHECK(saved->state == PostState::Draft);
    // Autosave is not an event: the log holds the drafting only.
    CHECK(f.actions(draft.id) == QStringList{QStringLiteral("post.drafted")});

    const Post other = f.draftBy(f.delegate.id);
    CHECK(desk.cancel(f.delegate.id, other.id)->state == PostState::Cancelled);
    REQUIRE(desk.submit(f.delegate.id, draft.id).hasValue());
    // Once submitted it is the executive's to decide; an Author can no longer cancel or edit it.
    CHECK(desk.cancel(f.delegate.id, draft.id).error().code == ErrorCode::DelegationLevelTooLow);
    CHECK(desk.saveDraft(f.delegate.id, draft.id, f.content()).error().code == ErrorCode::PostStateInvalid);
}

TEST_CASE("PostDesk takes a post from draft through changes to approval, keeping who did what", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    PostDesk& desk = f.workspace->desk();
    const Post draft = f.draftBy(f.delegate.id, 3 * 3600);

    const Result<Post> submitted = desk.submit(f.delegate.id, draft.id);
    REQUIRE(submitted.hasValue());
    CHECK(submitted->state == PostState::AwaitingApproval);
    CHECK(submitted->submittedBody == QStringLiteral("A first draft."));
    CHECK(submitted->approveBy == submitted->scheduledAt.addSecs(-30 * 60));

    CHECK(desk.requestChanges(f.executive.id, draft.id, QStringLiteral(" ")).error().code ==
          ErrorCode::InvalidArgument);
    const Result<Post> changes =
        desk.requestChanges(f.executive.id, draft.id, QStringLiteral("Mention the support team."));
    REQUIRE(changes.hasValue());
    CHECK(changes->state == PostState::ChangesRequested);
    CHECK(changes->reviewComment == QStringLiteral("Mention the support team."));

    const QString edited = QStringLiteral("A first draft, thanks to the support team.");
    REQUIRE(desk.saveDraft(f.delegate.id, draft.id, f.content(edited, 3 * 3600)).hasValue());
    const Result<Post> resubmitted = desk.submit(f.delegate.id, draft.id);
    REQUIRE(resubmitted.hasValue());
    CHECK(resubmitted->state == PostState::AwaitingApproval);
    CHECK(resubmitted->submittedBody == edited);

    const Result<Post> approved = desk.approve(f.executive.id, draft.id);
    REQUIRE(approved.hasValue());
    CHECK(approved->state == PostState::Scheduled);
    CHECK(approved->authorId == f.executive.id);
    CHECK(approved->preparedBy == f.delegate.id);
    CHECK(approved->approvedBy == f.executive.id);
    CHECK(approved->body == edited);
    CHECK(approved->reviewComment.isEmpty());
    CHECK(f.actions(draft.id) == QStringList{QStringLiteral("post.drafted"), QStringLiteral("post.submitted"),
                                             QStringLiteral("post.changes-requested"), QStringLiteral("post.submitted"),
                                             QStringLiteral("post.approved")});
    const auto events = AuditRepository(f.workspace->database()).forSubject(QStringLiteral("post"), draft.id);
    CHECK(events->at(1).actorId == f.delegate.id);
    CHECK(events->at(1).actingForId == f.executive.id);
    CHECK(events->at(4).actorId == f.executive.id);
    CHECK(events->at(4).actingForId.isEmpty());
}

TEST_CASE("PostDesk sends the executive's edits when they edit and approve", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    PostDesk& desk = f.workspace->desk();
    const Post draft = f.draftBy(f.delegate.id);
    REQUIRE(desk.submit(f.delegate.id, draft.id).hasValue());
    DraftContent edits = f.content(QStringLiteral("In my own words."));
    const Result<Post> approved = desk.approve(f.executive.id, draft.id, edits);
    REQUIRE(approved.hasValue());
    CHECK(approved->body == QStringLiteral("In my own words."));
    CHECK(approved->submittedBody == QStringLiteral("A first draft."));
    edits.body.clear();
    const Post another = f.draftBy(f.delegate.id);
    REQUIRE(desk.submit(f.delegate.id, another.id).hasValue());
    CHECK(desk.approve(f.executive.id, another.id, edits).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("PostDesk schedules the executive's own post at once and refuses a time in the past", "[db]")
{
    DelegationFixture f;
    PostDesk& desk = f.workspace->desk();
    const Post soon = f.draftBy(f.executive.id, -1);
    const Result<Post> scheduled = desk.submit(f.executive.id, soon.id);
    REQUIRE(scheduled.hasValue());
    CHECK(scheduled->state == PostState::Scheduled);
    CHECK(scheduled->scheduledAt == f.clock.now());
    CHECK(scheduled->approvedBy == f.executive.id);

    const Post later = f.draftBy(f.executive.id, 60);
    f.clock.advance(120 * 1000);
    CHECK(desk.submit(f.executive.id, later.id).error().code == ErrorCode::PostTimeInvalid);
    CHECK(f.stored(later.id).state == PostState::Draft);
}

TEST_CASE("PostDesk sets the approval deadline before the post's time, or at it when that is sooner", "[db]")
{
    const Post post = [] {
        Post p;
        p.scheduledAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        return p;
    }();
    const QDateTime morning(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    CHECK(PostDesk::approveByFor(post, morning, false) == post.scheduledAt.addSecs(-1800));
    CHECK(PostDesk::approveByFor(post, post.scheduledAt.addSecs(-600), false) == post.scheduledAt);
    CHECK_FALSE(PostDesk::approveByFor(Post(), morning, false).isValid());
    CHECK(PostDesk::approveByFor(Post(), morning, true) == morning);
}

TEST_CASE("PostDesk approves an overdue post whose time passed for as soon as possible", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    PostDesk& desk = f.workspace->desk();
    const Post draft = f.draftBy(f.delegate.id, 600);
    REQUIRE(desk.submit(f.delegate.id, draft.id).hasValue());
    REQUIRE(f.workspace->posts()
                .transition(draft.id, {PostState::AwaitingApproval}, PostState::Overdue, {},
                            QStringLiteral("post.overdue"), {})
                .hasValue());
    f.clock.advance(3600 * 1000);
    const Result<Post> approved = desk.approve(f.executive.id, draft.id);
    REQUIRE(approved.hasValue());
    CHECK(approved->state == PostState::Scheduled);
    CHECK(approved->scheduledAt == f.clock.now());
}

TEST_CASE("PostDesk lists only the posts of executives the person reads for", "[db]")
{
    DelegationFixture f;
    const Person other = f.addPerson(QStringLiteral("Eve Executive"), Role::Executive);
    PostDesk& desk = f.workspace->desk();
    const Post mine = f.draftBy(f.executive.id);
    const Post theirs = *desk.createDraft(other.id, other.id, f.content());

    CHECK(desk.list(f.delegate.id, PostFilter())->isEmpty());
    f.grantInForce(DelegationLevel::Reviewer);
    const Result<QList<Post>> seen = desk.list(f.delegate.id, PostFilter());
    REQUIRE(seen->size() == 1);
    CHECK(seen->first().id == mine.id);
    PostFilter others;
    others.authorId = other.id;
    CHECK(desk.list(f.delegate.id, others).error().code == ErrorCode::DelegationMissing);
    CHECK(desk.find(f.delegate.id, theirs.id).error().code == ErrorCode::DelegationMissing);
    CHECK(desk.list(other.id, PostFilter())->first().id == theirs.id);
}

TEST_CASE("PostDesk refuses an account that is not the executive's own on the post's network", "[db]")
{
    DelegationFixture f;
    f.grantInForce(DelegationLevel::Author);
    const Person other =
        *f.workspace->people().add(QStringLiteral("Dana Other"), Role::Executive, QStringLiteral("Europe/Berlin"));
    AccountRepository accounts(f.workspace->database());
    NetworkAccount theirs;
    theirs.id = QStringLiteral("acct-other");
    theirs.personId = other.id;
    theirs.platform = PlatformKind::Mastodon;
    theirs.serverUrl = QUrl(QStringLiteral("https://social.example"));
    theirs.handle = QStringLiteral("dana");
    theirs.createdAt = f.clock.now();
    REQUIRE(accounts.add(theirs));
    NetworkAccount own = theirs;
    own.id = QStringLiteral("acct-own");
    own.personId = f.executive.id;
    own.handle = QStringLiteral("exec");
    REQUIRE(accounts.add(own));

    DraftContent content = f.content();
    content.platform = PlatformKind::Mastodon;
    content.accountId = theirs.id;
    const auto created = f.workspace->desk().createDraft(f.delegate.id, f.executive.id, content);
    REQUIRE_FALSE(created.hasValue());
    CHECK(created.error().code == ErrorCode::AccountNotTheAuthors);

    // The executive's own account on another network than the post's is refused as well.
    content.accountId = own.id;
    content.platform = PlatformKind::WordPress;
    CHECK(f.workspace->desk().createDraft(f.delegate.id, f.executive.id, content).error().code ==
          ErrorCode::AccountNotTheAuthors);

    content.platform = PlatformKind::Mastodon;
    const auto mine = f.workspace->desk().createDraft(f.delegate.id, f.executive.id, content);
    REQUIRE(mine.hasValue());
    content.accountId = theirs.id;
    const auto saved = f.workspace->desk().saveDraft(f.delegate.id, mine->id, content);
    REQUIRE_FALSE(saved.hasValue());
    CHECK(saved.error().code == ErrorCode::AccountNotTheAuthors);
    CHECK(f.stored(mine->id).accountId == own.id);
}

TEST_CASE("PostDesk refuses anything for a live account while the executive is in a practice session", "[db]")
{
    PracticeFixture f;
    f.grantInForce(DelegationLevel::Editor);
    // Prepared before the session: a live draft, a delegate's live post awaiting approval, a queued live post.
    const Post draft = *f.workspace->desk().createDraft(f.executive.id, f.executive.id, f.liveContent());
    const Post delegated = *f.workspace->desk().createDraft(f.delegate.id, f.executive.id, f.liveContent());
    REQUIRE(f.workspace->desk().submit(f.delegate.id, delegated.id).hasValue());
    const Post queuedDraft = *f.workspace->desk().createDraft(f.executive.id, f.executive.id, f.liveContent());
    const Post queued = *f.workspace->desk().submit(f.executive.id, queuedDraft.id);
    REQUIRE(queued.state == PostState::Scheduled);

    const PracticeSession session = f.startSession();
    const Outcome blocked = ErrorCode::PracticeSessionLiveBlocked;
    PostDesk& desk = f.workspace->desk();
    CHECK(outcome(desk.createDraft(f.executive.id, f.executive.id, f.liveContent())) == blocked);
    CHECK(outcome(desk.createDraft(f.delegate.id, f.executive.id, f.liveContent())) == blocked);
    CHECK(outcome(desk.saveDraft(f.executive.id, draft.id, f.liveContent())) == blocked);
    CHECK(outcome(desk.submit(f.executive.id, draft.id)) == blocked);
    CHECK(outcome(desk.approve(f.executive.id, delegated.id)) == blocked);
    CHECK(outcome(desk.reschedule(f.executive.id, queued.id, f.clock.now().addSecs(7200), {})) == blocked);
    // Nothing moved.
    CHECK(f.stored(draft.id).state == PostState::Draft);
    CHECK(f.stored(delegated.id).state == PostState::AwaitingApproval);
    CHECK(f.stored(queued.id).scheduledAt == queued.scheduledAt);

    // Taking a post back never reaches a network, so it stays possible.
    CHECK(outcome(desk.requestChanges(f.executive.id, delegated.id, QStringLiteral("Later, please"))) == Outcome());
    CHECK(outcome(desk.cancel(f.executive.id, queued.id)) == Outcome());
    // A live draft may be turned into a practice one and go to the sandbox.
    CHECK(outcome(desk.saveDraft(f.executive.id, draft.id, f.content())) == Outcome());
    CHECK(outcome(desk.submit(f.executive.id, draft.id)) == Outcome());
    CHECK(session.isOpen());
}

TEST_CASE("PostDesk lets practice posts through during a session and live ones again after it", "[db]")
{
    PracticeFixture f;
    const PracticeSession session = f.startSession();
    const Result<Post> practice = f.workspace->desk().createDraft(f.executive.id, f.executive.id, f.content());
    REQUIRE(practice.hasValue());
    CHECK(f.workspace->desk().submit(f.executive.id, practice->id).hasValue());

    PracticeOutcome done;
    done.summary = QStringLiteral("Ready for the real thing.");
    done.readyForLive = true;
    REQUIRE(f.workspace->practiceSessions().finish(f.trainer.id, session.id, done).hasValue());
    const Result<Post> live = f.workspace->desk().createDraft(f.executive.id, f.executive.id, f.liveContent());
    REQUIRE(live.hasValue());
    const Result<Post> queued = f.workspace->desk().submit(f.executive.id, live->id);
    REQUIRE(queued.hasValue());
    CHECK(queued->state == PostState::Scheduled);
}
