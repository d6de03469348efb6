#include "AuditLogsPage.h"

#include "AuditLogCompareDialog.h"
#include "AuditLogFollower.h"
#include "AuditLogQuery.h"
#include "AuditLogTableModel.h"
#include "AuditLogsController.h"
#include "Clock.h"
#include "FieldMessage.h"
#include "RequestProgressWidget.h"
#include "ScopeController.h"
#include "StaticTextItemDelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace {
const QString auditLogsPath = QStringLiteral("/audit-logs");

void describeValue(const QString& key, const QJsonValue& value, QStringList* lines)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            describeValue(key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key(), it.value(), lines);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            describeValue(QStringLiteral("%1[%2]").arg(key).arg(i), array.at(i), lines);
        return;
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 17);
    else
        text = QStringLiteral("null");
    lines->append(QStringLiteral("%1: %2").arg(key, text));
}

QCheckBox* checked(const QString& text, const QString& name, const QString& accessibleName)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setChecked(true);
    return box;
}
} // namespace

AuditLogsPage::AuditLogsPage(QWidget* parent)
    : QWidget(parent)
    , m_export(new AuditLogExport(this))
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    buildLayout();
}

AuditLogsPage::~AuditLogsPage() = default;

AuditLogTableModel* AuditLogsPage::model() const
{
    return m_controller ? m_controller->model() : nullptr;
}

