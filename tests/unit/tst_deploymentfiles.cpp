// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of a generated deployment, for a range of requests: the policy and each record
// must pass the project's own linters, the zone file and the provider form must carry the same
// records, and the files written must be the bytes shown.
#include "mtasts/deploymentfiles.h"
#include "mtasts/policy.h"
#include "mtasts/stsrecord.h"
#include "tlsrpt/tlsrptrecord.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Sts;
using namespace Sts::MtaSts;

namespace {

const QDateTime Now(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc());

//! Findings a user should act on.
QStringList problems(const Findings &findings)
{
    QStringList codes;
    for (const Finding &finding : findings) {
        if (finding.severity >= Severity::Warning)
            codes.append(finding.code);
    }
    return codes;
}

//! The TXT records of a zone file: owner name → the character-strings of its record.
QHash<QString, TxtRecord> zoneRecords(const QByteArray &zone)
{
    QHash<QString, TxtRecord> records;
    static const QRegularExpression line(QStringLiteral("^(\\S+) 3600 IN TXT (.*)$"));
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    for (const QString &text : QString::fromUtf8(zone).split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        TxtRecord record;
        for (auto it = quoted.globalMatch(match.captured(2)); it.hasNext();)
            record.strings.append(it.next().captured(1).toUtf8());
        records.insert(match.captured(1), record);
    }
    return records;
}

} // namespace

class TestDeploymentFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFilePassesTheLinters_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<qint64>("maxAge");
        QTest::addColumn<QStringList>("rua");

        QTest::newRow("testing, one MX, mailto")
            << u"example.com"_qs << int(Mode::Testing) << QStringList{u"mx.example.com"_qs} << qint64(86400)
            << QStringList{u"mailto:tlsrpt@example.com"_qs};
        QTest::newRow("enforce, wildcard, mailto and https")
            << u"example.org"_qs << int(Mode::Enforce) << QStringList{u"*.example.org"_qs} << qint64(31557600)
            << QStringList{u"mailto:tls@example.org"_qs, u"https://reports.example.org/tlsrpt"_qs};
        QTest::newRow("enforce, several MX, no reports")
            << u"mail.example.net"_qs << int(Mode::Enforce)
            << QStringList{u"mx1.example.net"_qs, u"mx2.example.net"_qs, u"eu.mx.provider.test"_qs} << qint64(1209600)
            << QStringList{};
        QTest::newRow("none, withdrawing") << u"example.com"_qs << int(Mode::None) << QStringList{u"mx.example.com"_qs}
                                           << qint64(86400) << QStringList{};
        QTest::newRow("IDN domain") << QString::fromUtf8("b\u00fccher.example") << int(Mode::Testing)
                                    << QStringList{QString::fromUtf8("mx.b\u00fccher.example")} << qint64(604800)
                                    << QStringList{u"mailto:tlsrpt@xn--bcher-kva.example"_qs};
        QStringList manyRua;
        for (int i = 0; i < 12; ++i)
            manyRua.append(u"mailto:tls-report-mailbox-number-%1@reports.example.com"_qs.arg(i));
        QTest::newRow("TLS-RPT record over 255 bytes")
            << u"example.com"_qs << int(Mode::Testing) << QStringList{u"mx.example.com"_qs} << qint64(86400) << manyRua;
    }
    void everyFilePassesTheLinters()
    {
        QFETCH(QString, domain);
        QFETCH(int, mode);
        QFETCH(QStringList, mx);
        QFETCH(qint64, maxAge);
        QFETCH(QStringList, rua);
        DeploymentRequest request;
        request.domain = domain;
        request.mode = Mode(mode);
        request.mx = mx;
        request.maxAge = maxAge;
        request.rua = rua;
        request.now = Now;
        const Deployment deployment = PolicyGenerator::generate(request);
        QVERIFY(deployment.ok);
        const QList<DeploymentFile> files = DeploymentFiles::make(deployment);

        QStringList names;
        for (const DeploymentFile &file : files) {
            names.append(file.name);
            QVERIFY2(!file.title.isEmpty(), qPrintable(file.name));
            QVERIFY2(!file.content.isEmpty(), qPrintable(file.name));
        }
        QCOMPARE(names, (QStringList{u"mta-sts.txt"_qs, u"records.zone"_qs, u"dns-records.txt"_qs, u"nginx.conf"_qs,
                                     u"apache-httpd.conf"_qs, u"Caddyfile"_qs, u"static-hosting.txt"_qs}));

        const Policy policy = Policy::parse(files.at(0).content);
        QVERIFY(policy.valid);
        QCOMPARE(problems(policy.findings), QStringList{});
        QCOMPARE(policy.mode, std::optional<Mode>(Mode(mode)));

        const QHash<QString, TxtRecord> zone = zoneRecords(files.at(1).content);
        const StsRecord sts = StsRecord::lint({zone.value(deployment.stsRecordName)});
        QVERIFY(sts.valid);
        QCOMPARE(problems(sts.findings), QStringList{});
        QCOMPARE(sts.id, deployment.id);
        QCOMPARE(zone.contains(deployment.tlsRptRecordName), !rua.isEmpty());
        if (!rua.isEmpty()) {
            const TlsRpt::TlsRptRecord tlsRpt = TlsRpt::TlsRptRecord::lint({zone.value(deployment.tlsRptRecordName)});
            QVERIFY(tlsRpt.valid);
            QCOMPARE(problems(tlsRpt.findings), QStringList{});
            QCOMPARE(tlsRpt.rua.size(), rua.size());
        }

        // The provider form has the same values, unquoted, and each lints on its own.
        const QList<ProviderRecord> records = DeploymentFiles::providerRecords(deployment);
        QCOMPARE(records.size(), rua.isEmpty() ? 1 : 2);
        const QString form = QString::fromUtf8(files.at(2).content);
        for (const ProviderRecord &record : records) {
            QCOMPARE(record.type, u"TXT"_qs);
            QCOMPARE(record.fullName + u'.', record.purpose == ProviderRecord::Purpose::MtaSts
                                                 ? deployment.stsRecordName
                                                 : deployment.tlsRptRecordName);
            QCOMPARE(record.relativeName + u'.' + deployment.domain, record.fullName);
            QVERIFY2(form.contains(u"Value:     "_qs + record.value + u'\n'), qPrintable(form));
            QVERIFY(!record.value.contains(u'"'));
            const TxtRecordSet set{TxtRecord::fromText(record.value)};
            if (record.purpose == ProviderRecord::Purpose::MtaSts)
                QVERIFY(StsRecord::lint(set).valid);
            else
                QVERIFY(TlsRpt::TlsRptRecord::lint(set).valid);
        }
        QVERIFY(form.contains(u"Full name: mta-sts."_qs + deployment.domain));

        for (qsizetype i = 3; i < files.size(); ++i)
            QVERIFY2(QString::fromUtf8(files.at(i).content).contains(u"mta-sts."_qs + deployment.domain),
                     qPrintable(files.at(i).name));
    }

    void nothingForAFailedDeployment()
    {
        DeploymentRequest request;
        request.domain = u"example.com"_qs;
        request.mode = Mode::Enforce; // without mx: refused
        const Deployment deployment = PolicyGenerator::generate(request);
        QVERIFY(!deployment.ok);
        QVERIFY(DeploymentFiles::make(deployment).isEmpty());
        QVERIFY(DeploymentFiles::providerRecords(deployment).isEmpty());
    }

    void writesTheBytesShown()
    {
        DeploymentRequest request;
        request.domain = u"example.com"_qs;
        request.mx = {u"mx.example.com"_qs};
        request.now = Now;
        const QList<DeploymentFile> files = DeploymentFiles::make(PolicyGenerator::generate(request));
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString directory = temporary.filePath(u"new/folder"_qs);
        const Result<QStringList> written = DeploymentFiles::write(files, directory);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->size(), files.size());
        for (const DeploymentFile &file : files) {
            QFile on(QDir(directory).filePath(file.name));
            QVERIFY(on.open(QIODevice::ReadOnly));
            QCOMPARE(on.readAll(), file.content);
        }
        // Writing again replaces the files.
        QVERIFY(DeploymentFiles::write(files, directory));
        QCOMPARE(QDir(directory).entryList(QDir::Files).size(), files.size());
    }

    void reportsWhyItCannotWrite_data()
    {
        QTest::addColumn<QString>("target"); //!< under the temporary folder; "" for no folder at all
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("subject"); //!< likewise
        QTest::newRow("folder below a file") << u"file/sub"_qs << u"deploy.folder-failed"_qs << u"file/sub"_qs;
        QTest::newRow("no folder") << QString() << u"deploy.folder-failed"_qs << QString();
        QTest::newRow("a folder where the policy goes")
            << u"taken"_qs << u"deploy.write-failed"_qs << u"taken/mta-sts.txt"_qs;
    }

    void reportsWhyItCannotWrite()
    {
        QFETCH(QString, target);
        QFETCH(QString, code);
        QFETCH(QString, subject);
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        QFile blocker(temporary.filePath(u"file"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(QDir(temporary.path()).mkpath(u"taken/mta-sts.txt"_qs)); // a folder cannot be replaced by a file
        DeploymentRequest request;
        request.domain = u"example.com"_qs;
        request.mx = {u"mx.example.com"_qs};
        const QList<DeploymentFile> files = DeploymentFiles::make(PolicyGenerator::generate(request));
        QVERIFY(std::any_of(files.cbegin(), files.cend(),
                            [](const DeploymentFile &file) { return file.name == u"mta-sts.txt"_qs; }));
        const QString directory = target.isEmpty() ? QString() : temporary.filePath(target);
        const Result<QStringList> written = DeploymentFiles::write(files, directory);
        QVERIFY(!written);
        QCOMPARE(written.error().code, code);
        QCOMPARE(written.error().severity, Severity::Error);
        const QString expectedSubject = subject.isEmpty() ? QString() : temporary.filePath(subject);
        QCOMPARE(written.error().subject, expectedSubject);
        QVERIFY2(written.error().message.contains(expectedSubject), qPrintable(written.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentFiles)
#include "tst_deploymentfiles.moc"
