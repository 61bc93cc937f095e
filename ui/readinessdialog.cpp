#include "readinessdialog.h"

#include "appearance.h"
#include "safetext.h"
#include "session.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Passdesk {

ReadinessDialog::ReadinessDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_list(new QWidget(this))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_again(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("readinessDialog"));
    m_again->setObjectName(QStringLiteral("readinessAgainButton"));
    m_intro->setWordWrap(true);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_again);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    connect(m_again, &QPushButton::clicked, this, &ReadinessDialog::check);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_close->setDefault(true);
    resize(760, 720);
    retranslate();
}

void ReadinessDialog::check()
{
    if (m_job)
        return;
    m_job = m_session->checkReadiness();
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] {
        if (job->result().complete) {
            m_result = job->result();
            m_hasResult = true;
        }
        m_job.clear();
        render();
    });
    m_job->start();
    render();
}

void ReadinessDialog::retranslate()
{
    setWindowTitle(tr("Tenant readiness"));
    m_again->setText(tr("Check &again"));
    m_close->setText(tr("Close"));
    render();
}

void ReadinessDialog::render()
{
    m_intro->setText(m_job ? tr("Checking what Microsoft Graph can tell about the tenant…")
                           : tr("What Microsoft Graph can tell about tenant %1 before an action fails. Windows PIN "
                                "reset needs the Microsoft PIN reset service (its two enterprise applications) and "
                                "the EnablePinRecovery policy.")
                                 .arg(m_session->tenantName()));
    m_again->setEnabled(!m_job);
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_hasResult) {
        m_listLayout->addStretch();
        return;
    }
    const QColor warning = Appearance::warningColor(palette());
    for (const ReadinessJob::Check &c : m_result.checks) {
        auto *row = new QFrame(m_list);
        row->setObjectName(QStringLiteral("check-") + c.id);
        row->setFrameShape(QFrame::StyledPanel);
        auto *grid = new QGridLayout(row);
        auto *state = new QLabel(row);
        state->setObjectName(QStringLiteral("state"));
        switch (c.state) {
        case ReadinessJob::State::Ready:
            state->setText(tr("Ready"));
            break;
        case ReadinessJob::State::NotReady:
            state->setText(tr("Not ready"));
            state->setStyleSheet(QStringLiteral("QLabel{border:2px solid %1;padding:2px;}").arg(warning.name()));
            break;
        case ReadinessJob::State::CannotTell:
            state->setText(tr("Cannot tell"));
            break;
        }
        QFont bold = state->font();
        bold.setBold(true);
        state->setFont(bold);
        state->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *title = new QLabel(c.title(), row);
        title->setFont(bold);
        title->setWordWrap(true);
        // Found on the server (policy names): plain text only.
        auto *detail = new QLabel(safeText(c.detail()), row);
        detail->setObjectName(QStringLiteral("detail"));
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(state, 0, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(title, 0, 1);
        grid->addWidget(detail, 1, 1);
        int line = 2;
        if (c.state != ReadinessJob::State::Ready && c.fix) {
            auto *fix = new QLabel(tr("To fix: %1").arg(c.fix()), row);
            fix->setObjectName(QStringLiteral("fix"));
            fix->setTextFormat(Qt::PlainText);
            fix->setWordWrap(true);
            fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(fix, line++, 1);
        }
        if (c.state != ReadinessJob::State::Ready && !c.links.isEmpty()) {
            QStringList links;
            for (const QUrl &url : c.links) {
                const QString text = url.host().contains(QLatin1String("login."))
                    ? tr("Consent page (tenant administrator)")
                    : tr("Microsoft documentation");
                links << QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
            }
            auto *linkLabel = new QLabel(links.join(QStringLiteral(" · ")), row);
            linkLabel->setTextFormat(Qt::RichText);
            linkLabel->setOpenExternalLinks(true);
            linkLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
            grid->addWidget(linkLabel, line++, 1);
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnMinimumWidth(0, 110);
        m_listLayout->addWidget(row);
    }
    m_listLayout->addStretch();
}

void ReadinessDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Passdesk
