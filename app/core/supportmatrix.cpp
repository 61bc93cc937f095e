#include "supportmatrix.h"

#include "device.h"
#include "matrixtexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Passdesk {

QString Support::explainOutcome(ActionState state) const
{
    switch (state) {
    case ActionState::NotSupported:
        if (!notSupportedHintId.isEmpty())
            return matrixText(notSupportedHintId);
        return QCoreApplication::translate(
            "SupportMatrix", "The device answered that it does not support this action.");
    case ActionState::Failed:
        return matrixText(failedHintId.isEmpty() ? QStringLiteral("hintGenericFailed") : failedHintId);
    default:
        return QString();
    }
}

QString secretKindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::LapsPassword:
        return QStringLiteral("lapsPassword");
    case SecretKind::BitLockerKey:
        return QStringLiteral("bitlockerKey");
    case SecretKind::FileVaultKey:
        return QStringLiteral("fileVaultKey");
    case SecretKind::BypassCode:
        return QStringLiteral("bypassCode");
    }
    return {};
}

QString SecretSupport::reasonText() const
{
    return reasonId.isEmpty() ? QString() : matrixText(reasonId);
}

QString Support::reasonText() const
{
    return reasonId.isEmpty() ? reason : matrixText(reasonId);
}

QString Support::tellUserText() const
{
    return tellId.isEmpty() ? tellUser : matrixText(tellId);
}

const SupportMatrix &SupportMatrix::builtin()
{
    static const SupportMatrix matrix = [] {
        SupportMatrix m;
        QFile file(QStringLiteral(":/passdesk/supportmatrix.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !m.load(file.readAll(), &error))
            qFatal("The bundled support matrix is unreadable: %s", qPrintable(error));
        return m;
    }();
    return matrix;
}

bool SupportMatrix::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    m_sources.clear();
    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        m_sources.insert(it.key(),
            SupportSource{it.key(), s.value(QLatin1String("title")).toString(),
                QDate::fromString(s.value(QLatin1String("date")).toString(), Qt::ISODate),
                QUrl(s.value(QLatin1String("url")).toString())});
    }

    m_rules.clear();
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject o = value.toObject();
        Rule r;
        const QString kind = o.value(QLatin1String("kind")).toString();
        r.kind = kindFromKey(kind);
        if (r.kind == DeviceKind::Unknown && kind != QLatin1String("unknown")) {
            *error = QStringLiteral("unknown kind %1").arg(kind);
            return false;
        }
        if (!actionKindFromName(o.value(QLatin1String("action")).toString(), &r.action)) {
            *error = QStringLiteral("unknown action in rule for %1").arg(kind);
            return false;
        }
        r.minOsVersion = QVersionNumber::fromString(o.value(QLatin1String("minOsVersion")).toString());
        r.belowOsVersion = QVersionNumber::fromString(o.value(QLatin1String("belowOsVersion")).toString());
        r.unless = o.value(QLatin1String("unless")).toString();
        r.requires_ = o.value(QLatin1String("requires")).toString();
        r.requiresReason = o.value(QLatin1String("requiresReason")).toString();
        if (!r.requires_.isEmpty() && r.requiresReason.isEmpty()) {
            *error = QStringLiteral("rule for %1 requires %2 without a reason").arg(kind, r.requires_);
            return false;
        }
        r.supported = o.value(QLatin1String("support")).toString() == QLatin1String("supported");
        r.removes = o.value(QLatin1String("verb")).toString() == QLatin1String("remove");
        const QString secret = o.value(QLatin1String("secret")).toString();
        r.secret = secret == QLatin1String("alphanumeric") ? SecretShape::Alphanumeric
            : secret == QLatin1String("numeric")           ? SecretShape::Numeric
            : secret == QLatin1String("pin6")              ? SecretShape::Pin6
                                                           : SecretShape::None;
        r.reason = o.value(QLatin1String("reason")).toString();
        r.tell = o.value(QLatin1String("tell")).toString();
        r.notSupportedHint = o.value(QLatin1String("notSupported")).toString();
        r.failedHint = o.value(QLatin1String("failed")).toString();
        r.moreInfo = o.value(QLatin1String("moreInfo")).toString();
        r.resolution = o.value(QLatin1String("resolution")).toString();
        for (const QJsonValue &s : o.value(QLatin1String("sources")).toArray()) {
            if (!m_sources.contains(s.toString())) {
                *error = QStringLiteral("unknown source %1").arg(s.toString());
                return false;
            }
            r.sources << s.toString();
        }
        // Newest first: that is the one that wins and the one worth reading.
        std::stable_sort(r.sources.begin(), r.sources.end(),
            [this](const QString &a, const QString &b) { return m_sources.value(a).date > m_sources.value(b).date; });
        if (!r.supported && r.reason.isEmpty()) {
            *error = QStringLiteral("rule for %1 without a reason").arg(kind);
            return false;
        }
        m_rules.push_back(r);
    }
    m_secretRules.clear();
    for (const QJsonValue &value : root.value(QLatin1String("secrets")).toArray()) {
        const QJsonObject o = value.toObject();
        SecretRule r;
        const QString kind = o.value(QLatin1String("kind")).toString();
        r.kind = kindFromKey(kind);
        const QString secret = o.value(QLatin1String("secret")).toString();
        bool known = false;
        for (const SecretKind k :
            {SecretKind::LapsPassword, SecretKind::BitLockerKey, SecretKind::FileVaultKey, SecretKind::BypassCode}) {
            if (secretKindKey(k) == secret) {
                r.secret = k;
                known = true;
            }
        }
        if (!known || (r.kind == DeviceKind::Unknown && kind != QLatin1String("unknown"))) {
            *error = QStringLiteral("unknown secret rule %1/%2").arg(kind, secret);
            return false;
        }
        r.requires_ = o.value(QLatin1String("requires")).toString();
        r.supported = o.value(QLatin1String("support")).toString() == QLatin1String("supported");
        r.reason = o.value(QLatin1String("reason")).toString();
        for (const QJsonValue &src : o.value(QLatin1String("sources")).toArray()) {
            if (!m_sources.contains(src.toString())) {
                *error = QStringLiteral("unknown source %1").arg(src.toString());
                return false;
            }
            r.sources << src.toString();
        }
        if ((!r.supported || !r.requires_.isEmpty()) && r.reason.isEmpty()) {
            *error = QStringLiteral("secret rule %1/%2 without a reason").arg(kind, secret);
            return false;
        }
        m_secretRules.push_back(r);
    }
    return true;
}

