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

    std::vector<Rule> m_rules;
    QHash<QString, SupportSource> m_sources;
    QStringList m_missingFacts;
};

} // namespace Passdesk
