// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/socksproxy.h"

#include <QTest>

using namespace Sts;

class TestSocksProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); //!< empty: usable
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        const int socks = QNetworkProxy::Socks5Proxy;
        const int none = QNetworkProxy::NoProxy;
        QTest::newRow("address") << u"socks5://127.0.0.1:1080"_qs << QString() << socks << u"127.0.0.1"_qs << 1080;
        QTest::newRow("name, slash") << u" socks5://proxy.example:9050/ "_qs << QString() << socks
                                     << u"proxy.example"_qs << 9050;
        QTest::newRow("none") << u"  "_qs << QString() << none << QString() << 0;
        QTest::newRow("http") << u"http://127.0.0.1:3128"_qs << u"proxy.url-invalid"_qs << none << QString() << 0;
        QTest::newRow("no scheme") << u"127.0.0.1:1080"_qs << u"proxy.url-invalid"_qs << none << QString() << 0;
        QTest::newRow("no port") << u"socks5://127.0.0.1"_qs << u"proxy.url-form"_qs << none << QString() << 0;
        QTest::newRow("user") << u"socks5://me@127.0.0.1:1080"_qs << u"proxy.url-form"_qs << none << QString() << 0;
        QTest::newRow("path") << u"socks5://127.0.0.1:1080/x"_qs << u"proxy.url-form"_qs << none << QString() << 0;
    }

    void parses()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        const Result<QNetworkProxy> proxy = Net::SocksProxy::fromUrl(url);
        QCOMPARE(proxy.ok(), code.isEmpty());
        if (!proxy) {
            QCOMPARE(proxy.error().code, code);
            QCOMPARE(proxy.error().severity, Severity::Error);
            QCOMPARE(proxy.error().subject, url.trimmed());
            QVERIFY(!proxy.error().message.isEmpty());
            return;
        }
        QCOMPARE(int(proxy->type()), type);
        QCOMPARE(proxy->hostName(), host);
        QCOMPARE(int(proxy->port()), port);
    }

    //! What a user pasted is quoted, but not a whole page of it.
    void quotesAtMost100Characters()
    {
        const QString pasted = u"x"_qs.repeated(5000);
        const Result<QNetworkProxy> proxy = Net::SocksProxy::fromUrl(pasted);
        QVERIFY(!proxy);
        QCOMPARE(proxy.error().code, u"proxy.url-invalid"_qs);
        QCOMPARE(proxy.error().subject.size(), 100);
        QVERIFY(proxy.error().message.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestSocksProxy)
#include "tst_socksproxy.moc"
