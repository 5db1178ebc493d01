// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings reach the models in English (as the history and JSON keep them) and are shown in the
// language the user chose (issue 14, item 6): the findings table, the import summary and the watch
// list, with the German catalogue the application embeds.
#include "check/watchcatalog.h"
#include "check/watchoutcome.h"
#include "models/findingsmodel.h"
#include "net/netcatalog.h"
#include "reports/importsummarymodel.h"
#include "settings/languageloader.h"
#include "tlsrpt/reportcatalog.h"
#include "verdictbanner.h"
#include "watch/watchlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace Sts;
using namespace Sts::Ui;

class TestFindingsDisplay final : public QObject
{
    Q_OBJECT

private:
    QTranslator m_german;      //!< asked directly for what the shown text must be
    LanguageLoader m_language; //!< installs German as main() installs the chosen language

    QString german(const FindingDefinition &definition, const QStringList &arguments) const
    {
        return substituteArguments(m_german.translate("Findings", definition.message), arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_german.load(QLocale(QLocale::German), u"stsscope"_qs, u"_"_qs, u":/i18n"_qs));
        QVERIFY(m_language.install(QLocale(QLocale::German)));
    }

    void findingsTable()
    {
        const QStringList arguments{u"enforce"_qs, u"testing"_qs};
        const Finding finding = makeFinding(Check::WatchCatalog::ModeLowered, u"example.com"_qs, arguments);
        QCOMPARE(finding.message, u"The policy mode went down from enforce to testing."_qs); // made in English
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({Finding::fromJson(finding.toJson())}); // as the history hands it back
        const QString expected = german(Check::WatchCatalog::ModeLowered, arguments);
        QVERIFY(!expected.isEmpty() && expected != finding.message);
        QCOMPARE(model.index(0, FindingsModel::MessageColumn).data().toString(), expected);
        QVERIFY(model.index(0, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString().contains(expected));
    }

    void importSummary()
    {
        const Finding tooLarge = makeFinding(TlsRpt::ReportCatalog::FileTooLarge, u"uid 7"_qs, {u"900"_qs, u"100"_qs});
        TlsRpt::ImportSummary summary;
        using Outcome = TlsRpt::ImportSummary::Outcome;
        summary.entries.append(
            {Outcome::Rejected, u"uid 7"_qs, u"uid 7"_qs, tooLarge.message, tooLarge.code, tooLarge.arguments});
        summary.entries.append({Outcome::Imported, u"a.json"_qs, u"a.json"_qs, u"2 Berichte hinzugefügt"_qs});
        ImportSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummary(summary);
        QCOMPARE(model.index(0, ImportSummaryModel::DetailColumn).data().toString(),
                 german(TlsRpt::ReportCatalog::FileTooLarge, tooLarge.arguments));
        QVERIFY(model.index(0, ImportSummaryModel::DetailColumn).data().toString() != tooLarge.message);
        // Not a finding: shown as it was written.
        QCOMPARE(model.index(1, ImportSummaryModel::DetailColumn).data().toString(), u"2 Berichte hinzugefügt"_qs);
    }

    void watchListLastChange()
    {
        WatchListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.add({u"example.com"_qs}), 1);
        Check::WatchOutcome outcome;
        outcome.domain = u"example.com"_qs;
        outcome.checked = QDateTime::currentDateTimeUtc();
        outcome.compared = true;
        // A sender's "%1" in an argument stays as it is.
        const QStringList arguments{u"%1 enforce"_qs, u"none"_qs};
        outcome.changes = {makeFinding(Check::WatchCatalog::ModeLowered, outcome.domain, arguments)};
        model.apply(outcome, outcome.changes);
        const QString tip = model.index(0, WatchListModel::LastChangeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(german(Check::WatchCatalog::ModeLowered, arguments)), qPrintable(tip));
    }

    //! A check that could not run (no usable resolver) says why in the language shown, from the
    //! code and arguments it keeps beside its English message.
    void checkThatCouldNotRun()
    {
        const Finding why = makeFinding(Net::Catalog::ResolverTrustAnchorMissing, u"/x.key"_qs, {u"/x.key"_qs});
        Check::CheckResult result;
        result.domain = u"example.com"_qs;
        result.complete = true;
        result.error = why.message;
        result.errorCode = why.code;
        result.errorArguments = why.arguments;
        // Through JSON, as the history keeps it.
        result = Check::CheckResult::fromJson(result.toJson());
        VerdictBanner banner;
        banner.setResult(result);
        const QString shown = german(Net::Catalog::ResolverTrustAnchorMissing, why.arguments);
        QVERIFY(!shown.isEmpty() && shown != why.message);
        QVERIFY2(banner.summary() == shown, qPrintable(banner.summary()));
    }
};

QTEST_MAIN(TestFindingsDisplay)
#include "tst_findingsdisplay.moc"
