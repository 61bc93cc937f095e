#include "devicestore.h"
#include "devicetreemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <random>

using namespace Passdesk;

class TestDeviceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void modelTester();
    void groupsByPlatform();
    void groupsByUserAndChannel();
    void filterAsYouType_data();
    void filterAsYouType();
    void lookupById();
    void filteringWhilePagesArrive();
    void rowsSurviveAKeystroke();
    void storeKeepsEachDeviceOnceInNameOrder();
    void narrowingFindsWhatAFullSearchFinds();
    void pagesInAnyOrderGiveTheNameOrder();
    void devicesReadAgainKeepTheIndexesRight();
    void naturalNameOrder();
    void foldsCaseAndAccents_data();
    void foldsCaseAndAccents();

private:
    static std::vector<Device> sample();
    static std::vector<Device> generated(int from, int count);
    DeviceStore *m_store = nullptr;
    DeviceTreeModel *m_model = nullptr;
};

std::vector<Device> TestDeviceTreeModel::sample()
{
    const auto make = [](const char *id, const char *name, const char *user, const char *upn, const char *os,
                          const char *type, const char *agent, const char *serial, const char *imei) {
        Device d;
        d.id = QString::fromLatin1(id);
        d.deviceName = QString::fromUtf8(name);
        d.userDisplayName = QString::fromUtf8(user);
        d.userPrincipalName = QString::fromLatin1(upn);
        d.operatingSystem = QString::fromLatin1(os);
        d.osVersion = QStringLiteral("13");
        d.deviceType = QString::fromLatin1(type);
        d.managementAgent = QString::fromLatin1(agent);
        d.serialNumber = QString::fromLatin1(serial);
        d.imei = QString::fromLatin1(imei);
        d.kind = classify(d);
        return d;
    };
    return {
        make("1", "Pixel 7", "Lucie Moreau", "lucie.moreau@contoso.com", "Android", "androidForWork", "mdm", "P7A1",
            "356938035643809"),
        make("2", "Galaxy A54", "Mario Rossi", "mario.rossi@contoso.com", "Android", "android", "mdm", "GA54",
            "490154203237518"),
        make("3", "iPhone de Jean-Luc", "Jean-Luc Lefèvre", "jean-luc.lefevre@contoso.com", "iOS", "iPhone", "mdm",
            "F2LX", "353918057125543"),
        make("4", "MROSSI-PC", "Mario Rossi", "mario.rossi@contoso.com", "Windows", "desktop", "mdm", "5CG1", ""),
        make("5", "Nokia Lumia", "Giulia Bianchi", "giulia.bianchi@contoso.com", "Android", "android", "eas", "",
            "013554006297015"),
        make("6", "Kiosk 12", "", "", "Android", "androidEnterprise", "mdm", "K12", ""),
    };
}

std::vector<Device> TestDeviceTreeModel::generated(int from, int count)
{
    static const char *const users[] = {"Mario Rossi", "Lucie Moreau", "Jean-Luc Lefèvre", "Giulia Bianchi", ""};
    static const char *const systems[] = {"Android", "iOS", "Windows", "macOS"};
    std::vector<Device> devices;
    for (int i = from; i < from + count; ++i) {
        Device d;
        d.id = QStringLiteral("dev-%1").arg(i);
        d.deviceName = QStringLiteral("PC-%1").arg(i);
        d.userDisplayName = QString::fromUtf8(users[i % 5]);
        d.operatingSystem = QString::fromLatin1(systems[i % 4]);
        d.osVersion = QStringLiteral("14");
        d.managementAgent = i % 7 == 0 ? QStringLiteral("eas") : QStringLiteral("mdm");
        d.serialNumber = QStringLiteral("SN%1").arg(i * 7919);
        d.phoneNumber = i % 3 == 0 ? QStringLiteral("+39 06 %1").arg(100000 + i) : QString();
        d.kind = classify(d);
        devices.push_back(d);
    }
    return devices;
}

void TestDeviceTreeModel::init()
{
    delete m_model;
    delete m_store;
    m_store = new DeviceStore(this);
    m_model = new DeviceTreeModel(m_store, this);
    m_store->reset(sample());
}

