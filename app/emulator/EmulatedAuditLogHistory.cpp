#include "EmulatedAuditLogHistory.h"

#include "AuditEventSamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <thread>

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray orgId = "5f0a9c42-3b1e-4d7a-9c61-2e8f7d4b1a90";

struct Principal
{
    const char* id;
    const char* ip;
    const char* userAgent;
    const char* authType; // how they sign in
    bool system; // a system account (spat_ tokens, automation)
};

// People of the organization and its automation: who shows up in the records.
const Principal principals[] = {
    {"c3d9e2b7-81f4-4a5c-b0e6-7f2a9d13c845", "203.0.113.24",
     "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "sso", false},
    {"8e2f4a61-3c7d-4b9e-a5f0-6d1c2b3e4f57", "198.51.100.17",
     "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Safari/605.1.15", "sso", false},
    {"1a7c9e3b-5d2f-4e6a-8b0c-4f3e2d1c0b9a", "203.0.113.88",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36", "basic", false},
    {"f4b2d8c6-0e1a-4c3b-9d7f-2a5e8c1b6d40", "192.0.2.140", "kongctl/1.13.0", "pat", false},
    {"5d8a1f3c-7b2e-4a9d-b6c0-3e4f5a6b7c81", "198.51.100.201", "deck/1.42.1", "pat", false},
    {"9a4e1f0c-6d2b-4c8e-a1f7-3b5d8e2c7f61", "203.0.113.5",
     "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "github", false},
    {"2b6c8d0e-4f1a-4b3c-9e5d-7a8b9c0d1e23", "10.12.4.31", "terraform-provider-konnect/2.4.0", "spat", true},
    {"6e0f2a4b-8c1d-4e3f-a5b7-9c0d1e2f3a45", "10.12.7.9", "grpc-go/1.64.0", "spat", true},
};
constexpr int principalCount = int(sizeof principals / sizeof principals[0]);

struct Area
{
    const char* service;
    const char* krn; // after krn:konnect:org/<org>:
    const char* uri;
};

const Area areas[] = {
    {"konnect", "audit-log-webhook", "/v3/audit-log-webhook"},
    {"konnect", "audit-log-destinations/3f1d2c4b-5a6e-4f7d-8c9b-0a1e2d3c4b5f",
     "/v3/audit-log-destinations/3f1d2c4b-5a6e-4f7d-8c9b-0a1e2d3c4b5f"},
    {"gateway", "control-planes/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
     "/v2/control-planes/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/core-entities/services"},
    {"gateway", "control-planes/0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a",
     "/v2/control-planes/0d1e2f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3a/core-entities/routes"},
    {"servicehub", "services/4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
     "/v1/services/4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"},
    {"portals", "portals/e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "/v3/portals/e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b"},
    {"identity", "teams/b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e", "/v3/teams/b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e"},
    {"analytics", "reports", "/v2/reports"},
};
constexpr int areaCount = int(sizeof areas / sizeof areas[0]);
const char* const actions[] = {"view", "view", "view", "edit", "create", "delete"};
const char* const portalId = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";

QByteArray str(const QByteArray& value)
{
    // The generated values hold no quotes, backslashes or control characters; only the user agents have spaces.
    return '"' + value + '"';
}

QByteArray member(const char* key, const QByteArray& json)
{
    return QByteArray(",\"") + key + "\":" + json;
}

QByteArray timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"))
        .toLatin1();
}

QByteArray traceId(QRandomGenerator& random)
{
    // 63-bit decimal numbers, as Konnect's trace ids are (more digits than a double keeps).
    return QByteArray::number(4611686018427387904ULL + random.bounded(Q_UINT64_C(4000000000000000000)));
}

template<typename T, int N> const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(N)];
}

} // namespace

void EmulatedAuditLogHistory::reset(int size, quint64 seed)
{
    m_size = std::max(0, size);
    m_seed = seed;
    m_made = false;
    m_arrivals = 0;
    m_records.clear();
    m_all.clear();
    for (auto& list : m_byType)
        list.clear();
}

QString EmulatedAuditLogHistory::typeName(Type type)
{
    switch (type) {
    case Type::Authentication:
        return QStringLiteral("authentication");
    case Type::Authorization:
        return QStringLiteral("authorization");
    case Type::GatewayAccess:
        return QStringLiteral("gateway_access");
    }
    return {};
}

const std::vector<qint32>& EmulatedAuditLogHistory::sequences(const Type* type) const
{
    return type ? m_byType[int(*type)] : m_all;
}

