#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "common/result.h"
#include "posts/new_post.h"

namespace Podium::Cli {

class CommandContext;

/// `podium post create|list|show|cancel`: posts and their lifecycle from the command line.
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

    CommandContext& m_context;
};

} // namespace Podium::Cli
