#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

// The first run, with no profile and no token: what to do in three steps (create a personal access token in
// Konnect, pick the region, paste the token, which goes to the keychain), the import when kongctl, decK or the
// environment hold credentials, and the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    // The region the tokens page link points at, e.g. "eu".
    void setRegion(const QString& region);
    // Credentials to import were found: the import is offered (with where they were found).
    void setImportable(const QStringList& sources);

    // Konnect's console page where a personal access token is created, for a region.
    static QUrl tokensPage(const QString& region);

signals:
    void setTokenRequested();
    void importRequested();
    void demoRequested();

private:
    QLabel* m_tokenStep;
    QLabel* m_importLabel;
    QPushButton* m_importButton;
};
