#include "simserver.h"

#include "devicefilter.h"
#include "devicejson.h"
#include "latencyrelay.h"
#include "simidentity.h"
#include "simrandom.h"
#include "tenantgenerator.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>
#include <QUuid>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <cstdio>
#include <utility>

namespace Passdesk::Sim {

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

const QString resetPasscodeAction = QStringLiteral("resetPasscode");
const QString remoteLockAction = QStringLiteral("remoteLock");
const QString syncDeviceAction = QStringLiteral("syncDevice");
const QString rotateLapsAction = QStringLiteral("rotateLocalAdminPassword");
const QString rotateBitLockerAction = QStringLiteral("rotateBitLockerKeys");
const QString rotateFileVaultAction = QStringLiteral("rotateFileVaultKey");
const QString managedDeviceType = QStringLiteral("microsoft.graph.managedDevice");

// Nonzero errorCode values reported by actions that did not complete. Only
// "nonzero" is part of the contract; the values mimic Intune HRESULTs.
constexpr int failedErrorCode = int(0x87D1FDE8u - 0x100000000ull);
constexpr int notSupportedErrorCode = int(0x87D13B9Cu - 0x100000000ull);

QByteArray httpDate(const QDateTime &dateTime)
{
    // IMF-fixdate (RFC 7231): English names whatever the locale.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[d.dayOfWeek() - 1], d.day(),
        months[d.month() - 1], d.year(), t.hour(), t.minute(), t.second());
    return QByteArray(buffer);
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
#endif
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

// The headers, plus Content-Type only when there is a body.
void setHeaders(QHttpServerResponse &response, bool hasBody, const HeaderList &headers)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders h = response.headers();
    if (!hasBody)
        h.removeAll(QHttpHeaders::WellKnownHeader::ContentType);
    for (const auto &header : headers)
        h.append(header.first, header.second);
    response.setHeaders(std::move(h));
#else
    if (!hasBody)
        response.clearHeader(QByteArrayLiteral("Content-Type"));
    for (const auto &header : headers)
        response.addHeader(header.first, header.second);
#endif
}

// Graph's challenge, which names the authority and Graph's own client id.
const QByteArray graphChallenge = QByteArrayLiteral(
    "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
    "client_id=\"00000003-0000-0000-c000-000000000000\"");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int osMajor(const SimDevice &d)
{
    return d.osVersion.section(QLatin1Char('.'), 0, 0).toInt();
}

int osBuild(const SimDevice &d)
{
    return d.osVersion.section(QLatin1Char('.'), 2, 2).toInt();
}

bool isWindows10Mobile(DeviceKind k)
{
    return k == DeviceKind::Windows10Mobile || k == DeviceKind::Windows10MobileNoPinRecovery
        || k == DeviceKind::Windows10MobileLegacy;
}

bool isAndroidWorkProfile(DeviceKind k)
{
    return k == DeviceKind::AndroidWorkProfile || k == DeviceKind::AndroidWorkProfileNoToken;
}

// The simulator's own support table, written from Intune's documented
// platform rules (independent of the client's): the phrase Intune answers
// with, or empty when the action is accepted.
QString unsupportedPhrase(const SimDevice &d, const QString &action)
{
    const DeviceKind k = d.kind;
    if (action == resetPasscodeAction) {
        bool supported = true;
        switch (k) {
        case DeviceKind::AndroidAdminLegacy:
        case DeviceKind::AndroidAdmin:
            // Device administrator reset stopped at Android 7.0.
            supported = osMajor(d) < 7;
            break;
        case DeviceKind::Windows10Mobile:
        case DeviceKind::Windows10MobileNoPinRecovery:
        case DeviceKind::Windows10MobileLegacy:
            // Needs the Creators Update (build 15063) and Azure AD join.
            supported = osBuild(d) >= 15063 && d.joinType == QLatin1String("azureADJoined");
            break;
        case DeviceKind::WindowsPhone80:
        case DeviceKind::WindowsRt:
        case DeviceKind::WindowsRtOtherUser:
        case DeviceKind::Windows81Pc:
        case DeviceKind::WindowsPc:
        case DeviceKind::IntuneClientPc:
        case DeviceKind::MacOs:
        case DeviceKind::EasOnly:
            supported = false;
            break;
        default:
            break;
        }
        return supported ? QString() : QStringLiteral("ResetPasscodeNotSupportedForPlatform");
    }
    if (action == remoteLockAction) {
        const bool supported = !(k == DeviceKind::WindowsPc || k == DeviceKind::IntuneClientPc
            || k == DeviceKind::EasOnly || isAndroidWorkProfile(k));
        return supported ? QString() : QStringLiteral("RemoteLockNotSupportedForPlatform");
    }
    if (action == syncDeviceAction) {
        // Android, iOS/iPadOS, macOS and Windows 10 and later.
        const bool supported = !(k == DeviceKind::WindowsPhone81 || k == DeviceKind::WindowsPhone80
            || k == DeviceKind::WindowsRt || k == DeviceKind::WindowsRtOtherUser || k == DeviceKind::Windows81Pc
            || k == DeviceKind::IntuneClientPc || k == DeviceKind::EasOnly);
        return supported ? QString() : QStringLiteral("SyncDeviceNotSupportedForPlatform");
    }
    if (action == rotateLapsAction || action == rotateBitLockerAction) {
        // Windows 10 and later, joined to Entra ID, where the secrets are backed up.
        const bool supported = k == DeviceKind::WindowsPc && !d.azureADDeviceId.isEmpty()
            && d.azureADDeviceId != QLatin1String("00000000-0000-0000-0000-000000000000");
        return supported ? QString() : QStringLiteral("ActionNotSupportedForPlatform");
    }
    if (action == rotateFileVaultAction) {
        const bool supported = k == DeviceKind::MacOs && d.managedDeviceOwnerType == QLatin1String("company");
        return supported ? QString() : QStringLiteral("FileVaultKeyNotEscrowed");
    }
    return QStringLiteral("ActionNotSupported");
}

// How many times the device has made a new secret by this action, by now: a
// rotation is made when the device checks in.
int rotationsOf(const SimDevice &d, const QString &action, const QDateTime &now)
{
    int n = d.rotations.value(action);
    for (const SimActionResult &a : d.actionResults) {
        if (a.actionName == action && a.finalState == QLatin1String("done")
            && a.startDateTime.addMSecs(a.checkInDelayMs) <= now)
            ++n;
    }
    return n;
}

enum class PasscodeShape { None, Alphanumeric, Numeric };

PasscodeShape passcodeShape(DeviceKind k)
{
    switch (k) {
    case DeviceKind::IPhone:
    case DeviceKind::IPad:
        return PasscodeShape::None; // the passcode is removed, none is issued
    case DeviceKind::WindowsPhone81:
        return PasscodeShape::Numeric;
    default:
        return PasscodeShape::Alphanumeric;
    }
}

// Groups of four letters and digits from a device's id ("7KQF-2M9X-…").
QString groupedCode(const QString &seedText, int groups)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray digest = QCryptographicHash::hash(seedText.toUtf8(), QCryptographicHash::Sha256);
    QString code;
    for (int i = 0; i < groups * 4; ++i) {
        if (i > 0 && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[quint8(digest[i % digest.size()]) % 32]);
    }
    return code;
}

// A BitLocker recovery password: eight groups of six digits, each a multiple of 11, as BitLocker writes them.
QString bitlockerPassword(const QString &keyId)
{
    const QByteArray digest = QCryptographicHash::hash(keyId.toUtf8(), QCryptographicHash::Sha256);
    QStringList groups;
    for (int i = 0; i < 8; ++i) {
        const quint32 n = (quint8(digest[2 * i]) << 8 | quint8(digest[2 * i + 1])) % 65536;
        groups << QStringLiteral("%1").arg(n * 11, 6, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char('-'));
}

// Two volumes per Windows PC: the OS volume and a fixed data volume.
QStringList bitlockerKeyIds(const QString &entraId, int rotations)
{
    QStringList ids;
    const QString generation = rotations == 0 ? QString() : QStringLiteral("/rotation/%1").arg(rotations);
    for (const char *volume : {"os", "data"}) {
        const QByteArray d = QCryptographicHash::hash(
            (entraId + QLatin1String(volume) + generation).toUtf8(), QCryptographicHash::Md5);
        ids << QUuid::fromRfc4122(d).toString(QUuid::WithoutBraces);
    }
    return ids;
}

} // namespace

struct SimServer::Request
{
    explicit Request(const QHttpServerRequest &request)
        : http(request)
    { }

    const QHttpServerRequest &http;
    QString method;
    QString version; // "beta" or "v1.0"
    QStringList segments;
    QList<QPair<QString, QString>> query; // fully decoded
    QByteArray requestId;
    QByteArray clientRequestId;
    QDateTime now;