void TestDeviceTreeModel::modelTester()
{
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setGrouping(DeviceTreeModel::Grouping::User);
    m_model->setFilterText(QStringLiteral("rossi"));
    m_model->setFilterText(QString());
    m_model->setGrouping(DeviceTreeModel::Grouping::Channel);
    m_store->reset(sample());
    Device renamed = sample().front();
    renamed.deviceName = QStringLiteral("Pixel 7 (renamed)");
    m_store->update(renamed);
    renamed.userDisplayName = QStringLiteral("Someone Else");
    m_model->setGrouping(DeviceTreeModel::Grouping::User);
    m_store->update(renamed); // moves to another group
    m_store->reset({});
}

void TestDeviceTreeModel::filteringWhilePagesArrive()
{
    // A load arrives page by page while the operator types: the model stays
    // consistent, and shows exactly the devices of the store that match.
    QAbstractItemModelTester tester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_store->reset({});
    const QStringList typing{QStringLiteral("r"), QStringLiteral("ro"), QStringLiteral("ros"), QString(),
        QStringLiteral("pc-1"), QStringLiteral("pc-12"), QStringLiteral("+39"), QStringLiteral("lefevre")};
    for (int page = 0; page < 8; ++page) {
        m_store->add(generated(page * 40, 40));
        m_model->setFilterText(typing.at(page));
        int rows = 0;
        for (int g = 0; g < m_model->rowCount(); ++g)
            rows += m_model->rowCount(m_model->index(g, 0));
        QCOMPARE(rows, m_model->matchCount());
        const QStringList terms = foldForSearch(typing.at(page)).split(QChar(u' '), Qt::SkipEmptyParts);
        QCOMPARE(m_model->matchCount(), int(m_store->match(terms).size()));
        if (page == 1)
            m_model->setGrouping(DeviceTreeModel::Grouping::User);
    }
    QCOMPARE(m_model->deviceCount(), 320);
}

void TestDeviceTreeModel::rowsSurviveAKeystroke()
{
    // What a view holds (its selection, current row, expanded groups) are
    // persistent indexes: a keystroke moves them with their rows.
    m_store->reset(generated(0, 200));
    const QPersistentModelIndex pc42 = m_model->indexOfDevice(QStringLiteral("dev-42"));
    const QPersistentModelIndex pc43 = m_model->indexOfDevice(QStringLiteral("dev-43"));
    const QPersistentModelIndex group = pc42.parent();
    QVERIFY(pc42.isValid() && pc43.isValid() && group.isValid());
    m_model->setFilterText(QStringLiteral("pc-4"));
    QVERIFY(pc42.isValid());
    QCOMPARE(pc42.data(DeviceTreeModel::DeviceIdRole).toString(), QStringLiteral("dev-42"));
    QCOMPARE(QModelIndex(pc42), m_model->indexOfDevice(QStringLiteral("dev-42")));
    QCOMPARE(QModelIndex(group), m_model->indexOfDevice(QStringLiteral("dev-42")).parent());
    m_model->setFilterText(QStringLiteral("pc-42"));
    QCOMPARE(pc42.data(DeviceTreeModel::DeviceIdRole).toString(), QStringLiteral("dev-42"));
    QVERIFY(!pc43.isValid()); // no longer shown
    m_model->setFilterText(QString());
    QCOMPARE(pc42.data(DeviceTreeModel::DeviceIdRole).toString(), QStringLiteral("dev-42"));
    // A page that arrives keeps them too.
    m_store->add(generated(200, 50));
    QCOMPARE(pc42.data(DeviceTreeModel::DeviceIdRole).toString(), QStringLiteral("dev-42"));
}

void TestDeviceTreeModel::storeKeepsEachDeviceOnceInNameOrder()
{
    DeviceStore store;
    store.add(generated(0, 12));
    std::vector<Device> again = generated(10, 5); // two already there
    again[0].serialNumber = QStringLiteral("NEW");
    const std::vector<int> added = store.add(again);
    QCOMPARE(added.size(), size_t(3));
    QCOMPARE(store.deviceCount(), 15);
    QCOMPARE(store.deviceById(QStringLiteral("dev-10"))->serialNumber, QStringLiteral("NEW"));
    // Natural order: PC-2 before PC-10.
    QStringList names;
    for (const int i : store.nameOrder())
        names << store.at(i).deviceName;
    QCOMPARE(names.mid(0, 4),
        (QStringList{QStringLiteral("PC-0"), QStringLiteral("PC-1"), QStringLiteral("PC-2"), QStringLiteral("PC-3")}));
    QCOMPARE(names.last(), QStringLiteral("PC-14"));
    // Repeated text is held once.
    QVERIFY(store.at(0).operatingSystem.constData() == store.at(4).operatingSystem.constData());
    // The phone number is searched too.
    QCOMPARE(store.match({QStringLiteral("+39 06 100003")}).size(), size_t(1));
    // A line feed (which separates devices in the search buffer) never joins two of them.
    QCOMPARE(
        store.match({QStringLiteral("100003\npc-1")}), store.match({QStringLiteral("100003"), QStringLiteral("pc-1")}));
    QCOMPARE(store.match({QStringLiteral("\n")}).size(), size_t(store.deviceCount()));
}

