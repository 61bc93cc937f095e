#pragma once

#include "readinessjob.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Passdesk {

class Session;

// File > Tenant readiness: what Graph can tell about the tenant before an
// action fails, each check ready, not ready or "cannot tell", with its fix.
class ReadinessDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReadinessDialog(Session *session, QWidget *parent = nullptr);
    void check();
    bool isChecking() const { return !m_job.isNull(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    Session *m_session;
    QLabel *m_intro;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_again;
    QPushButton *m_close;
    QPointer<ReadinessJob> m_job;
    ReadinessJob::Result m_result;
    bool m_hasResult = false;
};

} // namespace Passdesk
