// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaininput.h"

#include "hostname.h"

#include <QHostAddress>
#include <QUrl>

namespace Sts {

namespace {

//! Names that are records or hosts of a mail domain, not the domain: their owner is meant.
constexpr const char *RecordPrefixes[] = {"_mta-sts.", "mta-sts.", "_smtp._tls."};

constexpr qsizetype MaxInput = 1024; //!< more than any URL or address a domain could come from

QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

QString DomainInput::shown(const QString &text)
{
    return printable(text.left(100));
}

QString DomainInput::changesText() const
{
    return changes.join(QStringLiteral("; "));
}

DomainInput DomainInput::parse(const QString &text)
{
    DomainInput input;
    const auto refuse = [&input](const QString &why) {
        input.domain.clear();
        input.problem = printable(why); // it may quote the text back
        return input;
    };
    if (text.size() > MaxInput)
        return refuse(tr("the text is too long to be a domain name"));
    QString name = text.trimmed();
    // Pasted from mail headers or chat: <postmaster@example.com>, "example.com".
    while (name.size() >= 2 &&
           ((name.startsWith(u'<') && name.endsWith(u'>')) || (name.startsWith(u'"') && name.endsWith(u'"')) ||
            (name.startsWith(u'\'') && name.endsWith(u'\'')))) {
        name = name.sliced(1, name.size() - 2).trimmed();
    }
    if (name.isEmpty())
        return refuse(tr("nothing was entered"));

    if (name.contains(QStringLiteral("://"))) {
        const QUrl url(name, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return refuse(tr("the address \"%1\" has no host name").arg(shown(name)));
        name = url.host(QUrl::FullyDecoded);
        input.changes.append(tr("took the host name from the web address"));
    } else if (name.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive)) {
        name = name.sliced(7);
    }
    if (const qsizetype at = name.lastIndexOf(u'@'); at >= 0) {
        input.changes.append(tr("took the domain of the mail address %1").arg(shown(name)));
        name = name.sliced(at + 1);
    }
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return refuse(tr("there is no domain name in it"));
    if (name.contains(u' ') || name.contains(u'\t'))
        return refuse(tr("a domain name has no spaces"));
    if (QHostAddress address; address.setAddress(name) || (name.startsWith(u'[') && name.endsWith(u']')))
        return refuse(tr("%1 is an IP address; mail domains are names").arg(shown(name)));

    if (!HostName::isAscii(name)) {
        // Non-transitional (IDNA2008, RFC 5891) processing, as MxPattern::normalizeHost.
        const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
        if (ace.isEmpty())
            return refuse(tr("\"%1\" is not a valid internationalised domain name").arg(shown(name)));
        input.changes.append(tr("converted %1 to its ASCII form %2").arg(shown(name), ace));
        name = ace;
    } else if (name != name.toLower()) {
        name = name.toLower();
        input.changes.append(tr("lower-cased it"));
    }
    for (const char *prefix : RecordPrefixes) {
        const QString start = QString::fromLatin1(prefix);
        if (name.startsWith(start) && name.size() > start.size()) {
            name = name.sliced(start.size());
            input.changes.append(tr("removed the %1 prefix: the domain is its owner").arg(start));
            break;
        }
    }
    if (const QString invalid = HostName::problem(name); !invalid.isEmpty())
        return refuse(invalid);
    if (!name.contains(u'.'))
        return refuse(tr("a mail domain has at least two labels, like example.com"));
    // RFC 3696 §2: a top-level domain is never all digits.
    const QString topLevel = name.sliced(name.lastIndexOf(u'.') + 1);
    if (std::all_of(topLevel.cbegin(), topLevel.cend(), [](QChar c) { return c.isDigit(); }))
        return refuse(tr("the last label \"%1\" is all digits, which no top-level domain is").arg(topLevel));
    input.domain = name;
    return input;
}

} // namespace Sts
