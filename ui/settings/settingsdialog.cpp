// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "check/checkoptions.h"
#include "check/findingregistry.h"
#include "net/resolver.h"
#include "net/socksproxy.h"
#include "proxytester.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QString fileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SettingsDialog::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
    if (!info.isFile() || !info.isReadable())
        return SettingsDialog::tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(path));
    return {};
}
} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    auto *checks = new QGroupBox(tr("Checks"), this);
    auto *checkForm = new QFormLayout(checks);
    m_resolver = new QLineEdit(checks);
    m_resolver->setObjectName(QStringLiteral("resolver"));
    m_resolver->setPlaceholderText(tr("system resolvers"));
    m_resolver->setToolTip(tr("An IPv4 or IPv6 address, optionally with a port: 192.0.2.53 or 2001:db8::53@5353"));
    checkForm->addRow(buddyLabel(tr("DNS &resolver:"), m_resolver), m_resolver);

    m_trustAnchor = new QLineEdit(checks);
    m_trustAnchor->setObjectName(QStringLiteral("trustAnchor"));
    m_trustAnchor->setPlaceholderText(tr("the DNS root's (dns-root-data)"));
    auto *browseAnchor = new QPushButton(tr("&Browse…"), checks);
    browseAnchor->setAccessibleName(tr("Choose a DNSSEC trust anchor file"));
    auto *anchorRow = new QHBoxLayout;
    anchorRow->addWidget(m_trustAnchor, 1);
    anchorRow->addWidget(browseAnchor);
    checkForm->addRow(buddyLabel(tr("DNSSEC &trust anchor:"), m_trustAnchor), anchorRow);

    m_caFiles = new QStringListModel(this);
    m_caFileList = new QListView(checks);
    m_caFileList->setObjectName(QStringLiteral("caFiles"));
    m_caFileList->setModel(m_caFiles);
    m_caFileList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caFileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_caFileList->setMaximumHeight(90);
    auto *addCa = new QPushButton(tr("A&dd…"), checks);
    addCa->setAccessibleName(tr("Add trusted CA files"));
    auto *removeCa = new QPushButton(tr("R&emove"), checks);
    removeCa->setAccessibleName(tr("Remove the selected CA files"));
    auto *caButtons = new QVBoxLayout;
    caButtons->addWidget(addCa);
    caButtons->addWidget(removeCa);
    caButtons->addStretch();
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileList, 1);
    caRow->addLayout(caButtons);
    checkForm->addRow(buddyLabel(tr("Extra trusted &CAs:"), m_caFileList), caRow);

    m_timeout = new QDoubleSpinBox(checks);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(
        tr("Each connect, DNS query and server reply, and the longest silence of a policy host; a whole "
           "policy fetch gets three times as long, a whole SMTP probe six times."));
    checkForm->addRow(buddyLabel(tr("Network ti&meout:"), m_timeout), m_timeout);

    m_expiryDays = new QSpinBox(checks);
    m_expiryDays->setObjectName(QStringLiteral("expiryDays"));
    m_expiryDays->setRange(0, 3650);
    m_expiryDays->setSuffix(tr(" days"));
    checkForm->addRow(buddyLabel(tr("Warn about certificates e&xpiring within:"), m_expiryDays), m_expiryDays);

    // Where port 25 is blocked here: probe from a server instead (ssh -N -D 1080 server).
    m_proxy = new QLineEdit(checks);
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_proxy->setPlaceholderText(tr("none: connect directly"));
    m_proxy->setToolTip(tr("socks5://127.0.0.1:1080, for example from ssh -N -D 1080 a-server: SMTP sessions and "
                           "policy fetches go through it, DNS stays local."));
    auto *testProxy = new QPushButton(tr("Te&st the proxy"), checks);
    testProxy->setObjectName(QStringLiteral("testProxy"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxy, 1);
    proxyRow->addWidget(testProxy);
    checkForm->addRow(buddyLabel(tr("SOCKS5 &proxy:"), m_proxy), proxyRow);
    m_proxyResult = new QLabel(checks);
    m_proxyResult->setObjectName(QStringLiteral("proxyResult"));
    m_proxyResult->setTextFormat(Qt::PlainText); // it quotes the proxy's and the network's error text
    m_proxyResult->setWordWrap(true);
    m_proxyResult->setVisible(false);
    checkForm->addRow(QString(), m_proxyResult);
    m_proxyTester = new ProxyTester(this);
    connect(testProxy, &QPushButton::clicked, this, [this, testProxy] {
        testProxy->setEnabled(false);
        m_proxyResult->setText(tr("Testing port 25 through the proxy…"));
        m_proxyResult->setVisible(true);
        m_proxyTester->start(m_proxy->text(), Check::defaultEnvironmentReferences().smtpHosts);
    });
    connect(m_proxyTester, &ProxyTester::finished, this, [this, testProxy](bool, const QString &message) {
        testProxy->setEnabled(true);
        m_proxyResult->setText(message);
    });
    m_allowPrivate =
        new QCheckBox(tr("Allo&w MX and policy hosts on private and loopback addresses (test networks)"), checks);
    m_allowPrivate->setObjectName(QStringLiteral("allowPrivate"));
    m_allowPrivate->setToolTip(tr("Off, such hosts get a finding and no connection: senders on the internet cannot "
                                  "reach them, and a hostile domain cannot make a check reach into your network."));
    checkForm->addRow(QString(), m_allowPrivate);

    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    m_language = new QComboBox(look);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &name : availableLanguages()) {
        if (name != u"en")
            m_language->addItem(QLocale(name).nativeLanguageName(), name);
    }
    lookForm->addRow(buddyLabel(tr("&Language:"), m_language), m_language);
    auto *restartNote = new QLabel(tr("A new language shows after StsScope is restarted."), look);
    restartNote->setWordWrap(true);
    lookForm->addRow(QString(), restartNote);
    m_colorScheme = new QComboBox(look);
    m_colorScheme->setObjectName(QStringLiteral("colorScheme"));
    m_colorScheme->addItem(tr("Follow the system"), static_cast<int>(AppSettings::ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), static_cast<int>(AppSettings::ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), static_cast<int>(AppSettings::ColorScheme::Dark));
    lookForm->addRow(buddyLabel(tr("C&olours:"), m_colorScheme), m_colorScheme);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    // Our own words: Qt's German translation of "Restore Defaults" is "Voreinstellungen"
    // (presets), which says something else.
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore De&faults"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checks);
    layout->addWidget(look);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(AppSettings()); });
    connect(browseAnchor, &QPushButton::clicked, this, &SettingsDialog::browseTrustAnchor);
    connect(addCa, &QPushButton::clicked, this, &SettingsDialog::addCaFiles);
    connect(removeCa, &QPushButton::clicked, this, [this] {
        QModelIndexList selected = m_caFileList->selectionModel()->selectedRows();
        std::sort(selected.begin(), selected.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
        for (const QModelIndex &index : std::as_const(selected))
            m_caFiles->removeRow(index.row());
    });
    fill(settings);
}

