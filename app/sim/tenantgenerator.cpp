#include "tenantgenerator.h"

#include "simrandom.h"

#include <QHash>
#include <QLocale>

#include <array>

namespace Passdesk::Sim {

namespace {

enum class Origin { French, Italian, English };

// Name tables are UTF-8 so accents survive; converted once into QStrings.
const char *const frenchFirst[] = {
    "Lucie",
    "Émilie",
    "Camille",
    "Manon",
    "Chloé",
    "Léa",
    "Inès",
    "Sophie",
    "Claire",
    "Élodie",
    "Hélène",
    "Céline",
    "Gaëlle",
    "Jean-Luc",
    "Julien",
    "Thomas",
    "Nicolas",
    "Hugo",
    "Louis",
    "Mathieu",
    "Antoine",
    "François",
    "Stéphane",
    "Benoît",
    "Loïc",
    "Jérôme",
};
const char *const frenchLast[] = {
    "Moreau",
    "Dubois",
    "Lefèvre",
    "Martin",
    "Bernard",
    "Durand",
    "Laurent",
    "Girard",
    "Rousseau",
    "Fontaine",
    "Mercier",
    "Lemaire",
    "Faure",
    "Chevalier",
    "Bonnet",
    "Gauthier",
    "Perrin",
    "Roux",
    "Fournier",
    "Lambert",
    "Lefebvre",
    "Garnier",
    "Dupont",
    "Morel",
    "Guérin",
    "Bézier",
};
const char *const italianFirst[] = {
    "Mario",
    "Giulia",
    "Chiara",
    "Luca",
    "Marco",
    "Francesca",
    "Alessandro",
    "Sara",
    "Matteo",
    "Federica",
    "Giorgio",
    "Elena",
    "Lorenzo",
    "Valentina",
    "Davide",
    "Martina",
    "Niccolò",
    "Simona",
    "Andrea",
    "Paolo",
};
const char *const italianLast[] = {
    "Rossi",
    "Bianchi",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "D'Angelo",
};
const char *const englishFirst[] = {
    "Noah",
    "Olivia",
    "Emma",
    "Liam",
    "James",
    "Sophia",
    "Oliver",
    "Amelia",
    "Jack",
    "Charlotte",
    "Harry",
    "Isla",
    "George",
    "Emily",
    "William",
    "Grace",
    "Daniel",
    "Chloe",
    "Ethan",
    "Lucy",
};
const char *const englishLast[] = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Taylor",
    "Davies",
    "Wilson",
    "Evans",
    "Thomas",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Green",
    "Hall",
    "O'Brien",
};

struct NameTables
{
    std::vector<QString> first[3];
    std::vector<QString> last[3];
};

template<std::size_t N>
std::vector<QString> toStrings(const char *const (&items)[N])
{
    std::vector<QString> out;
    out.reserve(N);
    for (const char *item : items)
        out.push_back(QString::fromUtf8(item));
    return out;
}

const NameTables &nameTables()
{
    static const NameTables tables = [] {
        NameTables t;
        t.first[0] = toStrings(frenchFirst);
        t.last[0] = toStrings(frenchLast);
        t.first[1] = toStrings(italianFirst);
        t.last[1] = toStrings(italianLast);
        t.first[2] = toStrings(englishFirst);
        t.last[2] = toStrings(englishLast);
        return t;
    }();
    return tables;
}

struct User
{
    QString id;
    QString first;
    QString displayName;
    QString upn;
    QString upnLocal;
    QString pcName; // "MROSSI-PC" style
    Origin origin = Origin::English;
};

struct Model
{
    const char *model;
    const char *manufacturer;
    const char *marketing; // what people call it, used in device names
    bool cellular;
};

const Model iphoneModels[] = {
    {"iPhone 15", "Apple", "iPhone", true},
    {"iPhone 15 Pro", "Apple", "iPhone", true},
    {"iPhone 14", "Apple", "iPhone", true},
    {"iPhone 13", "Apple", "iPhone", true},
    {"iPhone SE (3rd generation)", "Apple", "iPhone", true},
    {"iPhone 16", "Apple", "iPhone", true},
};
const Model ipadModels[] = {
    {"iPad (10th generation)", "Apple", "iPad", false},
    {"iPad Air (5th generation)", "Apple", "iPad", false},
    {"iPad Pro (11-inch) (4th generation)", "Apple", "iPad", false},
};
const Model androidLegacyModels[] = {
    {"SM-G930F", "samsung", "Galaxy S7", true},
    {"SM-J510FN", "samsung", "Galaxy J5", true},
};
const Model androidAdminModels[] = {
    {"SM-A505FN", "samsung", "Galaxy A50", true},
    {"SM-G973F", "samsung", "Galaxy S10", true},
    {"Nokia 7.2", "HMD Global", "Nokia 7.2", true},
};
const Model androidModels[] = {
    {"SM-A546B", "samsung", "Galaxy A54", true},
    {"Pixel 8", "Google", "Pixel 8", true},
    {"SM-S911B", "samsung", "Galaxy S23", true},
    {"Pixel 7a", "Google", "Pixel 7a", true},
    {"SM-G991B", "samsung", "Galaxy S21", true},
    {"moto g84 5G", "motorola", "moto g84", true},
    {"XQ-DQ54", "Sony", "Xperia 1 V", true},
};
const Model dedicatedModels[] = {
    {"TC52", "Zebra Technologies", "TC52", true},
    {"SM-T505", "samsung", "Galaxy Tab A7", false},
    {"ET40", "Zebra Technologies", "ET40", false},
};
const Model aospModels[] = {
    {"Navigator 500", "RealWear", "Navigator 500", false},
    {"Quest 3", "Oculus", "Meta Quest 3", false},
    {"HMT-1", "RealWear", "HMT-1", false},
};
const Model win10MobileModels[] = {
    {"Lumia 950", "Microsoft", "Lumia 950", true},
    {"Lumia 950 XL", "Microsoft", "Lumia 950 XL", true},
    {"Elite x3", "HP", "Elite x3", true},
};
const Model win10MobileLegacyModels[] = {
    {"Lumia 650", "Microsoft", "Lumia 650", true},
    {"Lumia 550", "Microsoft", "Lumia 550", true},
};
const Model wp81Models[] = {
    {"Lumia 640", "Microsoft", "Lumia 640", true},
    {"Lumia 735", "NOKIA", "Lumia 735", true},
    {"Lumia 830", "NOKIA", "Lumia 830", true},
};
const Model wp80Models[] = {
    {"Lumia 920", "NOKIA", "Lumia 920", true},
    {"Lumia 520", "NOKIA", "Lumia 520", true},
    {"Windows Phone 8X by HTC", "HTC", "HTC 8X", true},
};
const Model rtModels[] = {
    {"Surface RT", "Microsoft Corporation", "Surface RT", false},
    {"Surface 2", "Microsoft Corporation", "Surface 2", false},
    {"Lumia 2520", "NOKIA", "Lumia 2520", false},
};
const Model win81Models[] = {
    {"Latitude E7450", "Dell Inc.", "", false},
    {"ThinkPad T450", "LENOVO", "", false},
    {"HP EliteBook 840 G2", "HP", "", false},
};
const Model pcModels[] = {
    {"Latitude 7440", "Dell Inc.", "", false},
    {"Latitude 5430", "Dell Inc.", "", false},
    {"OptiPlex 7010", "Dell Inc.", "", false},
    {"ThinkPad T14 Gen 4", "LENOVO", "", false},
    {"ThinkPad X1 Carbon Gen 11", "LENOVO", "", false},
    {"HP EliteBook 840 G10", "HP", "", false},
    {"Surface Laptop 5", "Microsoft Corporation", "", false},
    {"Surface Pro 9", "Microsoft Corporation", "", false},
};
const Model macModels[] = {
    {"MacBook Pro", "Apple", "MacBook Pro", false},
    {"MacBook Air", "Apple", "MacBook Air", false},
    {"iMac", "Apple", "iMac", false},
    {"Mac mini", "Apple", "Mac mini", false},
};

const char *const iosVersions[] = {"17.6.1", "17.7", "18.0.1", "18.1", "18.1.1", "18.2"};
const char *const macVersions[] = {"14.6.1", "14.7.1", "15.0.1", "15.1", "15.1.1", "15.2"};
const char *const aeVersions[] = {"13", "14", "14", "15"};
const char *const daVersions[] = {"8.0.0", "9", "10", "11"};
const char *const kioskSites[] = {"LYON", "PARIS", "MILANO", "TORINO", "LONDON", "LEEDS"};

// Share of each kind after the first deviceKindCount devices, per mille.
constexpr std::array<int, deviceKindCount> kindWeights = {
    220, // IPhone
    50, // IPad
    3, // AndroidAdminLegacy
    20, // AndroidAdmin
    120, // AndroidWorkProfile
    30, // AndroidWorkProfileNoToken
    40, // AndroidCorporateWorkProfile
    50, // AndroidFullyManaged
    30, // AndroidDedicated
    5, // Aosp
    5, // Windows10Mobile
    2, // Windows10MobileNoPinRecovery
    2, // Windows10MobileLegacy
    2, // WindowsPhone81
    1, // WindowsPhone80
    2, // WindowsRt
    1, // WindowsRtOtherUser
    5, // Windows81Pc
    330, // WindowsPc
    10, // IntuneClientPc
    57, // MacOs
    15, // EasOnly
};

DeviceKind pickKind(SimRandom &rng)
{
    int r = int(rng.bounded(1000));
    for (int k = 0; k < deviceKindCount; ++k) {
        r -= kindWeights[std::size_t(k)];
        if (r < 0)
            return DeviceKind(k);
    }
    return DeviceKind::WindowsPc;
}

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

QString luhnImei(SimRandom &rng)
{
    // Type allocation code prefix "35" (GSMA-issued range), then serial digits.
    QString digits = QStringLiteral("35") + rng.digits(12);
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    digits.append(QLatin1Char(char('0' + (10 - sum % 10) % 10)));
    return digits;
}

QString phoneNumber(SimRandom &rng, Origin origin)
{
    switch (origin) {
    case Origin::French:
        return (rng.chance(70) ? QStringLiteral("+336") : QStringLiteral("+337")) + rng.digits(8);
    case Origin::Italian:
        return QStringLiteral("+393") + rng.digits(9);
    case Origin::English:
        break;
    }
    return QStringLiteral("+447") + rng.digits(9);
}

QString serialFor(SimRandom &rng, const QString &manufacturer)
{
    if (manufacturer == QLatin1String("Apple")) {
        // Apple serials avoid I and O.
        QString s = rng.alnum(12);
        for (QChar &c : s) {
            if (c == QLatin1Char('I'))
                c = QLatin1Char('J');
            else if (c == QLatin1Char('O'))
                c = QLatin1Char('P');
        }
        return s;
    }
    if (manufacturer == QLatin1String("samsung"))
        return QStringLiteral("R5") + (rng.chance(50) ? QStringLiteral("8") : QStringLiteral("C")) + rng.alnum(8);
    if (manufacturer == QLatin1String("Dell Inc."))
        return rng.alnum(7);
    if (manufacturer == QLatin1String("LENOVO"))
        return QStringLiteral("PF") + rng.alnum(6);
    if (manufacturer == QLatin1String("HP"))
        return QStringLiteral("5CG") + rng.digits(4) + rng.alnum(3);
    if (manufacturer == QLatin1String("Microsoft Corporation"))
        return rng.digits(12);
    if (manufacturer == QLatin1String("Zebra Technologies"))
        return rng.digits(14);
    return rng.alnum(2) + rng.digits(6) + rng.alnum(6);
}

bool startsWithVowelSound(const QString &first)
{
    const QString folded = TenantGenerator::asciiFold(first.left(1)).toUpper();
    return !folded.isEmpty() && QStringLiteral("AEIOUH").contains(folded.at(0));
}

// "Lucie's iPhone", "iPhone d'Émilie", "iPhone di Mario".
QString possessive(const QString &object, const User &user)
{
    switch (user.origin) {
    case Origin::French:
        return object + (startsWithVowelSound(user.first) ? QStringLiteral(" d'") : QStringLiteral(" de "))
            + user.first;
    case Origin::Italian:
        return object + QStringLiteral(" di ") + user.first;
    case Origin::English:
        break;
    }
    return user.first + QStringLiteral("'s ") + object;
}

// Intune's default naming template: {UserName}_{DeviceType}_{EnrollmentDateTime}.
QString intuneDefaultName(const User &user, const QString &type, const QDateTime &enrolled)
{
    return user.upnLocal + QLatin1Char('_') + type + QLatin1Char('_')
        + QLocale::c().toString(enrolled, QStringLiteral("M/d/yyyy_h:mm AP"));
}

QString windowsPcName(SimRandom &rng, const User *user)
{
    const int r = int(rng.bounded(100));
    if (r < 40 || !user)
        return QStringLiteral("DESKTOP-") + rng.alnum(7);
    if (r < 60)
        return QStringLiteral("LAPTOP-") + rng.alnum(8);
    if (r < 80)
        return user->pcName;
    return QStringLiteral("CONTOSO-") + rng.alnum(7);
}

QString complianceState(SimRandom &rng)
{
    const int r = int(rng.bounded(100));
    if (r < 80)
        return QStringLiteral("compliant");
    if (r < 90)
        return QStringLiteral("noncompliant");
    if (r < 95)
        return QStringLiteral("inGracePeriod");
    return QStringLiteral("unknown");
}

class Builder
{
public:
    Builder(quint64 seed, const QDateTime &now)
        : m_rng(seed)
        , m_now(now.toUTC())
    {
        // Whole seconds: the JSON carries no fractional part.
        m_now.setMSecsSinceEpoch(m_now.toMSecsSinceEpoch() / 1000 * 1000);
    }

