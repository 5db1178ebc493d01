// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The serving snippets must carry the rules a sender's fetch depends on (RFC 8461 §3.3). Whether
// nginx really serves the policy with its snippet is tested against the testbed
// (tests/integration/tst_nginxsnippet.cpp).
#include "mtasts/servingsnippets.h"

#include <QRegularExpression>
#include <QTest>

using namespace Sts::MtaSts;

Q_DECLARE_METATYPE(Sts::MtaSts::WebServer)

namespace {

QStringList nonCommentLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            lines.append(trimmed);
    }
    return lines;
}

} // namespace

class TestServingSnippets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<WebServer>("server");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("required"); //!< lines (or parts of lines) outside comments
        for (const QString &domain : {u"example.com"_qs, u"xn--bcher-kva.example"_qs}) {
            const QString host = u"mta-sts."_qs + domain;
            const QString root = u"/var/www/"_qs + host;
            const QString live = u"/etc/letsencrypt/live/"_qs + host;
            QTest::addRow("nginx, %s", qPrintable(domain))
                << WebServer::Nginx << domain
                << QStringList{u"listen 443 ssl;"_qs,
                               u"listen [::]:443 ssl;"_qs,
                               u"server_name "_qs + host + u';',
                               u"ssl_certificate "_qs + live + u"/fullchain.pem;"_qs,
                               u"ssl_certificate_key "_qs + live + u"/privkey.pem;"_qs,
                               u"root "_qs + root + u';',
                               u"location = /.well-known/mta-sts.txt {"_qs,
                               u"default_type text/plain;"_qs,
                               u"return 404;"_qs};
            QTest::addRow("Apache httpd, %s", qPrintable(domain))
                << WebServer::ApacheHttpd << domain
                << QStringList{u"<VirtualHost *:443>"_qs,
                               u"ServerName "_qs + host,
                               u"SSLEngine on"_qs,
                               u"SSLCertificateFile "_qs + live + u"/fullchain.pem"_qs,
                               u"SSLCertificateKeyFile "_qs + live + u"/privkey.pem"_qs,
                               u"DocumentRoot "_qs + root,
                               u"AllowOverride None"_qs,
                               u"<Location \"/.well-known/mta-sts.txt\">"_qs,
                               u"ForceType text/plain"_qs};
            QTest::addRow("Caddy, %s", qPrintable(domain)) << WebServer::Caddy << domain
                                                           << QStringList{host + u" {"_qs,
                                                                          u"root * "_qs + root,
                                                                          u"@policy path /.well-known/mta-sts.txt"_qs,
                                                                          u"header Content-Type text/plain"_qs,
                                                                          u"file_server"_qs,
                                                                          u"respond 404"_qs};
            QTest::addRow("static host, %s", qPrintable(domain))
                << WebServer::StaticHost << domain
                << QStringList{u"URL:          https://"_qs + host + u"/.well-known/mta-sts.txt"_qs,
                               u"Content-Type: text/plain"_qs, u".nojekyll"_qs};
        }
    }
    void rules()
    {
        QFETCH(WebServer, server);
        QFETCH(QString, domain);
        QFETCH(QStringList, required);
        const QString text = ServingSnippets::render(server, domain);
        const QStringList lines = nonCommentLines(text);
        for (const QString &part : required) {
            const bool found = std::any_of(lines.cbegin(), lines.cend(),
                                           [&](const QString &line) { return line == part || line.contains(part); });
            QVERIFY2(found, qPrintable(u"missing: "_qs + part + u"\n"_qs + text));
        }
        // No configuration line may redirect the policy URL.
        static const QRegularExpression redirect(QStringLiteral("\\b(return 30[1278]|Redirect|RewriteRule|redir)\\b"));
        for (const QString &line : lines)
            QVERIFY2(!redirect.match(line).hasMatch() || server == WebServer::StaticHost, qPrintable(line));
        // The comments state the three rules, so that a later edit does not break them unknowingly.
        if (server != WebServer::StaticHost) {
            QVERIFY(text.contains(u"HTTPS on mta-sts."_qs + domain));
            QVERIFY(text.contains(u"Content-Type text/plain"_qs));
            QVERIFY(text.contains(u"do not follow redirects"_qs));
        }
    }

    void optionsReplaceDefaults()
    {
        ServingOptions options;
        options.certificateFile = u"/srv/tls/chain.pem"_qs;
        options.keyFile = u"/srv/tls/key.pem"_qs;
        options.documentRoot = u"/srv/policy"_qs;
        options.listen = {u"127.0.0.1:8443"_qs};
        const QString nginx = ServingSnippets::render(WebServer::Nginx, u"example.com"_qs, options);
        const QStringList lines = nonCommentLines(nginx);
        QVERIFY(lines.contains(u"listen 127.0.0.1:8443 ssl;"_qs));
        QVERIFY(!nginx.contains(u"[::]:443"_qs));
        QVERIFY(lines.contains(u"ssl_certificate /srv/tls/chain.pem;"_qs));
        QVERIFY(lines.contains(u"ssl_certificate_key /srv/tls/key.pem;"_qs));
        QVERIFY(lines.contains(u"root /srv/policy;"_qs));
        QVERIFY(!nginx.contains(u"letsencrypt"_qs));
        const QString apache = ServingSnippets::render(WebServer::ApacheHttpd, u"example.com"_qs, options);
        QVERIFY(nonCommentLines(apache).contains(u"<Directory /srv/policy>"_qs));
    }

    void caddyManagesItsCertificateUnlessOneIsNamed()
    {
        const QString automatic = ServingSnippets::render(WebServer::Caddy, u"example.com"_qs);
        QVERIFY(!nonCommentLines(automatic).join(u'\n').contains(u"tls "_qs));
        ServingOptions options;
        options.certificateFile = u"/srv/tls/chain.pem"_qs;
        options.keyFile = u"/srv/tls/key.pem"_qs;
        const QString named = ServingSnippets::render(WebServer::Caddy, u"example.com"_qs, options);
        QVERIFY(nonCommentLines(named).contains(u"tls /srv/tls/chain.pem /srv/tls/key.pem"_qs));
    }

    void namesAreDistinct()
    {
        QStringList files;
        QStringList names;
        for (WebServer server : ServingSnippets::all()) {
            files.append(ServingSnippets::fileName(server));
            names.append(ServingSnippets::displayName(server));
        }
        QCOMPARE(files,
                 (QStringList{u"nginx.conf"_qs, u"apache-httpd.conf"_qs, u"Caddyfile"_qs, u"static-hosting.txt"_qs}));
        names.removeDuplicates();
        QCOMPARE(names.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestServingSnippets)
#include "tst_servingsnippets.moc"