void AuditLogsPage::buildLayout()
{
    auto* layout = new QVBoxLayout(this);

    auto* windowRow = new QHBoxLayout;
    auto* windowLabel = new QLabel(tr("Win&dow:"));
    m_windowCombo = new QComboBox;
    m_windowCombo->setObjectName(QStringLiteral("logWindowCombo"));
    m_windowCombo->setAccessibleName(tr("Audit log window"));
    m_windowCombo->addItems(
        {tr("Last 15 minutes"), tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"), tr("Custom range")});
    m_windowCombo->setCurrentIndex(int(Pick::Last24Hours));
    windowLabel->setBuddy(m_windowCombo);
    auto dateEdit = [](const QString& name, const QString& accessibleName) {
        auto* edit = new QDateTimeEdit;
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        return edit;
    };
    m_startEdit = dateEdit(QStringLiteral("logStartEdit"), tr("Start of the window (local time)"));
    m_endEdit = dateEdit(QStringLiteral("logEndEdit"), tr("End of the window (local time)"));
    m_loadButton = new QPushButton(tr("&Load"));
    m_loadButton->setObjectName(QStringLiteral("loadLogsButton"));
    m_loadButton->setAccessibleName(tr("Load the audit logs of the window"));
    m_followCheck = new QCheckBox(tr("Foll&ow"));
    m_followCheck->setObjectName(QStringLiteral("followCheckBox"));
    m_followCheck->setAccessibleName(tr("Follow new audit events"));
    m_pollSpin = new QSpinBox;
    m_pollSpin->setObjectName(QStringLiteral("followIntervalSpinBox"));
    m_pollSpin->setAccessibleName(tr("Seconds between polls while following"));
    m_pollSpin->setRange(1, 3600);
    m_pollSpin->setValue(int(AuditLogFollower::defaultPollIntervalMs / 1000));
    m_pollSpin->setPrefix(tr("every "));
    m_pollSpin->setSuffix(tr(" s"));
    m_followCheck->setToolTip(
        tr("Reads the window, then asks Konnect for new events at every poll (from the newest one seen minus %1 s, "
           "since Konnect does not document how late an event may become visible); each event is shown once. A "
           "custom end is not used while following.")
            .arg(AuditLogFollower::defaultOverlapMs / 1000));
    windowRow->addWidget(windowLabel);
    windowRow->addWidget(m_windowCombo);
    windowRow->addWidget(m_startEdit);
    windowRow->addWidget(m_endEdit);
    windowRow->addWidget(m_loadButton);
    windowRow->addWidget(m_followCheck);
    windowRow->addWidget(m_pollSpin);
    windowRow->addStretch(1);
    layout->addLayout(windowRow);
    m_followLabel = new QLabel;
    m_followLabel->setObjectName(QStringLiteral("followStateLabel"));
    m_followLabel->setAccessibleName(tr("State of the follow"));
    m_followLabel->setWordWrap(true);
    m_followLabel->hide();
    layout->addWidget(m_followLabel);

    m_startMessage = new QLabel;
    m_startMessage->setObjectName(QStringLiteral("logStartMessage"));
    m_startMessage->setAccessibleName(tr("Problem with the start"));
    m_endMessage = new QLabel;
    m_endMessage->setObjectName(QStringLiteral("logEndMessage"));
    m_endMessage->setAccessibleName(tr("Problem with the end"));
    for (QLabel* label : {m_startMessage, m_endMessage}) {
        label->setWordWrap(true);
        FieldMessage::clear(label);
        layout->addWidget(label);
    }

    auto* filterRow = new QHBoxLayout;
    m_authenticationCheck
        = checked(tr("&Authentication"), QStringLiteral("authenticationCheckBox"), tr("Show authentication events"));
    m_authorizationCheck
        = checked(tr("Authori&zation"), QStringLiteral("authorizationCheckBox"), tr("Show authorization events"));
    m_gatewayCheck
        = checked(tr("&Gateway access"), QStringLiteral("gatewayAccessCheckBox"), tr("Show gateway access events"));
    m_hideKongCheck = new QCheckBox(tr("Hide &Kong-initiated"));
    m_hideKongCheck->setObjectName(QStringLiteral("hideKongInitiatedCheckBox"));
    m_hideKongCheck->setAccessibleName(tr("Hide events Konnect initiated itself"));
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("logSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search the records"));
    m_searchEdit->setPlaceholderText(tr("Search (any text in the record, ignoring case)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("logCountLabel"));
    m_countLabel->setAccessibleName(tr("Records shown"));
    filterRow->addWidget(m_authenticationCheck);
    filterRow->addWidget(m_authorizationCheck);
    filterRow->addWidget(m_gatewayCheck);
    filterRow->addWidget(m_hideKongCheck);
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(m_countLabel);
    layout->addLayout(filterRow);

    m_pullProgress = new RequestProgressWidget;
    m_pullProgress->setObjectName(QStringLiteral("logPullProgress"));
    layout->addWidget(m_pullProgress);
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("logMessageLabel"));
    m_messageLabel->setAccessibleName(tr("Result of the pull"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    FieldMessage::clear(m_messageLabel);
    layout->addWidget(m_messageLabel);

    auto* splitter = new QSplitter(Qt::Vertical);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new StaticTextItemDelegate(m_table));
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed rows: the header then never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyRow = new QAction(tr("&Copy row"), m_table);
    copyRow->setObjectName(QStringLiteral("copyRowAction"));
    copyRow->setShortcut(QKeySequence::Copy);
    copyRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyRow, &QAction::triggered, this, &AuditLogsPage::copySelectedRows);
    auto* copyRaw = new QAction(tr("Copy &raw record"), m_table);
    copyRaw->setObjectName(QStringLiteral("copyRawAction"));
    connect(copyRaw, &QAction::triggered, this, &AuditLogsPage::copyRawRecord);
    m_table->addActions({copyRow, copyRaw});
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("logDetailsEdit"));
    m_details->setAccessibleName(tr("Every field and the raw record of the selected event"));
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    monospace.setStyleHint(QFont::Monospace);
    m_details->setFont(monospace);
    m_details->setPlaceholderText(tr("Select an event to see every field and the record as Konnect sent it."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* actionRow = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("&Copy row"));
    m_copyButton->setObjectName(QStringLiteral("copyRowButton"));
    m_copyButton->setAccessibleName(tr("Copy the selected rows"));
    m_exportButton = new QPushButton(tr("Export &shown rows..."));
    m_exportButton->setObjectName(QStringLiteral("exportLogsButton"));
    m_exportButton->setAccessibleName(tr("Export the rows shown to a file"));
    m_compareButton = new QPushButton(tr("Compare with SIEM export…"));
    m_compareButton->setObjectName(QStringLiteral("compareExportButton"));
    m_compareButton->setAccessibleName(tr("Compare a SIEM export with Konnect's records"));
    m_compareButton->setToolTip(tr("Which events of the export's time span Konnect has that the export lacks, and "
                                   "which of its lines Konnect does not know."));
    m_exportProgress = new QProgressBar;
    m_exportProgress->setObjectName(QStringLiteral("exportProgressBar"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setVisible(false);
    m_exportCancelButton = new QPushButton(tr("Cancel e&xport"));
    m_exportCancelButton->setObjectName(QStringLiteral("exportCancelButton"));
    m_exportCancelButton->setAccessibleName(tr("Cancel the export"));
    m_exportCancelButton->setVisible(false);
    actionRow->addWidget(m_copyButton);
    actionRow->addWidget(m_exportButton);
    actionRow->addWidget(m_compareButton);
    actionRow->addWidget(m_exportProgress, 1);
    actionRow->addWidget(m_exportCancelButton);
    actionRow->addStretch(0);
    layout->addLayout(actionRow);

    // Top to bottom, left to right.
    const QList<QWidget*> chain {m_windowCombo,
                                 m_startEdit,
                                 m_endEdit,
                                 m_loadButton,
                                 m_followCheck,
                                 m_pollSpin,
                                 m_authenticationCheck,
                                 m_authorizationCheck,
                                 m_gatewayCheck,
                                 m_hideKongCheck,
                                 m_searchEdit,
                                 m_table,
                                 m_details,
                                 m_copyButton,
                                 m_exportButton,
                                 m_compareButton,
                                 m_exportCancelButton};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    onPicked();
    updateActions();
}

void AuditLogsPage::setUp(KonnectClient* client, Clock* clock, ScopeController* scopes)
{
    m_client = client;
    m_clock = clock ? clock : Clock::system();
    m_scopes = scopes;
    m_pullProgress->setClock(clock);
    m_controller = new AuditLogsController(client, this);
    m_table->setModel(m_controller->model());
    m_table->setColumnWidth(AuditLogTableModel::Time,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00  ")));
    connectControls();
    onPicked();
}

void AuditLogsPage::connectControls()
{
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this, &AuditLogsPage::onPicked);
    connect(m_loadButton, &QPushButton::clicked, this, &AuditLogsPage::load);
    connect(m_followCheck, &QCheckBox::toggled, this, &AuditLogsPage::onFollowToggled);
    connect(m_pollSpin, &QSpinBox::valueChanged, this, [this](int seconds) {
        // From the next poll on; the one already waiting keeps its time.
        if (AuditLogFollower* follower = m_controller->follower())
            follower->setPollIntervalMs(qint64(seconds) * 1000);
    });
    connect(m_compareButton, &QPushButton::clicked, this, &AuditLogsPage::chooseCompareFile);
    connect(m_controller, &AuditLogsController::waitingForPoll, this, [this](const QDateTime& at) {
        showFollowState(tr("Following: %1 new events since the window was read; the next poll at %2.")
                            .arg(m_controller->follower()->recordsNew() - m_caughtUpRecords)
                            .arg(QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    });
    connect(m_controller, &AuditLogsController::caughtUp, this,
            [this] { m_caughtUpRecords = m_controller->follower()->recordsNew(); });
    connect(m_controller, &AuditLogsController::pollFailed, this,
            [this](const ApiResult& result, const QDateTime& next) {
                showFollowState(
                    tr("A poll failed: %1 Following goes on; the poll at %2 reads its window again.")
                        .arg(result.message, QLocale().toString(next.toLocalTime().time(), QStringLiteral("HH:mm:ss"))),
                    true);
            });
    for (QCheckBox* box : {m_authenticationCheck, m_authorizationCheck, m_gatewayCheck, m_hideKongCheck})
        connect(box, &QCheckBox::toggled, this, &AuditLogsPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &AuditLogsPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_controller, &AuditLogsController::loadingChanged, this, &AuditLogsPage::onLoadingChanged);
    connect(m_controller, &AuditLogsController::finished, this, &AuditLogsPage::onFinished);
    connect(m_controller, &AuditLogsController::pageArrived, this, &AuditLogsPage::updateCounts);
    connect(m_controller, &AuditLogsController::signaturesUnavailable, this,
            [this](const QString& why) { showMessage(tr("The signatures could not be checked: %1").arg(why), true); });
    connect(m_controller->model(), &AuditLogTableModel::matchesChanged, this, &AuditLogsPage::updateCounts);
    connect(m_controller->model(), &AuditLogTableModel::matchesChanged, this, &AuditLogsPage::followTail);
    QScrollBar* bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_atEnd = value == bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_atEnd && isTailing())
            bar->setValue(maximum);
        else
            m_atEnd = bar->value() == maximum;
    });
    connect(m_pullProgress, &RequestProgressWidget::cancelRequested, m_controller, &AuditLogsController::cancel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogsPage::onCurrentRowChanged);
    connect(m_controller->model(), &QAbstractItemModel::modelReset, this, &AuditLogsPage::onCurrentRowChanged);
    connect(m_copyButton, &QPushButton::clicked, this, &AuditLogsPage::copySelectedRows);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogsPage::chooseExportFile);
    connect(m_exportCancelButton, &QPushButton::clicked, m_export, &AuditLogExport::cancel);
    connect(m_export, &AuditLogExport::progress, this, [this](qsizetype written, qsizetype total) {
        m_exportProgress->setMaximum(int(std::max<qsizetype>(total, 1)));
        m_exportProgress->setValue(int(written));
    });
    connect(m_export, &AuditLogExport::finished, this, [this](bool ok, const QString& message) {
        m_exportProgress->setVisible(false);
        m_exportCancelButton->setVisible(false);
        showMessage(ok || !message.isEmpty() ? message : tr("Export cancelled; no file was written."), !ok);
        updateActions();
        emit exportFinished(ok, message);
    });
    if (m_scopes) {
        connect(m_scopes, &ScopeController::scopeChanged, this, [this](const Scope& scope) {
            // Audit logs are the organization's: only another region means other records.
            if (scope.region() == m_region)
                return;
            m_controller->reset();
            m_loadedOnce = false;
            if (isVisible() && m_available)
                load();
        });
    }
}

bool AuditLogsPage::isTailing() const
{
    return m_controller->isFollowing() && !m_controller->isLoading();
}

void AuditLogsPage::followTail()
{
    // The model shows rows in chunks as the view nears the end; a tailing view is at the end.
    AuditLogTableModel* model = m_controller->model();
    if (m_atEnd && isTailing() && model->canFetchMore({}))
        model->fetchMore({});
}

void AuditLogsPage::setAvailable(bool available, const QString& why)
{
    m_available = available;
    if (!available) {
        if (m_controller)
            m_controller->reset();
        m_loadedOnce = false;
        showMessage(why, false);
    } else if (isVisible() && !m_loadedOnce) {
        load();
    }
    updateActions();
}

void AuditLogsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_available && !m_loadedOnce && m_controller)
        load();
}

