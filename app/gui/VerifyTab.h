#pragma once

#include "ApiResult.h"
#include "Jwks.h"
#include "VerificationReport.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>

class ApiCall;
class KonnectClient;
class SignatureVerifier;

namespace Ui {
class VerifyTab;
}

// Checks that audit logs kept by a SIEM really came from Konnect: the chosen files' lines are verified against the
// keys of a JWKS (Konnect's, or a file) on worker threads (SignatureVerifier), with a progress bar and Cancel, so
// the window stays responsive whatever the size of the files. Shows how many lines were valid, invalid or unsigned,
// and which lines were invalid and why.
class VerifyTab : public QWidget
{
    Q_OBJECT
public:
    explicit VerifyTab(QWidget* parent = nullptr);
    ~VerifyTab() override;

    void setUp(KonnectClient* client);
    // Konnect's keys need a token; a JWKS file does not.
    void setKonnectAvailable(bool available);

    void addFiles(const QStringList& paths);
    QStringList files() const;
    void setJwksFile(const QString& path);
    void useKonnectKeys();

    void verify();
    void cancel();
    bool isRunning() const;
    const std::optional<VerificationReport>& report() const { return m_report; }

signals:
    void runningChanged(bool running);

private:
    void chooseFiles();
    void chooseJwksFile();
    void onKeysReady(const Jwks& keys);
    void onKonnectKeys(const ApiResult& result);
    void onProgress(qint64 bytesDone, qint64 bytesTotal, qint64 linesDone);
    void onFinished(const VerificationReport& report);
    void showReport(const VerificationReport& report);
    void setRunning(bool running);
    void updateActions();
    void showMessage(const QString& text, bool problem);

    const std::unique_ptr<Ui::VerifyTab> m_ui;
    KonnectClient* m_client = nullptr;
    SignatureVerifier* m_verifier;
    QPointer<ApiCall> m_jwksCall;
    bool m_konnectAvailable = false;
    bool m_running = false;
    QStringList m_runFiles;
    std::optional<VerificationReport> m_report;
};
