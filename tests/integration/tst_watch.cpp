// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: `stsscope-cli watch` against a scenario that changes between two runs (testbed.sh
// mutate): each change is reported once, with its finding, and not again at the next run.
#include "testbedenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;

class TestWatch final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QJsonObject json;
        QString err;
        QStringList codes; //!< of the changes reported, in order
    };

    static bool testbed(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral(STS_TESTBED_SCRIPT), arguments);
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    Run watch()
    {
        QProcess cli;
        cli.start(QStringLiteral(STS_CLI),
                  {u"watch"_qs, u"--json"_qs, u"--list"_qs, m_dir.filePath(u"list.txt"_qs), u"--state"_qs,
                   m_dir.filePath(u"state.sqlite"_qs), u"--resolver"_qs, m_env.value(u"STS_TESTBED_RESOLVER"_qs),
                   u"--trust-anchor"_qs, m_env.value(u"STS_TESTBED_TRUST_ANCHOR"_qs), u"--ca-file"_qs,
                   m_env.value(u"STS_TESTBED_CA"_qs), u"--allow-private"_qs, u"--reference-mx"_qs, u"none"_qs,
                   u"--timeout"_qs, u"5"_qs});
        Run run;
        if (!cli.waitForFinished(120000))
            return run;
        run.code = cli.exitCode();
        run.err = QString::fromUtf8(cli.readAllStandardError());
        run.json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        for (const QJsonValue &domain : run.json.value(u"domains"_qs).toArray()) {
            for (const QJsonValue &change : domain[u"changes"_qs].toArray())
                run.codes.append(change[u"code"_qs].toString());
        }
        return run;
    }

    static QByteArray describe(const Run &run)
    {
        return (u"exit "_qs + QString::number(run.code) + u", changes ["_qs + run.codes.join(u", "_qs) + u"]\n"_qs +
                QString::fromUtf8(QJsonDocument(run.json).toJson()).left(4000) + run.err.left(1000))
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
        // testbed.sh acts on the namespace STS_TESTBED_NS names (default stsscope-tb): this
        // testbed's, not another one that happens to run under the default name.
        qputenv("STS_TESTBED_NS", m_env.value(u"STS_TESTBED_NS"_qs).toUtf8());
        QVERIFY(!qgetenv("STS_TESTBED_NS").isEmpty());
        QVERIFY(m_dir.isValid());
        QFile list(m_dir.filePath(u"list.txt"_qs));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# the scenario the testbed changes at run time\nwatch.test\n");
        QVERIFY(testbed({u"restore"_qs}));
    }

    void cleanupTestCase()
    {
        if (!m_env.isEmpty())
            QVERIFY(testbed({u"restore"_qs}));
    }

    //! The first run keeps the check as the reference: nothing to report on a healthy domain.
    void firstRunKeepsTheReference()
    {
        const Run run = watch();
        QVERIFY2(run.code == 0, describe(run).constData());
        const QJsonObject domain = run.json[u"domains"_qs][0].toObject();
        QCOMPARE(domain[u"domain"_qs].toString(), u"watch.test"_qs);
        QCOMPARE(domain[u"verdict"_qs].toString(), u"protected"_qs);
        QVERIFY2(domain[u"compared"_qs].toBool() && domain[u"first_check"_qs].toBool(), describe(run).constData());
        QVERIFY2(run.codes.isEmpty(), describe(run).constData());
        const Run again = watch();
        QVERIFY2(again.code == 0 && again.codes.isEmpty(), describe(again).constData());
        QVERIFY(!again.json[u"domains"_qs][0][u"first_check"_qs].toBool());
    }

    //! Each change, once: the run after it reports it with its finding, the next run does not.
    void eachChangeOnce_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QStringList>("expected");
        // In this order: each builds on the one before (the testbed is restored at the end).
        QTest::newRow("policy text changed, same id")
            << u"watch-policy"_qs << QStringList{u"watch.policy.changed-without-id"_qs};
        QTest::newRow("MX added, not covered")
            << u"watch-mx"_qs << QStringList{u"watch.mx.added-not-covered"_qs, u"watch.mx.changed"_qs};
        QTest::newRow("certificate expiring inside max_age")
            << u"watch-cert"_qs << QStringList{u"watch.certificate.expires-before-policy"_qs};
    }
    void eachChangeOnce()
    {
        QFETCH(QString, mutation);
        QFETCH(QStringList, expected);
        QVERIFY(testbed({u"mutate"_qs, mutation}));
        const Run changed = watch();
        QVERIFY2(changed.code == 1, describe(changed).constData()); // a new problem
        QVERIFY2(changed.json[u"could_not_run"_qs].toInt(-1) == 0, describe(changed).constData());
        QVERIFY2(changed.json[u"domains"_qs][0][u"could_not_run"_qs].isNull(), describe(changed).constData());
        QStringList codes = changed.codes;
        codes.sort();
        expected.sort();
        QVERIFY2(codes == expected, describe(changed).constData());
        const QJsonArray changes = changed.json[u"domains"_qs][0][u"changes"_qs].toArray();
        for (const QJsonValue &change : changes)
            QVERIFY2(!change[u"details"_qs].toObject().isEmpty(), describe(changed).constData()); // the arguments
        const Run next = watch();
        QVERIFY2(next.code == 0 && next.codes.isEmpty(), describe(next).constData());
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
