#pragma once

#include "issuedsecret.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace Passdesk {

class SecretStore;

// The live temporary passcode (or macOS recovery PIN) of one device: large,
// grouped for reading aloud, hidden until revealed, with its expiry and a
// countdown in the server's time.
class PasscodeCard : public QFrame
{
    Q_OBJECT
public:
    explicit PasscodeCard(SecretStore *store, QWidget *parent = nullptr);

    void setDevice(const QString &deviceId, const QString &tellUser);
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    // How long a revealed passcode stays on screen (one minute).
    static void setAutoHideMsecs(int msecs) { s_autoHideMsecs = msecs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateCountdown();
    const IssuedSecret *currentSecret() const;
    QString renderSecret(const QString &secret) const;

    SecretStore *m_store;
    QString m_deviceId;
    QString m_tellUser;
    bool m_revealed = false;
    QLabel *m_titleLabel;
    QLabel *m_passcodeLabel;
    QLabel *m_spellingLabel;
    QLabel *m_expiryLabel;
    QLabel *m_countdownLabel;
    QLabel *m_tellUserLabel;
    QPushButton *m_revealButton;
    QPushButton *m_copyButton;
    QTimer *m_tick;
    QTimer *m_autoHide;
    static inline int s_autoHideMsecs = 60000;
};

} // namespace Passdesk
