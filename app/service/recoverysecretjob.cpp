#include "recoverysecretjob.h"

#include "graphcall.h"
#include "graphclient.h"
#include "pagedlistjob.h"
#include "safetext.h"
#include "scopes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace Passdesk {

QString bitlockerKeyChoice(const RecoverySecretJob::Secret &key)
{
    QString volume = key.volumeType;
    if (volume == QLatin1String("operatingSystemVolume"))
        volume = RecoverySecretJob::tr("operating system volume");
    else if (volume == QLatin1String("fixedDataVolume"))
        volume = RecoverySecretJob::tr("fixed data volume");
    else if (volume == QLatin1String("removableDataVolume"))
        volume = RecoverySecretJob::tr("removable data volume");
    return QStringLiteral("%1 (%2)").arg(key.id.left(8).toUpper(), safeText(volume));
}

RecoverySecretJob::RecoverySecretJob(
    GraphClient *graph, Kind kind, const QString &deviceId, const QStringList &grantedScopes, QObject *parent)
    : Job(parent)
    , m_graph(graph)
    , m_kind(kind)
    , m_deviceId(deviceId)
    , m_scopes(grantedScopes)
{ }

void RecoverySecretJob::fail(const std::function<QString()> &why, const GraphError &error)
{
    m_result.ok = false;
    m_result.error = why;
    m_result.graphError = error;
    finish();
}

void RecoverySecretJob::failWith(const GraphError &error)
{
    fail([error] { return error.userMessage(); }, error);
}

void RecoverySecretJob::onCancel()
{
    if (m_call)
        m_call->abort();
    if (m_list)
        m_list->cancel();
}

void RecoverySecretJob::run()
{
    QStringList select{QStringLiteral("id"), QStringLiteral("deviceName"), QStringLiteral("operatingSystem"),
        QStringLiteral("managedDeviceOwnerType"), QStringLiteral("isSupervised"), QStringLiteral("azureADDeviceId")};
    if (m_kind == Kind::BypassCode)
        select << QStringLiteral("activationLockBypassCode"); // null unless asked for, on one device
    const QUrl url = m_graph->deviceUrl(m_deviceId, select);
    if (url.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { fail([id = m_deviceId] { return tr("“%1” is not a device id.").arg(safeText(id)); }); },
            Qt::QueuedConnection);
        return;
    }
    m_call = m_graph->get(url);
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) { onDevice(body); });
    connect(m_call, &GraphCall::failed, this, &RecoverySecretJob::failWith);
    m_call->start();
}

void RecoverySecretJob::onDevice(const QJsonObject &device)
{
    const auto text = [&device](const char *key, bool *ok) {
        const QJsonValue v = device.value(QLatin1String(key));
        *ok = *ok && (v.isString() || v.isNull() || v.isUndefined());
        return v.toString();
    };
    bool ok = true;
    const QString id = text("id", &ok);
    m_result.deviceName = text("deviceName", &ok);
    const QString os = text("operatingSystem", &ok);
    const QString owner = text("managedDeviceOwnerType", &ok);
    const QString entra = text("azureADDeviceId", &ok);
    const QString bypass = text("activationLockBypassCode", &ok);
    const QJsonValue supervised = device.value(QLatin1String("isSupervised"));
    if (!ok || id != m_deviceId || !(supervised.isBool() || supervised.isUndefined() || supervised.isNull())) {
        fail([] { return GraphError::malformed(tr("a device that is not the one asked for")).userMessage(); });
        return;
    }
    switch (m_kind) {
    case Kind::BypassCode:
        if (os.compare(QLatin1String("iOS"), Qt::CaseInsensitive) != 0
            && os.compare(QLatin1String("iPadOS"), Qt::CaseInsensitive) != 0) {
            fail([] { return tr("Activation Lock bypass codes exist only for iPhones and iPads."); });
        } else if (!supervised.toBool()) {
            fail([] {
                return tr("This device is not supervised: Intune keeps a bypass code only for supervised devices.");
            });
        } else if (bypass.isEmpty()) {
            fail([] {
                return tr("Intune holds no bypass code for this device. It is gone once the device has been wiped, and "
                          "Activation Lock may not be on.");
            });
        } else {
            m_result.ok = true;
            m_result.secret.value = bypass;
            finish();
        }
        return;
    case Kind::FileVaultKey:
        if (os.compare(QLatin1String("macOS"), Qt::CaseInsensitive) != 0) {
            fail([] { return tr("FileVault recovery keys exist only for Macs."); });
        } else if (owner.compare(QLatin1String("company"), Qt::CaseInsensitive) != 0) {
            fail([] {
                return tr("Intune escrows the FileVault recovery key of corporate-owned Macs only; this one is "
                          "personal.");
            });
        } else {
            readFileVaultKey();
        }
        return;
    case Kind::BitLockerKey: {
        const QUuid entraId = QUuid::fromString(entra);
        if (os.compare(QLatin1String("Windows"), Qt::CaseInsensitive) != 0 || entraId.isNull()) {
            fail([] {
                return tr("BitLocker recovery keys are kept in Entra ID for Windows devices joined to it; this "
                          "device is not one.");
            });
            return;
        }
        const bool known = !m_scopes.isEmpty();
        const bool granted = hasGraphScope(m_scopes, bitlockerScope());
        if (known && !granted) {
            fail([] {
                return tr("Reading BitLocker recovery keys needs the permission %1, which this sign-in does not have.")
                    .arg(bitlockerScope());
            });
            return;
        }
        listBitLockerKeys(entraId.toString(QUuid::WithoutBraces));
        return;
    }
    }
}