void AuditLogsPage::setPick(Pick pick)
{
    m_windowCombo->setCurrentIndex(int(pick));
}

void AuditLogsPage::onPicked()
{
    const bool custom = Pick(m_windowCombo->currentIndex()) == Pick::Custom;
    m_startEdit->setVisible(custom);
    m_endEdit->setVisible(custom);
    FieldMessage::clear(m_startMessage);
    FieldMessage::clear(m_endMessage);
    if (custom && m_clock) {
        const QDateTime now = m_clock->now().toLocalTime();
        m_endEdit->setDateTime(now);
        m_startEdit->setDateTime(now.addSecs(-3600));
    }
}

bool AuditLogsPage::load()
{
    if (!m_controller || !m_available)
        return false;
    FieldMessage::clear(m_startMessage);
    FieldMessage::clear(m_endMessage);
    FieldMessage::clear(m_messageLabel);
    const QDateTime now = m_clock->now();
    AuditLogQuery query;
    switch (Pick(m_windowCombo->currentIndex())) {
    case Pick::Last15Minutes:
        query.start = now.addSecs(-15 * 60);
        break;
    case Pick::LastHour:
        query.start = now.addSecs(-3600);
        break;
    case Pick::Last24Hours:
        query.start = now.addDays(-1);
        break;
    case Pick::Last7Days:
        break; // Konnect's default: the 7 days before now
    case Pick::Custom:
        query.start = m_startEdit->dateTime().toUTC();
        if (!m_followCheck->isChecked()) // a follow runs on to Konnect's now
            query.end = m_endEdit->dateTime().toUTC();
        break;
    }
    query.pageSize = AuditLogsController::pageSize;
    const FieldErrors errors = query.check(now);
    if (!errors.isEmpty()) {
        for (const FieldError& error : errors) {
            QLabel* label = error.field == QLatin1String("start") ? m_startMessage
                : error.field == QLatin1String("end")             ? m_endMessage
                                                                  : m_messageLabel;
            FieldMessage::show(label, error.message);
        }
        return false;
    }
    m_loadedOnce = true;
    m_region = m_scopes ? m_scopes->current().region() : QString();
    const Scope scope = m_region.isEmpty() ? Scope() : Scope::organization(m_region);
    m_caughtUpRecords = 0;
    m_stoppingFollow = false;
    if (m_followCheck->isChecked()) {
        showFollowState(tr("Following: reading the window first…"));
        m_controller->follow(query, scope, qint64(m_pollSpin->value()) * 1000);
    } else {
        m_controller->load(query, scope);
    }
    return true;
}

