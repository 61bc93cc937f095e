#include "profileeditor.h"

#include "appearance.h"
#include "deviceindex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Passdesk {

ProfileEditor::ProfileEditor(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_cloud(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_auditLog(new QCheckBox(this))
    , m_readiness(new QCheckBox(this))
    , m_help(new QLabel(this))
    , m_error(new QLabel(this))
    , m_form(new QFormLayout)
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("profileEditor"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_auditLog->setObjectName(QStringLiteral("auditLogCheck"));
    m_readiness->setObjectName(QStringLiteral("readinessCheck"));
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    for (const Cloud c : allClouds())
        m_cloud->addItem(QString(), cloudKey(c));
    m_help->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:%1;").arg(Appearance::warningColor(palette()).name()));
    m_list->setMinimumWidth(180);

    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_tenant),
             static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_clientId)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(QString(), m_auditLog);
    m_form->addRow(QString(), m_readiness);
    QFont small = m_help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_help->setFont(small);
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_error);
    right->addStretch();
    right->addWidget(m_help);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(right, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_save);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bottom);
    resize(780, 420);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_profiles.size())
            showProfile(m_profiles.at(row));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        TenantProfile p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.displayName = tr("New tenant");
        m_profiles << p;
        m_list->addItem(p.displayName);
        m_list->setCurrentRow(int(m_profiles.size()) - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_store.remove(m_currentId);
        DeviceIndex::forgetProfile(m_currentId); // this computer's copy of its devices goes too
        reload(QString());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveCurrent())
            reload(m_currentId);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    reload(m_store.currentId());
}

void ProfileEditor::selectProfile(const QString &id)
{
    reload(id);
}

void ProfileEditor::reload(const QString &selectId)
{
    m_profiles = m_store.profiles();
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_list->addItem(m_profiles.at(i).displayName);
        if (m_profiles.at(i).id == selectId)
            select = i;
    }
    m_list->setCurrentRow(select);
}

void ProfileEditor::showProfile(const TenantProfile &p)
{
    m_currentId = p.id;
    m_name->setText(p.displayName);
    m_tenant->setText(p.tenant);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(cloudKey(p.cloud))));
    m_clientId->setText(p.clientId);
    m_auditLog->setChecked(p.readAuditLog);
    m_readiness->setChecked(p.checkReadiness);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_tenant),
             static_cast<QWidget *>(m_cloud), static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_auditLog),
             static_cast<QWidget *>(m_readiness)})
        w->setEnabled(!p.demo);
    m_remove->setEnabled(!p.demo);
    m_save->setEnabled(!p.demo);
    m_error->clear();
}

bool ProfileEditor::saveCurrent()
{
    TenantProfile p;
    p.id = m_currentId;
    p.displayName = m_name->text().trimmed();
    p.tenant = m_tenant->text().trimmed();
    p.cloud = cloudFromKey(m_cloud->currentData().toString());
    p.clientId = m_clientId->text().trimmed();
    p.readAuditLog = m_auditLog->isChecked();
    p.checkReadiness = m_readiness->isChecked();
    QString why;
    if (!p.validate(&why)) {
        m_error->setText(why);
        return false;
    }
    m_store.save(p);
    m_error->clear();
    return true;
}

void ProfileEditor::retranslate()
{
    setWindowTitle(tr("Tenant profiles"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    };
    label(m_name, tr("&Name:"));
    label(m_tenant, tr("&Tenant:"));
    label(m_cloud, tr("C&loud:"));
    label(m_clientId, tr("&Application (client) ID:"));
    m_auditLog->setText(tr("Read Intune's a&udit log for device history\n(DeviceManagementApps.Read.All)"));
    m_auditLog->setToolTip(tr("Shows who sent each remote action, from Intune's audit log. The app registration "
                              "needs this delegated permission, and the operator an Intune role that may read audit "
                              "data."));
    m_readiness->setText(tr("Check the tenant's read&iness for Windows PIN reset\n(Application.Read.All, "
                            "DeviceManagementConfiguration.Read.All)"));
    m_readiness->setToolTip(tr("Lets File > Tenant readiness read the PIN reset service's enterprise applications and "
                               "the EnablePinRecovery policy. Without it those checks say they cannot tell."));
    m_tenant->setPlaceholderText(tr("contoso.onmicrosoft.com or the tenant ID"));
    m_clientId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    for (int i = 0; i < m_cloud->count(); ++i)
        m_cloud->setItemText(i, cloudDisplayName(cloudFromKey(m_cloud->itemData(i).toString())));
    m_help->setText(
        tr("Your organization registers Passdesk once in Entra ID (App registrations) as a public client "
           "with the redirect URI http://localhost and the delegated permissions "
           "DeviceManagementManagedDevices.Read.All and DeviceManagementManagedDevices.PrivilegedOperations.All. "
           "Copy its application (client) ID here. Reading Windows LAPS passwords and BitLocker keys also "
           "needs DeviceLocalCredential.Read.All and BitlockerKey.Read.All (admin consent): Passdesk asks for "
           "them the first time an operator reveals one."));
    m_add->setText(tr("A&dd"));
    m_remove->setText(tr("&Remove"));
    m_save->setText(tr("&Save"));
    m_close->setText(tr("Close"));
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Passdesk
