// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSsl>
#include <QString>

class QSslKey;
class QSslSocket;

namespace Sts::Tls {

//! What a TLS handshake agreed on, described the same way for SMTP and HTTPS.
struct TlsSessionInfo
{
    QString version;          //!< "TLSv1.3", "TLSv1.0", "unknown"
    QString cipher;           //!< OpenSSL's name: "TLS_AES_256_GCM_SHA384"
    QString keyExchangeGroup; //!< "X25519", "secp256r1", "DH 2048"; empty when the server sent no key

    //! The session of an encrypted socket.
    static TlsSessionInfo of(const QSslSocket &socket);
    static QString protocolName(QSsl::SslProtocol protocol);
    //! The key exchange group of a server's ephemeral key.
    static QString groupOf(const QSslKey &key);

    //! TLS 1.2 or 1.3: what RFC 8996 and RFC 9325 leave usable.
    bool currentVersion() const;
};

} // namespace Sts::Tls
