#include "WelcomePage.h"

#include "Region.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* wrapping(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_tokenStep(wrapping(QStringLiteral("welcomeTokenStepLabel"), this))
    , m_importLabel(wrapping(QStringLiteral("welcomeImportLabel"), this))
    , m_importButton(new QPushButton(tr("I&mport the token found"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Getting started"));
    auto* layout = new QVBoxLayout(this);
    auto* title = wrapping(QStringLiteral("welcomeTitleLabel"), this);
    title->setText(tr("<h2>Welcome</h2><p>Three steps connect this window to your Konnect organization:</p>"));
    layout->addWidget(title);

    m_tokenStep->setOpenExternalLinks(true);
    m_tokenStep->setAccessibleName(tr("Step 1: create a personal access token"));
    layout->addWidget(m_tokenStep);
    auto* regionStep = wrapping(QStringLiteral("welcomeRegionStepLabel"), this);
    regionStep->setAccessibleName(tr("Step 2: pick the region"));
    regionStep->setText(tr("<b>2.</b> Pick your organization's region in the bar above (Region). The link in step 1 "
                           "follows it."));
    layout->addWidget(regionStep);
    auto* pasteStep = wrapping(QStringLiteral("welcomePasteStepLabel"), this);
    pasteStep->setAccessibleName(tr("Step 3: paste the token"));
    pasteStep->setText(tr("<b>3.</b> Paste the token: it goes into the system keychain, never into a file."));
    layout->addWidget(pasteStep);

    auto* buttons = new QHBoxLayout;
    auto* setToken = new QPushButton(tr("&Paste the token…"), this);
    setToken->setObjectName(QStringLiteral("welcomeSetTokenButton"));
    setToken->setAccessibleName(tr("Paste the Konnect token"));
    connect(setToken, &QPushButton::clicked, this, &WelcomePage::setTokenRequested);
    buttons->addWidget(setToken);
    m_importButton->setObjectName(QStringLiteral("welcomeImportButton"));
    m_importButton->setAccessibleName(tr("Import the token found"));
    connect(m_importButton, &QPushButton::clicked, this, &WelcomePage::importRequested);
    buttons->addWidget(m_importButton);
    auto* demo = new QPushButton(tr("Try the &demo"), this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    demo->setAccessibleName(tr("Try the demo"));
    demo->setToolTip(tr("Opens a second window on a built-in Konnect emulator; nothing touches your keychain"));
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_importLabel);
    layout->addStretch(1);
    setRegion(Region::defaultRegion());
    setImportable({});
}

QUrl WelcomePage::tokensPage(const QString& region)
{
    // The path is Konnect's console's (cloud.konghq.com/<region>/account/tokens): it may move, the region part
    // is what the admin must get right.
    return QUrl(QStringLiteral("https://cloud.konghq.com/%1/account/tokens").arg(region));
}

void WelcomePage::setRegion(const QString& region)
{
    const QString url = tokensPage(region.isEmpty() ? Region::defaultRegion() : region).toString();
    m_tokenStep->setText(tr("<b>1.</b> Create a personal access token in Konnect: <a href=\"%1\">%1</a> (it needs an "
                            "Organization Admin).")
                             .arg(url.toHtmlEscaped()));
}

void WelcomePage::setImportable(const QStringList& sources)
{
    const bool any = !sources.isEmpty();
    m_importButton->setVisible(any);
    m_importLabel->setVisible(any);
    if (any)
        m_importLabel->setText(
            tr("Or import the token this computer already has: found in %1.").arg(sources.join(QStringLiteral(", "))));
}