void EmulatedAuditLogHistory::catchUp(const QDateTime& now, const Ed25519Key& key)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!m_made) {
        m_made = true;
        m_random.seed(quint32(m_seed ^ (m_seed >> 32)));
        const qint64 span = qint64(7) * 24 * 3600 * 1000;
        std::vector<qint64> times(static_cast<size_t>(m_size));
        for (qint64& time : times)
            time = nowMs - span + qint64(m_random.bounded(quint64(span)));
        std::sort(times.begin(), times.end());
        m_records.reserve(times.size() + 1024);
        for (const qint64 time : times)
            append(time, key);
        m_nextArrivalMs = nowMs + arrivalIntervalMs;
    }
    // A clock that jumps far ahead gets at most 7 days of arrivals: older ones would be past retention anyway.
    m_nextArrivalMs = std::max(m_nextArrivalMs, nowMs - qint64(7) * 24 * 3600 * 1000);
    for (; m_nextArrivalMs <= nowMs; m_nextArrivalMs += arrivalIntervalMs)
        append(m_nextArrivalMs - (m_arrivals++ % 2 == 1 ? m_lateArrivalMs : 0), key);
}

void EmulatedAuditLogHistory::append(qint64 timeMs, const Ed25519Key& key)
{
    QRandomGenerator& random = m_random;
    Record record;
    record.timeMs = timeMs;
    record.key = key;
    const quint32 roll = random.bounded(100U);
    record.type = roll < 50 ? Type::GatewayAccess : roll < 80 ? Type::Authorization : Type::Authentication;
    const Principal& who = principals[random.bounded(principalCount)];
    const QByteArray trace = traceId(random);
    const QByteArray ts = timestamp(timeMs);
    const bool onPortal = random.bounded(20U) == 0;
    QByteArray json;

    switch (record.type) {
    case Type::Authentication: {
        const quint32 outcomeRoll = random.bounded(100U);
        const char* outcome = outcomeRoll < 85 ? "success"
            : outcomeRoll < 93                 ? "invalid_password"
            : outcomeRoll < 96                 ? "not_found"
            : outcomeRoll < 98                 ? "token_expired"
                                               : "locked";
        const bool success = qstrcmp(outcome, "success") == 0;
        const QByteArray authType = onPortal ? "basic" : who.authType;
        const QByteArray uri = onPortal               ? "/api/v3/developer/authenticate"
            : authType == "pat" || authType == "spat" ? "/api/v1/personal-access-tokens/introspect"
            : authType == "basic"                     ? "/v3/authenticate"
                                                      : "/v3/authenticate/" + authType + "/callback";
        json = "{\"type\":\"authentication\"" + member("successful", success ? "true" : "false");
        if (success)
            json += member("principal_id", str(who.id));
        record.signatureAt = qint32(json.size());
        json += member("org_id", str(orgId)) + member("outcome", str(outcome))
            + member("authentication_type", str(authType)) + member("ts", str(ts)) + member("client_ip", str(who.ip))
            + member("uri", str(uri)) + member("user_agent", str(who.userAgent)) + member("trace_id", str(trace));
        if (onPortal)
            json += member("portal_id", str(portalId));
        break;
    }
    case Type::Authorization: {
        const Area& area = pick(random, areas);
        const QByteArray action = pick(random, actions);
        // Konnect's own housekeeping: a system account, acting without anyone asking.
        const bool kongInitiated = who.system && random.bounded(3U) == 0;
        const bool granted = random.bounded(100U) >= (who.system ? 1U : 6U);
        json = "{\"type\":\"authorization\"";
        record.signatureAt = qint32(json.size());
        json += member("service", str(area.service))
            + member("resource", str("krn:konnect:org/" + orgId + ':' + area.krn)) + member("action", str(action))
            + member("granted", granted ? "true" : "false") + member("org_id", str(orgId)) + member("ts", str(ts))
            + member("principal_id", str(who.id));
        if (!who.system && random.bounded(10U) == 0)
            json += member("actor_id", str(principals[0].id));
        json += member("client_ip", str(who.ip)) + member("uri", str(area.uri))
            + member("user_agent", str(who.userAgent)) + member("trace_id", str(trace));
        if (kongInitiated)
            json += member("kong_initiated", "true");
        break;
    }
    case Type::GatewayAccess: {
        const Area& area = pick(random, areas);
        const quint32 methodRoll = random.bounded(100U);
        const QByteArray method = methodRoll < 70 ? "GET"
            : methodRoll < 82                     ? "PATCH"
            : methodRoll < 92                     ? "POST"
            : methodRoll < 96                     ? "PUT"
                                                  : "DELETE";
        const quint32 statusRoll = random.bounded(100U);
        int status = method == "POST" ? 201 : method == "DELETE" ? 204 : 200;
        if (statusRoll >= 99)
            status = 500;
        else if (statusRoll >= 97)
            status = 429;
        else if (statusRoll >= 94)
            status = 404;
        else if (statusRoll >= 91)
            status = 403;
        else if (statusRoll >= 89)
            status = 401;
        const QByteArray query = method == "GET" && random.bounded(3U) == 0 ? "page[size]=100" : "";
        json = "{\"type\":\"gateway_access\"" + member("ts", str(ts)) + member("org_id", str(orgId))
            + member("principal_id", str(who.id)) + member("actor_id", str(who.id)) + member("client_ip", str(who.ip))
            + member("trace_id", str(trace)) + member("user_agent", str(who.userAgent)) + member("method", str(method))
            + member("uri", str(area.uri)) + member("query", str(query))
            + member("status_code", QByteArray::number(status));
        if (who.system && random.bounded(3U) == 0)
            json += member("kong_initiated", "true");
        record.signatureAt = qint32(json.size());
        if (onPortal)
            json += member("portal_id", str(portalId));
        break;
    }
    }
    record.payload = json + '}';
    m_all.push_back(qint32(m_records.size()));
    // In time order: a late record goes before the newer ones, whose sequence numbers move up by one.
    const auto later = std::upper_bound(m_records.begin(), m_records.end(), timeMs,
                                        [](qint64 time, const Record& other) { return time < other.timeMs; });
    const qint32 sequence = qint32(later - m_records.begin());
    if (later != m_records.end()) {
        for (auto& list : m_byType) {
            for (qint32& each : list)
                each += each >= sequence ? 1 : 0;
        }
    }
    auto& ofType = m_byType[int(record.type)];
    ofType.insert(std::lower_bound(ofType.begin(), ofType.end(), sequence), sequence);
    m_records.insert(later, std::move(record));
}