void TestDeviceTreeModel::narrowingFindsWhatAFullSearchFinds()
{
    m_store->reset(generated(0, 500));
    const QStringList typing{QStringLiteral("p"), QStringLiteral("pc"), QStringLiteral("pc-1"), QStringLiteral("pc-12"),
        QStringLiteral("pc-12 ro"), QStringLiteral("pc-12 ros"), QStringLiteral("pc-1"), QStringLiteral("sn")};
    for (const QString &text : typing) {
        m_model->setFilterText(text);
        const QStringList terms = foldForSearch(text).split(QChar(u' '), Qt::SkipEmptyParts);
        QCOMPARE(m_model->matchCount(), int(m_store->match(terms).size()));
    }
}

void TestDeviceTreeModel::pagesInAnyOrderGiveTheNameOrder()
{
    // Names that sort in every way: shuffled, repeated, differing in case,
    // accents and digit runs, arriving in pages of uneven size.
    std::vector<Device> all = generated(0, 600);
    static const char *const names[] = {"PC-%1", "pc-%1", "Écran %1", "ecran %1", "A", "z-%1-9", "%1"};
    for (size_t i = 0; i < all.size(); ++i)
        all[i].deviceName = QString::fromUtf8(names[i % 7]).arg(i % 97);
    std::mt19937 shuffle(7);
    std::shuffle(all.begin(), all.end(), shuffle);
    DeviceStore whole;
    whole.reset(all);
    DeviceStore paged;
    for (size_t from = 0, size = 1; from < all.size(); from += size, size = size * 2 + 3)
        paged.add(std::vector<Device>(
            all.begin() + qsizetype(from), all.begin() + qsizetype(std::min(all.size(), from + size))));
    QCOMPARE(paged.deviceCount(), whole.deviceCount());
    QStringList wholeOrder, pagedOrder;
    for (const int i : whole.nameOrder())
        wholeOrder << whole.at(i).deviceName;
    for (const int i : paged.nameOrder())
        pagedOrder << paged.at(i).deviceName;
    QCOMPARE(pagedOrder, wholeOrder);
    // Natural order, case and accents aside.
    QCOMPARE(wholeOrder.first(), QStringLiteral("0"));
    QVERIFY(wholeOrder.indexOf(QStringLiteral("PC-2")) >= 0);
    QVERIFY(wholeOrder.indexOf(QStringLiteral("PC-2")) < wholeOrder.indexOf(QStringLiteral("PC-10")));
    QVERIFY(wholeOrder.indexOf(QStringLiteral("A")) < wholeOrder.indexOf(QStringLiteral("Écran 1")));
}

