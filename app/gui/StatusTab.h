#pragma once

#include "ApiResult.h"
#include "Scope.h"
#include "WebhookStatus.h"

#include <QWidget>
#include <memory>
#include <optional>

class ApiPoller;
class Clock;
class KonnectClient;

namespace Ui {
class StatusTab;
}

// Konnect's delivery status for the open profile's region, in plain words (WebhookStatusExplanation): enabled and
// status with what they mean, the last attempt (relative and in local time), the SIEM's last answer and what to do.
// Refreshes every 30 s while the tab is shown, at once when it is shown, and after an Apply; never two requests at
// a time. Hidden, it still asks once per scope (at start-up and on a scope change), so that a failing webhook shows
// in the window's banner and on this tab's title without visiting it.
class StatusTab : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 refreshIntervalMs = 30000;

    explicit StatusTab(QWidget* parent = nullptr);
    ~StatusTab() override;

    void setUp(KonnectClient* client, Clock* clock);
    // Without a token nothing can be asked: `why` says so instead.
    void setAvailable(bool available, const QString& why = {});
    // Another profile or region: forget what was shown.
    void reset();
    // Whose webhook to show (the organization's or a Dev Portal's): forgets what was shown and asks again.
    void setScope(const Scope& scope);
    const Scope& scope() const { return m_scope; }
    // Konnect's configuration changed (an Apply): ask again now, or as soon as the tab is shown.
    void refreshAfterChange();
    void refreshNow();

    bool isPolling() const;
    // Konnect's status word ("active", "inactive", "unconfigured") as a person reads it, with what enabled means.
    static QString statusWords(const WebhookStatus& status);
    const std::optional<WebhookStatus>& lastStatus() const { return m_status; }

signals:
    // A status was read (or forgotten: nullopt), for the window's banner and the tab's badge.
    void statusChanged(const std::optional<WebhookStatus>& status);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updatePolling();
    // Once the event loop is back (the token and scope settle together), one request if this scope was not asked.
    void askOnceSoon();
    void onAnswered(const ApiResult& result);
    void showStatus(const WebhookStatus& status);
    void clearValues(const QString& placeholder);

    const std::unique_ptr<Ui::StatusTab> m_ui;
    Clock* m_clock = nullptr;
    ApiPoller* m_poller = nullptr;
    bool m_available = false;
    Scope m_scope;
    std::optional<WebhookStatus> m_status;
    bool m_askedForScope = false;
    bool m_askPending = false;
};
