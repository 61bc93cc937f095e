#pragma once

#include "devicekind.h"
#include "remoteaction.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QUrl>
#include <QVersionNumber>

#include <vector>

namespace Passdesk {

struct Device;

// What the backend hands back after a successful action.
enum class SecretShape { None, Alphanumeric, Numeric, Pin6 };

struct SupportSource
{
    QString id;
    QString title;
    QDate date;
    QUrl url;
};

// The recovery secrets a device may have, read on demand.
enum class SecretKind { LapsPassword, BitLockerKey, FileVaultKey, BypassCode };
QString secretKindKey(SecretKind kind); // "lapsPassword", as in supportmatrix.json

// Whether a device has a kind of secret Passdesk can read, and if not, why.
struct SecretSupport
{
    SecretKind secret = SecretKind::LapsPassword;
    bool listed = false; // the matrix speaks of this kind for this device (otherwise not shown)
    bool supported = false;
    QString reasonId; // matrix text id when not supported
    QStringList sources;
    QUrl moreInfo;
    QString reasonText() const;
};

// The answer for one device and one action.
struct Support
{
    bool supported = false;
    ActionKind action = ActionKind::ResetPasscode;
    QString label; // translated verb: "Reset passcode", "Remove passcode", "Remote lock"
    bool removes = false; // the label is "Remove passcode" (iOS/iPadOS)
    QString reason; // translated, when not supported
    QString tellUser; // translated, what to say once done
    SecretShape secret = SecretShape::None;
    QStringList sources; // source ids, newest first
    QUrl moreInfo;
    QString resolution; // how disagreeing sources were settled (English, for the record)
    QString reasonId; // matrix text ids of reason and tellUser, to say them again later
    QString tellId;
    QString notSupportedHintId;
    QString failedHintId;

    // Translated explanation for a terminal state the device reported.
    QString explainOutcome(ActionState state) const;
    // reason and tellUser in the language of the moment.
    QString reasonText() const;
    QString tellUserText() const;
};

class SupportMatrix
{
public:
    // Loads the bundled matrix (":/passdesk/supportmatrix.json").
    static const SupportMatrix &builtin();
    bool load(const QByteArray &json, QString *error);

    Support evaluate(const Device &device, ActionKind action) const;
    SecretSupport evaluateSecret(const Device &device, SecretKind secret) const;
    // The toolbar label for a device: "Remove passcode" on iOS, "Reset passcode" elsewhere.
    static QString actionLabel(ActionKind action, bool removesPasscode);
    SupportSource source(const QString &id) const { return m_sources.value(id); }
    int ruleCount() const { return int(m_rules.size()); }
    QStringList textIds() const; // every message id the data refers to

    // What is known of the tenant ("pinResetService": onboarded to the Microsoft
    // PIN reset service). A rule that "requires" a fact known to be missing
    // does not offer its action, and says why.
    void setTenantFactMissing(const QString &fact, bool missing);
    bool isTenantFactMissing(const QString &fact) const { return m_missingFacts.contains(fact); }

private:
    struct Rule
    {
        DeviceKind kind = DeviceKind::Unknown;
        ActionKind action = ActionKind::ResetPasscode;
        QVersionNumber minOsVersion;
        QVersionNumber belowOsVersion;
        QString unless;
        QString requires_; // a tenant fact the action needs
        QString requiresReason; // message id when that fact is missing
        bool supported = false;
        bool removes = false;
        SecretShape secret = SecretShape::None;
        QString reason, tell, notSupportedHint, failedHint, moreInfo, resolution;
        QStringList sources;
    };
    bool matches(const Rule &rule, const Device &device, ActionKind action) const;
    struct SecretRule
    {
        DeviceKind kind = DeviceKind::Unknown;
        SecretKind secret = SecretKind::LapsPassword;
        QString requires_; // "corporate", "supervised"
        bool supported = false;
        QString reason; // when not supported, or when the requirement is not met
        QStringList sources;
    };
    std::vector<SecretRule> m_secretRules;

    std::vector<Rule> m_rules;
    QHash<QString, SupportSource> m_sources;
    QStringList m_missingFacts;
};

} // namespace Passdesk
