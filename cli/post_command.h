#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "common/result.h"
#include "posts/new_post.h"
#include "posts/post.h"

#include <functional>

namespace Podium::Core {
class PostDesk;
}

namespace Podium::Cli {

class CommandContext;
class SubcommandParser;

/// `podium post create|list|show|cancel|submit|approve|request-changes`: posts and their lifecycle from the
/// command line. Everything goes through PostDesk as the person marked "me", so a delegate acts only within
/// their grant; with nobody marked, the author acts for themselves.
class PostCommand
{
    Q_DECLARE_TR_FUNCTIONS(PostCommand)

public:
    explicit PostCommand(CommandContext& context);
    int run(const QStringList& arguments);

private:
    int create(const QStringList& arguments);
    /// The pre-flight checks of a post about to be queued, against its network.
    Core::Result<void> preflight(const Core::NewPost& request);
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    int cancel(const QStringList& arguments);
    int submit(const QStringList& arguments);
    int approve(const QStringList& arguments);
    int requestChanges(const QStringList& arguments);
    /// The person acting on a post: "me", or its author when nobody is marked.
    Core::Result<QString> actorFor(const QString& postId);
    /// Prints a post after a step, saying where it stands now.
    int printed(const Core::Post& post);
    /// The shape every one-post action shares: one id, the acting person, one PostDesk call, its output.
    int onOnePost(SubcommandParser& sub, const QStringList& arguments,
                  Core::Result<Core::Post> (Core::PostDesk::*act)(const QString&, const QString&),
                  const std::function<int(const Core::Post&)>& print);
    CommandContext& m_context;
};

} // namespace Podium::Cli