SecretSupport SupportMatrix::evaluateSecret(const Device &device, SecretKind secret) const
{
    SecretSupport s;
    s.secret = secret;
    for (const SecretRule &r : m_secretRules) {
        if (r.kind != device.kind || r.secret != secret)
            continue;
        s.listed = true;
        s.sources = r.sources;
        s.moreInfo = m_sources.value(r.sources.value(0)).url;
        bool met = true;
        if (r.requires_ == QLatin1String("corporate"))
            met = device.ownerType.compare(QLatin1String("company"), Qt::CaseInsensitive) == 0;
        else if (r.requires_ == QLatin1String("supervised"))
            met = device.isSupervised;
        s.supported = r.supported && met;
        s.reasonId = s.supported ? QString() : r.reason;
        return s;
    }
    return s;
}

bool SupportMatrix::matches(const Rule &rule, const Device &device, ActionKind action) const
{
    if (rule.kind != device.kind || rule.action != action)
        return false;
    const QVersionNumber version = parseOsVersion(device.osVersion);
    const bool versioned = !rule.minOsVersion.isNull() || !rule.belowOsVersion.isNull();
    if (versioned && version.isNull()) {
        // Unknown version: the restrictive rule applies, never a guess that it works.
        return !rule.supported;
    }
    if (!rule.minOsVersion.isNull() && version < rule.minOsVersion)
        return false;
    if (!rule.belowOsVersion.isNull() && !(version < rule.belowOsVersion))
        return false;
    if (rule.unless == QLatin1String("azureADJoined") && device.isAzureADJoined())
        return false;
    if (rule.unless == QLatin1String("currentUserIsEnroller") && device.currentUserIsEnroller())
        return false;
    return true;
}

