#include "keychain_secret_store.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QMetaObject>

#include <array>
#include <memory>
#include <utility>

namespace Podium::Core {

namespace {

// QtKeychain reports a missing session bus or Secret Service as OtherError; only its text tells that apart
// from a keychain that is present but broke. These are the texts of Qt D-Bus, GDBus (through libsecret)
// and QtKeychain's own KWallet path for "nobody to talk to".
constexpr std::array unavailableMarkers = {
    "autolaunch",
    "Cannot spawn a message bus",
    "org.freedesktop.secrets was not provided",
    "was not provided by any .service files",
    "No such interface",
    "D-Bus is not running",
    "Could not connect",
    "Failed to connect to socket",
    "Connection refused",
    "No keychain service available",
    "ServiceUnknown",
    "org.freedesktop.DBus.Error.NoServer",
    "Not connected to D-Bus server",
    "No keyring daemon",
};

bool showsNoKeychain(const QString& text)
{
    for (const char* marker : unavailableMarkers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// QtKeychain starts jobs from the event loop today, but the contract promises "never inside the call" in
// any version, so the answer is always posted once more.
template <typename T>
void deliver(SecretStore::Done<T> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

template <typename Job>
Job* startJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    // Stated, not assumed: a keychain that is missing must fail, never leave the secret in a settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("Podium");
}

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

Error KeychainSecretStore::errorFor(QKeychain::Error code, const QString& backendText)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::SecretNotFound, backendText};
    case QKeychain::NoBackendAvailable:
        return Error{ErrorCode::SecretStoreUnavailable, backendText};
    case QKeychain::OtherError:
        if (showsNoKeychain(backendText))
            return Error{ErrorCode::SecretStoreUnavailable, backendText};
        return Error{ErrorCode::SecretStoreFailed, backendText};
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NotImplemented:
        break;
    }
    return Error{ErrorCode::SecretStoreFailed, backendText};
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Done<void> done)
{
    auto* job = startJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            deliver<void>(done, errorFor(finished->error(), finished->errorString()));
        else
            deliver<void>(done, {});
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, Done<QString> done)
{
    auto* job = startJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            deliver<QString>(done, errorFor(finished->error(), finished->errorString()));
        else
            deliver<QString>(done, static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, Done<void> done)
{
    auto* job = startJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job* finished) {
        // Removing what is not there leaves the keychain as asked, so it is not a failure.
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            deliver<void>(done, {});
        else
            deliver<void>(done, errorFor(finished->error(), finished->errorString()));
    });
    job->start();
}

} // namespace Podium::Core