    std::vector<SimDevice> run(int count)
    {
        std::vector<SimDevice> devices;
        devices.reserve(std::size_t(qMax(0, count)));
        for (int i = 0; i < count; ++i) {
            const DeviceKind kind = i < deviceKindCount ? DeviceKind(i) : pickKind(m_rng);
            devices.push_back(makeDevice(kind));
        }
        return devices;
    }

private:
    const User &nextUser()
    {
        if (m_remaining <= 0 || m_users.empty()) {
            m_users.push_back(makeUser());
            const int r = int(m_rng.bounded(100));
            m_remaining = r < 60 ? 1 : (r < 90 ? 2 : 3);
        }
        --m_remaining;
        return m_users.back();
    }

    User makeUser()
    {
        const NameTables &t = nameTables();
        const int r = int(m_rng.bounded(100));
        const int o = r < 40 ? 0 : (r < 70 ? 1 : 2);
        User u;
        u.origin = Origin(o);
        u.id = m_rng.guid();
        u.first = t.first[o][m_rng.bounded(quint32(t.first[o].size()))];
        const QString last = t.last[o][m_rng.bounded(quint32(t.last[o].size()))];
        u.displayName = u.first + QLatin1Char(' ') + last;

        const QString base = localPart(u.first) + QLatin1Char('.') + localPart(last);
        // Homonyms get mario.rossi2, mario.rossi3 (bases hold no digits, so
        // a numbered name never collides with another base).
        const int n = ++m_upnCount[base];
        const QString local = n == 1 ? base : base + QString::number(n);
        u.upnLocal = local;
        u.upn = local + QStringLiteral("@contoso.com");

        // NetBIOS-style name, at most 15 characters: A-Z only, then "-PC".
        const QString folded = TenantGenerator::asciiFold(u.first.left(1) + last).toUpper();
        QString pc;
        for (QChar c : folded) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                pc.append(c);
        }
        u.pcName = pc.left(12) + QStringLiteral("-PC");
        return u;
    }