    enum class Route {
        NotFound,
        Collection,
        Entity,
        Action,
        RemoteActionAudits,
        AuditEvents,
        ServicePrincipals,
        DeviceConfigurations,
        DeviceLocalCredentials,
        FileVaultKey,
        BitLockerKeys
    };
    Route route = Route::NotFound;
    QString notFoundSegment;
    QString deviceId;
    QString action;

    // Set when the bearer token was issued by the identity endpoints.
    bool issuedToken = false;
    QStringList scopes;
    QDateTime authTime;
};

// Paging state carried by the opaque $skiptoken: the device index the next
// page starts scanning from, and the options of the first request.
struct SimServer::ListQuery
{
    int start = 0;
    int top = 0;
    QString select;
    QString filter;
};

SimServer::SimServer(QObject *parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
    , m_identity(std::make_unique<SimIdentity>())
{
    // One catch-all rule, for every method: the simulator routes by itself so
    // that unknown segments, wrong methods and throttling share one code path
    // and produce Graph-shaped errors rather than QHttpServer's defaults.
    m_http->route(
        QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &request) { return handle(request); });
}

SimServer::~SimServer() = default;

void SimServer::setDevices(std::vector<SimDevice> devices)
{
    m_devices = std::move(devices);
    m_listJson.clear();
    for (SimDevice &d : m_devices) {
        // Supervised iPhones and iPads have an Activation Lock bypass code (derived, not drawn: the seed stays).
        if ((d.kind == DeviceKind::IPhone || d.kind == DeviceKind::IPad) && d.isSupervised)
            d.activationLockBypassCode = groupedCode(d.id + QLatin1String("/bypass"), 6);
    }
    m_indexById.clear();
    m_indexById.reserve(qsizetype(m_devices.size()));
    for (std::size_t i = 0; i < m_devices.size(); ++i)
        m_indexById.insert(m_devices[i].id.toLower(), int(i));
}

void SimServer::generate(quint64 seed, int count)
{
    m_seed = seed;
    setDevices(TenantGenerator::generate(seed, count, m_clock.now()));
}

const std::vector<SimDevice> &SimServer::devices() const
{
    return m_devices;
}

quint16 SimServer::listen(quint16 port)
{
    // Bound through our own QTcpServer: QAbstractHttpServer::listen() is gone
    // in Qt 6.8, bind() exists in every version.
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        delete tcp;
        return 0;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!m_http->bind(tcp)) {
        delete tcp;
        return 0;
    }
#else
    m_http->bind(tcp);
#endif
    quint16 bound = tcp->serverPort();
    if (m_latencyMs > 0) {
        // Clients talk to the relay; links the server writes name it too.
        auto *relay = new LatencyRelay(bound, m_latencyMs, m_http);
        bound = relay->listen();
        if (bound == 0)
            return 0;
    }
    if (m_port == 0)
        m_port = bound;
    return bound;
}

quint16 SimServer::port() const
{
    return m_port;
}

QUrl SimServer::baseUrl(const QString &version) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + version);
    return url;
}

void SimServer::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

int SimServer::pageSize() const
{
    return m_pageSize;
}

void SimServer::setCheckInDelay(qint64 msecs)
{
    m_checkInDelay = qMax<qint64>(0, msecs);
}

qint64 SimServer::checkInDelay() const
{
    return m_checkInDelay;
}

void SimServer::setOperatorCanReadAuditLog(bool canRead)
{
    m_operatorCanReadAudit = canRead;
}

void SimServer::setAuditFilterSupported(bool supported)
{
    m_auditFilterSupported = supported;
}

void SimServer::setAcceptedTokenUser(const QString &upn)
{
    m_acceptedTokenUser = upn;
}

void SimServer::recordAudit(const SimDevice &d, const QString &action, const QString &upn, const QString &application,
    const QDateTime &requested, qint64 checkInDelayMs, const QString &finalState, const QString &bulkId)
{
    SimAudit a;
    a.id = newGuid();
    a.deviceId = d.id;
    a.deviceName = d.deviceName;
    a.deviceOwnerUpn = d.userPrincipalName;
    a.deviceImei = d.imei;
    a.action = action;
    a.initiatorUpn = upn;
    a.applicationName = application;
    a.requested = requested;
    a.checkInDelayMs = checkInDelayMs;
    a.finalState = finalState;
    a.bulkId = bulkId;
    m_audits.push_back(a);
}

void SimServer::addColleagueAction(const QString &deviceId, const QString &action, const QString &upn, qint64 msecsAgo,
    qint64 checkInAfterMs, const QString &finalState, const QString &bulkId)
{
    const int index = findDevice(deviceId);
    if (index < 0)
        return;
    SimDevice &d = m_devices[std::size_t(index)];
    const QDateTime sent = m_clock.now().addMSecs(-msecsAgo);
    SimActionResult a;
    a.actionName = action;
    a.startDateTime = sent;
    a.checkInDelayMs = checkInAfterMs;
    a.finalState = finalState;
    a.hasPasscodeField
        = !(action == resetPasscodeAction && (d.kind == DeviceKind::IPhone || d.kind == DeviceKind::IPad));
    // The device keeps the latest result of each action.
    bool kept = false;
    for (SimActionResult &existing : d.actionResults) {
        if (existing.actionName == action) {
            if (existing.startDateTime < sent)
                existing = a;
            kept = true;
        }
    }
    if (!kept)
        d.actionResults.push_back(a);
    recordAudit(
        d, action, upn, QStringLiteral("Microsoft Intune portal extension"), sent, checkInAfterMs, finalState, bulkId);
}

void SimServer::seedColleagueHistory()
{
    // Deterministic: the same devices and colleagues on every run.
    const qint64 minute = 60 * 1000;
    const qint64 day = 24 * 60 * minute;
    const QString jordan = QStringLiteral("jordan.lee@contoso.com");
    const QString sofia = QStringLiteral("sofia.ricci@contoso.com");
    const QString camille = QStringLiteral("camille.durand@contoso.com");
    const QString bulk = QStringLiteral("5f0c7e2a-8d41-4b6e-9a3c-2e7d1b9f4c60");
    for (std::size_t i = 0; i < m_devices.size(); ++i) {
        const SimDevice &d = m_devices[i];
        const QString reset = unsupportedPhrase(d, resetPasscodeAction).isEmpty() ? resetPasscodeAction : QString();
        const QString lock = unsupportedPhrase(d, remoteLockAction).isEmpty() ? remoteLockAction : QString();
        const QString sync = unsupportedPhrase(d, syncDeviceAction).isEmpty() ? syncDeviceAction : QString();
        switch (i % 5) {
        case 0:
            if (!sync.isEmpty())
                addColleagueAction(d.id, sync, camille, 3 * day + 2 * 3600 * 1000, 4 * minute);
            if (!lock.isEmpty())
                addColleagueAction(d.id, lock, jordan, 2 * day, 9 * minute);
            break;
        case 2:
            if (!reset.isEmpty())
                addColleagueAction(d.id, reset, sofia, 26 * 3600 * 1000, 6 * minute);
            if (!sync.isEmpty())
                addColleagueAction(d.id, sync, jordan, 5 * day, 2 * minute, QStringLiteral("done"), bulk);
            break;
        default:
            break;
        }
    }
    // One passcode reset a colleague sent twelve minutes ago to a device that
    // has not checked in since: the console warns before a second one.
    const auto kind = std::size_t(DeviceKind::AndroidCorporateWorkProfile);
    if (kind < m_devices.size())
        addColleagueAction(m_devices[kind].id, resetPasscodeAction, jordan, 12 * minute, 8 * 60 * minute);
}

void SimServer::setPinResetOnboarded(bool onboarded)
{
    m_pinResetOnboarded = onboarded;
}

void SimServer::setPinRecoveryPolicy(bool present)
{
    m_pinRecoveryPolicy = present;
}

void SimServer::setOperatorEntraRole(const QString &role)
{
    m_entraRole = role;
}

