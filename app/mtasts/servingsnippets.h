// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sts::MtaSts {

enum class WebServer
{
    Nginx,
    ApacheHttpd,
    Caddy,
    StaticHost, //!< a checklist for hosted static sites (GitHub Pages, Netlify, S3, ...)
};

//! Where the web server finds what it serves. Empty fields take the usual Debian and Let's Encrypt
//! places for mta-sts.<domain>.
struct ServingOptions
{
    QString certificateFile; //!< default /etc/letsencrypt/live/mta-sts.<domain>/fullchain.pem
    QString keyFile;         //!< default /etc/letsencrypt/live/mta-sts.<domain>/privkey.pem
    QString documentRoot;    //!< default /var/www/mta-sts.<domain>; the policy is <root>/.well-known/mta-sts.txt
    QStringList listen;      //!< nginx listen addresses, default "443" and "[::]:443"
};

//! Web server configuration that serves https://mta-sts.<domain>/.well-known/mta-sts.txt the way
//! senders fetch it (RFC 8461 §3.3): over HTTPS with a certificate for mta-sts.<domain>, as
//! text/plain, with status 200 and no redirect. Each snippet says so in its comments, because
//! these are the rules a later edit of the server breaks. The text is English on purpose: the
//! files are handed to whoever runs the server, and the CLI writes the same bytes in every locale.
class ServingSnippets
{
public:
    static QList<WebServer> all();
    static QString fileName(WebServer server); //!< "nginx.conf", "apache-httpd.conf", "Caddyfile", "static-hosting.txt"
    static QString displayName(WebServer server); //!< translated
    //! \a domain is the mail domain (A-labels), not the policy host.
    static QString render(WebServer server, const QString &domain, const ServingOptions &options = {});
};

} // namespace Sts::MtaSts