QString SupportMatrix::actionLabel(ActionKind action, bool removesPasscode)
{
    if (action == ActionKind::RemoteLock)
        return QCoreApplication::translate("SupportMatrix", "Remote lock");
    if (action == ActionKind::SyncDevice)
        return QCoreApplication::translate("SupportMatrix", "Sync now");
    if (action == ActionKind::RotateLocalAdminPassword)
        return QCoreApplication::translate("SupportMatrix", "Rotate LAPS password");
    if (action == ActionKind::RotateBitLockerKeys)
        return QCoreApplication::translate("SupportMatrix", "Rotate BitLocker keys");
    if (action == ActionKind::RotateFileVaultKey)
        return QCoreApplication::translate("SupportMatrix", "Rotate FileVault key");
    return removesPasscode ? QCoreApplication::translate("SupportMatrix", "Remove passcode")
                           : QCoreApplication::translate("SupportMatrix", "Reset passcode");
}

Support SupportMatrix::evaluate(const Device &device, ActionKind action) const
{
    Support s;
    s.action = action;
    // A rotation goes where its secret is: the secret's rule says where and why not.
    static const struct
    {
        ActionKind action;
        SecretKind secret;
        const char *source;
        const char *failedHint;
    } rotations[] = {
        {ActionKind::RotateLocalAdminPassword, SecretKind::LapsPassword, "graphRotateLaps", "hintRotateLapsFailed"},
        {ActionKind::RotateBitLockerKeys, SecretKind::BitLockerKey, "intuneRotateBitLocker",
            "hintRotateBitLockerFailed"},
        {ActionKind::RotateFileVaultKey, SecretKind::FileVaultKey, "graphRotateFileVault", "hintRotateFileVaultFailed"},
    };
    for (const auto &rotation : rotations) {
        if (rotation.action != action)
            continue;
        const SecretSupport secret = evaluateSecret(device, rotation.secret);
        s.label = actionLabel(action, false);
        s.supported = secret.supported;
        s.reasonId = secret.supported ? QString()
            : secret.listed           ? secret.reasonId
                                      : QStringLiteral("reasonRotateNoSecret");
        s.reason = s.reasonId.isEmpty() ? QString() : matrixText(s.reasonId);
        s.sources = QStringList{QLatin1String(rotation.source)} + secret.sources;
        s.moreInfo = m_sources.value(s.sources.first()).url;
        s.failedHintId = QLatin1String(rotation.failedHint);
        s.tellId = QStringLiteral("tellRotated");
        s.tellUser = matrixText(s.tellId);
        return s;
    }
    const auto it
        = std::find_if(m_rules.begin(), m_rules.end(), [&](const Rule &r) { return matches(r, device, action); });
    if (it == m_rules.end()) {
        s.label = actionLabel(action, false);
        s.reasonId = QStringLiteral("reasonUnknown");
        s.reason = matrixText(s.reasonId);
        return s;
    }
    const Rule &r = *it;
    s.supported = r.supported && !(!r.requires_.isEmpty() && m_missingFacts.contains(r.requires_));
    s.removes = r.removes || (action == ActionKind::ResetPasscode && familyOf(r.kind) == PlatformFamily::Apple);
    s.label = actionLabel(action, s.removes);
    s.reasonId = s.supported ? QString() : r.supported ? r.requiresReason : r.reason;
    s.reason = s.reasonId.isEmpty() ? QString() : matrixText(s.reasonId);
    s.tellId = r.tell;
    s.tellUser = matrixText(r.tell);
    s.secret = r.secret;
    s.sources = r.sources;
    s.resolution = r.resolution;
    s.notSupportedHintId = r.notSupportedHint;
    s.failedHintId = r.failedHint;
    const QString moreInfo = !r.moreInfo.isEmpty() ? r.moreInfo : r.sources.value(0);
    s.moreInfo = m_sources.value(moreInfo).url;
    return s;
}

void SupportMatrix::setTenantFactMissing(const QString &fact, bool missing)
{
    m_missingFacts.removeAll(fact);
    if (missing)
        m_missingFacts << fact;
}

QStringList SupportMatrix::textIds() const
{
    QStringList ids;
    for (const Rule &r : m_rules) {
        for (const QString &id : {r.reason, r.tell, r.notSupportedHint, r.failedHint, r.requiresReason}) {
            if (!id.isEmpty() && !ids.contains(id))
                ids << id;
        }
    }
    for (const SecretRule &r : m_secretRules) {
        if (!r.reason.isEmpty() && !ids.contains(r.reason))
            ids << r.reason;
    }
    for (const char *id : {"reasonRotateNoSecret", "tellRotated", "hintRotateLapsFailed", "hintRotateBitLockerFailed",
             "hintRotateFileVaultFailed"})
        ids << QLatin1String(id);
    return ids;
}

} // namespace Passdesk
