#pragma once

#include "device.h"

#include "remoteaction.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Passdesk {

class Job;
class Session;

// "Recovery secrets" of the shown device: the kinds it can have (Windows LAPS
// password and BitLocker key on a Windows PC, FileVault key on a
// corporate-owned Mac, Activation Lock bypass code on an iPhone or iPad), each
// read only when the operator asks, shown grouped with its spelling, hidden
// again after a minute and then dropped from memory. Each read goes to the
// reveal log.
class SecretsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SecretsBox(Session *session, QWidget *parent = nullptr);
    void setDevice(const Device *device);
    // How long a secret stays on screen (one minute).
    static void setAutoHideMsecs(int msecs) { s_autoHideMsecs = msecs; }
    QString shownValue() const { return m_value; }
    // Off the screen and out of memory (also once a rotation makes it stale).
    void hideSecret();

Q_SIGNALS:
    // A secret was read (the history shows it).
    void revealed(const QString &deviceId);
    // The operator asks the device to make a new one of the secret on screen.
    void rotateRequested(Passdesk::ActionKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { Laps, BitLocker, FileVault, BypassCode };
    void rebuild();
    void reveal(Kind kind);
    void read(Kind kind);
    void askConsent(Kind kind, const QStringList &scopes);
    void show(Kind kind, const QString &value, const QString &detail);
    QString render(Kind kind, const QString &value) const;

    Session *m_session;
    Device m_device;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    QLineEdit *m_keyId = nullptr;
    QLabel *m_status;
    QPushButton *m_consent;
    QWidget *m_shown;
    QLabel *m_shownTitle;
    QLabel *m_valueLabel;
    QLabel *m_spellingLabel;
    QPushButton *m_hide;
    QPushButton *m_copy;
    QPushButton *m_rotate;
    ActionKind m_rotateKind = ActionKind::RotateLocalAdminPassword; // while m_rotate shows
    QTimer *m_autoHide;
    QString m_value; // the secret on screen; cleared when hidden
    QPointer<Job> m_job;
    bool m_askingScopes = false;
    static inline int s_autoHideMsecs = 60000;
};

} // namespace Passdesk
