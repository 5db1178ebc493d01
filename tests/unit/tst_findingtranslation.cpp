// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Findings are made in English and translated when shown (issue 14, item 6): JSON and the stored
// history keep no language of the moment, and every definition is found again by its code.
#include "check/checkcatalog.h"
#include "check/findingregistry.h"
#include "check/watchcatalog.h"
#include "cli/findingprinter.h"
#include "common/txtrecord.h"
#include "mtasts/mtastscatalog.h"
#include "mtasts/stsrecord.h"
#include "net/addressscope.h"
#include "smtp/smtpcatalog.h"
#include "smtp/smtpdialogue.h"
#include "tlsrpt/reportcatalog.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>

using namespace Sts;
namespace StsCatalog = Sts::MtaSts::Catalog;
namespace WatchCatalog = Sts::Check::WatchCatalog;

Q_DECLARE_METATYPE(const Sts::FindingDefinition *)

namespace {

//! The definition's message in English with \a arguments, independently of the code under test.
QString english(const FindingDefinition &definition, const QStringList &arguments)
{
    return substituteArguments(QString::fromUtf8(definition.message), arguments);
}

} // namespace

class TestFindingTranslation final : public QObject
{
    Q_OBJECT

private:
    //! The German catalogue the application embeds, loaded from the build's i18n folder.
    QTranslator m_german;

    void installGerman() { QVERIFY(QCoreApplication::installTranslator(&m_german)); }
    void removeGerman() { QCoreApplication::removeTranslator(&m_german); }

    //! What the German catalogue says for \a definition, asked of the translator directly.
    QString german(const FindingDefinition &definition, const QStringList &arguments) const
    {
        const QString translated = m_german.translate("Findings", definition.message);
        return translated.isEmpty() ? QString() : substituteArguments(translated, arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_german.load(QStringLiteral("stsscope_de.qm"), QStringLiteral(STS_QM_DIR)),
                 "stsscope_de.qm not built in " STS_QM_DIR);
    }
    void cleanup() { removeGerman(); }

    // (a) A finding made while German is loaded is English, in the struct and in JSON.
    void madeInEnglishWhateverIsLoaded()
    {
        installGerman();
        const QStringList arguments{u"v=spf1 -all"_qs};
        const Finding finding = makeFinding(StsCatalog::TxtNotSts, u"_mta-sts.example.com"_qs, arguments);
        QCOMPARE(finding.message,
                 u"A TXT record that does not start with \"v=STSv1;\" is ignored: \"v=spf1 -all\"."_qs);
        QCOMPARE(finding.arguments, arguments);
        const QJsonObject json = finding.toJson();
        QCOMPARE(json.value(u"message").toString(), finding.message);
        QCOMPARE(json.value(u"arguments").toArray(), QJsonArray::fromStringList(arguments));
        QCOMPARE(Finding::fromJson(json), finding);
    }

    void lintFindingsAreEnglishWhateverIsLoaded()
    {
        installGerman();
        // Not an STS record, an unknown field twice (collapsed, with a repeat note) and a valid id.
        const MtaSts::StsRecord lint =
            MtaSts::StsRecord::lint({TxtRecord{{"v=spf1 -all"}}, TxtRecord{{"v=STSv1; a=1; id=abc; b=2"}}});
        QVERIFY(lint.findings.size() >= 2);
        bool sawRepeat = false;
        for (const Finding &finding : lint.findings) {
            const FindingDefinition *definition = Check::findingDefinition(finding.code);
            QVERIFY2(definition, qPrintable(finding.code));
            QString expected = english(*definition, finding.arguments);
            if (const int occurrences = finding.details.value(u"occurrences").toInt(); occurrences > 1) {
                expected += u" This occurs %1 times in the record; the first is shown."_qs.arg(occurrences);
                sawRepeat = true;
            }
            QCOMPARE(finding.message, expected);
            QCOMPARE(findingsToJson({finding}).at(0).toObject().value(u"message").toString(), expected);
        }
        QVERIFY(sawRepeat);
    }