SettingsDialog::~SettingsDialog() = default;

QStringList SettingsDialog::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("stsscope_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(9, file.size() - 9 - 3)); // "stsscope_" … ".qm"
    return languages;
}

void SettingsDialog::fill(const AppSettings &settings)
{
    m_resolver->setText(settings.resolver);
    m_trustAnchor->setText(settings.trustAnchorFile);
    m_caFiles->setStringList(settings.caFiles);
    m_timeout->setValue(settings.timeoutSeconds);
    m_expiryDays->setValue(settings.expiryWarningDays);
    m_proxy->setText(settings.proxy);
    m_allowPrivate->setChecked(settings.allowPrivateAddresses);
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(std::max(0, language));
    m_colorScheme->setCurrentIndex(std::max(0, m_colorScheme->findData(static_cast<int>(settings.colorScheme))));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.resolver = m_resolver->text().trimmed();
    settings.trustAnchorFile = m_trustAnchor->text().trimmed();
    settings.caFiles = m_caFiles->stringList();
    settings.timeoutSeconds = m_timeout->value();
    settings.expiryWarningDays = m_expiryDays->value();
    settings.proxy = m_proxy->text().trimmed();
    settings.allowPrivateAddresses = m_allowPrivate->isChecked();
    settings.language = m_language->currentData().toString();
    settings.colorScheme = static_cast<AppSettings::ColorScheme>(m_colorScheme->currentData().toInt());
    return settings;
}

QString SettingsDialog::problem() const
{
    const AppSettings values = settings();
    if (!values.resolver.isEmpty()) {
        if (const Result<void> usable = Net::Resolver::checkForwarder(values.resolver); !usable)
            return tr("DNS resolver: %1").arg(Check::displayMessage(usable.error()));
    }
    if (!values.trustAnchorFile.isEmpty()) {
        if (const QString problem = fileProblem(values.trustAnchorFile); !problem.isEmpty())
            return tr("DNSSEC trust anchor: %1").arg(problem);
    }
    for (const QString &file : values.caFiles) {
        if (const QString problem = fileProblem(file); !problem.isEmpty())
            return tr("Extra trusted CAs: %1").arg(problem);
    }
    if (const Result<QNetworkProxy> proxy = Net::SocksProxy::fromUrl(values.proxy); !proxy)
        return tr("SOCKS5 proxy: %1").arg(Check::displayMessage(proxy.error()));
    return {};
}

void SettingsDialog::accept()
{
    const QString why = problem();
    if (why.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setText(tr("<b>Cannot save:</b> %1").arg(why.toHtmlEscaped()));
    m_problem->setVisible(true);
}

void SettingsDialog::addCaFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Trusted CA certificates"), QString(),
                                                            tr("PEM certificates (*.pem *.crt);;All files (*)"));
    QStringList list = m_caFiles->stringList();
    for (const QString &file : files) {
        if (!list.contains(file))
            list.append(file);
    }
    m_caFiles->setStringList(list);
}

void SettingsDialog::browseTrustAnchor()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("DNSSEC trust anchor"), m_trustAnchor->text(),
                                                      tr("Trust anchors (*.key *.ds *.txt);;All files (*)"));
    if (!file.isEmpty())
        m_trustAnchor->setText(file);
}

} // namespace Sts::Ui
