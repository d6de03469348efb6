#pragma once

#include "Ed25519Key.h"
#include "LogFormat.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <vector>

// The organization's audit-log records as GET /v3/audit-logs serves them: a realistic, signed history of the 7
// days before it is first read (authentication, authorization and gateway_access records shaped like Kong's
// contract, from a handful of people, system accounts and Konnect itself), then one new record every
// arrivalIntervalMs of clock time, made when someone next reads. The same size, seed, clock and key give the same
// bytes.
//
// Records are kept in time order, oldest first; a record's sequence number is its position, so sequence order is
// time order. Each is serialised once and signed once, on first read, by the key that was current when it was
// made: Konnect does not document how a pulled record is signed, so the emulator uses the documented JSON rule (the
// signature member is `,"signature":"<base64url>"`, and the record without it, byte for byte, is what was signed).
class EmulatedAuditLogHistory
{
public:
    static constexpr int defaultSize = 3000;
    static constexpr qint64 arrivalIntervalMs = 5000;
    static constexpr quint64 defaultSeed = 20261125;
    enum class Type : quint8 { Authentication, Authorization, GatewayAccess };

    // Forgets every record; the history is made again, `size` records, on the next catchUp().
    void reset(int size, quint64 seed = defaultSeed);
    int configuredSize() const { return m_size; }
    // Every other new record is stamped lagMs before the moment it appears, so it lands among records already
    // served, as an event Konnect makes visible late would (how late that can be is not documented). 0: none late.
    // A late record shifts the sequence numbers after it by one, so a pull running meanwhile may see a record twice.
    void setLateArrivalMs(qint64 lagMs) { m_lateArrivalMs = lagMs; }

    // Makes the history on first use (ending at `now`), then the records that arrived since, signed by `key`.
    void catchUp(const QDateTime& now, const Ed25519Key& key);

    qsizetype size() const { return qsizetype(m_records.size()); }
    qint64 timeMs(qsizetype sequence) const { return m_records[size_t(sequence)].timeMs; }
    Type type(qsizetype sequence) const { return m_records[size_t(sequence)].type; }
    // The record's bytes exactly as served.
    const QByteArray& bytes(qsizetype sequence) const;
    // Signs the records of [first, last) not signed yet, on every core: a page of a large history is mostly unread
    // records, and signing them one by one would make the emulator, not the client, the slow side of a pull.
    void signAhead(const qint32* first, const qint32* last) const;
    // The sequence numbers of one type, or of all (nullptr type), in time order.
    const std::vector<qint32>& sequences(const Type* type) const;

    // What a replay of [start, end) re-sends to a scope's webhook: the window's records as webhook events
    // (AuditEventSamples::recordLine) in `format`, signed by `key`, oldest first. The organization webhook gets the
    // records without a portal_id, a Dev Portal's webhook those with its id.
    QList<QByteArray> webhookLines(const QDateTime& start, const QDateTime& end, const QString& portalId,
                                   LogFormat format, const Ed25519Key& key) const;

    static QString typeName(Type type);

private:
    struct Record
    {
        qint64 timeMs = 0;
        Type type = Type::GatewayAccess;
        Ed25519Key key;
        qint32 signatureAt = 0; // where `,"signature":"..."` goes into the payload
        mutable QByteArray payload; // unsigned; dropped once signed
        mutable QByteArray served;
    };
    void append(qint64 timeMs, const Ed25519Key& key);

    int m_size = defaultSize;
    quint64 m_seed = defaultSeed;
    bool m_made = false;
    qint64 m_nextArrivalMs = 0;
    qint64 m_lateArrivalMs = 0;
    quint64 m_arrivals = 0;
    QRandomGenerator m_random;
    std::vector<Record> m_records;
    std::vector<qint32> m_all;
    std::vector<qint32> m_byType[3];
};