void AuditLogsPage::applyFilter()
{
    if (!m_controller)
        return;
    AuditLogTableModel::Filter filter;
    filter.types = 0;
    if (m_authenticationCheck->isChecked())
        filter.types |= AuditLogTableModel::Authentication;
    if (m_authorizationCheck->isChecked())
        filter.types |= AuditLogTableModel::Authorization;
    if (m_gatewayCheck->isChecked())
        filter.types |= AuditLogTableModel::GatewayAccess;
    filter.hideKongInitiated = m_hideKongCheck->isChecked();
    filter.search = m_searchEdit->text().trimmed();
    m_controller->model()->setFilter(filter);
}

void AuditLogsPage::onLoadingChanged(bool loading)
{
    if (loading)
        m_pullProgress->trackAttempts(m_client, auditLogsPath, tr("Pulling the audit logs"));
    else
        m_pullProgress->stopTracking();
    updateActions();
}

void AuditLogsPage::onFinished(const ApiResult& result)
{
    updateCounts();
    if (std::exchange(m_stoppingFollow, false) && result.kind == ApiResult::Kind::Cancelled)
        return;
    if (m_followCheck->isChecked()) {
        // A follow ends only when stopped or when another poll cannot mend what failed.
        if (result.kind == ApiResult::Kind::Cancelled) {
            showFollowState({});
        } else {
            const QSignalBlocker block(m_followCheck);
            m_followCheck->setChecked(false);
            showFollowState({});
            showMessage(tr("Following stopped: %1 The %2 records loaded so far stay shown.")
                            .arg(result.message)
                            .arg(model()->recordCount()),
                        true);
            updateActions();
            return;
        }
    }
    if (result.ok() || result.kind == ApiResult::Kind::Cancelled) {
        if (result.kind == ApiResult::Kind::Cancelled)
            showMessage(tr("Stopped; the %1 records loaded so far stay shown.").arg(model()->recordCount()), false);
        return;
    }
    showMessage(model()->recordCount() > 0
                    ? tr("The pull stopped: %1 The %2 records loaded so far stay shown; Load pulls the window again.")
                          .arg(result.message)
                          .arg(model()->recordCount())
                    : tr("The pull failed: %1").arg(result.message),
                true);
}