void RecoverySecretJob::readFileVaultKey()
{
    QUrl url = m_graph->deviceUrl(m_deviceId);
    url.setPath(url.path() + QStringLiteral("/getFileVaultKey"));
    m_call = m_graph->get(url);
    connect(m_call, &GraphCall::succeeded, this, [this](int, const QJsonObject &body) {
        const QJsonValue value = body.value(QLatin1String("value"));
        if (!value.isString() || value.toString().isEmpty()) {
            fail([] { return tr("Intune holds no FileVault recovery key for this Mac."); });
            return;
        }
        m_result.ok = true;
        m_result.secret.value = value.toString();
        finish();
    });
    connect(m_call, &GraphCall::failed, this, [this](const GraphError &error) {
        if (error.kind == GraphError::Kind::Http && error.httpStatus == 404)
            fail(
                [] {
                    return tr("Intune holds no FileVault recovery key for this Mac: FileVault was not turned on by "
                              "an Intune policy with key escrow, or the Mac has not sent its key yet.");
                },
                error);
        else
            failWith(error);
    });
    m_call->start();
}

void RecoverySecretJob::listBitLockerKeys(const QString &entraId)
{
    // No $top here: Graph refuses it on this list. The keys themselves are not in it.
    m_list = new PagedListJob(m_graph,
        m_graph->collectionUrl(QStringLiteral("informationProtection/bitlocker/recoveryKeys"),
            {{QStringLiteral("$filter"), QStringLiteral("deviceId eq '%1'").arg(entraId)}}),
        this);
    m_list->setMaxPages(10);
    auto keys = std::make_shared<std::vector<Secret>>();
    connect(m_list, &PagedListJob::recordsReceived, this, [keys, entraId](const QJsonArray &records) {
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            // A server that ignores the filter never gives another device's key.
            if (o.value(QLatin1String("deviceId")).toString().compare(entraId, Qt::CaseInsensitive) != 0)
                continue;
            Secret key;
            key.id = o.value(QLatin1String("id")).toString();
            key.volumeType = o.value(QLatin1String("volumeType")).toString();
            key.created
                = QDateTime::fromString(o.value(QLatin1String("createdDateTime")).toString(), Qt::ISODateWithMs);
            if (!key.id.isEmpty())
                keys->push_back(key);
        }
    });
    connect(m_list, &PagedListJob::failed, this, [this](const GraphError &error) {
        if (error.kind == GraphError::Kind::Http && error.httpStatus == 403)
            fail(
                [] {
                    return tr(
                        "Your Entra role may not read BitLocker recovery keys. Cloud Device Administrator, Helpdesk "
                        "Administrator, Intune Administrator and Security Administrator can, with the permission "
                        "%1.")
                        .arg(bitlockerScope());
                },
                error);
        else
            failWith(error);
    });
    connect(m_list, &PagedListJob::finished, this, [this, keys] {
        if (keys->empty()) {
            fail([] { return tr("Entra ID holds no BitLocker recovery key for this device."); });
            return;
        }
        std::vector<Secret> matching;
        for (const Secret &k : *keys) {
            if (k.id.startsWith(m_prefix, Qt::CaseInsensitive))
                matching.push_back(k);
        }
        if (matching.size() == 1) {
            readBitLockerKey(matching.front());
            return;
        }
        // Reading a key is audited: only the one the user's screen names is read.
        m_result.choices = *keys;
        QStringList ids;
        for (const Secret &k : *keys)
            ids << bitlockerKeyChoice(k);
        if (matching.empty())
            fail([ids, prefix = m_prefix] {
                return tr("No recovery key of this device starts with “%1”. Its keys: %2.")
                    .arg(safeText(prefix), ids.join(QStringLiteral(", ")));
            });
        else
            fail([ids] {
                return tr("This device has several recovery keys: %1. Ask the user for the key ID shown on the "
                          "recovery screen and give its first characters.")
                    .arg(ids.join(QStringLiteral(", ")));
            });
    });
    m_list->start();
}

void RecoverySecretJob::readBitLockerKey(const Secret &key)
{
    const QUrl url = m_graph->collectionUrl(QStringLiteral("informationProtection/bitlocker/recoveryKeys/")
            + QUuid::fromString(key.id).toString(QUuid::WithoutBraces),
        {{QStringLiteral("$select"), QStringLiteral("key")}});
    m_call = m_graph->get(url);
    m_call->setExtraHeader("ocp-client-name", "Passdesk");
    m_call->setExtraHeader("ocp-client-version", "1.0");
    connect(m_call, &GraphCall::succeeded, this, [this, key](int, const QJsonObject &body) {
        const QJsonValue value = body.value(QLatin1String("key"));
        static const QRegularExpression shape(QStringLiteral("^\\d{6}(-\\d{6}){7}$"));
        if (!value.isString() || !shape.match(value.toString()).hasMatch()) {
            fail([] { return GraphError::malformed(tr("a recovery key that is not 48 digits")).userMessage(); });
            return;
        }
        m_result.ok = true;
        m_result.secret = key;
        m_result.secret.value = value.toString();
        finish();
    });
    connect(m_call, &GraphCall::failed, this, &RecoverySecretJob::failWith);
    m_call->start();
}

} // namespace Passdesk