namespace {

// A device's LAPS passwords: deterministic from its Entra id, some with
// characters outside ASCII (UTF-16LE on the wire tells them apart).
QStringList lapsPasswordsFor(const QString &entraId, int rotations)
{
    static const QStringList pool{QStringLiteral("Ölçü-7€Zq#ß2vR"), QStringLiteral("k7#Vx!2mPq9@Lw"),
        QStringLiteral("Ü9x€-Tåp£4r!Hn"), QStringLiteral("r2D@8s&Kf+5qZe"), QStringLiteral("Çà9é{Mw7}y1!Qo")};
    // Not qHash: its seed changes from run to run.
    const QByteArray digest = QCryptographicHash::hash(entraId.toLower().toUtf8(), QCryptographicHash::Sha256);
    const uint h = quint8(digest[0]) | quint8(digest[1]) << 8 | quint8(digest[2]) << 16;
    QStringList passwords;
    // Each rotation puts a new password in front; Entra ID keeps the current and two older ones.
    static const QString alphabet
        = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*+-=?");
    for (int g = rotations; g > 0 && passwords.size() < 3; --g) {
        const QByteArray bytes = QCryptographicHash::hash(
            (entraId.toLower() + QStringLiteral("/laps/%1").arg(g)).toUtf8(), QCryptographicHash::Sha256);
        QString password;
        for (int i = 0; i < 14; ++i)
            password += alphabet.at(quint8(bytes[i]) % alphabet.size());
        passwords << password;
    }
    for (const QString &p :
        {pool.at(h % pool.size()), pool.at((h / 7 + 1) % pool.size()), pool.at((h / 49 + 2) % pool.size())}) {
        if (passwords.size() < 3)
            passwords << p;
    }
    return passwords;
}

QString utf16leBase64(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return QString::fromLatin1(bytes.toBase64());
}

bool hasLaps(const SimDevice &d)
{
    return (d.kind == DeviceKind::WindowsPc || d.kind == DeviceKind::Windows81Pc) && !d.azureADDeviceId.isEmpty()
        && d.azureADDeviceId != QLatin1String("00000000-0000-0000-0000-000000000000");
}

} // namespace

int SimServer::rotationsByEntraId(const QString &entraDeviceId, const QString &action) const
{
    for (const SimDevice &d : m_devices) {
        if (d.azureADDeviceId.compare(entraDeviceId, Qt::CaseInsensitive) == 0)
            return rotationsOf(d, action, m_clock.now());
    }
    return 0;
}

QList<QPair<QString, QString>> SimServer::bitlockerKeys(const QString &entraDeviceId) const
{
    QList<QPair<QString, QString>> keys;
    for (const QString &id :
        bitlockerKeyIds(entraDeviceId.toLower(), rotationsByEntraId(entraDeviceId, rotateBitLockerAction)))
        keys.append({id, bitlockerPassword(id)});
    return keys;
}

QString SimServer::fileVaultKey(const QString &deviceId) const
{
    const int index = findDevice(deviceId);
    if (index < 0)
        return {};
    const SimDevice &d = m_devices[std::size_t(index)];
    if (d.kind != DeviceKind::MacOs || d.managedDeviceOwnerType != QLatin1String("company"))
        return {};
    const int rotations = rotationsOf(d, rotateFileVaultAction, m_clock.now());
    return groupedCode(
        d.id + QLatin1String("/filevault") + (rotations == 0 ? QString() : QStringLiteral("/%1").arg(rotations)), 6);
}

QStringList SimServer::lapsPasswords(const QString &entraDeviceId) const
{
    return lapsPasswordsFor(entraDeviceId, rotationsByEntraId(entraDeviceId, rotateLapsAction));
}

void SimServer::setServicePrincipalFilterIgnored(bool ignored)
{
    m_spFilterIgnored = ignored;
}

void SimServer::setSyncCheckInDelay(qint64 msecs)
{
    m_syncCheckInDelay = qMax<qint64>(0, msecs);
}

SimClock &SimServer::clock()
{
    return m_clock;
}

const SimClock &SimServer::clock() const
{
    return m_clock;
}

void SimServer::addAcceptedToken(const QByteArray &token)
{
    m_tokens.insert(token);
}

void SimServer::injectThrottling(int status, int count, const QByteArray &retryAfter)
{
    m_throttleStatus = status;
    m_throttleRemaining = qMax(0, count);
    m_throttleRetryAfter = retryAfter;
}

int SimServer::pendingThrottledRequests() const
{
    return m_throttleRemaining;
}

int SimServer::actionPostCount(const QString &deviceId, const QString &action) const
{
    return m_postCounts.value(deviceId.toLower() + QLatin1Char('/') + action);
}

int SimServer::actionExecutedCount(const QString &deviceId, const QString &action) const
{
    return m_executedCounts.value(deviceId.toLower() + QLatin1Char('/') + action);
}

int SimServer::requestCount() const
{
    return m_requestCount;
}

QUrl SimServer::lastRequestUrl() const
{
    return m_lastRequestUrl;
}

QString SimServer::lastIssuedPasscode(const QString &deviceId) const
{
    return m_lastPasscode.value(deviceId.toLower());
}

QString SimServer::lastUnlockPin(const QString &deviceId) const
{
    return m_lastUnlockPin.value(deviceId.toLower());
}

void SimServer::setSignedInUser(const QString &displayName, const QString &upn)
{
    m_identity->setSignedInUser(displayName, upn);
}

void SimServer::setAccessTokenLifetime(int secs)
{
    m_identity->setAccessTokenLifetime(secs);
}

void SimServer::expireAllAccessTokens()
{
    m_identity->expireAllAccessTokens();
}

void SimServer::revokeRefreshTokens()
{
    m_identity->revokeRefreshTokens();
}

int SimServer::tokenRequestCount(const QString &grantType) const
{
    return m_identity->tokenRequestCount(grantType);
}

QUrlQuery SimServer::lastAuthorizeQuery() const
{
    return m_identity->lastAuthorizeQuery();
}

void SimServer::setAuthorizeDeclines(bool declines)
{
    m_identity->setAuthorizeDeclines(declines);
}

void SimServer::setDeviceCodeInterval(int secs)
{
    m_identity->setDeviceCodeInterval(secs);
}

void SimServer::setDeviceCodeLifetime(int secs)
{
    m_identity->setDeviceCodeLifetime(secs);
}

void SimServer::setDeviceCodeApprovalDelay(qint64 msecs)
{
    m_identity->setDeviceCodeApprovalDelay(msecs);
}

void SimServer::declineNextDeviceCode()
{
    m_identity->declineNextDeviceCode();
}

void SimServer::setGrantableScopes(const QStringList &scopes)
{
    m_identity->setGrantableScopes(scopes);
}

void SimServer::setAdminConsent(bool on)
{
    m_identity->setAdminConsent(on);
}

void SimServer::setOperatorHasIntuneRole(bool hasRole)
{
    m_operatorHasIntuneRole = hasRole;
}

void SimServer::setRequireRecentSignIn(qint64 maxAgeSecs)
{
    m_requireRecentSignIn = qMax<qint64>(0, maxAgeSecs);
}

QDateTime SimServer::authTimeOf(const QByteArray &accessToken) const
{
    return m_identity->authTimeOf(accessToken);
}

QStringList SimServer::scopesOf(const QByteArray &accessToken) const
{
    return m_identity->scopesOf(accessToken);
}

bool SimServer::isIssuedAccessToken(const QByteArray &accessToken) const
{
    return m_identity->isIssuedAccessToken(accessToken);
}

int SimServer::findDevice(const QString &id) const
{
    return m_indexById.value(id.toLower(), -1);
}

QString SimServer::nextSecret(int length, bool digitsOnly)
{
    // Seeded, but mixed with a counter so successive actions differ.
    SimRandom rng(m_seed ^ (0xa0761d6478bd642fULL * ++m_secretCounter));
    return digitsOnly ? rng.digits(length) : rng.alnum(length);
}

