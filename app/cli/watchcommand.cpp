// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchcommand.h"

#include "check/checkhandle.h"
#include "check/checkservice.h"
#include "check/findingregistry.h"
#include "check/watchlistfile.h"
#include "check/watchstate.h"
#include "checkoptionsparser.h"
#include "common/terminaltext.h"
#include "findingprinter.h"
#include "verbparser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace Sts::Cli {

namespace {

constexpr qint64 MaxListFileSize = 16 * 1024 * 1024; //!< a list of some 100 000 domains

//! What is printed of one domain; the check itself is in the history (or was not comparable).
struct Watched
{
    Check::WatchState::Outcome outcome;
    Check::Verdict verdict = Check::Verdict::Pending;
    QString error; //!< the check could not run at all
};

QJsonObject outcomeJson(const Check::WatchState::Outcome &outcome, Check::Verdict verdict, const QString &error)
{
    return {
        {QStringLiteral("could_not_run"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("domain"), outcome.domain},
        {QStringLiteral("verdict"), Check::verdictName(verdict)},
        {QStringLiteral("compared"), outcome.compared},
        {QStringLiteral("not_compared"), outcome.compared ? QJsonValue() : QJsonValue(outcome.notComparedReason)},
        {QStringLiteral("first_check"), outcome.firstCheck},
        {QStringLiteral("history_id"), outcome.historyId},
        {QStringLiteral("changes"), findingsToJson(outcome.changes)},
        {QStringLiteral("already_reported"), findingsToJson(outcome.stillStanding)},
    };
}

void printOutcome(QTextStream &out, const Check::WatchState::Outcome &outcome, Check::Verdict verdictOfCheck)
{
    const QString domain = TerminalText::safe(outcome.domain);
    const QString verdict = Check::verdictName(verdictOfCheck);
    if (!outcome.compared) {
        out << QCoreApplication::translate("Cli", "%1: not compared: %2")
                   .arg(domain, TerminalText::safe(outcome.notComparedReason))
            << '\n';
        return;
    }
    if (outcome.changes.isEmpty()) {
        out << (outcome.firstCheck ? QCoreApplication::translate("Cli", "%1: first check (%2), kept to compare with")
                                   : QCoreApplication::translate("Cli", "%1: no new change (%2)"))
                   .arg(domain, verdict)
            << '\n';
        return;
    }
    out << QCoreApplication::translate("Cli", "%1: %n new change(s) (%2)", nullptr,
                                       static_cast<int>(outcome.changes.size()))
               .arg(domain, verdict)
        << '\n';
    FindingPrinter::printHuman(out, outcome.changes);
}

} // namespace

int WatchCommand::run(const QStringList &arguments, Io io)
{
    VerbParser verb(QStringLiteral("watch"),
                    QCoreApplication::translate(
                        "Cli", "Re-checks the domains of a watch list, compares each with its last check in the "
                               "history the desktop app keeps, and prints what changed, each change once. Exit 1 "
                               "when a new change is a problem (a warning or an error), even when other domains "
                               "could not be checked; otherwise exit 3 when a domain could not be checked."),
                    QString());
    const QCommandLineOption listOption(
        QStringLiteral("list"),
        QCoreApplication::translate("Cli", "The watch list: one domain per line; blank lines and lines starting "
                                           "with # are ignored."),
        QStringLiteral("FILE"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QCoreApplication::translate("Cli", "The check history to compare with and keep the checks in (default: "
                                           "the desktop app's, %1).")
            .arg(Check::CheckHistory::defaultPath()),
        QStringLiteral("FILE"));
    verb.addOption(listOption);
    verb.addOption(stateOption);
    const CheckOptionsParser checkOptions(verb);
    if (const auto stop = verb.parse(arguments, io, 0, 0))
        return *stop;
    if (!verb.parser().isSet(listOption))
        return verb.usageError(io, QCoreApplication::translate("Cli", "--list FILE is required."));
    Check::CheckOptions options;
    if (const auto stop = checkOptions.read(io, options))
        return *stop;

    const QString listPath = verb.parser().value(listOption);
    QFile listFile(listPath);
    if (!listFile.open(QIODevice::ReadOnly)) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli watch: cannot read %1: %2")
                      .arg(TerminalText::safe(listPath), listFile.errorString())
               << '\n';
        return CouldNotRun;
    }
    if (listFile.size() > MaxListFileSize)
        return verb.usageError(io, QCoreApplication::translate("Cli", "%1 is larger than %2 MiB; is it a watch list?")
                                       .arg(TerminalText::safe(listPath))
                                       .arg(MaxListFileSize / (1024 * 1024)));
    const Check::WatchListFile list = Check::WatchListFile::parse(QString::fromUtf8(listFile.read(MaxListFileSize)));
    if (!list.rejected.isEmpty()) {
        // A list with a line that is no domain is not half watched: fix the list first.
        for (const QString &line : list.rejectedLines())
            io.err << QCoreApplication::translate("Cli", "stsscope-cli watch: %1: %2")
                          .arg(TerminalText::safe(listPath), TerminalText::safe(line))
                   << '\n';
        return UsageError;
    }
    if (list.domains.isEmpty())
        return verb.usageError(
            io, QCoreApplication::translate("Cli", "%1 lists no domain.").arg(TerminalText::safe(listPath)));

    const QString statePath =
        verb.parser().isSet(stateOption) ? verb.parser().value(stateOption) : Check::CheckHistory::defaultPath();
    Check::CheckHistory history;
    if (const Result<void> opened = history.open(statePath); !opened) {
        io.err << QCoreApplication::translate("Cli", "stsscope-cli watch: %1")
                      .arg(TerminalText::safe(Check::displayMessage(opened.error())))
               << '\n';
        return CouldNotRun;
    }
    Check::WatchState state(history, options.trust.expiryWarningDays);

    Check::CheckService service;
    service.setMaxConcurrentChecks(checkOptions.concurrency());
    QHash<QString, Watched> outcomes; // not the results: 500 of them would be held to the end
    QEventLoop loop;
    for (const QString &domain : list.domains) {
        // Each handle delivers its own check only.
        Check::CheckHandle *handle = service.run(domain, options, &loop);
        QObject::connect(
            handle, &Check::CheckHandle::finished, &loop, [&, domain, handle](const Check::CheckResult &result) {
                // Recorded as each check ends, so that a watch stopped halfway keeps
                // what it compared.
                outcomes.insert(domain,
                                {state.record(result, QDateTime::currentDateTimeUtc()), result.verdict, result.error});
                handle->deleteLater();
                if (outcomes.size() == list.domains.size())
                    loop.quit();
            });
    }
    loop.exec();

    int newProblems = 0;
    int couldNotRun = 0;
    QJsonArray array;
    for (const QString &domain : list.domains) {
        const Watched watched = outcomes.value(domain);
        const Check::WatchState::Outcome &outcome = watched.outcome;
        if (verb.json())
            array.append(outcomeJson(outcome, watched.verdict, watched.error));
        else
            printOutcome(io.out, outcome, watched.verdict);
        newProblems += static_cast<int>(
            std::count_if(outcome.changes.cbegin(), outcome.changes.cend(), &Check::WatchChangeDetector::isProblem));
        if (!watched.error.isEmpty()) {
            io.err << QCoreApplication::translate("Cli", "stsscope-cli watch: %1: %2")
                          .arg(TerminalText::safe(domain), TerminalText::safe(watched.error))
                   << '\n';
            ++couldNotRun;
        }
    }
    if (verb.json())
        FindingPrinter::printJson(io.out, {{QStringLiteral("state"), statePath},
                                           {QStringLiteral("domains"), array},
                                           {QStringLiteral("new_problems"), newProblems},
                                           {QStringLiteral("could_not_run"), couldNotRun}});
    // A new problem wins over a domain that could not be checked: cron alerts on 1, and the
    // domains that could not run are on stderr (and in the JSON) either way.
    if (newProblems > 0)
        return ErrorFindings;
    return couldNotRun > 0 ? CouldNotRun : Clean;
}

} // namespace Sts::Cli
