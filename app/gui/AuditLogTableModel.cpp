#include "AuditLogTableModel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStyle>

namespace {
using SignatureVerdict = PulledRecordSignature::Verdict;
static_assert(int(AuditLogTableModel::Verdict::Verified) == int(SignatureVerdict::Verified)
              && int(AuditLogTableModel::Verdict::NotVerified) == int(SignatureVerdict::NotVerified)
              && int(AuditLogTableModel::Verdict::Unsigned) == int(SignatureVerdict::Unsigned));

quint8 typeBitOf(const QString& type)
{
    if (type == QLatin1String("authentication"))
        return AuditLogTableModel::Authentication;
    if (type == QLatin1String("authorization"))
        return AuditLogTableModel::Authorization;
    if (type == QLatin1String("gateway_access"))
        return AuditLogTableModel::GatewayAccess;
    return AuditLogTableModel::OtherType;
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}
} // namespace

AuditLogTableModel::AuditLogTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(0);
    connect(&m_scanTimer, &QTimer::timeout, this, &AuditLogTableModel::scan);
}

int AuditLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_exposed);
}

int AuditLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint32 AuditLogTableModel::pooled(const QString& text)
{
    if (text.isEmpty())
        return -1;
    const auto found = m_poolIndex.constFind(text);
    if (found != m_poolIndex.constEnd())
        return found.value();
    const auto index = qint32(m_pool.size());
    m_pool.append(text);
    m_poolIndex.insert(text, index);
    return index;
}

void AuditLogTableModel::append(const AuditLogRecords& records, qsizetype from, qsizetype to)
{
    if (to < 0)
        to = records.size();
    for (qsizetype i = from; i < to; ++i) {
        const AuditLogRecord& record = records.at(i);
        Row row;
        row.raw = record.raw;
        if (record.timestamp.isValid())
            row.msecs = record.timestamp.toMSecsSinceEpoch();
        else
            row.timeText = pooled(record.tsText);
        row.type = pooled(record.type);
        row.typeBit = typeBitOf(record.type);
        row.what = pooled(record.what());
        row.principal = pooled(record.principalId);
        row.clientIp = pooled(record.clientIp);
        row.target = pooled(record.target());
        row.status = quint16(qBound(0, record.statusCode, 0xffff));
        if (record.kongInitiated.value_or(false))
            row.flags |= KongInitiated;
        m_rows.push_back(std::move(row));
    }
    scan();
}

void AuditLogTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_matched.clear();
    m_pool.clear();
    m_poolIndex.clear();
    m_scanned = 0;
    m_exposed = 0;
    m_exposeTarget = fetchChunk;
    m_scanTimer.stop();
    endResetModel();
    emit matchesChanged();
}

void AuditLogTableModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_searchLatin1 = isAscii(filter.search) ? filter.search.toLatin1() : QByteArray();
    m_matched.clear();
    m_scanned = 0;
    m_exposed = 0;
    m_exposeTarget = fetchChunk;
    endResetModel();
    emit matchesChanged();
    scan();
}

bool AuditLogTableModel::matches(const Row& row) const
{
    if (!(m_filter.types & row.typeBit) && row.typeBit != OtherType)
        return false;
    if (m_filter.hideKongInitiated && (row.flags & KongInitiated))
        return false;
    if (m_filter.search.isEmpty())
        return true;
    // An ASCII needle can only match ASCII bytes, so Latin-1 case folding of the other bytes does no harm.
    if (!m_searchLatin1.isEmpty())
        return QLatin1StringView(row.raw).contains(QLatin1StringView(m_searchLatin1), Qt::CaseInsensitive);
    return QString::fromUtf8(row.raw).contains(m_filter.search, Qt::CaseInsensitive);
}

void AuditLogTableModel::scan()
{
    QElapsedTimer slice;
    slice.start();
    const qsizetype before = qsizetype(m_matched.size());
    const auto total = qsizetype(m_rows.size());
    while (m_scanned < total) {
        const qsizetype end = std::min(total, m_scanned + 256);
        for (; m_scanned < end; ++m_scanned) {
            if (matches(m_rows[size_t(m_scanned)]))
                m_matched.push_back(qint32(m_scanned));
        }
        if (slice.nsecsElapsed() >= sliceMs * 1000000)
            break;
    }
    expose(m_exposeTarget);
    if (m_scanned < total)
        m_scanTimer.start();
    if (qsizetype(m_matched.size()) != before || m_scanned >= total)
        emit matchesChanged();
}