QHttpServerResponse SimServer::handle(const QHttpServerRequest &request)
{
    QString identityEndpoint, tenant;
    if (SimIdentity::isIdentityPath(
            request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts), &identityEndpoint, &tenant)) {
        return handleIdentity(request, identityEndpoint, tenant);
    }

    ++m_requestCount;
    m_lastRequestUrl = request.url();

    Request r(request);
    r.method = methodName(request.method());
    r.now = m_clock.now();
    r.requestId = newGuid().toLatin1();
    r.clientRequestId = headerValue(request, QByteArrayLiteral("client-request-id"));
    if (r.clientRequestId.isEmpty())
        r.clientRequestId = newGuid().toLatin1();
    // Form-style '+' means a space, as on Graph; a literal plus arrives as %2B.
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    r.query = QUrlQuery(rawQuery).queryItems(QUrl::FullyDecoded);

    // Route first (no side effects) so that action POSTs are counted even
    // when they end up throttled or unauthorized.
    r.segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList &s = r.segments;
    auto notFound = [&r](const QString &segment) {
        r.route = Request::Route::NotFound;
        r.notFoundSegment = segment;
    };
    if (s.isEmpty()) {
        notFound(QStringLiteral("/"));
    } else if (s[0].compare(QLatin1String("beta"), Qt::CaseInsensitive) != 0
        && s[0].compare(QLatin1String("v1.0"), Qt::CaseInsensitive) != 0) {
        notFound(s[0]);
    } else if (s.size() == 4 && s[1].compare(QLatin1String("directory"), Qt::CaseInsensitive) == 0
        && s[2].compare(QLatin1String("deviceLocalCredentials"), Qt::CaseInsensitive) == 0) {
        r.version = s[0].toLower();
        r.route = Request::Route::DeviceLocalCredentials;
        r.deviceId = s[3]; // the Entra device id
    } else if ((s.size() == 4 || s.size() == 5)
        && s[1].compare(QLatin1String("informationProtection"), Qt::CaseInsensitive) == 0
        && s[2].compare(QLatin1String("bitlocker"), Qt::CaseInsensitive) == 0
        && s[3].compare(QLatin1String("recoveryKeys"), Qt::CaseInsensitive) == 0) {
        r.version = s[0].toLower();
        r.route = Request::Route::BitLockerKeys;
        r.deviceId = s.value(4); // a key id, or empty for the list
    } else if (s.size() == 2 && s[1].compare(QLatin1String("servicePrincipals"), Qt::CaseInsensitive) == 0) {
        r.version = s[0].toLower();
        r.route = Request::Route::ServicePrincipals;
    } else if (s.size() < 2 || s[1].compare(QLatin1String("deviceManagement"), Qt::CaseInsensitive) != 0) {
        notFound(s.size() < 2 ? s[0] : s[1]);
    } else if (s.size() < 3) {
        notFound(s[1]);
    } else {
        r.version = s[0].toLower();
        int next = 3;
        const QString &collection = s[2];
        static const QLatin1String keyed("managedDevices(");
        if (s.size() == 3 && collection.compare(QLatin1String("remoteActionAudits"), Qt::CaseInsensitive) == 0) {
            r.route = Request::Route::RemoteActionAudits;
        } else if (s.size() == 3 && collection.compare(QLatin1String("auditEvents"), Qt::CaseInsensitive) == 0) {
            r.route = Request::Route::AuditEvents;
        } else if (s.size() == 3
            && collection.compare(QLatin1String("deviceConfigurations"), Qt::CaseInsensitive) == 0) {
            r.route = Request::Route::DeviceConfigurations;
        } else if (collection.compare(QLatin1String("managedDevices"), Qt::CaseInsensitive) == 0) {
            if (s.size() > 3) {
                r.deviceId = s[3];
                next = 4;
            }
        } else if (collection.startsWith(keyed, Qt::CaseInsensitive) && collection.endsWith(QLatin1Char(')'))) {
            // OData key syntax: managedDevices('id')
            QString key = collection.mid(keyed.size(), collection.size() - keyed.size() - 1);
            if (key.size() >= 2 && key.startsWith(QLatin1Char('\'')) && key.endsWith(QLatin1Char('\'')))
                key = key.mid(1, key.size() - 2);
            r.deviceId = key;
        } else {
            notFound(collection);
        }
        if (r.route == Request::Route::RemoteActionAudits || r.route == Request::Route::AuditEvents
            || r.route == Request::Route::DeviceConfigurations) {
            // the collection itself
        } else if (r.notFoundSegment.isEmpty()) {
            if (r.deviceId.isEmpty() && next == 3
                && collection.compare(QLatin1String("managedDevices"), Qt::CaseInsensitive) == 0) {
                r.route = Request::Route::Collection;
            } else if (s.size() == next) {
                r.route = Request::Route::Entity;
            } else if (s.size() == next + 1) {
                QString action = s[next];
                if (action.startsWith(QLatin1String("microsoft.graph."), Qt::CaseInsensitive))
                    action = action.mid(16);
                if (action.compare(resetPasscodeAction, Qt::CaseInsensitive) == 0)
                    r.action = resetPasscodeAction;
                else if (action.compare(remoteLockAction, Qt::CaseInsensitive) == 0)
                    r.action = remoteLockAction;
                else if (action.compare(syncDeviceAction, Qt::CaseInsensitive) == 0)
                    r.action = syncDeviceAction;
                for (const QString &rotation : {rotateLapsAction, rotateBitLockerAction, rotateFileVaultAction}) {
                    if (action.compare(rotation, Qt::CaseInsensitive) == 0)
                        r.action = rotation;
                }
                if (action.compare(QLatin1String("getFileVaultKey"), Qt::CaseInsensitive) == 0)
                    r.route = Request::Route::FileVaultKey; // a function: GET
                else if (r.action.isEmpty())
                    notFound(s[next]);
                else
                    r.route = Request::Route::Action;
            } else {
                notFound(s[next + 1]);
            }
        }
    }

    if (r.route == Request::Route::Action && r.method == QLatin1String("POST"))
        ++m_postCounts[r.deviceId.toLower() + QLatin1Char('/') + r.action];

    if (m_throttleRemaining > 0) {
        --m_throttleRemaining;
        HeaderList extra;
        if (!m_throttleRetryAfter.isEmpty())
            extra.append({QByteArrayLiteral("Retry-After"), m_throttleRetryAfter});
        if (m_throttleStatus == 429)
            return error(r, 429, QStringLiteral("TooManyRequests"), QStringLiteral("Too many requests."), extra);
        if (m_throttleStatus == 503)
            return error(r, 503, QStringLiteral("ServiceUnavailable"),
                QStringLiteral("The service is temporarily unavailable."), extra);
        return error(r, m_throttleStatus, QStringLiteral("UnknownError"), QStringLiteral("Injected failure."), extra);
    }

    const QByteArray authorization = headerValue(request, QByteArrayLiteral("Authorization")).trimmed();
    const int space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    const bool bearer = scheme.compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) == 0;
    const bool accepted = bearer && m_tokens.contains(token);
    SimIdentity::Grant grant;
    if (bearer && !accepted && !token.isEmpty())
        grant = m_identity->inspect(token, r.now);
    if (!accepted && grant.state == SimIdentity::TokenState::Unknown) {
        const HeaderList extra{{QByteArrayLiteral("WWW-Authenticate"), graphChallenge}};
        const QString message = (bearer && !token.isEmpty()) ? QStringLiteral("Access token validation failure.")
                                                             : QStringLiteral("Access token is empty.");
        return error(r, 401, QStringLiteral("InvalidAuthenticationToken"), message, extra);
    }
    if (!accepted && grant.state == SimIdentity::TokenState::Expired) {
        const HeaderList extra{{QByteArrayLiteral("WWW-Authenticate"),
            graphChallenge
                + QByteArrayLiteral(", error=\"invalid_token\", error_description=\"The access token has expired\"")}};
        return error(r, 401, QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("Lifetime validation failed, the token is expired."), extra);
    }
    if (!accepted) {
        r.issuedToken = true;
        r.scopes = grant.scopes;
        r.authTime = grant.authTime;
    }

    return dispatch(r);
}

