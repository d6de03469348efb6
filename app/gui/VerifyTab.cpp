#include "VerifyTab.h"

#include "ApiCall.h"
#include "ChildNames.h"
#include "ErrorText.h"
#include "FieldMessage.h"
#include "KonnectClient.h"
#include "SignatureVerifier.h"
#include "VerificationRun.h"
#include "ui_VerifyTab.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

VerifyTab::VerifyTab(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::VerifyTab)
    , m_verifier(new SignatureVerifier(this))
{
    m_ui->setupUi(this);
    ChildNames::prefix(m_ui->jwksProgress, QStringLiteral("jwks"));
    m_ui->verifyIntroLabel->setText(
        tr("Konnect signs every audit event with Ed25519. Verifying the lines your SIEM kept shows that they came "
           "from Konnect unchanged. Every key of the set is tried, so lines signed before a key rotation verify too."));
    m_ui->invalidLinesTable->setColumnCount(3);
    m_ui->invalidLinesTable->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason")});
    m_ui->invalidLinesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->invalidLinesTable->verticalHeader()->setVisible(false);
    m_ui->cancelVerifyButton->setVisible(false);
    m_ui->verifyProgressBar->setVisible(false);
    for (QLabel* label : {m_ui->verifyValidValueLabel, m_ui->verifyInvalidValueLabel, m_ui->verifyUnsignedValueLabel})
        label->setText(tr("–"));
    FieldMessage::clear(m_ui->jwksErrorLabel);
    FieldMessage::clear(m_ui->verifyMessageLabel);

    connect(m_ui->addVerifyFilesButton, &QPushButton::clicked, this, &VerifyTab::chooseFiles);
    connect(m_ui->removeVerifyFilesButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->verifyFilesList->selectedItems());
        updateActions();
    });
    connect(m_ui->clearVerifyFilesButton, &QPushButton::clicked, this, [this] {
        m_ui->verifyFilesList->clear();
        updateActions();
    });
    connect(m_ui->verifyFilesList, &QListWidget::itemSelectionChanged, this, &VerifyTab::updateActions);
    connect(m_ui->browseJwksButton, &QPushButton::clicked, this, &VerifyTab::chooseJwksFile);
    connect(m_ui->jwksFileEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->jwksFromFileRadio->setChecked(true);
        FieldMessage::clear(m_ui->jwksErrorLabel);
        updateActions();
    });
    connect(m_ui->jwksFromKonnectRadio, &QRadioButton::toggled, this, &VerifyTab::updateActions);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &VerifyTab::verify);
    connect(m_ui->cancelVerifyButton, &QPushButton::clicked, this, &VerifyTab::cancel);
    connect(m_ui->jwksProgress, &RequestProgressWidget::cancelRequested, this, &VerifyTab::cancel);
    connect(m_verifier, &SignatureVerifier::progress, this, &VerifyTab::onProgress);
    connect(m_verifier, &SignatureVerifier::finished, this, &VerifyTab::onFinished);
    updateActions();
}

VerifyTab::~VerifyTab() = default;

void VerifyTab::setUp(KonnectClient* client)
{
    m_client = client;
    if (client)
        m_ui->jwksProgress->setClock(client->clock());
}

void VerifyTab::setKonnectAvailable(bool available)
{
    m_konnectAvailable = available;
    m_ui->jwksFromKonnectRadio->setToolTip(available ? QString() : tr("Set a Konnect token to take Konnect's keys."));
    updateActions();
}

void VerifyTab::addFiles(const QStringList& paths)
{
    const QStringList present = files();
    for (const QString& path : paths) {
        const QString native = QDir::toNativeSeparators(path);
        if (!present.contains(path)) {
            auto* item = new QListWidgetItem(native, m_ui->verifyFilesList);
            item->setData(Qt::UserRole, path);
        }
    }
    updateActions();
}

QStringList VerifyTab::files() const
{
    QStringList paths;
    for (int row = 0; row < m_ui->verifyFilesList->count(); ++row)
        paths << m_ui->verifyFilesList->item(row)->data(Qt::UserRole).toString();
    return paths;
}

void VerifyTab::setJwksFile(const QString& path)
{
    m_ui->jwksFileEdit->setText(path);
    m_ui->jwksFromFileRadio->setChecked(true);
    FieldMessage::clear(m_ui->jwksErrorLabel);
    updateActions();
}

