#pragma once

#include "common/result.h"
#include "output.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QSettings;

class QNetworkAccessManager;

namespace Podium::Core {
class Clock;
class PublishingServices;
class SecretStore;
class Workspace;
} // namespace Podium::Core

namespace Podium::Cli {

/// What every subcommand needs: where to print, the clock, local settings, and the workspace opened on demand.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    /// An action word of a command group and what runs it; it gets "action options…".
    using Action = std::pair<QString, std::function<int(const QStringList&)>>;

    CommandContext(Output& output, const Core::Clock& clock, QSettings& settings, QString databaseLocation);
    ~CommandContext();

    Output& output() { return m_output; }
    const Core::Clock& clock() const { return m_clock; }
    QSettings& settings() { return m_settings; }
    void setDatabaseLocation(const QString& location) { m_databaseLocation = location; }
    /// Runs the action named by arguments[1] ("group action options…"), or explains the choices.
    int runAction(const QStringList& arguments, const QList<Action>& actions);
    /// Opens the workspace the first time it is asked for.
    Core::Result<Core::Workspace*> workspace();
    /// The accounts, platforms and publisher over the workspace, with secrets in the OS keychain.
    Core::Result<Core::PublishingServices*> publishing();
    /// The person remembered as "me" on this computer for this workspace, or empty.
    QString me();
    /// me(), or false with a usage error in `exitCode` telling the person to say who they are first.
    bool requireMe(QString& actorId, int& exitCode);
    /// The workspace for an action done as me: null, with the error or usage message printed and its code in
    /// `exitCode`, when the workspace cannot be opened or the person has not said who they are.
    Core::Workspace* workspaceForMe(QString& actorId, int& exitCode);
    /// Runs the event loop until `done` is set or `timeoutMs` passes (the keychain and networks answer later).
    bool waitFor(const bool& done, int timeoutMs = 60000);
    /// Waits for one asynchronous core call and returns what it delivered.
    template <typename T, typename Call>
    Core::Result<T> await(Call call)
    {
        std::optional<Core::Result<T>> outcome;
        bool done = false;
        call([&](Core::Result<T> result) {
            outcome = std::move(result);
            done = true;
        });
        if (!waitFor(done))
            return Core::Error{Core::ErrorCode::PlatformUnreachable, QStringLiteral("no answer in time")};
        return std::move(*outcome);
    }

private:
    Output& m_output;
    const Core::Clock& m_clock;
    QSettings& m_settings;
    QString m_databaseLocation;
    std::unique_ptr<Core::Workspace> m_workspace;
    std::unique_ptr<Core::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Core::PublishingServices> m_publishing;
};

} // namespace Podium::Cli