    // (b) Shown in the language loaded now; English without a translator.
    void shownInTheLanguageLoaded_data()
    {
        QTest::addColumn<const FindingDefinition *>("definition");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("germanText"); // from translations/stsscope_de.ts, empty: ask the translator
        QTest::newRow("one argument")
            << &StsCatalog::TxtNotSts << QStringList{u"v=spf1 -all"_qs}
            << u"Ein TXT-Eintrag, der nicht mit „v=STSv1;“ beginnt, wird ignoriert: „v=spf1 -all“."_qs;
        QTest::newRow("two arguments") << &WatchCatalog::ModeLowered << QStringList{u"enforce"_qs, u"testing"_qs}
                                       << u"Der Modus der Richtlinie wurde von enforce auf testing herabgesetzt."_qs;
        QTest::newRow("no argument") << &Check::Catalog::MxNone << QStringList{} << QString();
        QTest::newRow("watch change, three arguments")
            << &WatchCatalog::PolicyChangedWithoutId << QStringList{u"mx lines"_qs, u"20240101"_qs, u"86400"_qs}
            << QString();
    }
    void shownInTheLanguageLoaded()
    {
        QFETCH(const FindingDefinition *, definition);
        QFETCH(QStringList, arguments);
        QFETCH(QString, germanText);
        const Finding finding = makeFinding(*definition, u"example.com"_qs, arguments);
        QCOMPARE(Check::displayMessage(finding), english(*definition, arguments));

        installGerman();
        const QString expected = germanText.isEmpty() ? german(*definition, arguments) : germanText;
        QVERIFY2(!expected.isEmpty() && expected != english(*definition, arguments), "no German translation");
        QCOMPARE(Check::displayMessage(finding), expected);
        QCOMPARE(Check::displayMessage(Finding::fromJson(finding.toJson())), expected); // as the history keeps it
        QCOMPARE(finding.toJson().value(u"message").toString(), english(*definition, arguments));

        removeGerman();
        QCOMPARE(Check::displayMessage(finding), english(*definition, arguments));
    }

    void repeatNoteIsTranslatedToo()
    {
        const MtaSts::StsRecord lint = MtaSts::StsRecord::lint({TxtRecord{{"v=STSv1; a=1; id=abc; b=2; c=3"}}});
        const auto repeated = std::find_if(lint.findings.cbegin(), lint.findings.cend(), [](const Finding &finding) {
            return finding.details.value(u"occurrences").toInt() == 3;
        });
        QVERIFY(repeated != lint.findings.cend());
        const FindingDefinition *definition = Check::findingDefinition(repeated->code);
        QVERIFY(definition);
        installGerman();
        QCOMPARE(Check::displayMessage(*repeated),
                 german(*definition, repeated->arguments) +
                     u" Das kommt 3-mal im Eintrag vor; der erste Fall wird gezeigt."_qs);
    }

    void printersShowTheLanguageLoaded()
    {
        const Finding finding = makeFinding(WatchCatalog::ModeLowered, u"example.com"_qs, {u"enforce"_qs, u"none"_qs});
        installGerman();
        QString text;
        QTextStream out(&text);
        Cli::FindingPrinter::printHuman(out, {finding});
        out.flush();
        QVERIFY2(text.contains(u"Der Modus der Richtlinie wurde von enforce auf none herabgesetzt."_qs),
                 qPrintable(text));
        QVERIFY2(!text.contains(finding.message), qPrintable(text));
    }

