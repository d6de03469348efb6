#pragma once

#include "AuditLogRecord.h"
#include "PulledRecordSignature.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <vector>

// The records of an audit-log pull as table rows. Each row is kept compact, so that 100,000 stay small: the raw
// record bytes once, the timestamp, a status, flags and indices into a pool of the texts the columns show (types,
// principals, IPs and resources repeat a lot); nothing is parsed again when the view asks for data().
//
// The filter (type, Kong-initiated, text search) is applied by the model itself, in slices of a few milliseconds on
// the event loop, so that a search over 100,000 records never stalls the window; matches appear while it runs. The
// view gets the matching rows in chunks (canFetchMore/fetchMore): the next chunk when it nears the end.
class AuditLogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Type, What, Principal, ClientIp, Target, Status, Signature, ColumnCount };
    // PulledRecordSignature's verdicts first (same values), then the two states before and without a check.
    enum class Verdict : quint8 { Verified, NotVerified, Unsigned, Pending, NotChecked };
    static Verdict fromSignature(PulledRecordSignature::Verdict verdict) { return Verdict(verdict); }
    enum TypeBit : quint8 {
        Authentication = 1,
        Authorization = 2,
        GatewayAccess = 4,
        OtherType = 8, // a type this version does not know: always shown
        AllTypes = 15
    };
    struct Filter
    {
        quint8 types = AllTypes;
        bool hideKongInitiated = false;
        QString search; // case-insensitive, over the raw record
    };
    static constexpr int fetchChunk = 500;
    static constexpr int sliceMs = 3; // see AuditLogsController::sliceMs

    explicit AuditLogTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // records[from, to), or all of them.
    void append(const AuditLogRecords& records, qsizetype from = 0, qsizetype to = -1);
    void clear();
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    bool isFiltering() const { return m_scanned < qsizetype(m_rows.size()); }

    qsizetype recordCount() const { return qsizetype(m_rows.size()); }
    qsizetype matchCount() const { return qsizetype(m_matched.size()); }
    // The record shown in `row` of the view; -1 when there is none.
    qsizetype recordAt(int row) const;
    // Every record that passes the filter (as far as it has run), in order: what an export writes.
    QList<qsizetype> matchedRecords() const;
    QByteArray raw(qsizetype record) const { return m_rows.at(size_t(record)).raw; }
    bool isKongInitiated(qsizetype record) const;
    Verdict verdict(qsizetype record) const { return Verdict(m_rows.at(size_t(record)).verdict); }
    // Stored only; verdictsChanged() then tells the view once for many.
    void setVerdict(qsizetype record, Verdict verdict) { m_rows[size_t(record)].verdict = quint8(verdict); }
    void verdictsChanged();
    // The cells of a view row, tab-separated (what Copy row copies).
    QString rowText(int row) const;

    // PulledRecordSignature::verdictText's words, translated.
    static QString verdictText(Verdict verdict);
    // The words of PulledRecordSignature::verdictKey, empty when not checked.
    static QString verdictKey(Verdict verdict);

signals:
    // The filter finished going through the loaded records (or more were matched meanwhile).
    void matchesChanged();

private:
    enum Flag : quint8 { KongInitiated = 1 };
    struct Row
    {
        QByteArray raw;
        qint64 msecs = 0; // of `ts`; when invalid, `timeText` holds `ts` as written
        qint32 timeText = -1;
        qint32 type = -1;
        qint32 what = -1;
        qint32 principal = -1;
        qint32 clientIp = -1;
        qint32 target = -1;
        quint16 status = 0;
        quint8 typeBit = OtherType;
        quint8 flags = 0;
        quint8 verdict = quint8(Verdict::Pending);
    };

    qint32 pooled(const QString& text);
    QString pool(qint32 index) const { return index < 0 ? QString() : m_pool.at(index); }
    QString cell(const Row& row, int column) const;
    bool matches(const Row& row) const;
    void scan();
    void expose(qsizetype upTo);

    std::vector<Row> m_rows;
    std::vector<qint32> m_matched;
    QStringList m_pool;
    QHash<QString, qint32> m_poolIndex;
    Filter m_filter;
    QByteArray m_searchLatin1; // set when the search text is ASCII: a byte search is enough then
    qsizetype m_scanned = 0;
    qsizetype m_exposed = 0;
    qsizetype m_exposeTarget = fetchChunk;
    QTimer m_scanTimer;
};
