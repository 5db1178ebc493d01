// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs nginx from the testbed's package with the generated nginx snippet on a free loopback
// address inside the testbed's namespace, and fetches the policy over HTTPS the way a sender
// does (the project's PolicyFetcher, testbed CA only) and with curl. The surrounding http block
// maps .txt to text/html on purpose: the snippet itself must make the policy text/plain.
#include "mtasts/deploymentfiles.h"
#include "mtasts/policyfetcher.h"
#include "testbedenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
           file.write(content) == content.size();
}

//! A loopback address nobody listens on at 443 in this namespace (the testbed uses 127.10/16,
//! 127.11/16 and 127.53/16).
QHostAddress freeAddress()
{
    for (int third = 1; third < 255; ++third) {
        const QHostAddress candidate(QStringLiteral("127.77.%1.1").arg(third));
        QTcpServer probe;
        if (probe.listen(candidate, 443))
            return candidate;
    }
    return {};
}

} // namespace

class TestNginxSnippet final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QProcess m_nginx;
    QHostAddress m_address;
    MtaSts::Deployment m_deployment;
    const QString m_domain = u"healthy.test"_qs; // its policy host's certificate is in the testbed's state

    QString curl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("curl"), QStringList{u"-sS"_qs, u"--max-time"_qs, u"10"_qs, u"--cacert"_qs,
                                                          m_env.value(u"STS_TESTBED_CA"_qs), u"--resolve"_qs,
                                                          u"mta-sts.%1:443:%2"_qs.arg(m_domain, m_address.toString())} +
                                                  arguments);
        if (!process.waitForFinished(15000))
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Test::testbedEnvironment();
        if (m_env.isEmpty())
            QSKIP("the testbed is not running (no $STS_TESTBED_DIR/env)");
        const QString nginx = QStandardPaths::findExecutable(u"nginx"_qs, {u"/usr/sbin"_qs, u"/usr/bin"_qs});
        QVERIFY2(!nginx.isEmpty(), "nginx is part of the testbed; is it installed?");
        QVERIFY(m_dir.isValid());
        m_address = freeAddress();
        QVERIFY2(!m_address.isNull(), "no free 127.77.x.1 address");

        MtaSts::DeploymentRequest request;
        request.domain = m_domain;
        request.mode = MtaSts::Mode::Testing;
        request.mx = {u"*.healthy.test"_qs};
        request.rua = {u"mailto:tlsrpt@healthy.test"_qs};
        m_deployment = MtaSts::PolicyGenerator::generate(request);
        QVERIFY(m_deployment.ok);

        const QString certs = m_env.value(u"STS_TESTBED_DIR"_qs) + u"/certs/mta-sts.healthy.test"_qs;
        MtaSts::ServingOptions serving;
        serving.certificateFile = certs + u".chain.pem"_qs;
        serving.keyFile = certs + u".key"_qs;
        serving.documentRoot = m_dir.filePath(u"www"_qs);
        serving.listen = {m_address.toString() + u":443"_qs};
        QByteArray snippet;
        for (const MtaSts::DeploymentFile &file : MtaSts::DeploymentFiles::make(m_deployment, serving)) {
            if (file.name == u"nginx.conf")
                snippet = file.content;
            if (file.name == u"mta-sts.txt")
                QVERIFY(writeFile(serving.documentRoot + u"/.well-known/mta-sts.txt"_qs, file.content));
        }
        QVERIFY(!snippet.isEmpty());
        QVERIFY(writeFile(m_dir.filePath(u"snippet.conf"_qs), snippet));
        // Another page on the host, to see that nothing but the policy is served.
        QVERIFY(writeFile(serving.documentRoot + u"/index.html"_qs, "<p>hello</p>"));

        const QString root = m_dir.path();
        const QByteArray main = QStringLiteral("user root;\n" // the temporary directory is private to root
                                               "worker_processes 1;\n"
                                               "daemon off;\n"
                                               "pid %1/nginx.pid;\n"
                                               "error_log %1/error.log warn;\n"
                                               "events { worker_connections 32; }\n"
                                               "http {\n"
                                               "    access_log off;\n"
                                               "    client_body_temp_path %1/body;\n"
                                               "    proxy_temp_path %1/proxy;\n"
                                               "    fastcgi_temp_path %1/fastcgi;\n"
                                               "    uwsgi_temp_path %1/uwsgi;\n"
                                               "    scgi_temp_path %1/scgi;\n"
                                               "    types { text/html html txt; }\n"
                                               "    default_type application/octet-stream;\n"
                                               "    include %1/snippet.conf;\n"
                                               "}\n")
                                    .arg(root)
                                    .toUtf8();
        QVERIFY(writeFile(m_dir.filePath(u"nginx.conf"_qs), main));

        m_nginx.setProcessChannelMode(QProcess::MergedChannels);
        m_nginx.start(nginx, {u"-p"_qs, root, u"-c"_qs, m_dir.filePath(u"nginx.conf"_qs), u"-e"_qs,
                              m_dir.filePath(u"error.log"_qs)});
        QVERIFY2(m_nginx.waitForStarted(10000), qPrintable(m_nginx.errorString()));
        const bool listening = QTest::qWaitFor(
            [&] {
                if (m_nginx.state() != QProcess::Running)
                    return true;
                QTcpSocket socket;
                socket.connectToHost(m_address, 443);
                return socket.waitForConnected(200);
            },
            15000);
        QVERIFY2(listening && m_nginx.state() == QProcess::Running,
                 qPrintable(u"nginx did not start: "_qs + QString::fromUtf8(m_nginx.readAll())));
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            if (!m_nginx.waitForFinished(10000))
                m_nginx.kill();
        }
    }

    //! What a sender sees: 200, text/plain, the policy, a valid certificate, no finding against it.
    void senderFetchesThePolicy()
    {
        MtaSts::PolicyFetchOptions options;
        options.trust.useSystemStore = false;
        options.trust.caFiles = {m_env.value(u"STS_TESTBED_CA"_qs)};
        MtaSts::PolicyFetcher fetcher(u"mta-sts."_qs + m_domain, {m_address}, options);
        std::optional<MtaSts::PolicyFetchResult> fetched;
        connect(&fetcher, &MtaSts::PolicyFetcher::finished, this,
                [&fetched](const MtaSts::PolicyFetchResult &result) { fetched = result; });
        fetcher.start();
        QVERIFY(QTest::qWaitFor([&] { return fetched.has_value(); }, 30000));
        const MtaSts::PolicyFetchResult &result = *fetched;
        QCOMPARE(result.response.status, 200);
        QCOMPARE(result.response.header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(result.response.body, m_deployment.policy);
        QVERIFY(result.chain.valid());
        QVERIFY2(result.ok, qPrintable(result.findings.isEmpty() ? QString() : result.findings.first().message));
    }

    void curlAgrees()
    {
        const QString out = curl({u"-o"_qs, m_dir.filePath(u"fetched.txt"_qs), u"-w"_qs,
                                  u"%{http_code} %{content_type} %{num_redirects}"_qs,
                                  u"https://mta-sts.%1/.well-known/mta-sts.txt"_qs.arg(m_domain)});
        QCOMPARE(out, u"200 text/plain 0"_qs);
        QFile fetched(m_dir.filePath(u"fetched.txt"_qs));
        QVERIFY(fetched.open(QIODevice::ReadOnly));
        QCOMPARE(fetched.readAll(), m_deployment.policy);
    }

    //! Everything else on the policy host is a 404, never a redirect.
    void nothingElseIsServed()
    {
        for (const QString &path : {u"/"_qs, u"/index.html"_qs, u"/.well-known/"_qs, u"/mta-sts.txt"_qs}) {
            const QString out = curl({u"-o"_qs, u"/dev/null"_qs, u"-w"_qs, u"%{http_code}"_qs,
                                      u"https://mta-sts.%1%2"_qs.arg(m_domain, path)});
            QVERIFY2(out == u"404", qPrintable(path + u": "_qs + out));
        }
    }
};

QTEST_GUILESS_MAIN(TestNginxSnippet)
#include "tst_nginxsnippet.moc"
