#include "devicecodeflow.h"

#include "serverclock.h"
#include "tokenrequest.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace Passdesk {

DeviceCodeFlow::DeviceCodeFlow(
    QNetworkAccessManager *nam, ServerClock *clock, const OAuthClient &client, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_client(client)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    m_deviceCode.fill('\0');
}

void DeviceCodeFlow::start()
{
    auto *request = new TokenRequest(m_nam, m_clock, this);
    // The device code endpoint answers JSON without access_token: read it from the raw reply.
    connect(request, &TokenRequest::failed, this, [this, request](const OAuthError &error) {
        request->deleteLater();
        if (m_done)
            return;
        m_done = true;
        Q_EMIT failed(error);
    });
    connect(request, &TokenRequest::codeIssued, this, [this, request](const QJsonObject &json) {
        request->deleteLater();
        if (m_done)
            return;
        m_deviceCode = json.value(QLatin1String("device_code")).toString().toUtf8();
        m_intervalSecs = qMax(1, json.value(QLatin1String("interval")).toInt(5));
        const QDateTime expiresAt = m_clock->now().addSecs(json.value(QLatin1String("expires_in")).toInt(900));
        qCInfo(lcAuth) << "device code issued; polling every" << m_intervalSecs << "s";
        Q_EMIT codeReady(json.value(QLatin1String("user_code")).toString(),
            QUrl(json.value(QLatin1String("verification_uri")).toString()), expiresAt);
        m_timer->start(m_intervalSecs * 1000);
    });
    request->postForJson(m_client.deviceCodeUrl(),
        {{QStringLiteral("client_id"), m_client.clientId},
            {QStringLiteral("scope"), m_client.scopes.join(QLatin1Char(' '))}});
}

void DeviceCodeFlow::poll()
{
    if (m_done)
        return;
    m_pending = new TokenRequest(m_nam, m_clock, this);
    connect(m_pending, &TokenRequest::succeeded, this, [this](const TokenGrant &grant) {
        m_pending->deleteLater();
        if (m_done)
            return;
        m_done = true;
        Q_EMIT succeeded(grant);
    });
    connect(m_pending, &TokenRequest::failed, this, [this](const OAuthError &error) {
        m_pending->deleteLater();
        if (m_done)
            return;
        if (error.error == QLatin1String("authorization_pending")) {
            m_timer->start(m_intervalSecs * 1000);
            return;
        }
        if (error.error == QLatin1String("slow_down")) {
            m_intervalSecs += 5; // RFC 8628: add five seconds
            m_timer->start(m_intervalSecs * 1000);
            return;
        }
        m_done = true;
        Q_EMIT failed(error);
    });
    m_pending->post(m_client.tokenUrl(),
        {{QStringLiteral("client_id"), m_client.clientId},
            {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {QStringLiteral("device_code"), QString::fromUtf8(m_deviceCode)}});
}

void DeviceCodeFlow::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    if (m_pending)
        m_pending->deleteLater();
    Q_EMIT canceled();
}

} // namespace Passdesk
