// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "dnsanswer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace Sts::Net {

//! Whether the resolver this machine uses passes DNSSEC through (Resolver::dnssecPassage()).
enum class DnssecPassage
{
    Unknown,    //!< not tested yet, or the test got no answer
    Validating, //!< signed answers validate from the trust anchor
    Stripped,   //!< signatures do not arrive: answers are used unvalidated, their DNSSEC state unknown
    Iterating,  //!< signatures do not arrive through it, so queries go from the root servers and validate
};

struct ResolverOptions
{
    QString forwarder;       //!< "ADDR" or "ADDR@PORT" (--resolver); empty: the system's resolvers
    QString trustAnchorFile; //!< DS/DNSKEY records in zone-file form (--trust-anchor); empty: the root anchor
    QString rootAnchorFile = QStringLiteral("/usr/share/dns/root.key"); //!< Debian's dns-root-data
    QString resolvConf = QStringLiteral("/etc/resolv.conf");
    //! When the resolver strips DNSSEC, ask the authoritative servers directly (from the root), as
    //! a mail server's own validating resolver would; off, or unreachable, answers go unvalidated.
    bool iterateWhenStripped = true;
    QString rootHintsFile; //!< root servers for that (--root-hints, a lab's root); empty: the internet's
    int timeoutMs = 10000; //!< per query
};

//! DNS through libunbound's asynchronous API, validating DNSSEC in-process. Its file descriptor
//! sits on a QSocketNotifier, so answers arrive through the event loop of the thread the
//! resolver lives in; callbacks run in that thread. One resolver serves a whole check, so that
//! every probe sees the same DNS.
class Resolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Resolver)

public:
    using Callback = std::function<void(const DnsAnswer &)>;

    //! The resolver, or the finding (Net::Catalog, resolver.*) that says why it cannot be set up:
    //! a bad forwarder address, a missing trust anchor, ...
    static Result<std::unique_ptr<Resolver>> create(const ResolverOptions &options);
    ~Resolver() override;

    //! Starts a query; \a callback runs once, unless \a context is destroyed first or the query
    //! is cancelled. Returns an id for cancel().
    int lookup(const QString &name, RrType type, QObject *context, Callback callback);
    void cancel(int id);
    void cancelAll();

    //! Asks, without waiting, for the DS and DNSKEY records of the zones between the trust anchor
    //! and \a name. The validator fetches them one level after another once the first signed
    //! answer arrives, a round trip each; asked beside the first queries, they are in the cache by
    //! then. Each zone is asked once per resolver; nothing is asked when signatures do not arrive.
    void prefetchKeys(const QString &name);
    //! The zones prefetchKeys() asks for, from the top down (the order the validator walks): the
    //! anchor's own ("." for the root), then at most four below it on the way to \a name, in
    //! lower-case ACE form. Empty when \a name is not below \a anchor.
    static QByteArrayList keyZones(const QString &anchor, const QString &name);
    int pendingCount() const; //!< callers' queries still waiting (not the DNSSEC self-tests)

    //! How queries are resolved, for display: "127.0.0.1@5353" or "system (/etc/resolv.conf)".
    QString description() const;

    //! A resolver that drops signatures (home routers, captive portals) makes every signed answer
    //! bogus, which would blame every signed domain for this machine's network. So the first bogus
    //! answer is held until a self-test (the trust anchor's own zone, also run at creation) tells:
    //! if signed answers validate, bogus stands; if not, and the root servers answer from here,
    //! the query is asked again from the root and validated (Iterating); otherwise it is answered
    //! without validation and its DNSSEC state is Unknown, never Bogus.
    DnssecPassage dnssecPassage() const;

    //! A DnsAnswer's error or a description() this resolver made in English (in a check's
    //! thread), in the language loaded now.
    static QString displayText(const QString &english);

    //! Whether \a forwarder is "ADDR" or "ADDR@PORT" with an IPv4/IPv6 address and a port of
    //! 1-65535 (libunbound takes no names); the finding (resolver.forwarder-invalid,
    //! resolver.port-invalid) says what is wrong. For settings and flags, so that a typo is
    //! reported where it was typed, not as a failed check.
    static Result<void> checkForwarder(const QString &forwarder);

Q_SIGNALS:
    void dnssecPassageKnown(Sts::Net::DnssecPassage passage);

private:
    explicit Resolver(const ResolverOptions &options);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sts::Net
