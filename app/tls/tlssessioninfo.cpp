// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlssessioninfo.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/evp.h>
#include <openssl/objects.h>

namespace Sts::Tls {

TlsSessionInfo TlsSessionInfo::of(const QSslSocket &socket)
{
    return {protocolName(socket.sessionProtocol()), socket.sessionCipher().name(),
            groupOf(socket.sslConfiguration().ephemeralServerKey())};
}

QString TlsSessionInfo::protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1:
        return QStringLiteral("TLSv1.1");
    case QSsl::TlsV1_0:
        return QStringLiteral("TLSv1.0");
        QT_WARNING_POP
    default:
        return QStringLiteral("unknown");
    }
}

QString TlsSessionInfo::groupOf(const QSslKey &key)
{
    if (key.isNull())
        return {};
    switch (key.algorithm()) {
    case QSsl::Ec:
        switch (key.length()) {
        case 256:
            return QStringLiteral("secp256r1");
        case 384:
            return QStringLiteral("secp384r1");
        case 521:
            return QStringLiteral("secp521r1");
        default:
            return QStringLiteral("EC %1").arg(key.length());
        }
    case QSsl::Dh:
        return QStringLiteral("DH %1").arg(key.length());
    case QSsl::Rsa:
        return QStringLiteral("RSA %1").arg(key.length());
    case QSsl::Dsa:
        return QStringLiteral("DSA %1").arg(key.length());
    case QSsl::Opaque:
        // Qt keeps keys it has no class for (X25519, X448) as the backend's own handle.
        if (QSslSocket::activeBackend() == u"openssl" && key.handle()) {
            const auto *pkey = static_cast<const EVP_PKEY *>(key.handle());
            if (const char *name = OBJ_nid2sn(EVP_PKEY_get_base_id(pkey)); name && *name)
                return QString::fromLatin1(name);
        }
        return QStringLiteral("unknown");
    }
    return {};
}

bool TlsSessionInfo::currentVersion() const
{
    return version == u"TLSv1.3" || version == u"TLSv1.2";
}

} // namespace Sts::Tls
