// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsrptrecord.h"

#include "common/abnf.h"
#include "common/hostname.h"
#include "common/taggedrecordreader.h"
#include "tlsrptcatalog.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

#include <algorithm>

namespace Sts::TlsRpt {

namespace {

const TaggedRecordFindings RecordFindings{
    Catalog::RecordNone,
    Catalog::RecordMultiple,
    Catalog::RecordNotTlsRpt,
    Catalog::RecordVersionMalformed,
    Catalog::RecordSpaceBeforeDelimiter,
    Catalog::RecordTrailingWhitespace,
    Catalog::RecordMultipleStrings,
    Catalog::RecordNonAscii,
    Catalog::RecordEmptyField,
    Catalog::RecordFieldMalformed,
    Catalog::RecordFieldNameCase,
    Catalog::RecordDuplicateField,
    Catalog::RecordExtensionInvalid,
    Catalog::RecordExtension,
};

//! RFC 3986 §2: unreserved, reserved and "%" (of a percent-encoding). Everything else, such as
//! space, '"', '<', '>', '\\', '^', '`', '{', '|' and '}', must be percent-encoded.
bool isUriCharacter(char c)
{
    return Abnf::isAlnum(c) || QByteArrayView("-._~:/?#[]@!$&'()*+,;=%").contains(c);
}

//! Why a mailto: URI cannot take reports (RFC 6068), or an empty string.
QString mailtoProblem(const QString &uri)
{
    QString target = uri.sliced(uri.indexOf(u':') + 1);
    target = target.first(target.indexOf(u'?') < 0 ? target.size() : target.indexOf(u'?'));
    const QString address = QUrl::fromPercentEncoding(target.toLatin1());
    if (address.isEmpty())
        return QCoreApplication::translate("Findings", "no address follows \"mailto:\"");
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return QCoreApplication::translate("Findings", "the address has no local part and domain separated by \"@\"");
    const QString domain = address.sliced(at + 1);
    if (domain.startsWith(u'[') && domain.endsWith(u']') && !QHostAddress(domain.sliced(1).chopped(1)).isNull())
        return {};
    if (!HostName::isAscii(domain))
        return {}; // an internationalized domain is allowed in mailto (RFC 6068 §5)
    if (const QString problem = HostName::problem(domain.endsWith(u'.') ? domain.chopped(1) : domain);
        !problem.isEmpty())
        return QCoreApplication::translate("Findings", "the domain \"%1\" is invalid: %2").arg(domain, problem);
    if (!domain.contains(u'.'))
        return QCoreApplication::translate("Findings", "the domain \"%1\" is not fully qualified").arg(domain);
    return {};
}

//! Why an https: URI cannot take reports (RFC 3986, RFC 8460 §6.4), or an empty string.
QString httpsProblem(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return url.errorString();
    if (url.host().isEmpty())
        return QCoreApplication::translate("Findings", "it has no host");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("Findings", "it contains user information, which senders do not use");
    return {};
}

} // namespace

TlsRptRecord TlsRptRecord::lint(const TxtRecordSet &records, const QString &subject)
{
    TlsRptRecord result;
    TaggedRecordReader reader("v=TLSRPTv1", {"rua"}, RecordFindings, subject, result.findings);
    if (!reader.read(records))
        return result;
    result.selected = TaggedRecordReader::excerpt(reader.selected());
    result.extensions = reader.extensions();
    if (reader.knownFields().isEmpty()) {
        reader.add(Catalog::RuaMissing);
        return result;
    }

    // tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
    const QByteArray &rua = reader.knownFields().constFirst().value;
    for (const QByteArray &part : rua.split(',')) {
        const QByteArrayView uriBytes = Abnf::trimWsp(part);
        const QString uri = TaggedRecordReader::excerpt(uriBytes);
        if (uriBytes.isEmpty()) {
            reader.addPerField(Catalog::RuaEmpty);
            continue;
        }
        if (!Abnf::isPrintableAscii(uriBytes))
            continue; // the record's non-ASCII finding explains it; an excerpt would garble the URI

        const auto unencoded =
            std::find_if(uriBytes.begin(), uriBytes.end(), [](char c) { return c == '!' || !isUriCharacter(c); });
        if (unencoded != uriBytes.end()) {
            reader.addPerField(Catalog::RuaUnencoded,
                               {uri, Abnf::isWsp(*unencoded) ? QStringLiteral(" ") : QString(QLatin1Char(*unencoded))});
            continue;
        }
        const qsizetype colon = uri.indexOf(u':');
        const QString scheme = colon > 0 ? uri.first(colon) : QString();
        const QString lowered = scheme.toLower();
        if (lowered != u"mailto" && lowered != u"https") {
            reader.addPerField(Catalog::RuaScheme, {uri});
            continue;
        }
        if (scheme != lowered)
            reader.addPerField(Catalog::RuaSchemeCase, {uri});
        const QString problem = lowered == u"mailto" ? mailtoProblem(uri) : httpsProblem(uri);
        if (!problem.isEmpty()) {
            reader.addPerField(lowered == u"mailto" ? Catalog::RuaMailtoInvalid : Catalog::RuaHttpsInvalid,
                               {uri, problem});
            continue;
        }
        if (result.rua.contains(uri)) {
            reader.addPerField(Catalog::RuaDuplicate, {uri});
            continue;
        }
        result.rua.append(uri);
    }
    result.valid = reader.syntaxValid() && !result.rua.isEmpty();
    if (result.valid)
        reader.add(Catalog::RecordValid, {result.rua.join(QStringLiteral(", "))});
    return result;
}

} // namespace Sts::TlsRpt