QHttpServerResponse SimServer::handleIdentity(
    const QHttpServerRequest &request, const QString &endpoint, const QString &tenant)
{
    SimIdentity::Request q;
    q.method = methodName(request.method());
    q.endpoint = endpoint;
    q.tenant = tenant;
    QString rawQuery = request.url().query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    q.query = QUrlQuery(rawQuery);
    q.contentType = headerValue(request, QByteArrayLiteral("Content-Type"));
    q.body = request.body();
    q.now = m_clock.now();
    q.origin = baseUrl().adjusted(QUrl::RemovePath);
    q.requestId = newGuid().toLatin1();
    const QByteArray clientRequestId = headerValue(request, QByteArrayLiteral("client-request-id"));
    q.correlationId = clientRequestId.isEmpty() ? newGuid().toLatin1() : clientRequestId;

    const SimIdentity::Response answer = m_identity->handle(q);
    const auto code = static_cast<QHttpServerResponse::StatusCode>(answer.status);
    QHttpServerResponse response = answer.body.isEmpty() ? QHttpServerResponse(code)
                                                         : QHttpServerResponse(answer.contentType, answer.body, code);
    HeaderList headers{{QByteArrayLiteral("Date"), httpDate(q.now)},
        {QByteArrayLiteral("x-ms-request-id"), q.requestId},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store, no-cache")},
        {QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache")}};
    if (!clientRequestId.isEmpty())
        headers.append({QByteArrayLiteral("client-request-id"), clientRequestId});
    headers += answer.headers;
    setHeaders(response, !answer.body.isEmpty(), headers);
    return response;
}

// Rules that apply to tokens from the identity endpoints only, in the order
// the service applies them: the recent sign-in challenge (Graph), the token's
// scopes, then the operator's Intune role.
std::optional<QHttpServerResponse> SimServer::checkIssuedToken(const Request &r) const
{
    const bool action = r.route == Request::Route::Action;
    if (action && r.action == resetPasscodeAction && m_requireRecentSignIn > 0
        && (!r.authTime.isValid() || r.authTime.secsTo(r.now) > m_requireRecentSignIn)) {
        const QJsonObject claims{{QStringLiteral("access_token"),
            QJsonObject{{QStringLiteral("max_age"),
                QJsonObject{{QStringLiteral("essential"), true},
                    {QStringLiteral("value"), QString::number(m_requireRecentSignIn)}}}}}};
        const HeaderList extra{{QByteArrayLiteral("WWW-Authenticate"),
            graphChallenge + QByteArrayLiteral(", error=\"insufficient_claims\", claims=\"")
                + compact(claims).toBase64() + '"'}};
        return error(r, 401, QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("Continuous access evaluation resulted in claims challenge with result: InteractionRequired "
                           "and code: RecentSignInRequired"),
            extra);
    }

    const bool events = r.route == Request::Route::AuditEvents;
    const QStringList needed = action                   ? QStringList{SimIdentity::privilegedScope()}
        : events                                        ? QStringList{SimIdentity::auditReadScope()}
        : r.route == Request::Route::RemoteActionAudits ? QStringList{SimIdentity::readScope()}
        : r.route == Request::Route::ServicePrincipals
        ? QStringList{SimIdentity::applicationReadScope(), QStringLiteral("Directory.Read.All")}
        : r.route == Request::Route::DeviceConfigurations ? QStringList{SimIdentity::configurationReadScope()}
        : r.route == Request::Route::DeviceLocalCredentials
        ? QStringList{SimIdentity::lapsReadScope(), SimIdentity::lapsReadBasicScope()}
        : r.route == Request::Route::FileVaultKey ? QStringList{SimIdentity::privilegedScope()}
        : r.route == Request::Route::BitLockerKeys
        ? QStringList{QStringLiteral("BitlockerKey.Read.All"), QStringLiteral("BitlockerKey.ReadBasic.All")}
        : QStringList{SimIdentity::readScope(), SimIdentity::privilegedScope()};
    bool allowed = false;
    for (const QString &scope : needed)
        allowed = allowed || r.scopes.contains(scope);
    if (!allowed) {
        return intuneError(r, 403, QStringLiteral("Forbidden"), r.deviceId, r.action, QString(),
            QStringLiteral("Application is not authorized to perform this operation. Application must have one of "
                           "the following scopes: %1")
                .arg(needed.join(QStringLiteral(", "))));
    }
    if (events && !m_operatorCanReadAudit) {
        return intuneError(r, 403, QStringLiteral("Forbidden"), QString(), QString(), QStringLiteral("NoPermission"),
            QStringLiteral("Forbidden: the signed-in user's Intune role does not include Audit data: Read"));
    }
    if (r.route == Request::Route::DeviceLocalCredentials || r.route == Request::Route::BitLockerKeys)
        return std::nullopt; // an Entra role decides, not an Intune one
    if (!m_operatorHasIntuneRole) {
        return intuneError(r, 403, QStringLiteral("Forbidden"), r.deviceId, r.action, QStringLiteral("NoPermission"),
            QStringLiteral("Forbidden: the signed-in user has no Intune role that allows this operation (for example "
                           "Help Desk Operator)"));
    }
    return std::nullopt;
}

QHttpServerResponse SimServer::dispatch(Request &r)
{
    using Route = Request::Route;
    if (r.route == Route::NotFound) {
        return error(r, 404, QStringLiteral("ResourceNotFound"),
            QStringLiteral("Resource not found for the segment '%1'.").arg(r.notFoundSegment));
    }

    const QString allowed = r.route == Route::Action ? QStringLiteral("POST") : QStringLiteral("GET");
    if (r.method != allowed) {
        return error(r, 405, QStringLiteral("BadRequest"),
            QStringLiteral("The HTTP method '%1' is not allowed for this resource; use %2.").arg(r.method, allowed),
            {{QByteArrayLiteral("Allow"), allowed.toLatin1()}});
    }
    if (r.issuedToken) {
        if (auto denied = checkIssuedToken(r))
            return std::move(*denied);
    }

    // System query options each resource accepts; anything else is refused
    // the way Graph refuses $orderby, $expand, $count or $search here.
    QStringList accepted;
    if (r.route == Route::RemoteActionAudits || r.route == Route::AuditEvents)
        accepted = {QStringLiteral("$filter"), QStringLiteral("$top"), QStringLiteral("$skiptoken")};
    else if (r.route == Route::ServicePrincipals)
        accepted = {QStringLiteral("$filter"), QStringLiteral("$select")};
    else if (r.route == Route::DeviceConfigurations || r.route == Route::DeviceLocalCredentials)
        accepted = {QStringLiteral("$select")};
    else if (r.route == Route::BitLockerKeys)
        accepted = {QStringLiteral("$select"), QStringLiteral("$filter")};
    else if (r.route == Route::Collection)
        accepted = {
            QStringLiteral("$select"), QStringLiteral("$filter"), QStringLiteral("$top"), QStringLiteral("$skiptoken")};
    else if (r.route == Route::Entity)
        accepted = {QStringLiteral("$select")};
    QStringList seen;
    for (const auto &item : std::as_const(r.query)) {
        const QString key = item.first.toLower();
        if (!key.startsWith(QLatin1Char('$')))
            continue;
        if (!accepted.contains(key)) {
            return error(r, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Query option '%1' is not allowed. Make sure that it is supported for this request.")
                    .arg(item.first));
        }
        if (seen.contains(key)) {
            return error(r, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Query option '%1' was specified more than once, but it must be specified at most once.")
                    .arg(item.first));
        }
        seen.append(key);
    }

    if (r.route == Route::Collection)
        return listDevices(r);
    if (r.route == Route::RemoteActionAudits || r.route == Route::AuditEvents)
        return listAudits(r, r.route == Route::AuditEvents);
    if (r.route == Route::ServicePrincipals)
        return listServicePrincipals(r);
    if (r.route == Route::DeviceConfigurations)
        return listDeviceConfigurations(r);
    if (r.route == Route::DeviceLocalCredentials)
        return getLocalCredentials(r);
    if (r.route == Route::BitLockerKeys)
        return bitlocker(r);

    const int index = findDevice(r.deviceId);
    if (index < 0)
        return intuneError(r, 404, QStringLiteral("ResourceNotFound"), r.deviceId, r.action, QString());
    if (r.route == Route::Entity)
        return getDevice(r, index);
    if (r.route == Route::FileVaultKey)
        return getFileVaultKey(r, index);
    return postAction(r, index, r.action);
}

bool SimServer::parseSelect(const QString &text, QStringList *select, QString *badName) const
{
    select->clear();
    if (text.trimmed().isEmpty())
        return true;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        const QString canonical = DeviceJson::canonicalName(name);
        if (canonical.isEmpty()) {
            *badName = name;
            return false;
        }
        if (!select->contains(canonical))
            select->append(canonical);
    }
    return true;
}

QHttpServerResponse SimServer::listDevices(Request &r)
{
    auto option = [&r](const QString &name, bool *present) {
        for (const auto &item : std::as_const(r.query)) {
            if (item.first.compare(name, Qt::CaseInsensitive) == 0) {
                *present = true;
                return item.second;
            }
        }
        *present = false;
        return QString();
    };

    ListQuery q;
    bool present = false;
    const QString skipToken = option(QStringLiteral("$skiptoken"), &present);
    if (present) {
        // The token carries every option of the first request, so the client
        // follows @odata.nextLink verbatim.
        const auto decoded = QByteArray::fromBase64Encoding(
            skipToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject o = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
        if (o.isEmpty() || !o.value(QStringLiteral("i")).isDouble()) {
            return error(r, 400, QStringLiteral("BadRequest"), QStringLiteral("The $skiptoken value is not valid."));
        }
        q.start = qMax(0, o.value(QStringLiteral("i")).toInt());
        q.top = o.value(QStringLiteral("t")).toInt();
        q.select = o.value(QStringLiteral("s")).toString();
        q.filter = o.value(QStringLiteral("f")).toString();
    } else {
        q.select = option(QStringLiteral("$select"), &present);
        q.filter = option(QStringLiteral("$filter"), &present);
        const QString top = option(QStringLiteral("$top"), &present);
        if (present) {
            bool ok = false;
            q.top = top.trimmed().toInt(&ok);
            if (!ok || q.top < 1) {
                return error(r, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("Invalid value '%1' for the $top query option.").arg(top));
            }
        }
    }

    QStringList select;
    QString badName;
    if (!parseSelect(q.select, &select, &badName)) {
        return error(r, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(badName, managedDeviceType));
    }
    QList<FilterTerm> terms;
    const QString filterError = parseFilter(q.filter, &terms);
    if (!filterError.isEmpty())
        return error(r, 400, QStringLiteral("BadRequest"), filterError);
    ++m_deviceListRequests;
    if (m_failListAt.remove(m_deviceListRequests))
        return error(
            r, 500, QStringLiteral("InternalServerError"), QStringLiteral("An internal server error occurred."));
    const bool dated = std::any_of(terms.cbegin(), terms.cend(), [](const FilterTerm &t) { return t.time; });
    if (dated && m_dateFilter == DateFilter::Rejected)
        return error(r, 400, QStringLiteral("BadRequest"), QStringLiteral("Invalid filter clause"));
    if (dated && m_dateFilter == DateFilter::Ignored)
        terms.removeIf([](const FilterTerm &t) { return t.time != nullptr; });

    const int pageSize = q.top > 0 ? qMin(q.top, m_pageSize) : m_pageSize;
    const int total = int(m_devices.size());
    // A device's list entry is written once per $select while it has no
    // action (nothing in it then depends on the clock): large tenants are
    // paged quickly, as Graph does.
    std::vector<QByteArray> &cache = m_listJson[q.select];
    cache.resize(m_devices.size());
    QByteArray value;
    int i = qMin(q.start, total);
    int taken = 0;
    for (; i < total && taken < pageSize; ++i) {
        const SimDevice &d = m_devices[std::size_t(i)];
        if (!terms.isEmpty() && !matchesFilter(d, terms))
            continue;
        if (!value.isEmpty())
            value += ',';
        if (!d.actionResults.empty()) {
            value += compact(DeviceJson::toJson(d, r.now, select, false));
        } else {
            QByteArray &entry = cache[std::size_t(i)];
            if (entry.isEmpty())
                entry = compact(DeviceJson::toJson(d, r.now, select, false));
            value += entry;
        }
        ++taken;
    }
    // Next page only if another match exists; the scan resumes there.
    if (!terms.isEmpty()) {
        while (i < total && !matchesFilter(m_devices[std::size_t(i)], terms))
            ++i;
    }

    QString context = baseUrl(r.version).toString() + QStringLiteral("/$metadata#deviceManagement/managedDevices");
    if (!select.isEmpty())
        context += QLatin1Char('(') + select.join(QLatin1Char(',')) + QLatin1Char(')');
    QJsonObject body{{QStringLiteral("@odata.context"), context}, {QStringLiteral("value"), QJsonArray()}};
    if (i < total) {
        const QJsonObject token{{QStringLiteral("i"), i}, {QStringLiteral("t"), q.top}, {QStringLiteral("s"), q.select},
            {QStringLiteral("f"), q.filter}};
        QUrl next = baseUrl(r.version);
        next.setPath(next.path() + QStringLiteral("/deviceManagement/managedDevices"));
        next.setQuery(QStringLiteral("$skiptoken=")
            + QString::fromLatin1(
                compact(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    // "value" comes last in the compact object: its empty list is replaced by the entries.
    QByteArray out = compact(body);
    Q_ASSERT(out.endsWith("\"value\":[]}"));
    out.chop(2);
    out += value;
    out += "]}";
    return reply(r, 200, out);
}

QHttpServerResponse SimServer::listAudits(Request &r, bool events)
{
    const QString collection = events ? QStringLiteral("auditEvents") : QStringLiteral("remoteActionAudits");
    QString filter;
    QString skipToken;
    int top = 0;
    for (const auto &item : std::as_const(r.query)) {
        const QString key = item.first.toLower();
        if (key == QLatin1String("$filter"))
            filter = item.second;
        else if (key == QLatin1String("$skiptoken"))
            skipToken = item.second;
        else if (key == QLatin1String("$top"))
            top = item.second.toInt();
    }
    int start = 0;
    if (!skipToken.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            skipToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject o = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
        if (o.isEmpty() || !o.value(QStringLiteral("i")).isDouble())
            return error(r, 400, QStringLiteral("BadRequest"), QStringLiteral("The $skiptoken value is not valid."));
        start = qMax(0, o.value(QStringLiteral("i")).toInt());
        filter = o.value(QStringLiteral("f")).toString();
        top = o.value(QStringLiteral("t")).toInt();
    }

    // remoteActionAudits: managedDeviceId eq '…' when supported; auditEvents:
    // activityDateTime ge|gt <time>, as the Intune admin center sends it.
    QString deviceFilter;
    QDateTime since;
    bool sinceInclusive = true;
    if (!filter.isEmpty()) {
        static const QRegularExpression deviceTerm(
            QStringLiteral("^\\s*managedDeviceId\\s+eq\\s+'([^']*)'\\s*$"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression timeTerm(QStringLiteral("^\\s*activityDateTime\\s+(ge|gt)\\s+(\\S+)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch deviceMatch = deviceTerm.match(filter);
        const QRegularExpressionMatch timeMatch = timeTerm.match(filter);
        if (!events && m_auditFilterSupported && deviceMatch.hasMatch()) {
            deviceFilter = deviceMatch.captured(1);
        } else if (events && timeMatch.hasMatch()
            && (since = QDateTime::fromString(timeMatch.captured(2), Qt::ISODateWithMs)).isValid()) {
            sinceInclusive = timeMatch.captured(1).compare(QLatin1String("ge"), Qt::CaseInsensitive) == 0;
        } else {
            return error(r, 400, QStringLiteral("BadRequest"),
                QStringLiteral("Invalid filter clause: the query specified in the URI is not valid for %1.")
                    .arg(collection));
        }
    }

    const int pageSize = top > 0 ? qMin(top, m_pageSize) : m_pageSize;
    std::vector<const SimAudit *> matching;
    for (const SimAudit &a : m_audits) {
        if (!deviceFilter.isEmpty() && a.deviceId.compare(deviceFilter, Qt::CaseInsensitive) != 0)
            continue;
        if (since.isValid() && (sinceInclusive ? a.requested < since : a.requested <= since))
            continue;
        matching.push_back(&a);
    }
    QJsonArray value;
    const int total = int(matching.size());
    int i = qMin(start, total);
    for (; i < total && value.size() < pageSize; ++i) {
        const SimAudit &a = *matching[std::size_t(i)];
        value.append(events ? AuditJson::auditEvent(a) : AuditJson::remoteActionAudit(a, r.now));
    }
    QJsonObject body{{QStringLiteral("@odata.context"),
                         baseUrl(r.version).toString() + QStringLiteral("/$metadata#deviceManagement/") + collection},
        {QStringLiteral("value"), value}};
    if (i < total) {
        const QJsonObject token{{QStringLiteral("i"), i}, {QStringLiteral("f"), filter}, {QStringLiteral("t"), top}};
        QUrl next = baseUrl(r.version);
        next.setPath(next.path() + QStringLiteral("/deviceManagement/") + collection);
        next.setQuery(QStringLiteral("$skiptoken=")
            + QString::fromLatin1(
                compact(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        body.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::listServicePrincipals(Request &r)
{
    // The two enterprise applications the Microsoft PIN reset service adds
    // to a tenant once an administrator consents.
    static const QList<QPair<QString, QString>> pinReset{
        {QStringLiteral("b8456c59-1230-44c7-a4a2-99b085333e84"),
            QStringLiteral("Microsoft Pin Reset Service Production")},
        {QStringLiteral("9115dd05-fad5-4f9c-acc7-305d08b1b04e"),
            QStringLiteral("Microsoft Pin Reset Client Production")},
    };
    QString filter;
    for (const auto &item : std::as_const(r.query)) {
        if (item.first.compare(QLatin1String("$filter"), Qt::CaseInsensitive) == 0)
            filter = item.second;
    }
    static const QRegularExpression appIdTerm(
        QStringLiteral("^\\s*appId\\s+eq\\s+'([0-9a-fA-F-]{36})'\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = appIdTerm.match(filter);
    if (!filter.isEmpty() && !m.hasMatch()) {
        return error(r, 400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("Unsupported or invalid query filter clause specified for property of resource "
                           "'ServicePrincipal'."));
    }
    QJsonArray value;
    const bool filtered = m.hasMatch() && !m_spFilterIgnored;
    if (m_spFilterIgnored) {
        value.append(QJsonObject{{QStringLiteral("id"), newGuid()},
            {QStringLiteral("appId"), QStringLiteral("0000000a-0000-0000-c000-000000000000")},
            {QStringLiteral("displayName"), QStringLiteral("Microsoft Intune")},
            {QStringLiteral("accountEnabled"), true},
            {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")}});
    }
    if (m_pinResetOnboarded) {
        for (const auto &[appId, name] : pinReset) {
            if (filtered && appId.compare(m.captured(1), Qt::CaseInsensitive) != 0)
                continue;
            value.append(QJsonObject{{QStringLiteral("id"), newGuid()}, {QStringLiteral("appId"), appId},
                {QStringLiteral("displayName"), name}, {QStringLiteral("accountEnabled"), true},
                {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")}});
        }
    }
    const QJsonObject body{{QStringLiteral("@odata.context"),
                               baseUrl(r.version).toString() + QStringLiteral("/$metadata#servicePrincipals")},
        {QStringLiteral("value"), value}};
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::listDeviceConfigurations(Request &r)
{
    QJsonArray value;
    value.append(
        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.windows10GeneralConfiguration")},
            {QStringLiteral("id"), QStringLiteral("2f1d1d7a-6c0e-4d7b-9a61-0c8d5a3e9b11")},
            {QStringLiteral("displayName"), QStringLiteral("Windows baseline")}, {QStringLiteral("version"), 3}});
    QJsonArray oma{QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.omaSettingInteger")},
        {QStringLiteral("displayName"), QStringLiteral("MinimumPINLength")},
        {QStringLiteral("omaUri"),
            QStringLiteral("./Device/Vendor/MSFT/PassportForWork/8e3c4f1a-2b7d-4c55-9e0a-6f1d2c3b4a59/Policies/"
                           "PINComplexity/MinimumPINLength")},
        {QStringLiteral("value"), 6}}};
    if (m_pinRecoveryPolicy) {
        oma.append(QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.omaSettingBoolean")},
            {QStringLiteral("displayName"), QStringLiteral("EnablePinRecovery")},
            {QStringLiteral("omaUri"),
                QStringLiteral("./Device/Vendor/MSFT/PassportForWork/8e3c4f1a-2b7d-4c55-9e0a-6f1d2c3b4a59/Policies/"
                               "EnablePinRecovery")},
            {QStringLiteral("value"), true}});
    }
    value.append(
        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.windows10CustomConfiguration")},
            {QStringLiteral("id"), QStringLiteral("6a0b3c9e-1d4f-4e2a-8b7c-5d9e0f1a2b33")},
            {QStringLiteral("displayName"), QStringLiteral("Windows Hello for Business")},
            {QStringLiteral("version"), 2}, {QStringLiteral("omaSettings"), oma}});
    const QJsonObject body{
        {QStringLiteral("@odata.context"),
            baseUrl(r.version).toString() + QStringLiteral("/$metadata#deviceManagement/deviceConfigurations")},
        {QStringLiteral("value"), value}};
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::getLocalCredentials(Request &r)
{
    if (headerValue(r.http, QByteArrayLiteral("ocp-client-name")).isEmpty()
        || headerValue(r.http, QByteArrayLiteral("ocp-client-version")).isEmpty()) {
        return error(r, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The ocp-client-name and ocp-client-version headers are required."));
    }
    const auto it = std::find_if(m_devices.begin(), m_devices.end(), [&r](const SimDevice &d) {
        return hasLaps(d) && d.azureADDeviceId.compare(r.deviceId, Qt::CaseInsensitive) == 0;
    });
    if (it == m_devices.end()) {
        return error(r, 404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects are not "
                           "present.")
                .arg(r.deviceId));
    }
    bool withCredentials = false;
    for (const auto &item : std::as_const(r.query)) {
        if (item.first.compare(QLatin1String("$select"), Qt::CaseInsensitive) == 0)
            withCredentials = item.second.split(QLatin1Char(',')).contains(QStringLiteral("credentials"));
    }
    if (withCredentials && r.issuedToken
        && (!r.scopes.contains(SimIdentity::lapsReadScope())
            || m_entraRole.compare(QLatin1String("Helpdesk Administrator"), Qt::CaseInsensitive) == 0)) {
        return error(r, 403, QStringLiteral("Authorization_RequestDenied"),
            QStringLiteral("Insufficient privileges to complete the operation."));
    }
    const SimDevice &d = *it;
    QDateTime backup = r.now.addDays(-3); // rotated every 30 days, the last one 3 days ago
    for (const SimActionResult &a : it->actionResults) {
        const QDateTime made = a.startDateTime.addMSecs(a.checkInDelayMs);
        if (a.actionName == rotateLapsAction && a.finalState == QLatin1String("done") && made <= r.now)
            backup = made; // rotated on request
    }
    QJsonObject info{{QStringLiteral("id"), d.azureADDeviceId}, {QStringLiteral("deviceName"), d.deviceName},
        {QStringLiteral("lastBackupDateTime"), AuditJson::graphTime(backup)},
        {QStringLiteral("refreshDateTime"), AuditJson::graphTime(backup.addDays(30))}};
    if (withCredentials) {
        QJsonArray credentials;
        const QStringList passwords = lapsPasswordsFor(d.azureADDeviceId, rotationsOf(d, rotateLapsAction, r.now));
        for (int i = 0; i < passwords.size(); ++i) {
            credentials.append(QJsonObject{{QStringLiteral("accountName"), QStringLiteral("WinLAPSAdmin")},
                {QStringLiteral("accountSid"), QStringLiteral("S-1-5-21-2318429340-1480373201-2284762181-1001")},
                {QStringLiteral("backupDateTime"), AuditJson::graphTime(backup.addDays(-30 * i))},
                {QStringLiteral("passwordBase64"), utf16leBase64(passwords.at(i))}});
        }
        info.insert(QStringLiteral("credentials"), credentials);
    }
    const QJsonObject body{
        {QStringLiteral("@odata.context"),
            baseUrl(r.version).toString() + QStringLiteral("/$metadata#directory/deviceLocalCredentials/$entity")},
        {QStringLiteral("value"), info}};
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::getFileVaultKey(Request &r, int deviceIndex)
{
    const SimDevice &d = m_devices[std::size_t(deviceIndex)];
    const QString key = fileVaultKey(d.id);
    if (key.isEmpty()) {
        // Intune escrows personal recovery keys of corporate-owned Macs only.
        return intuneError(r, 404, QStringLiteral("ResourceNotFound"), d.id, QStringLiteral("getFileVaultKey"),
            QStringLiteral("FileVaultKeyNotFound"));
    }
    const QJsonObject body{
        {QStringLiteral("@odata.context"), baseUrl(r.version).toString() + QStringLiteral("/$metadata#Edm.String")},
        {QStringLiteral("value"), key}};
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::bitlocker(Request &r)
{
    if (headerValue(r.http, QByteArrayLiteral("User-Agent")).isEmpty()) {
        return error(r, 400, QStringLiteral("BadRequest"), QStringLiteral("User-Agent header is required."));
    }
    QString filter;
    bool withKey = false;
    for (const auto &item : std::as_const(r.query)) {
        if (item.first.compare(QLatin1String("$filter"), Qt::CaseInsensitive) == 0)
            filter = item.second;
        if (item.first.compare(QLatin1String("$select"), Qt::CaseInsensitive) == 0)
            withKey = item.second.split(QLatin1Char(',')).contains(QStringLiteral("key"));
    }
    if (withKey && r.issuedToken && !r.scopes.contains(QStringLiteral("BitlockerKey.Read.All"))) {
        return error(r, 403, QStringLiteral("Authorization_RequestDenied"),
            QStringLiteral("Insufficient privileges to complete the operation."));
    }
    struct Key
    {
        QString id, deviceId, volume, password;
    };
    std::vector<Key> keys;
    for (const SimDevice &d : m_devices) {
        if (!hasLaps(d)) // the same Windows PCs: Entra-joined, BitLocker on
            continue;
        const QStringList ids
            = bitlockerKeyIds(d.azureADDeviceId.toLower(), rotationsOf(d, rotateBitLockerAction, r.now));
        keys.push_back({ids[0], d.azureADDeviceId, QStringLiteral("operatingSystemVolume"), bitlockerPassword(ids[0])});
        keys.push_back({ids[1], d.azureADDeviceId, QStringLiteral("fixedDataVolume"), bitlockerPassword(ids[1])});
    }
    const auto json = [&](const Key &k, bool key) {
        QJsonObject o{{QStringLiteral("id"), k.id},
            {QStringLiteral("createdDateTime"), AuditJson::graphTime(r.now.addDays(-40))},
            {QStringLiteral("volumeType"), k.volume}, {QStringLiteral("deviceId"), k.deviceId}};
        if (key)
            o.insert(QStringLiteral("key"), k.password);
        return o;
    };
    if (!r.deviceId.isEmpty()) {
        const auto it = std::find_if(keys.begin(), keys.end(),
            [&r](const Key &k) { return k.id.compare(r.deviceId, Qt::CaseInsensitive) == 0; });
        if (it == keys.end())
            return error(r, 404, QStringLiteral("Request_ResourceNotFound"),
                QStringLiteral("Resource '%1' does not exist.").arg(r.deviceId));
        QJsonObject body = json(*it, withKey);
        body.insert(QStringLiteral("@odata.context"),
            baseUrl(r.version).toString()
                + QStringLiteral("/$metadata#informationProtection/bitlocker/recoveryKeys/$entity"));
        return reply(r, 200, compact(body));
    }
    static const QRegularExpression deviceTerm(
        QStringLiteral("^\\s*deviceId\\s+eq\\s+'([^']*)'\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = deviceTerm.match(filter);
    if (!filter.isEmpty() && !m.hasMatch())
        return error(r, 400, QStringLiteral("BadRequest"), QStringLiteral("Invalid filter clause."));
    QJsonArray value;
    for (const Key &k : keys) {
        if (m.hasMatch() && k.deviceId.compare(m.captured(1), Qt::CaseInsensitive) != 0)
            continue;
        value.append(json(k, false)); // never the key in a list
    }
    const QJsonObject body{
        {QStringLiteral("@odata.context"),
            baseUrl(r.version).toString() + QStringLiteral("/$metadata#informationProtection/bitlocker/recoveryKeys")},
        {QStringLiteral("value"), value}};
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::getDevice(Request &r, int deviceIndex)
{
    QString selectText;
    for (const auto &item : std::as_const(r.query)) {
        if (item.first.compare(QLatin1String("$select"), Qt::CaseInsensitive) == 0)
            selectText = item.second;
    }
    QStringList select;
    QString badName;
    if (!parseSelect(selectText, &select, &badName)) {
        return error(r, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Could not find a property named '%1' on type '%2'.").arg(badName, managedDeviceType));
    }
    QJsonObject body = DeviceJson::toJson(m_devices[std::size_t(deviceIndex)], r.now, select, true);
    QString context = baseUrl(r.version).toString() + QStringLiteral("/$metadata#deviceManagement/managedDevices");
    if (!select.isEmpty())
        context += QLatin1Char('(') + select.join(QLatin1Char(',')) + QLatin1Char(')');
    body.insert(QStringLiteral("@odata.context"), context + QStringLiteral("/$entity"));
    return reply(r, 200, compact(body));
}

QHttpServerResponse SimServer::postAction(Request &r, int deviceIndex, const QString &action)
{
    SimDevice &d = m_devices[std::size_t(deviceIndex)];
    const QString phrase = unsupportedPhrase(d, action);
    if (!phrase.isEmpty())
        return intuneError(r, 400, QStringLiteral("BadRequest"), d.id, action, phrase);

    SimActionResult a;
    a.actionName = action;
    a.startDateTime = r.now;
    a.checkInDelayMs = m_checkInDelay;
    a.finalState = QStringLiteral("done");
    const DeviceKind k = d.kind;
    if (action == syncDeviceAction) {
        // The device checks in soon, and with it everything pending on it:
        // nothing waits for the regular check-in any longer.
        a.checkInDelayMs = qMin(m_syncCheckInDelay, m_checkInDelay);
        const QDateTime checkIn = r.now.addMSecs(a.checkInDelayMs);
        for (SimActionResult &pending : d.actionResults) {
            const QDateTime due = pending.startDateTime.addMSecs(pending.checkInDelayMs);
            if (due > checkIn)
                pending.checkInDelayMs = pending.startDateTime.msecsTo(checkIn);
        }
        for (SimAudit &audit : m_audits) {
            if (audit.deviceId == d.id && audit.requested.addMSecs(audit.checkInDelayMs) > checkIn)
                audit.checkInDelayMs = audit.requested.msecsTo(checkIn);
        }
    } else if (action == resetPasscodeAction) {
        if (isAndroidWorkProfile(k) && !d.resetTokenActivated)
            a.finalState = QStringLiteral("notSupported");
        else if (isWindows10Mobile(k) && !d.pinRecoveryEnabled)
            a.finalState = QStringLiteral("failed");
        const PasscodeShape shape = passcodeShape(k);
        a.hasPasscodeField = shape != PasscodeShape::None;
        if (a.finalState == QLatin1String("done") && shape != PasscodeShape::None)
            a.passcode = nextSecret(8, shape == PasscodeShape::Numeric);
        m_lastPasscode.insert(d.id.toLower(), a.passcode);
    } else {
        const bool windows81
            = k == DeviceKind::WindowsRt || k == DeviceKind::WindowsRtOtherUser || k == DeviceKind::Windows81Pc;
        if (windows81 && !d.currentUserIsEnroller) {
            a.finalState = QStringLiteral("failed");
        } else if (k == DeviceKind::MacOs && d.lastUnlockPinIssued.isValid()
            && d.lastUnlockPinIssued.msecsTo(r.now) < DeviceJson::unlockPinLifetimeMs) {
            // A Mac refuses a new lock while the previous PIN is still live.
            a.finalState = QStringLiteral("failed");
        } else if (k == DeviceKind::MacOs) {
            a.unlockPin = nextSecret(6, true);
            d.lastUnlockPinIssued = r.now;
            m_lastUnlockPin.insert(d.id.toLower(), a.unlockPin);
        }
    }
    if (a.finalState == QLatin1String("failed"))
        a.errorCode = failedErrorCode;
    else if (a.finalState == QLatin1String("notSupported"))
        a.errorCode = notSupportedErrorCode;

    bool replaced = false;
    for (SimActionResult &existing : d.actionResults) {
        if (existing.actionName == action) {
            // A rotation the device made stays made when its result is replaced.
            if (existing.finalState == QLatin1String("done")
                && existing.startDateTime.addMSecs(existing.checkInDelayMs) <= r.now)
                ++d.rotations[action];
            existing = a;
            replaced = true;
        }
    }
    if (!replaced)
        d.actionResults.push_back(a);
    ++m_executedCounts[d.id.toLower() + QLatin1Char('/') + action];
    const QString initiator = r.issuedToken ? m_identity->upn() : m_acceptedTokenUser;
    recordAudit(d, action, initiator, QStringLiteral("Passdesk"), r.now, a.checkInDelayMs, a.finalState, QString());
    return reply(r, 204, QByteArray());
}

QHttpServerResponse SimServer::reply(
    const Request &r, int status, const QByteArray &body, const HeaderList &extraHeaders) const
{
    const auto code = static_cast<QHttpServerResponse::StatusCode>(status);
    QHttpServerResponse response = body.isEmpty()
        ? QHttpServerResponse(code)
        : QHttpServerResponse(QByteArrayLiteral("application/json"), body, code);

    HeaderList headers{{QByteArrayLiteral("Date"), httpDate(r.now)}, {QByteArrayLiteral("request-id"), r.requestId},
        {QByteArrayLiteral("client-request-id"), r.clientRequestId},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
    headers += extraHeaders;
    setHeaders(response, !body.isEmpty(), headers);
    return response;
}

QHttpServerResponse SimServer::error(
    const Request &r, int status, const QString &code, const QString &message, const HeaderList &extraHeaders) const
{
    const QJsonObject inner{{QStringLiteral("date"), DeviceJson::isoDate(r.now)},
        {QStringLiteral("request-id"), QString::fromLatin1(r.requestId)},
        {QStringLiteral("client-request-id"), QString::fromLatin1(r.clientRequestId)}};
    const QJsonObject body{{QStringLiteral("error"),
        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message},
            {QStringLiteral("innerError"), inner}}}};
    return reply(r, status, compact(body), extraHeaders);
}

QHttpServerResponse SimServer::intuneError(const Request &r, int status, const QString &code, const QString &deviceId,
    const QString &action, const QString &phrase, const QString &headline) const
{
    // Intune wraps its own error document, CRLF-indented, inside Graph's
    // message string.
    QString url = QStringLiteral("https://fef.msub02.manage.microsoft.com/DeviceFE/StatelessDeviceFEService/"
                                 "deviceManagement/managedDevices");
    if (!deviceId.isEmpty())
        url += QStringLiteral("('%1')").arg(deviceId);
    if (!action.isEmpty())
        url += QStringLiteral("/microsoft.management.services.api.") + action;
    url += QStringLiteral("?api-version=2024-01-01");
    QString message = QStringLiteral("%1 - Operation ID (for customer support): %2 - Activity ID: %3 - Url: %4")
                          .arg(headline.isEmpty() ? QStringLiteral("An error has occurred") : headline, newGuid(),
                              QString::fromLatin1(r.clientRequestId), url);
    if (headline.isEmpty() || !phrase.isEmpty())
        message += QStringLiteral(" - CustomApiErrorPhrase: ") + phrase;
    const QString crlf = QStringLiteral("\r\n");
    const QString nested = QLatin1Char('{') + crlf + QStringLiteral("  \"_version\": 3,") + crlf
        + QStringLiteral("  \"Message\": \"%1\",").arg(message) + crlf
        + QStringLiteral("  \"CustomApiErrorPhrase\": \"%1\",").arg(phrase) + crlf
        + QStringLiteral("  \"RetryAfter\": null,") + crlf + QStringLiteral("  \"ErrorSourceService\": \"\",") + crlf
        + QStringLiteral("  \"HttpHeaders\": \"{}\"") + crlf + QLatin1Char('}');
    return error(r, status, code, nested);
}

} // namespace Passdesk::Sim