void TestDeviceTreeModel::devicesReadAgainKeepTheIndexesRight()
{
    DeviceStore store;
    store.add(generated(0, 50));
    const auto names = [](const DeviceStore &s) {
        QStringList out;
        for (const int i : s.nameOrder())
            out << s.at(i).deviceName;
        return out;
    };
    const auto found = [&store](const QString &text) {
        QStringList ids;
        for (const int i : store.match({foldForSearch(text)}))
            ids << store.at(i).id;
        return ids;
    };
    // Read again: one renamed, one with a serial number as long as before, one longer, one the same.
    std::vector<Device> again = generated(3, 4);
    again[0].deviceName = QStringLiteral("AAA");
    again[1].serialNumber = QStringLiteral("SN99999");
    QCOMPARE(again[1].serialNumber.size(), generated(4, 1)[0].serialNumber.size());
    again[2].serialNumber = QStringLiteral("SN-LONGER-THAN-BEFORE");
    const QString oldSerial4 = generated(4, 1)[0].serialNumber;
    store.add(again);
    QCOMPARE(store.deviceCount(), 50);
    QCOMPARE(names(store).first(), QStringLiteral("AAA"));
    QCOMPARE(names(store).count(QStringLiteral("PC-3")), 0);
    QCOMPARE(found(QStringLiteral("aaa")), QStringList{QStringLiteral("dev-3")});
    QCOMPARE(found(QStringLiteral("SN99999")), QStringList{QStringLiteral("dev-4")});
    QVERIFY(!found(oldSerial4).contains(QStringLiteral("dev-4")));
    QCOMPARE(found(QStringLiteral("longer-than")), QStringList{QStringLiteral("dev-5")});
    QCOMPARE(found(QStringLiteral("PC-6")), QStringList{QStringLiteral("dev-6")});
    // One read alone, renamed: placed again.
    Device d = *store.deviceById(QStringLiteral("dev-7"));
    d.deviceName = QStringLiteral("zzz");
    QCOMPARE(store.update(d), store.indexOf(QStringLiteral("dev-7")));
    QCOMPARE(names(store).last(), QStringLiteral("zzz"));
    QCOMPARE(int(store.nameOrder().size()), 50);
    // Two leave: the others keep their text, order and search.
    QSet<QString> keep;
    for (int i = 0; i < store.deviceCount(); ++i)
        keep.insert(store.at(i).id);
    keep.remove(QStringLiteral("dev-3"));
    keep.remove(QStringLiteral("dev-10"));
    QSignalSpy reset(&store, &DeviceStore::wasReset);
    store.keepOnly(keep);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(store.deviceCount(), 48);
    DeviceStore fresh;
    std::vector<Device> kept;
    for (int i = 0; i < store.deviceCount(); ++i)
        kept.push_back(store.at(i));
    fresh.reset(kept);
    QCOMPARE(names(store), names(fresh));
    QVERIFY(found(QStringLiteral("aaa")).isEmpty());
    QCOMPARE(found(QStringLiteral("SN99999")), QStringList{QStringLiteral("dev-4")});
    QCOMPARE(found(QStringLiteral("zzz")), QStringList{QStringLiteral("dev-7")});
    QCOMPARE(store.at(store.indexOf(QStringLiteral("dev-49"))).id, QStringLiteral("dev-49"));
    store.keepOnly(keep); // nothing leaves: nothing changes
    QCOMPARE(reset.size(), 1);
    // One field read alone is the field of the whole device.
    for (int i = 0; i < store.deviceCount(); ++i) {
        const Device whole = store.at(i);
        QCOMPARE(store.kindAt(i), whole.kind);
        QCOMPARE(store.textAt(i, &Device::id), whole.id);
        for (QString Device::*field : kPackedTextFields)
            QCOMPARE(store.textAt(i, field), whole.*field);
        for (QString Device::*field : kTableTextFields)
            QCOMPARE(store.textAt(i, field), whole.*field);
    }
}

void TestDeviceTreeModel::naturalNameOrder()
{
    const QStringList expected{QStringLiteral("7"), QStringLiteral("007b"), QStringLiteral("A"),
        QStringLiteral("Écran"), QStringLiteral("ecran 2"), QStringLiteral("iPhone 9"), QStringLiteral("iphone 10"),
        QStringLiteral("iPhone 10 Pro"), QStringLiteral("iPhone 11"), QStringLiteral("SN 99999999999999999999"),
        QStringLiteral("SN 100000000000000000000"), QStringLiteral("SN-1"), QStringLiteral("Zoé")};
    std::vector<Device> devices;
    for (int i = 0; i < int(expected.size()); ++i) {
        Device d;
        d.id = QStringLiteral("dev-%1").arg(i);
        d.deviceName = expected.at(expected.size() - 1 - i); // given in reverse
        devices.push_back(d);
    }
    DeviceStore store;
    store.reset(devices);
    QStringList names;
    for (const int i : store.nameOrder())
        names << store.at(i).deviceName;
    QCOMPARE(names, expected);
}

void TestDeviceTreeModel::foldsCaseAndAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("PC-12 Mario.Rossi@Contoso.COM")
                           << QStringLiteral("pc-12 mario.rossi@contoso.com");
    QTest::newRow("accent in a name") << QStringLiteral("Jean-Luc Lefèvre") << QStringLiteral("jean-luc lefevre");
    QTest::newRow("capital with accent") << QStringLiteral("ÉLODIE Müller") << QStringLiteral("elodie muller");
    QTest::newRow("combining mark after ascii") << QStringLiteral("Jose\u0301") << QStringLiteral("jose");
    QTest::newRow("run of accents") << QStringLiteral("àéîõü") << QStringLiteral("aeiou");
    QTest::newRow("greek") << QStringLiteral("ΣΟΦΊΑ") << QStringLiteral("σοφια");
    QTest::newRow("outside the BMP") << QStringLiteral("📱 iPhone") << QStringLiteral("📱 iphone");
    QTest::newRow("empty") << QString() << QString();
}