void AuditLogsPage::updateCounts()
{
    AuditLogTableModel* logs = model();
    if (!logs)
        return;
    QString text = tr("%1 of %2 records").arg(logs->matchCount()).arg(logs->recordCount());
    if (logs->isFiltering())
        text += tr(" (filtering…)");
    m_countLabel->setText(text);
    updateActions();
}

void AuditLogsPage::updateActions()
{
    const bool loading = m_controller && m_controller->isLoading();
    for (QWidget* widget : std::initializer_list<QWidget*> {m_windowCombo, m_startEdit, m_loadButton, m_followCheck,
                                                            m_pollSpin, m_compareButton})
        widget->setEnabled(m_available);
    m_endEdit->setEnabled(m_available && !m_followCheck->isChecked());
    m_loadButton->setText(loading ? tr("Re&load") : tr("&Load"));
    const bool rows = model() && model()->matchCount() > 0;
    m_exportButton->setEnabled(rows && !m_export->isRunning());
    m_copyButton->setEnabled(m_table->selectionModel() && m_table->selectionModel()->hasSelection());
}

void AuditLogsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    const qsizetype record = current.isValid() && model() ? model()->recordAt(current.row()) : -1;
    m_details->setPlainText(record < 0 ? QString() : describeRecord(model()->raw(record)));
    updateActions();
}

