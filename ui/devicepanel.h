#pragma once

#include "device.h"
#include "historyjob.h"
#include "remoteaction.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QTableWidget;
class QLabel;
class QPushButton;
class QTimer;

namespace Passdesk {

class PasscodeCard;
class SecretsBox;
class Session;

// The right-hand side: who and what the selected device is, its live
// passcode, the outcome of the last action, and what the operator can do.
class DevicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DevicePanel(Session *session, QWidget *parent = nullptr);

    void showDevice(const std::optional<Device> &device);
    void showSelectionCount(int count);
    // The outcome of an action on the shown device: text and, on failure, a link.
    // offerSync: the action waits for the device, and "Sync now" goes with it.
    void showOutcome(
        const QString &deviceId, ActionState state, const QString &text, const QUrl &moreInfo, bool offerSync = false);
    // While the backend waits for the device: says so, with the time since it was sent.
    // offerSync: a "Sync now" button goes with it (syncRequested).
    void showWaiting(const QString &deviceId, const QString &label, const QDateTime &sentAt, bool offerSync = false);
    // The device's history: reading, then its entries and what could not be shown.
    void showHistoryLoading(const QString &deviceId);
    void showHistory(const QString &deviceId, const HistoryJob::Result &result, const QString &operatorUpn);
    QString deviceId() const { return m_deviceId; }
    PasscodeCard *passcodeCard() const { return m_card; }
    SecretsBox *secretsBox() const { return m_secrets; }

Q_SIGNALS:
    void syncRequested(const QString &deviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void renderHistory();
    void tickWaiting();
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &value);

    Session *m_session;
    QString m_deviceId;
    int m_selectionCount = 0;
    QLabel *m_titleLabel;
    QLabel *m_subtitleLabel;
    QLabel *m_outcomeLabel;
    QPushButton *m_syncButton;
    QLabel *m_unavailableLabel; // the actions this device cannot take, and why
    QTimer *m_waitingTick = nullptr;
    QString m_waitingLabel;
    QDateTime m_waitingSince;
    PasscodeCard *m_card;
    SecretsBox *m_secrets;
    QWidget *m_properties;
    QGroupBox *m_historyBox;
    QTableWidget *m_historyTable;
    QLabel *m_historyNote; // loading, empty, or what is not shown and why
    bool m_historyLoading = false;
    bool m_historyValid = false;
    HistoryJob::Result m_history;
    QString m_operatorUpn;
};

} // namespace Passdesk
