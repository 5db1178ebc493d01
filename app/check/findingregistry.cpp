// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingregistry.h"

#include "check/checkcatalog.h"
#include "check/watchcatalog.h"
#include "common/filecatalog.h"
#include "mtasts/mtastscatalog.h"
#include "net/netcatalog.h"
#include "smtp/smtpcatalog.h"
#include "smtp/smtpproberesult.h"
#include "tls/tlscatalog.h"
#include "tlsrpt/reportcatalog.h"
#include "tlsrpt/tlsrptcatalog.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>
#include <span>

namespace Sts::Check {

namespace {

using Definitions = QHash<QString, const FindingDefinition *>;

Definitions buildDefinitions()
{
    const std::span<const FindingDefinition *const> catalogs[] = {
        Catalog::All,         WatchCatalog::All, MtaSts::Catalog::All,
        Smtp::Catalog::All,   Tls::Catalog::All, TlsRpt::ReportCatalog::All,
        TlsRpt::Catalog::All, Net::Catalog::All, FileCatalog::All,
    };
    Definitions definitions;
    for (const auto catalog : catalogs) {
        for (const FindingDefinition *definition : catalog) {
            const QString code = QString::fromLatin1(definition->code);
            Q_ASSERT_X(!definitions.contains(code), "FindingRegistry", "two definitions share one code");
            definitions.insert(code, definition);
        }
    }
    return definitions;
}

//! How many arguments \a pattern uses: the highest %1..%9 in it.
qsizetype argumentsNeeded(QStringView pattern)
{
    qsizetype needed = 0;
    for (qsizetype percent = pattern.indexOf(u'%'); percent >= 0 && percent + 1 < pattern.size();
         percent = pattern.indexOf(u'%', percent + 1)) {
        const char16_t digit = pattern[percent + 1].unicode();
        if (digit >= u'1' && digit <= u'9')
            needed = std::max<qsizetype>(needed, digit - u'0');
    }
    return needed;
}

} // namespace

const FindingDefinition *findingDefinition(QStringView code)
{
    static const Definitions definitions = buildDefinitions(); // built once, thread-safe
    return definitions.value(code.toString());
}

namespace {

//! The definition's message in the language loaded now, or nothing when there is no definition
//! or the arguments are missing: stored before findings carried them, or by another version.
std::optional<QString> translatedMessage(const QString &code, const QStringList &arguments)
{
    const FindingDefinition *definition = findingDefinition(code);
    if (!definition || arguments.size() < argumentsNeeded(QString::fromUtf8(definition->message)))
        return std::nullopt;
    QStringList shown = arguments;
    for (qsizetype i = 0; i < std::min<qsizetype>(shown.size(), 32); ++i) {
        // Our own phrases ("string", "the library is closed"); a server's text finds no translation.
        if (definition->phraseArguments & (1u << i))
            shown[i] = QCoreApplication::translate("Findings", arguments.at(i).toUtf8().constData());
    }
    return substituteArguments(QCoreApplication::translate("Findings", definition->message), shown);
}

} // namespace

QString displayMessage(const QString &code, const QStringList &arguments, const QString &english)
{
    return translatedMessage(code, arguments).value_or(english);
}

QString displayMessage(const Finding &finding)
{
    std::optional<QString> shown = translatedMessage(finding.code, finding.arguments);
    if (!shown)
        return finding.message;
    // A finding that stands for repeats in one record (TaggedRecordReader) says so.
    const int occurrences = finding.details.value(u"occurrences").toInt();
    if (occurrences > 1 && finding.message.endsWith(repeatNote(occurrences))) {
        *shown +=
            u' ' + QCoreApplication::translate("Findings", "This occurs %n times in the record; the first is shown.",
                                               nullptr, occurrences);
    }
    return *shown;
}

QString displayError(const Smtp::SmtpProbeResult &probe)
{
    if (!probe.failure.isEmpty()) {
        for (const Finding &finding : probe.findings) {
            if (finding.code == probe.failure)
                return displayMessage(finding);
        }
    }
    return probe.error;
}

} // namespace Sts::Check
