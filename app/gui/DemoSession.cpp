#include "DemoSession.h"

#include "EmulatedFleetDemo.h"
#include "KonnectEmulator.h"
#include "SecretRedactor.h"
#include "SelfSignedCertificate.h"
#include "SiemReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

DemoSession::DemoSession()
    : m_emulator(std::make_unique<KonnectEmulator>())
    , m_receiver(std::make_unique<SiemReceiver>())
{
}

DemoSession::~DemoSession() = default;

bool DemoSession::start()
{
    if (!m_emulator->listen(0)) {
        m_error = m_emulator->errorString();
        return false;
    }
    // A fresh token per run, accepted only by this emulator: nothing to leak, but masked like any other.
    m_token = QStringLiteral("kpat_demo") + QString::number(QRandomGenerator::system()->generate64(), 36);
    SecretRedactor::registerSecret(m_token);
    m_emulator->setToken(m_token);
    // Like Konnect, the demo delivers after every Apply, so the Status tab and "Konnect's own word" have an answer.
    m_emulator->setDeliversAfterChange(true);

    m_receiver->setPath(receiverPath());
    m_receiver->setJwks(m_emulator->jwks());
    // HTTPS, as Konnect requires, with a certificate nobody vouches for: the demo skips its verification, and
    // without that the test shows what a self-signed certificate does to Konnect's deliveries.
    const SelfSignedCertificate certificate = SelfSignedCertificate::create();
    if (certificate.isNull()) {
        m_error = QStringLiteral("could not make a certificate for the demo SIEM receiver");
        return false;
    }
    m_receiver->setSslConfiguration(certificate.serverConfiguration());
    if (!m_receiver->listen(0)) {
        m_error = m_receiver->errorString();
        return false;
    }
    // Konnect's current model from the start: one destination at the receiver, the organization's webhook bound to
    // it, and two Dev Portals (one bound, one not) for the scope picker. The destination skips verifying the
    // receiver's self-signed certificate, so that Konnect's own deliveries and completed replays reach the receiver
    // from the start.
    m_emulator->seedDemo(receiverUrl().toString(), demoAuthorization(), true);

    // The second organization's destinations point at the receiver too: an Apply there delivers on loopback, never
    // to a host outside this computer.
    m_secondToken = QStringLiteral("kpat_demo") + QString::number(QRandomGenerator::system()->generate64(), 36);
    SecretRedactor::registerSecret(m_secondToken);
    EmulatedOrganization* production = m_emulator->addOrganization(QStringLiteral("production"), m_secondToken);
    if (!production) {
        m_error = QStringLiteral("could not add the demo's second organization");
        return false;
    }
    EmulatedFleetDemo::seedProduction(*production, receiverUrl().toString(), m_emulator->now());
    return true;
}

Profile DemoSession::secondProfile() const
{
    Profile profile;
    profile.name = secondProfileName();
    profile.region = QStringLiteral("global");
    profile.baseUrl = QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/global"));
    return profile;
}

Profile DemoSession::profile() const
{
    Profile profile;
    profile.name = QStringLiteral("demo");
    profile.region = QStringLiteral("global");
    profile.baseUrl = m_emulator->baseUrl();
    return profile;
}

QUrl DemoSession::receiverUrl() const
{
    return m_receiver->url(receiverPath());
}

QByteArray DemoSession::catalogWithReceiver(const QByteArray& catalogJson, const QUrl& receiverUrl)
{
    QJsonObject catalog = QJsonDocument::fromJson(catalogJson).object();
    // It reads no authorization header, like Kong's own test listener; Konnect still needs one, so a placeholder goes.
    const QJsonObject preset {
        {QStringLiteral("id"), receiverPresetId()},
        {QStringLiteral("name"), QStringLiteral("Demo SIEM receiver (on this computer)")},
        {QStringLiteral("endpointTemplate"), receiverUrl.toString()},
        {QStringLiteral("authorizationScheme"), QStringLiteral("placeholder")},
        {QStringLiteral("authorizationPlaceholder"), QStringLiteral("Bearer demo-receiver")},
        {QStringLiteral("logFormat"), QStringLiteral("json")},
        {QStringLiteral("endpointIsSecret"), false},
        {QStringLiteral("successLooksLike"), QStringLiteral("200 {\"message\":\"success\"}")},
        {QStringLiteral("note"),
         QStringLiteral("A SIEM stand-in that runs inside this demo on this computer. Its certificate is "
                        "self-signed: tick Skip TLS certificate verification (Demo > Use the demo SIEM receiver "
                        "does). Press Test connection and watch the events arrive in the Demo SIEM receiver panel, "
                        "each with its signature checked against the emulator's keys.")},
        {QStringLiteral("pitfalls"), QJsonArray()},
        {QStringLiteral("answerHints"), QJsonArray()},
    };
    QJsonArray presets = catalog.value(QLatin1String("presets")).toArray();
    presets.prepend(preset);
    catalog.insert(QStringLiteral("presets"), presets);
    return QJsonDocument(catalog).toJson(QJsonDocument::Compact);
}