void AuditLogTableModel::expose(qsizetype upTo)
{
    const qsizetype last = std::min<qsizetype>(upTo, qsizetype(m_matched.size()));
    if (last <= m_exposed)
        return;
    beginInsertRows({}, int(m_exposed), int(last - 1));
    m_exposed = last;
    endInsertRows();
}

bool AuditLogTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_exposed < qsizetype(m_matched.size());
}

void AuditLogTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    m_exposeTarget = std::max(m_exposeTarget, m_exposed) + fetchChunk;
    expose(m_exposeTarget);
}

qsizetype AuditLogTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_exposed ? m_matched[size_t(row)] : -1;
}

QList<qsizetype> AuditLogTableModel::matchedRecords() const
{
    return QList<qsizetype>(m_matched.begin(), m_matched.end());
}

bool AuditLogTableModel::isKongInitiated(qsizetype record) const
{
    return m_rows.at(size_t(record)).flags & KongInitiated;
}

void AuditLogTableModel::verdictsChanged()
{
    if (m_exposed > 0)
        emit dataChanged(index(0, Signature), index(int(m_exposed - 1), Signature), {Qt::DisplayRole});
}

QString AuditLogTableModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return tr("checking…");
    case Verdict::Verified:
        return tr("verified");
    case Verdict::NotVerified:
        return tr("not verified by the documented rules");
    case Verdict::Unsigned:
        return tr("unsigned");
    case Verdict::NotChecked:
        return tr("not checked");
    }
    return {};
}

QString AuditLogTableModel::verdictKey(Verdict verdict)
{
    return verdict <= Verdict::Unsigned ? PulledRecordSignature::verdictKey(PulledRecordSignature::Verdict(verdict))
                                        : QString();
}

QString AuditLogTableModel::cell(const Row& row, int column) const
{
    switch (column) {
    case Time:
        return row.timeText >= 0
            ? pool(row.timeText)
            : QDateTime::fromMSecsSinceEpoch(row.msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Type:
        return pool(row.type);
    case What:
        return row.flags & KongInitiated ? tr("%1 (Kong-initiated)").arg(pool(row.what)) : pool(row.what);
    case Principal:
        return pool(row.principal);
    case ClientIp:
        return pool(row.clientIp);
    case Target:
        return pool(row.target);
    case Status:
        return row.status > 0 ? QString::number(row.status) : QString();
    case Signature:
        return verdictText(Verdict(row.verdict));
    }
    return {};
}

QVariant AuditLogTableModel::data(const QModelIndex& index, int role) const
{
    const qsizetype record = index.isValid() ? recordAt(index.row()) : -1;
    if (record < 0)
        return {};
    const Row& row = m_rows[size_t(record)];
    switch (role) {
    case Qt::DisplayRole:
        return cell(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == What && (row.flags & KongInitiated))
            return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == What && (row.flags & KongInitiated))
            return tr("Kong-initiated: done by Konnect itself, not by a user or a token of the organization.");
        if (index.column() == Time && row.timeText < 0)
            return QDateTime::fromMSecsSinceEpoch(row.msecs, Qt::UTC).toString(Qt::ISODateWithMs);
        return {};
    default:
        return {};
    }
}

QVariant AuditLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (local)");
    case Type:
        return tr("Type");
    case What:
        return tr("Name / outcome");
    case Principal:
        return tr("Principal");
    case ClientIp:
        return tr("Client IP");
    case Target:
        return tr("Resource or URI");
    case Status:
        return tr("Status");
    case Signature:
        return tr("Signature");
    }
    return {};
}

QString AuditLogTableModel::rowText(int row) const
{
    const qsizetype record = recordAt(row);
    if (record < 0)
        return {};
    QStringList cells;
    for (int column = 0; column < ColumnCount; ++column)
        cells.append(cell(m_rows[size_t(record)], column));
    return cells.join(QLatin1Char('\t'));
}
