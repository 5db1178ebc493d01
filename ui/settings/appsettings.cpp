// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "check/checkoptions.h"

#include <QSettings>

namespace Sts::Ui {

namespace {
const auto ResolverKey = QStringLiteral("check/resolver");
const auto TrustAnchorKey = QStringLiteral("check/trustAnchorFile");
const auto CaFilesKey = QStringLiteral("check/caFiles");
const auto TimeoutKey = QStringLiteral("check/timeoutSeconds");
const auto ExpiryKey = QStringLiteral("check/expiryWarningDays");
const auto ProxyKey = QStringLiteral("check/proxy");
const auto AllowPrivateKey = QStringLiteral("check/allowPrivateAddresses");
const auto LanguageKey = QStringLiteral("ui/language");
const auto ColorSchemeKey = QStringLiteral("ui/colorScheme");
// The keys the main window used before the session was kept here, so that an update keeps
// the window where it was.
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto WindowStateKey = QStringLiteral("mainWindow/state");
const auto SessionDomainsKey = QStringLiteral("session/domains");
const auto SessionCurrentKey = QStringLiteral("session/currentDomain");

// Stored as words so that a hand-edited or older settings file cannot select a wrong value.
QString schemeName(AppSettings::ColorScheme scheme)
{
    switch (scheme) {
    case AppSettings::ColorScheme::Light:
        return QStringLiteral("light");
    case AppSettings::ColorScheme::Dark:
        return QStringLiteral("dark");
    case AppSettings::ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

AppSettings AppSettings::load()
{
    const QSettings store;
    const AppSettings defaults;
    AppSettings settings;
    settings.resolver = store.value(ResolverKey).toString();
    settings.trustAnchorFile = store.value(TrustAnchorKey).toString();
    settings.caFiles = store.value(CaFilesKey).toStringList();
    bool ok = false;
    const double timeout = store.value(TimeoutKey).toDouble(&ok);
    settings.timeoutSeconds = ok && timeout > 0 && timeout <= 600 ? timeout : defaults.timeoutSeconds;
    const int expiry = store.value(ExpiryKey).toInt(&ok);
    settings.expiryWarningDays = ok && expiry >= 0 && expiry <= 3650 ? expiry : defaults.expiryWarningDays;
    settings.proxy = store.value(ProxyKey).toString();
    settings.allowPrivateAddresses = store.value(AllowPrivateKey).toBool();
    settings.language = store.value(LanguageKey).toString();
    const QString scheme = store.value(ColorSchemeKey).toString();
    for (const ColorScheme candidate : {ColorScheme::Light, ColorScheme::Dark}) {
        if (scheme == schemeName(candidate))
            settings.colorScheme = candidate;
    }
    return settings;
}

void AppSettings::save() const
{
    QSettings store;
    store.setValue(ResolverKey, resolver);
    store.setValue(TrustAnchorKey, trustAnchorFile);
    store.setValue(CaFilesKey, caFiles);
    store.setValue(TimeoutKey, timeoutSeconds);
    store.setValue(ExpiryKey, expiryWarningDays);
    store.setValue(ProxyKey, proxy);
    store.setValue(AllowPrivateKey, allowPrivateAddresses);
    store.setValue(LanguageKey, language);
    store.setValue(ColorSchemeKey, schemeName(colorScheme));
}

AppSettings::Session AppSettings::loadSession()
{
    const QSettings store;
    Session session;
    session.domains = store.value(SessionDomainsKey).toStringList();
    session.domains.removeAll(QString());
    session.domains.removeDuplicates();
    session.currentDomain = store.value(SessionCurrentKey).toString();
    if (!session.domains.contains(session.currentDomain))
        session.currentDomain.clear();
    session.geometry = store.value(GeometryKey).toByteArray();
    session.windowState = store.value(WindowStateKey).toByteArray();
    return session;
}

void AppSettings::saveSession(const Session &session)
{
    QSettings store;
    store.setValue(SessionDomainsKey, session.domains);
    store.setValue(SessionCurrentKey, session.currentDomain);
    store.setValue(GeometryKey, session.geometry);
    store.setValue(WindowStateKey, session.windowState);
}

void AppSettings::applyTo(Check::CheckOptions &options) const
{
    options.resolver.forwarder = resolver;
    options.resolver.trustAnchorFile = trustAnchorFile;
    options.trust.caFiles = caFiles;
    options.trust.expiryWarningDays = expiryWarningDays;
    options.proxy = proxy;
    options.allowPrivateAddresses = allowPrivateAddresses;
    options.environmentReferences = Check::defaultEnvironmentReferences();
    options.setTimeoutSeconds(timeoutSeconds);
}

} // namespace Sts::Ui