    // Our own phrases as arguments ("string") stay English in JSON and are translated when shown;
    // the same words in a position that quotes a sender are shown as they are.
    void phraseArgumentsAreTranslatedWhenShown()
    {
        installGerman();
        const QString phrase = findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"));
        const Finding finding = makeFinding(TlsRpt::ReportCatalog::FieldMissing, u"r.json"_qs, {u"string"_qs, phrase});
        QCOMPARE(finding.arguments.at(1), u"string"_qs);
        QVERIFY(finding.message.contains(u"(string)"_qs));
        const QString germanPhrase = m_german.translate("Findings", "string");
        QVERIFY2(!germanPhrase.isEmpty() && germanPhrase != u"string"_qs, "no German for \"string\"");
        const QString shown = Check::displayMessage(finding);
        QCOMPARE(shown, german(TlsRpt::ReportCatalog::FieldMissing, {u"string"_qs, germanPhrase}));
        QCOMPARE(Check::displayMessage(finding.code, finding.arguments, finding.message), shown);
    }

    //! The SMTP probe's and the policy fetch's phrases (the step, what the session waited for,
    //! "no certificate") the same way: English in the finding, German when shown.
    void probePhrasesAreTranslatedWhenShown_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("phrase"); //!< which argument is ours
        QTest::newRow("step") << QString::fromLatin1(Smtp::Catalog::SessionTimeout.code)
                              << QStringList{u"30"_qs, findingPhrase(Smtp::stepPhrase(Smtp::Step::Handshake))} << 1;
        QTest::newRow("waiting for") << QString::fromLatin1(Smtp::Catalog::ReplyTimeout.code)
                                     << QStringList{Smtp::Dialogue::waitingFor(Smtp::Step::Ehlo), u"10"_qs} << 0;
        QTest::newRow("no certificate") << QString::fromLatin1(MtaSts::Catalog::FetchCertificateInvalid.code)
                                        << QStringList{u"mta-sts.example"_qs,
                                                       findingPhrase(QT_TRANSLATE_NOOP("Findings", "no certificate"))}
                                        << 1;
        QTest::newRow("address scope") << QString::fromLatin1(Check::Catalog::MxPrivateAddress.code)
                                       << QStringList{u"mx.example"_qs, u"10.0.0.1"_qs,
                                                      Net::addressScopePhrase(Net::AddressScope::Private)}
                                       << 2;
        QTest::newRow("no Content-Type") << QString::fromLatin1(MtaSts::Catalog::FetchContentType.code)
                                         << QStringList{findingPhrase(QT_TRANSLATE_NOOP("Findings", "no Content-Type"))}
                                         << 0;
    }

    void probePhrasesAreTranslatedWhenShown()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, arguments);
        QFETCH(int, phrase);
        const FindingDefinition *definition = Check::findingDefinition(code);
        QVERIFY(definition);
        installGerman();
        const Finding finding = makeFinding(*definition, u"mx.example"_qs, arguments);
        QCOMPARE(finding.arguments, arguments); // English, whatever is loaded
        const QString germanPhrase = m_german.translate("Findings", arguments.at(phrase).toUtf8().constData());
        QVERIFY2(!germanPhrase.isEmpty() && germanPhrase != arguments.at(phrase), qPrintable(arguments.at(phrase)));
        QStringList shownArguments = arguments;
        shownArguments[phrase] = germanPhrase;
        QCOMPARE(Check::displayMessage(finding), german(*definition, shownArguments));
    }

    // Rows of the history written before findings carried arguments, codes of another version.
    void storedTextWhenItCannotBeTranslated_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("old row without arguments")
            << QJsonObject{{u"code"_qs, u"watch.policy.mode-lowered"_qs},
                           {u"severity"_qs, u"warning"_qs},
                           {u"message"_qs, u"The policy mode went down from enforce to testing."_qs}};
        QTest::newRow("unknown code") << QJsonObject{{u"code"_qs, u"sts.from-the-future"_qs},
                                                     {u"message"_qs, u"A message of a later version."_qs},
                                                     {u"arguments"_qs, QJsonArray{u"x"_qs}}};
        QTest::newRow("too few arguments")
            << QJsonObject{{u"code"_qs, u"watch.policy.mode-lowered"_qs},
                           {u"message"_qs, u"The policy mode went down from enforce to testing."_qs},
                           {u"arguments"_qs, QJsonArray{u"enforce"_qs}}};
    }
    void storedTextWhenItCannotBeTranslated()
    {
        QFETCH(QJsonObject, json);
        installGerman();
        QCOMPARE(Check::displayMessage(Finding::fromJson(json)), json.value(u"message").toString());
    }

    void argumentsOnlyInJsonWhenThereAreSome()
    {
        const Finding finding = makeFinding(Check::Catalog::MxNone, u"example.com"_qs);
        QVERIFY(!finding.toJson().contains(u"arguments"));
        const Findings findings{finding, makeFinding(StsCatalog::TxtNotSts, u"x"_qs, {u"y"_qs})};
        QCOMPARE(findingsFromJson(findingsToJson(findings)), findings);
    }

    // (c) Every definition in the sources is in the registry: a definition added to a catalog
    // (or anywhere else) but not to its All[] fails here.
    void everyDefinitionIsRegistered()
    {
        static const QRegularExpression definition(
            uR"re("([a-z0-9][a-z0-9.-]*)",\s*Severity::(Ok|Info|Warning|Error)\b)re"_qs);
        QSet<QString> codes;
        int definitions = 0;
        QDirIterator files(QStringLiteral(STS_SOURCE_DIR "/app"), {u"*.h"_qs, u"*.cpp"_qs}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = definition.globalMatch(text); match.hasNext();) {
                const auto found = match.next();
                const QString code = found.captured(1);
                ++definitions;
                codes.insert(code);
                const FindingDefinition *registered = Check::findingDefinition(code);
                QVERIFY2(registered,
                         qPrintable(u"%1 (%2) is not in its catalog's All[]"_qs.arg(code, file.fileName())));
                QCOMPARE(QLatin1StringView(registered->code), code);
            }
        }
        QVERIFY2(definitions > 200, qPrintable(QString::number(definitions))); // the scan saw the catalogs
        QCOMPARE(codes.size(), definitions);                                   // no code defined twice
    }

    // (d) An argument that looks like a placeholder is shown as it is, in every language.
    void hostileArgumentIsNotExpandedTwice_data()
    {
        QTest::addColumn<bool>("inGerman");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }
    void hostileArgumentIsNotExpandedTwice()
    {
        QFETCH(bool, inGerman);
        if (inGerman)
            installGerman();
        const Finding finding = makeFinding(WatchCatalog::ModeLowered, u"example.com"_qs, {u"%2"_qs, u"none"_qs});
        QCOMPARE(finding.message, u"The policy mode went down from %2 to none."_qs);
        QCOMPARE(Check::displayMessage(finding),
                 inGerman ? u"Der Modus der Richtlinie wurde von %2 auf none herabgesetzt."_qs
                          : u"The policy mode went down from %2 to none."_qs);
        const Finding record = makeFinding(StsCatalog::TxtNotSts, u"x"_qs, {u"%1%1 %9"_qs});
        QVERIFY(Check::displayMessage(record).contains(u"%1%1 %9"_qs));
        QCOMPARE(Check::displayMessage(record).count(u'%'), 3);
    }

    // What a model pays per shown message (a lookup, two translations, one substitution).
    void displayCost()
    {
        installGerman();
        const Finding finding = makeFinding(StsCatalog::TxtNotSts, u"_mta-sts.example.com"_qs, {u"v=spf1 -all"_qs});
        QString shown;
        QBENCHMARK
        {
            shown = Check::displayMessage(finding);
        }
        QVERIFY(shown.startsWith(u"Ein TXT-Eintrag"_qs));
    }
};

QTEST_GUILESS_MAIN(TestFindingTranslation)
#include "tst_findingtranslation.moc"