const QByteArray& EmulatedAuditLogHistory::bytes(qsizetype sequence) const
{
    const Record& record = m_records[size_t(sequence)];
    if (record.served.isEmpty()) {
        const QByteArray signature = record.key.sign(record.payload).toBase64(base64Url);
        record.served = record.payload.left(record.signatureAt) + ",\"signature\":\"" + signature + '"'
            + record.payload.mid(record.signatureAt);
        record.payload = QByteArray();
    }
    return record.served;
}

void EmulatedAuditLogHistory::signAhead(const qint32* first, const qint32* last) const
{
    std::vector<qint32> unsigned_;
    for (const qint32* it = first; it != last; ++it) {
        if (m_records[size_t(*it)].served.isEmpty())
            unsigned_.push_back(*it);
    }
    // Below a few dozen records a thread costs more than it saves.
    const size_t workers = std::min<size_t>(std::max(1U, std::thread::hardware_concurrency()), unsigned_.size() / 32);
    if (workers < 2)
        return;
    // Each record is written by one thread only (its own mutable members), the vector itself not at all.
    std::vector<std::thread> threads;
    for (size_t worker = 0; worker < workers; ++worker) {
        threads.emplace_back([this, &unsigned_, worker, workers]() {
            for (size_t at = worker; at < unsigned_.size(); at += workers)
                bytes(unsigned_[at]);
        });
    }
    for (std::thread& thread : threads)
        thread.join();
}

QList<QByteArray> EmulatedAuditLogHistory::webhookLines(const QDateTime& start, const QDateTime& end,
                                                        const QString& portalId, LogFormat format,
                                                        const Ed25519Key& key) const
{
    const auto byTime = [](const Record& record, qint64 ms) { return record.timeMs < ms; };
    const auto first = std::lower_bound(m_records.begin(), m_records.end(), start.toMSecsSinceEpoch(), byTime);
    const auto last = std::lower_bound(first, m_records.end(), end.toMSecsSinceEpoch(), byTime);
    QList<QByteArray> lines;
    for (auto it = first; it != last; ++it) {
        const QJsonObject record = QJsonDocument::fromJson(bytes(qsizetype(it - m_records.begin()))).object();
        if (record.value(QStringLiteral("portal_id")).toString() != portalId)
            continue;
        const QByteArray line = AuditEventSamples::recordLine(format, record, key);
        if (!line.isEmpty())
            lines += line;
    }
    return lines;
}
