#pragma once

#include "Command.h"
#include "ConnectionTest.h"

#include <QCommandLineOption>
#include <QList>
#include <optional>

// `test-endpoint`: the connection test without a window. Checks Konnect (when a token is there), then sends the SIEM
// endpoint what Konnect sends, under Konnect's retry rule, and says whether Konnect will be able to deliver.
// Settings not given come from Konnect's current configuration; the authorization, which Konnect never returns,
// from --authorization-env/--authorization-stdin, else the one remembered in the keychain for the profile, else
// none is sent (and the verdict says what that means).
class TestEndpointCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    // For the command catalog.
    static QString summary();
    static QList<QCommandLineOption> options();
    static const char* help(); // the page without the global options block

protected:
    FieldErrors checkOptions() override;
    // The token is optional here, so this command finds it itself (see run()).
    bool talksToKonnect() const override { return false; }
    void run() override;

private:
    enum class AuthorizationSource { None, Environment, Stdin, Keychain, Preset };

    std::optional<FieldError> loadPreset(const QString& id);
    void readRememberedAuthorization();
    void resolveToken();
    // Reads --destination first, when given.
    void startTest(bool haveToken, const QString& tokenProblem);
    void runTest(bool haveToken, const QString& tokenProblem);
    void showKonnectLine(const ConnectionTestLine& line);
    void showDeliveryStart(const QString& endpoint, LogFormat format, bool skipSsl,
                           ConnectionTestResult::Source authorization);
    void showAttempt(const SiemDeliveryAttempt& attempt);
    void onFinished(const ConnectionTestResult& result);
    QString authorizationText() const;
    QString sourceText(ConnectionTestResult::Source source) const;

    ConnectionTest::Settings m_settings;
    AuthorizationSource m_authorizationSource = AuthorizationSource::None;
    QString m_authorizationEnv;
    QString m_destination;
    std::optional<QString> m_tokenFromStdin;
    ConnectionTest* m_test = nullptr;
    bool m_konnectHeaderShown = false;
    QString m_lastKonnectText;
};