QString AuditLogsPage::describeRecord(const QByteArray& raw)
{
    QStringList lines;
    describeValue({}, QJsonDocument::fromJson(raw).object(), &lines);
    lines.append(QString());
    lines.append(tr("The record as Konnect sent it:"));
    lines.append(QString::fromUtf8(raw));
    return lines.join(QLatin1Char('\n'));
}

QString AuditLogsPage::detailsText() const
{
    return m_details->toPlainText();
}

void AuditLogsPage::copySelectedRows()
{
    if (!m_table->selectionModel())
        return;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex& row : std::as_const(rows))
        lines.append(model()->rowText(row.row()));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void AuditLogsPage::copyRawRecord()
{
    const QModelIndex current = m_table->currentIndex();
    const qsizetype record = current.isValid() ? model()->recordAt(current.row()) : -1;
    if (record >= 0)
        QApplication::clipboard()->setText(QString::fromUtf8(model()->raw(record)));
}

void AuditLogsPage::chooseExportFile()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export shown rows"), QStringLiteral("audit-logs.jsonl"),
                                                      tr("JSON Lines, the records as Konnect sent them (*.jsonl);;CSV "
                                                         "(*.csv);;CEF, the webhook's line shape (*.cef)"),
                                                      &selected);
    if (!path.isEmpty())
        exportShownRows(path);
}

bool AuditLogsPage::exportShownRows(const QString& path)
{
    AuditLogTableModel* logs = model();
    if (!logs)
        return false;
    QList<AuditLogExport::Item> items;
    const QList<qsizetype> records = logs->matchedRecords();
    items.reserve(records.size());
    for (qsizetype record : records)
        items.append({logs->raw(record), AuditLogTableModel::verdictKey(logs->verdict(record))});
    QString error;
    if (!m_export->start(path, AuditLogExport::formatFor(path), std::move(items), &error)) {
        showMessage(error, true);
        return false;
    }
    m_exportProgress->setValue(0);
    m_exportProgress->setVisible(true);
    m_exportCancelButton->setVisible(true);
    updateActions();
    return true;
}

void AuditLogsPage::setFollowing(bool on)
{
    m_followCheck->setChecked(on);
}

bool AuditLogsPage::isFollowing() const
{
    return m_controller && m_controller->isFollowing();
}

void AuditLogsPage::setPollIntervalSeconds(int seconds)
{
    m_pollSpin->setValue(seconds);
}

int AuditLogsPage::pollIntervalSeconds() const
{
    return m_pollSpin->value();
}

QString AuditLogsPage::followText() const
{
    return m_followLabel->isHidden() ? QString() : m_followLabel->text();
}

void AuditLogsPage::onFollowToggled(bool on)
{
    updateActions();
    if (!m_controller)
        return;
    if (on) {
        load();
        return;
    }
    showFollowState({});
    if (m_controller->isFollowing()) {
        m_stoppingFollow = true; // its finished(Cancelled) is this, already said
        m_controller->stopFollowing();
        showMessage(tr("Following stopped; the %1 records loaded stay shown.").arg(model()->recordCount()), false);
    }
}

void AuditLogsPage::showFollowState(const QString& text, bool problem)
{
    m_followLabel->setVisible(!text.isEmpty());
    FieldMessage::show(m_followLabel, text, problem ? FieldMessage::Kind::Warning : FieldMessage::Kind::Note);
}

void AuditLogsPage::chooseCompareFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Compare with a SIEM export"), QString(),
                                       tr("SIEM exports (*.log *.cef *.json *.jsonl *.txt *.gz);;All files (*)"));
    if (!path.isEmpty())
        compareWithExport(path);
}

AuditLogCompareDialog* AuditLogsPage::compareWithExport(const QString& path)
{
    if (!m_client || !m_available)
        return nullptr;
    auto* dialog = new AuditLogCompareDialog(m_client, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditLogCompareDialog::replayRequested, this, &AuditLogsPage::replayRequested);
    dialog->show();
    const QString region = m_scopes ? m_scopes->current().region() : QString();
    dialog->start(path, region.isEmpty() ? Scope() : Scope::organization(region));
    return dialog;
}

void AuditLogsPage::showMessage(const QString& text, bool problem)
{
    if (text.isEmpty())
        FieldMessage::clear(m_messageLabel);
    else
        FieldMessage::show(m_messageLabel, text, problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}
