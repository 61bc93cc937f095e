#pragma once

#include "tenantprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Passdesk {

// Adds, edits and removes tenant profiles (plain settings, no secret).
class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    void selectProfile(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload(const QString &selectId);
    void showProfile(const TenantProfile &profile);
    bool saveCurrent();

    ProfileStore m_store;
    QList<TenantProfile> m_profiles;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_tenant;
    QComboBox *m_cloud;
    QLineEdit *m_clientId;
    QCheckBox *m_auditLog;
    QCheckBox *m_readiness;
    QLabel *m_help;
    QLabel *m_error;
    QFormLayout *m_form;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_close;
    QString m_currentId;
};

} // namespace Passdesk