void TestDeviceTreeModel::foldsCaseAndAccents()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

void TestDeviceTreeModel::groupsByPlatform()
{
    QCOMPARE(m_model->rowCount(), 4); // iOS/iPadOS, Android, Windows, Exchange ActiveSync
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("iOS/iPadOS (1)"));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Android (3)"));
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("Exchange ActiveSync (1)"));
    const QModelIndex android = m_model->index(1, 0);
    // Sorted by name within the group.
    QCOMPARE(m_model->index(0, 0, android).data().toString(), QStringLiteral("Galaxy A54"));
    QCOMPARE(m_model->index(2, 0, android).data().toString(), QStringLiteral("Pixel 7"));
    QCOMPARE(m_model->index(2, DeviceTreeModel::UserColumn, android).data().toString(), QStringLiteral("Lucie Moreau"));
}

void TestDeviceTreeModel::groupsByUserAndChannel()
{
    m_model->setGrouping(DeviceTreeModel::Grouping::User);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Giulia Bianchi (1)"));
    QCOMPARE(m_model->index(4, 0).data().toString(), QStringLiteral("No user (1)")); // last
    m_model->setGrouping(DeviceTreeModel::Grouping::Channel);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Managed directly (5)"));
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Exchange ActiveSync (1)"));
}

void TestDeviceTreeModel::filterAsYouType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    QTest::newRow("name") << QStringLiteral("pixel") << 1;
    QTest::newRow("user, two devices") << QStringLiteral("Rossi") << 2;
    QTest::newRow("accent-insensitive") << QStringLiteral("lefevre") << 1;
    QTest::newRow("accent typed") << QStringLiteral("Lefèvre") << 1;
    QTest::newRow("UPN") << QStringLiteral("giulia.bianchi@") << 1;
    QTest::newRow("serial") << QStringLiteral("5cg1") << 1;
    QTest::newRow("IMEI") << QStringLiteral("3569380356") << 1;
    QTest::newRow("two words") << QStringLiteral("mario pc") << 1;
    QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    QTest::newRow("empty") << QString() << 6;
}

void TestDeviceTreeModel::filterAsYouType()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    m_model->setFilterText(text);
    QCOMPARE(m_model->matchCount(), matches);
    int rows = 0;
    for (int g = 0; g < m_model->rowCount(); ++g)
        rows += m_model->rowCount(m_model->index(g, 0));
    QCOMPARE(rows, matches);
}

void TestDeviceTreeModel::lookupById()
{
    const QModelIndex index = m_model->indexOfDevice(QStringLiteral("4"));
    QVERIFY(index.isValid());
    QCOMPARE(m_model->deviceAt(index)->deviceName, QStringLiteral("MROSSI-PC"));
    QCOMPARE(index.data(DeviceTreeModel::DeviceIdRole).toString(), QStringLiteral("4"));
    // Look-alikes are told apart by serial number and last check-in.
    Device d = *m_model->deviceAt(index);
    d.serialNumber = QStringLiteral("SN-0004");
    d.lastSyncDateTime = QDateTime(QDate(2026, 11, 30), QTime(14, 2), QTimeZone::utc());
    m_store->update(d);
    QCOMPARE(index.siblingAtColumn(DeviceTreeModel::SerialColumn).data().toString(), QStringLiteral("SN-0004"));
    QCOMPARE(index.siblingAtColumn(DeviceTreeModel::LastSyncColumn).data().toString(),
        QLocale().toString(d.lastSyncDateTime.toLocalTime(), QLocale::NarrowFormat));
    m_model->setFilterText(QStringLiteral("pixel"));
    QVERIFY(!m_model->indexOfDevice(QStringLiteral("4")).isValid()); // filtered out
    QVERIFY(m_model->deviceById(QStringLiteral("4"))); // still known
    QVERIFY(!m_model->deviceById(QStringLiteral("nope")));
    QVERIFY(!m_model->deviceAt(m_model->index(0, 0))); // a group row is not a device
}

QTEST_GUILESS_MAIN(TestDeviceTreeModel)
#include "tst_devicetreemodel.moc"
