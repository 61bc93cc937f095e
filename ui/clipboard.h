#pragma once

#include <QObject>

class QTimer;

namespace Passdesk {

// Copies secrets with the platforms' "concealed" hints and clears them again
// after a timeout and on quit, but only if the clipboard still holds our copy.
class Clipboard : public QObject
{
    Q_OBJECT
public:
    static Clipboard *instance();
    void copySecret(const QString &text);
    void clearIfOurs();
    void setTimeout(int msecs) { m_timeoutMsecs = msecs; }
    int timeout() const { return m_timeoutMsecs; }

Q_SIGNALS:
    void cleared();

private:
    explicit Clipboard(QObject *parent = nullptr);
    QTimer *m_timer;
    QByteArray m_fingerprint; // hash of what we put there, not the secret itself
    int m_timeoutMsecs = 30000;
};

} // namespace Passdesk