    static QString localPart(const QString &name)
    {
        const QString folded = TenantGenerator::asciiFold(name).toLower();
        QString out;
        out.reserve(folded.size());
        for (QChar c : folded) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-'))
                out.append(c);
        }
        return out;
    }

    const Model &pickModel(const Model *models, std::size_t n) { return models[m_rng.bounded(quint32(n))]; }

    template<std::size_t N>
    const Model &pick(const Model (&models)[N])
    {
        return pickModel(models, N);
    }

    QString pickVersion(const char *const *versions, std::size_t n)
    {
        return latin(versions[m_rng.bounded(quint32(n))]);
    }

    template<std::size_t N>
    QString version(const char *const (&versions)[N])
    {
        return pickVersion(versions, N);
    }

    QDateTime ago(qint64 minSecs, qint64 maxSecs) { return m_now.addSecs(-m_rng.range(minSecs, maxSecs)); }

    void applyModel(SimDevice &d, const Model &m)
    {
        d.model = latin(m.model);
        d.manufacturer = latin(m.manufacturer);
        d.serialNumber = serialFor(m_rng, d.manufacturer);
    }

    void applyCellular(SimDevice &d, const Model &m, const User *user)
    {
        if (!m.cellular)
            return;
        d.imei = luhnImei(m_rng);
        if (user)
            d.phoneNumber = phoneNumber(m_rng, user->origin);
    }

    SimDevice makeDevice(DeviceKind kind)
    {
        SimDevice d;
        d.kind = kind;
        d.id = m_rng.guid();
        d.azureADDeviceId = m_rng.guid();
        d.managementState = QStringLiteral("managed");
        d.deviceRegistrationState = QStringLiteral("registered");
        d.managementAgent = QStringLiteral("mdm");
        d.managedDeviceOwnerType = QStringLiteral("company");
        d.joinType = QStringLiteral("azureADRegistered");
        d.azureADRegistered = true;
        d.jailBroken = QStringLiteral("Unknown");
        d.complianceState = complianceState(m_rng);
        d.lastSyncDateTime = ago(5 * 60, 6 * 86400);
        d.enrolledDateTime = ago(40 * 86400, 900 * 86400);
        d.isEncrypted = true;

        const User *user = nullptr;
        if (kind != DeviceKind::AndroidDedicated) {
            user = &nextUser();
            d.userId = user->id;
            d.userDisplayName = user->displayName;
            d.userPrincipalName = user->upn;
            d.emailAddress = user->upn;
        }

        switch (kind) {
        case DeviceKind::IPhone:
        case DeviceKind::IPad: {
            const bool phone = kind == DeviceKind::IPhone;
            const Model &m = phone ? pick(iphoneModels) : pick(ipadModels);
            applyModel(d, m);
            applyCellular(d, m, user);
            d.operatingSystem = phone ? QStringLiteral("iOS") : QStringLiteral("iPadOS");
            d.osVersion = version(iosVersions);
            d.deviceType = phone ? QStringLiteral("iPhone") : QStringLiteral("iPad");
            d.jailBroken = QStringLiteral("False");
            const bool corporate = !phone || m_rng.chance(70);
            d.managedDeviceOwnerType = corporate ? QStringLiteral("company") : QStringLiteral("personal");
            d.deviceEnrollmentType = corporate ? QStringLiteral("appleBulkWithUser") : QStringLiteral("userEnrollment");
            d.isSupervised = corporate;
            d.deviceName = possessive(latin(m.marketing), *user);
            break;
        }
        case DeviceKind::AndroidAdminLegacy:
        case DeviceKind::AndroidAdmin: {
            const bool legacy = kind == DeviceKind::AndroidAdminLegacy;
            const Model &m = legacy ? pick(androidLegacyModels) : pick(androidAdminModels);
            applyModel(d, m);
            applyCellular(d, m, user);
            d.operatingSystem = QStringLiteral("Android");
            // The first one of its kind is the documented example, Android 10.
            d.osVersion
                = legacy ? QStringLiteral("6.0.1") : (m_firstAdmin ? QStringLiteral("10") : version(daVersions));
            if (!legacy)
                m_firstAdmin = false;
            d.deviceType = QStringLiteral("android");
            d.deviceEnrollmentType = QStringLiteral("userEnrollment");
            d.managedDeviceOwnerType = m_rng.chance(70) ? QStringLiteral("personal") : QStringLiteral("company");
            d.isEncrypted = !legacy || m_rng.chance(50);
            d.deviceName = m_rng.chance(50) ? latin(m.marketing)
                                            : intuneDefaultName(*user, QStringLiteral("Android"), d.enrolledDateTime);
            break;
        }
        case DeviceKind::AndroidWorkProfile:
        case DeviceKind::AndroidWorkProfileNoToken: {
            const Model &m = pick(androidModels);
            applyModel(d, m);
            applyCellular(d, m, user);
            d.operatingSystem = QStringLiteral("Android");
            d.osVersion = version(aeVersions);
            d.deviceType = QStringLiteral("androidForWork");
            d.deviceEnrollmentType = QStringLiteral("userEnrollment");
            d.managedDeviceOwnerType = QStringLiteral("personal");
            d.resetTokenActivated = kind == DeviceKind::AndroidWorkProfile;
            d.deviceName = m_rng.chance(60)
                ? latin(m.marketing)
                : intuneDefaultName(*user, QStringLiteral("AndroidForWork"), d.enrolledDateTime);
            break;
        }
        case DeviceKind::AndroidCorporateWorkProfile:
        case DeviceKind::AndroidFullyManaged: {
            const Model &m = pick(androidModels);
            applyModel(d, m);
            applyCellular(d, m, user);
            d.operatingSystem = QStringLiteral("Android");
            d.osVersion = version(aeVersions);
            d.deviceType = QStringLiteral("androidEnterprise");
            d.deviceEnrollmentType = kind == DeviceKind::AndroidCorporateWorkProfile
                ? QStringLiteral("androidEnterpriseCorporateWorkProfile")
                : QStringLiteral("androidEnterpriseFullyManaged");
            d.deviceName = m_rng.chance(50)
                ? possessive(latin(m.marketing), *user)
                : intuneDefaultName(*user, QStringLiteral("AndroidEnterprise"), d.enrolledDateTime);
            break;
        }
        case DeviceKind::AndroidDedicated: {
            const Model &m = pick(dedicatedModels);
            applyModel(d, m);
            applyCellular(d, m, nullptr);
            d.operatingSystem = QStringLiteral("Android");
            d.osVersion = version(aeVersions);
            d.deviceType = QStringLiteral("androidEnterprise");
            d.deviceEnrollmentType = QStringLiteral("androidEnterpriseDedicatedDevice");
            d.joinType = QStringLiteral("unknown");
            d.azureADRegistered = false;
            d.deviceName
                = QStringLiteral("KIOSK-") + latin(m_rng.pick(kioskSites)) + QLatin1Char('-') + m_rng.digits(2);
            break;
        }
        case DeviceKind::Aosp: {
            const Model &m = pick(aospModels);
            applyModel(d, m);
            d.operatingSystem = QStringLiteral("Android");
            d.osVersion = m_rng.chance(50) ? QStringLiteral("10") : QStringLiteral("12");
            d.deviceType = QStringLiteral("androidnGMS");
            d.deviceEnrollmentType = QStringLiteral("androidAOSPUserOwnedDeviceEnrollment");
            d.managementAgent = QStringLiteral("intuneAosp");
            d.deviceName = possessive(latin(m.marketing), *user);
            break;
        }
        case DeviceKind::Windows10Mobile:
        case DeviceKind::Windows10MobileNoPinRecovery:
        case DeviceKind::Windows10MobileLegacy: {
            const bool legacy = kind == DeviceKind::Windows10MobileLegacy;
            const Model &m = legacy ? pick(win10MobileLegacyModels) : pick(win10MobileModels);
            applyModel(d, m);
            applyCellular(d, m, user);
            d.operatingSystem = QStringLiteral("Windows");
            d.osVersion = legacy
                ? QStringLiteral("10.0.14393.") + QString::number(m_rng.range(1000, 2551))
                : (m_rng.chance(60) ? QStringLiteral("10.0.15063.") + QString::number(m_rng.range(200, 1805))
                                    : QStringLiteral("10.0.15254.") + QString::number(m_rng.range(100, 603)));
            d.deviceType = QStringLiteral("windowsPhone");
            d.deviceEnrollmentType = QStringLiteral("windowsAzureADJoin");
            d.joinType = QStringLiteral("azureADJoined");
            d.pinRecoveryEnabled = kind == DeviceKind::Windows10Mobile;
            d.deviceName = possessive(latin(m.marketing), *user);
            break;
        }
        case DeviceKind::WindowsPhone81:
        case DeviceKind::WindowsPhone80: {
            const bool v81 = kind == DeviceKind::WindowsPhone81;
            const Model &m = v81 ? pick(wp81Models) : pick(wp80Models);
            applyModel(d, m);
            applyCellular(d, m, user);
            d.operatingSystem = QStringLiteral("WindowsPhone");
            d.osVersion = v81 ? QStringLiteral("8.10.") + QString::number(m_rng.range(14219, 15148)) + QLatin1Char('.')
                    + QString::number(m_rng.range(100, 400))
                              : QStringLiteral("8.0.10") + QString::number(m_rng.range(211, 521)) + QLatin1Char('.')
                    + QString::number(m_rng.range(50, 160));
            d.deviceType = QStringLiteral("windowsPhone");
            d.deviceEnrollmentType = QStringLiteral("userEnrollment");
            d.managedDeviceOwnerType = QStringLiteral("personal");
            d.joinType = QStringLiteral("unknown");
            d.azureADRegistered = v81;
            d.deviceName = possessive(latin(m.marketing), *user);
            break;
        }
        case DeviceKind::WindowsRt:
        case DeviceKind::WindowsRtOtherUser:
        case DeviceKind::Windows81Pc: {
            const bool rt = kind != DeviceKind::Windows81Pc;
            const Model &m = rt ? pick(rtModels) : pick(win81Models);
            applyModel(d, m);
            d.operatingSystem = QStringLiteral("Windows");
            d.osVersion = QStringLiteral("6.3.9600.") + QString::number(m_rng.range(17000, 20000));
            d.deviceType = rt ? QStringLiteral("windowsRT") : QStringLiteral("desktop");
            d.deviceEnrollmentType = QStringLiteral("userEnrollment");
            d.managedDeviceOwnerType = rt ? QStringLiteral("personal") : QStringLiteral("company");
            d.isEncrypted = rt || m_rng.chance(60);
            d.currentUserIsEnroller = kind != DeviceKind::WindowsRtOtherUser;
            d.deviceName = rt ? QStringLiteral("SURFACE-") + m_rng.alnum(7) : user->pcName;
            // The most recent sign-in is the current user.
            const QString other = m_users.size() > 1 ? m_users[m_users.size() - 2].id : m_rng.guid();
            const QDateTime older = d.lastSyncDateTime.addSecs(-m_rng.range(86400, 20 * 86400));
            const QDateTime recent = d.lastSyncDateTime.addSecs(-m_rng.range(60, 3600));
            if (d.currentUserIsEnroller) {
                d.usersLoggedOn.push_back({other, older});
                d.usersLoggedOn.push_back({user->id, recent});
            } else {
                d.usersLoggedOn.push_back({user->id, older});
                d.usersLoggedOn.push_back({other, recent});
            }
            break;
        }
        case DeviceKind::WindowsPc:
        case DeviceKind::IntuneClientPc: {
            const Model &m = pick(pcModels);
            applyModel(d, m);
            d.operatingSystem = QStringLiteral("Windows");
            d.deviceType = QStringLiteral("desktop");
            d.deviceName = windowsPcName(m_rng, user);
            if (kind == DeviceKind::IntuneClientPc) {
                d.osVersion = QStringLiteral("10.0.19045.") + QString::number(m_rng.range(3000, 5200));
                d.managementAgent = QStringLiteral("intuneClient");
                d.deviceEnrollmentType = QStringLiteral("unknown");
                d.joinType = QStringLiteral("unknown");
                d.azureADRegistered = false;
                d.isEncrypted = m_rng.chance(50);
            } else {
                const int v = int(m_rng.bounded(100));
                d.osVersion = v < 40 ? QStringLiteral("10.0.19045.") + QString::number(m_rng.range(3000, 5200))
                    : v < 85         ? QStringLiteral("10.0.22631.") + QString::number(m_rng.range(2000, 4602))
                                     : QStringLiteral("10.0.26100.") + QString::number(m_rng.range(1000, 2605));
                const int e = int(m_rng.bounded(100));
                if (e < 55) {
                    d.deviceEnrollmentType = QStringLiteral("windowsAzureADJoin");
                    d.joinType = QStringLiteral("azureADJoined");
                } else if (e < 80) {
                    d.deviceEnrollmentType = QStringLiteral("windowsAutoEnrollment");
                    d.joinType = QStringLiteral("hybridAzureADJoined");
                } else {
                    d.deviceEnrollmentType = QStringLiteral("windowsCoManagement");
                    d.joinType = QStringLiteral("hybridAzureADJoined");
                    d.managementAgent = QStringLiteral("configurationManagerClientMdm");
                }
                d.isEncrypted = m_rng.chance(92);
            }
            d.usersLoggedOn.push_back({user->id, d.lastSyncDateTime.addSecs(-m_rng.range(60, 86400))});
            break;
        }
        case DeviceKind::MacOs: {
            const Model &m = pick(macModels);
            applyModel(d, m);
            d.operatingSystem = QStringLiteral("macOS");
            d.osVersion = version(macVersions);
            d.deviceType = QStringLiteral("macMDM");
            const bool corporate = m_rng.chance(80);
            d.deviceEnrollmentType = corporate ? QStringLiteral("appleBulkWithUser") : QStringLiteral("userEnrollment");
            d.managedDeviceOwnerType = corporate ? QStringLiteral("company") : QStringLiteral("personal");
            d.isSupervised = corporate;
            d.isEncrypted = m_rng.chance(90);
            d.deviceName = possessive(latin(m.marketing), *user);
            break;
        }
        case DeviceKind::EasOnly: {
            // Seen only through the Exchange connector: sparse inventory.
            const bool apple = m_firstEas || m_rng.chance(60);
            m_firstEas = false;
            d.operatingSystem = apple ? QStringLiteral("iOS") : QStringLiteral("Android");
            d.osVersion = apple ? QStringLiteral("12.5.7") : QStringLiteral("9");
            d.deviceType = apple ? QStringLiteral("iPhone") : QStringLiteral("android");
            d.model = apple ? QStringLiteral("iPhone") : QStringLiteral("SM-G960F");
            d.manufacturer = apple ? QStringLiteral("Apple") : QStringLiteral("samsung");
            d.deviceName = apple ? possessive(QStringLiteral("iPhone"), *user) : QStringLiteral("Galaxy S9");
            d.managementAgent = QStringLiteral("eas");
            d.deviceEnrollmentType = QStringLiteral("unknown");
            d.managedDeviceOwnerType = QStringLiteral("personal");
            d.joinType = QStringLiteral("unknown");
            d.azureADRegistered = false;
            d.azureADDeviceId = QStringLiteral("00000000-0000-0000-0000-000000000000");
            d.deviceRegistrationState = QStringLiteral("notRegistered");
            d.complianceState = QStringLiteral("unknown");
            d.isEncrypted = false;
            break;
        }
        case DeviceKind::Count:
            break;
        }
        return d;
    }

    SimRandom m_rng;
    QDateTime m_now;
    std::vector<User> m_users;
    QHash<QString, int> m_upnCount;
    int m_remaining = 0;
    bool m_firstAdmin = true;
    bool m_firstEas = true;
};

} // namespace

QString TenantGenerator::asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out.append(c);
        else if (u == 0x0153)
            out.append(QLatin1String("oe"));
        else if (u == 0x0152)
            out.append(QLatin1String("OE"));
        else if (u == 0x00e6)
            out.append(QLatin1String("ae"));
        else if (u == 0x00c6)
            out.append(QLatin1String("AE"));
        else if (u == 0x00df)
            out.append(QLatin1String("ss"));
        // Anything else (combining marks after decomposition) is dropped.
    }
    return out;
}

std::vector<SimDevice> TenantGenerator::generate(quint64 seed, int count, const QDateTime &now)
{
    return Builder(seed, now).run(count);
}

} // namespace Passdesk::Sim
