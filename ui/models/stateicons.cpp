// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stateicons.h"

#include <QHash>

// The icons sit in the static stsscope_ui library; referencing its resource initialiser here
// makes the linker keep it for every program that shows icons, tests included.
static void initStateIconResources()
{
    Q_INIT_RESOURCE(stsscope);
}

namespace Sts::Ui {

namespace {

QIcon icon(const char *name)
{
    static const bool initialised = (initStateIconResources(), true);
    Q_UNUSED(initialised)
    // One QIcon per state, shared: models ask for icons on every data() call, and a new QIcon
    // parses its SVG again (a fifth of the GUI thread's time during a 20-domain check).
    static QHash<const char *, QIcon> cache;
    auto cached = cache.find(name);
    if (cached == cache.end())
        cached = cache.insert(name, QIcon(QStringLiteral(":/icons/state/%1.svg").arg(QLatin1String(name))));
    return *cached;
}

} // namespace

QIcon StateIcons::forSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return icon("ok");
    case Severity::Info:
        return icon("info");
    case Severity::Warning:
        return icon("warning");
    case Severity::Error:
        return icon("error");
    }
    return {};
}

QIcon StateIcons::forVerdict(Check::Verdict verdict)
{
    switch (verdict) {
    case Check::Verdict::Pending:
        return running();
    case Check::Verdict::Protected:
        return icon("ok");
    case Check::Verdict::Testing:
        return icon("info");
    case Check::Verdict::NotProtected:
        return icon("warning");
    case Check::Verdict::Broken:
        return icon("error");
    case Check::Verdict::Cancelled:
        return icon("cancelled");
    case Check::Verdict::Inconclusive:
        return icon("inconclusive");
    }
    return {};
}

QIcon StateIcons::running()
{
    return icon("running");
}

QIcon StateIcons::forDnssec(Net::DnssecStatus status)
{
    switch (status) {
    case Net::DnssecStatus::Secure:
        return icon("dnssec-secure");
    case Net::DnssecStatus::Insecure:
        return icon("dnssec-insecure");
    case Net::DnssecStatus::Bogus:
        return icon("dnssec-bogus");
    case Net::DnssecStatus::Unknown:
        return icon("inconclusive");
    }
    return {};
}

} // namespace Sts::Ui