void VerifyTab::useKonnectKeys()
{
    m_ui->jwksFromKonnectRadio->setChecked(true);
}

void VerifyTab::chooseFiles()
{
    // open(), not exec(): the window's event loop keeps running while the dialog is up.
    auto* dialog = new QFileDialog(this, tr("Audit-log files to verify"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Audit logs (*.log *.txt *.json *.cef *.gz)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &VerifyTab::addFiles);
    dialog->open();
}

void VerifyTab::chooseJwksFile()
{
    auto* dialog = new QFileDialog(this, tr("JWKS file"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("JSON Web Key Sets (*.json)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &VerifyTab::setJwksFile);
    dialog->open();
}

bool VerifyTab::isRunning() const
{
    return m_running;
}

void VerifyTab::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    m_ui->cancelVerifyButton->setVisible(running && !m_jwksCall);
    m_ui->verifyProgressBar->setVisible(running && !m_jwksCall);
    updateActions();
    emit runningChanged(running);
}

void VerifyTab::updateActions()
{
    const bool fromFile = m_ui->jwksFromFileRadio->isChecked();
    const bool keys = fromFile ? !m_ui->jwksFileEdit->text().trimmed().isEmpty() : m_konnectAvailable;
    m_ui->verifyButton->setEnabled(!m_running && keys && m_ui->verifyFilesList->count() > 0);
    m_ui->removeVerifyFilesButton->setEnabled(!m_running && !m_ui->verifyFilesList->selectedItems().isEmpty());
    m_ui->clearVerifyFilesButton->setEnabled(!m_running && m_ui->verifyFilesList->count() > 0);
    m_ui->addVerifyFilesButton->setEnabled(!m_running);
    m_ui->verifyKeysGroupBox->setEnabled(!m_running);
    QString why;
    if (m_ui->verifyFilesList->count() == 0)
        why = tr("Add the files to verify.");
    else if (!keys)
        why = fromFile ? tr("Choose the JWKS file.") : tr("Set a Konnect token, or choose a JWKS file.");
    m_ui->verifyButton->setToolTip(why);
}

void VerifyTab::verify()
{
    if (m_running)
        return;
    FieldMessage::clear(m_ui->jwksErrorLabel);
    FieldMessage::clear(m_ui->verifyMessageLabel);
    m_runFiles = files();
    if (const QString problem = VerificationRun::checkPaths(m_runFiles); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    if (m_ui->jwksFromFileRadio->isChecked()) {
        QString error;
        const Jwks keys = Jwks::fromFile(m_ui->jwksFileEdit->text().trimmed(), &error);
        if (keys.isEmpty()) {
            FieldMessage::show(m_ui->jwksErrorLabel, error.isEmpty() ? tr("The file holds no Ed25519 key.") : error);
            return;
        }
        setRunning(true);
        onKeysReady(keys);
        return;
    }
    if (!m_client || !m_konnectAvailable)
        return;
    ApiCall* call = m_client->getJwks();
    m_jwksCall = call;
    connect(call, &ApiCall::finished, this, &VerifyTab::onKonnectKeys);
    m_ui->jwksProgress->track(call, tr("Fetching the signing keys from Konnect"));
    setRunning(true);
}

void VerifyTab::onKonnectKeys(const ApiResult& result)
{
    m_jwksCall = nullptr;
    if (!result.ok()) {
        FieldMessage::show(m_ui->jwksErrorLabel, ErrorText::describe(result),
                           result.kind == ApiResult::Kind::Cancelled ? FieldMessage::Kind::Note
                                                                     : FieldMessage::Kind::Problem);
        setRunning(false);
        return;
    }
    QString error;
    const Jwks keys = Jwks::fromObject(result.json.object(), &error);
    if (keys.isEmpty()) {
        FieldMessage::show(m_ui->jwksErrorLabel, tr("Konnect's key set could not be used: %1").arg(error));
        setRunning(false);
        return;
    }
    onKeysReady(keys);
}

void VerifyTab::onKeysReady(const Jwks& keys)
{
    if (!keys.notes().isEmpty())
        FieldMessage::show(m_ui->jwksErrorLabel, keys.notes().join(QLatin1Char(' ')), FieldMessage::Kind::Note);
    m_verifier->setKeys(keys);
    m_ui->verifyProgressBar->setValue(0);
    m_ui->verifyProgressBar->setMaximum(1000);
    m_ui->verifyProgressLabel->setText(tr("Starting…"));
    m_ui->cancelVerifyButton->setVisible(true);
    m_ui->cancelVerifyButton->setEnabled(true);
    m_ui->verifyProgressBar->setVisible(true);
    if (!m_verifier->start(m_runFiles)) {
        showMessage(tr("A verification is already running."), true);
        setRunning(false);
    }
}

void VerifyTab::cancel()
{
    if (m_jwksCall) {
        m_jwksCall->cancel();
        return;
    }
    if (m_verifier->isRunning()) {
        m_ui->cancelVerifyButton->setEnabled(false);
        m_ui->verifyProgressLabel->setText(tr("Stopping…"));
        m_verifier->cancel();
    }
}

void VerifyTab::onProgress(qint64 bytesDone, qint64 bytesTotal, qint64 linesDone)
{
    if (bytesTotal > 0) {
        m_ui->verifyProgressBar->setMaximum(1000);
        m_ui->verifyProgressBar->setValue(int(std::min<qint64>(1000, bytesDone * 1000 / bytesTotal)));
    } else {
        m_ui->verifyProgressBar->setMaximum(0); // unknown size: a busy indicator
    }
    m_ui->verifyProgressLabel->setText(tr("%1 lines").arg(QLocale().toString(linesDone)));
}

void VerifyTab::onFinished(const VerificationReport& report)
{
    m_report = report;
    m_ui->verifyProgressLabel->clear();
    setRunning(false);
    m_ui->cancelVerifyButton->setVisible(false);
    m_ui->verifyProgressBar->setVisible(false);
    showReport(report);
}

void VerifyTab::showReport(const VerificationReport& report)
{
    const QLocale locale;
    m_ui->verifyValidValueLabel->setText(locale.toString(report.valid));
    m_ui->verifyInvalidValueLabel->setText(locale.toString(report.invalid));
    m_ui->verifyUnsignedValueLabel->setText(locale.toString(report.unsignedLines));

    QTableWidget* table = m_ui->invalidLinesTable;
    table->setRowCount(0);
    for (const VerificationReport::InvalidLine& line : report.invalidLines) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QString file = report.files.value(line.fileIndex);
        auto* fileItem = new QTableWidgetItem(QFileInfo(file).fileName());
        fileItem->setToolTip(file);
        table->setItem(row, 0, fileItem);
        auto* lineItem = new QTableWidgetItem;
        lineItem->setData(Qt::DisplayRole, line.line);
        table->setItem(row, 1, lineItem);
        QString reason = VerificationReport::reasonText(line.reason);
        if (!line.detail.isEmpty())
            reason += QStringLiteral(" (%1)").arg(line.detail);
        table->setItem(row, 2, new QTableWidgetItem(reason));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);

    QString summary;
    bool problem = false;
    if (!report.error.isEmpty()) {
        summary = tr("Stopped: %1 The counts cover the lines read before.").arg(report.error);
        problem = true;
    } else if (report.cancelled) {
        summary = tr("Cancelled: the counts cover the lines verified until then.");
    } else if (report.invalid > 0) {
        summary = tr("%n line(s) did not verify: they were changed after Konnect signed them, or were signed with "
                     "a key that is not in this set.",
                     nullptr, int(std::min<qint64>(report.invalid, INT_MAX)));
        problem = true;
    } else if (report.valid == 0) {
        summary = tr("No signed line was found.");
    } else {
        summary = tr("Every signed line verified: they came from Konnect unchanged.");
    }
    if (report.invalidNotListed() > 0)
        summary += QLatin1Char(' ')
            + tr("The first %1 invalid lines are listed.").arg(VerificationReport::maxListedInvalid);
    showMessage(summary, problem);
}

void VerifyTab::showMessage(const QString& text, bool problem)
{
    FieldMessage::show(m_ui->verifyMessageLabel, text,
                       problem ? FieldMessage::Kind::Problem : FieldMessage::Kind::Note);
}
