// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domaincheck.h"

#include "common/backgroundpriority.h"
#include "common/resulttype.h"
#include "common/trace.h"
#include "concurrencylimiter.h"
#include "environmentprobe.h"
#include "mtasts/mtastscatalog.h"
#include "mtasts/mxpattern.h"
#include "mtasts/policyfetcher.h"
#include "net/addressscope.h"
#include "net/resolver.h"
#include "net/socksproxy.h"
#include "smtp/smtpprobe.h"
#include "verdictjudge.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Sts::Check {

class DomainCheck::Private
{
public:
    Private(DomainCheck *owner, const QString &domain, const CheckOptions &checkOptions, Net::Resolver *sharedResolver,
            ConcurrencyLimiter *sharedSmtpSlots)
        : q(owner)
        , options(checkOptions)
        , resolver(sharedResolver)
        , smtpSlots(sharedSmtpSlots)
    {
        result.domain = MtaSts::MxPattern::normalizeHost(domain);
        if (result.domain.isEmpty())
            result.domain = domain.trimmed();
        result.resolver = resolver->description();
        result.assumedPolicy = options.assumedPolicy;
        result.environment = options.environment;
        options.fetch.trust = options.trust;
        options.smtp.trust = options.trust;
        // Through the proxy, what the probes see is the proxy's network, not this machine's.
        options.fetch.proxy = options.smtp.proxy =
            Net::SocksProxy::fromUrl(options.proxy).valueOr(QNetworkProxy(QNetworkProxy::NoProxy));
        result.environment.proxy = options.smtp.proxy.type() == QNetworkProxy::NoProxy ? QString() : options.proxy;
        if (result.environment.proxy.isEmpty() && result.environment.ipv6 == Environment::Ipv6::Unknown)
            result.environment.ipv6 = options.environmentReferences.ipv6Route();
    }
    Q_DISABLE_COPY_MOVE(Private)

    //! Registers a running step; done() ends it. The check completes when none is left.
    void begin(const QString &label)
    {
        Trace::event(result.domain, QStringLiteral("begin ") + label);
        result.running.append(label);
    }
    void done(const QString &label)
    {
        Trace::event(result.domain, QStringLiteral("end ") + label);
        result.running.removeOne(label);
        changed();
    }
    void lookup(const QString &name, Net::RrType type, std::function<void(const Net::DnsAnswer &)> handler)
    {
        const QString label = QStringLiteral("DNS %1 %2").arg(Net::rrTypeName(type), name);
        begin(label);
        queries.append(resolver->lookup(name, type, q, [this, label, handler](const Net::DnsAnswer &answer) {
            handler(answer);
            done(label);
        }));
    }
    void changed();
    bool verdictSettles() const;
    void noteEnvironment();
    bool anyConnectTimedOut() const;
    void publish();
    void onMx(const Net::DnsAnswer &answer);
    void resolveHost(qsizetype index);
    void probeHost(qsizetype index);
    void verifyDane(qsizetype index);
    void startFetch();
    QList<QHostAddress> connectable(const QList<QHostAddress> &resolved, QList<QHostAddress> *refused) const;
    void track(Net::ProbeTask *task, const QString &label);
    void complete();

    DomainCheck *q;
    CheckOptions options;
    Net::Resolver *resolver;
    DomainCheck::EnvironmentProvider environmentProvider;
    QPointer<EnvironmentProbe> environmentProbe; //!< the self-test this check's verdict rests on
    qint64 startedAtMs = 0;
    ConcurrencyLimiter *smtpSlots;
    CheckResult result;
    QElapsedTimer elapsed;
    QList<int> queries;
    QList<QPointer<Net::ProbeTask>> activeProbes; //!< SMTP probes and the policy fetch, for cancel()
    QTimer publishTimer;
    QStringList judgedProbes; //!< running SMTP probes whose certificates are judged
    bool finished = false;
};

void DomainCheck::Private::changed()
{
    if (finished)
        return;
    if (result.running.isEmpty()) {
        // A connect that timed out is the host's fault, or port 25 blocked here: a self-test made
        // during this check says which.
        if (environmentProvider && !result.cancelled && anyConnectTimedOut()) {
            EnvironmentProbe *probe = environmentProvider(startedAtMs);
            if (probe && !probe->isSettled()) {
                if (probe != environmentProbe) {
                    environmentProbe = probe;
                    QObject::connect(probe, &EnvironmentProbe::settled, q, [this] { changed(); });
                    QObject::connect(probe, &QObject::destroyed, q, [this] { changed(); });
                }
                return;
            }
            environmentProbe = probe;
        }
        complete();
        return;
    }
    if (!result.settled && verdictSettles()) {
        // The verdict is known: deliver it now rather than after the sessions' last round trips.
        result.settled = true;
        result.verdictMs = elapsed.elapsed();
        Trace::event(result.domain, QStringLiteral("verdict settled"));
        publishTimer.stop();
        publish();
        return;
    }
    // Coalesce bursts of answers into one snapshot; the GUI needs no more than ~20 per second.
    if (!publishTimer.isActive())
        publishTimer.start();
}

//! Only SMTP sessions past their certificate's judgement still run, and no connect timed out (a
//! timeout waits for the port-25 self-test, which may turn the verdict into "inconclusive").
bool DomainCheck::Private::verdictSettles() const
{
    if (result.cancelled || anyConnectTimedOut())
        return false;
    return std::all_of(result.running.cbegin(), result.running.cend(),
                       [this](const QString &label) { return judgedProbes.contains(label); });
}

bool DomainCheck::Private::anyConnectTimedOut() const
{
    return std::any_of(result.mx.cbegin(), result.mx.cend(), [](const MxHostResult &host) {
        return std::any_of(host.probes.cbegin(), host.probes.cend(),
                           [](const Smtp::SmtpProbeResult &probe) { return probe.connectTimedOut(); });
    });
}

//! What the shared resolver and the port-25 self-test found out about this machine so far.
void DomainCheck::Private::noteEnvironment()
{
    if (environmentProbe && environmentProbe->isSettled() && environmentProbe->port25() != Environment::Port25::Unknown)
        result.environment.smtpPort25 = environmentProbe->port25();
    result.environment.noteResolver(resolver->dnssecPassage());
}

void DomainCheck::Private::publish()
{
    noteEnvironment();
    result.elapsedMs = elapsed.elapsed();
    VerdictJudge::judge(result);
    Q_EMIT q->updated(result);
}

void DomainCheck::Private::onMx(const Net::DnsAnswer &answer)
{
    result.mxAnswer = answer;
    if (answer.status == Net::DnsStatus::NoData) {
        // RFC 5321 §5.1: without MX records the domain itself is the implicit MX.
        MxHostResult host;
        host.host = result.domain;
        host.implicit = true;
        result.mx.append(host);
    } else if (answer.status == Net::DnsStatus::NoError) {
        QList<Net::DnsRecord> records = answer.records;
        std::stable_sort(records.begin(), records.end(),
                         [](const Net::DnsRecord &a, const Net::DnsRecord &b) { return a.preference < b.preference; });
        for (const Net::DnsRecord &record : std::as_const(records)) {
            if (record.target.isEmpty())
                continue; // RFC 7505 null MX: no host
            if (++result.mxRecordCount > options.maxMxHosts)
                continue; // counted for check.mx.too-many, not probed
            MxHostResult host;
            host.host = record.target.toLower();
            host.preference = record.preference;
            result.mx.append(host);
        }
    }
    for (qsizetype index = 0; index < result.mx.size(); ++index)
        resolveHost(index);
}

void DomainCheck::Private::resolveHost(qsizetype index)
{
    const QString host = result.mx.at(index).host;
    // The host's zone is usually its parent's (mx1.example.net in example.net); its keys are asked
    // beside the addresses, not after them. A zone already asked for (the domain's) costs nothing.
    if (const qsizetype dot = host.indexOf(u'.'); dot > 0)
        resolver->prefetchKeys(host.mid(dot + 1));
    auto afterBoth = [this, index] {
        const MxHostResult &mx = result.mx.at(index);
        if (mx.a && mx.aaaa)
            probeHost(index);
    };
    lookup(host, Net::RrType::A, [this, index, afterBoth](const Net::DnsAnswer &answer) {
        result.mx[index].a = answer;
        afterBoth();
    });
    lookup(host, Net::RrType::Aaaa, [this, index, afterBoth](const Net::DnsAnswer &answer) {
        result.mx[index].aaaa = answer;
        afterBoth();
    });
    // Beside the addresses, so that DANE costs no time on the critical path (RFC 7672 §3: the
    // TLSA base domain is the MX host name, the port the one SMTP is probed on).
    lookup(QStringLiteral("_%1._tcp.%2").arg(options.smtpPort).arg(host), Net::RrType::Tlsa,
           [this, index](const Net::DnsAnswer &answer) {
               result.mx[index].tlsa = answer;
               verifyDane(index);
           });
}

//! Checks every presented chain of the host against its TLSA records, once both are known.
void DomainCheck::Private::verifyDane(qsizetype index)
{
    MxHostResult &mx = result.mx[index];
    if (!mx.tlsa || !mx.tlsa->hasRecords())
        return;
    for (Smtp::SmtpProbeResult &probe : mx.probes) {
        if (probe.dane || probe.chain.chain.isEmpty())
            continue;
        QByteArrayList chain;
        for (const Tls::CertificateInfo &certificate : std::as_const(probe.chain.chain))
            chain.append(certificate.der);
        probe.dane = Tls::DaneVerifier::verify(chain, mx.tlsa->records, mx.host);
    }
}

void DomainCheck::Private::probeHost(qsizetype index)
{
    MxHostResult &mx = result.mx[index];
    const QList<QHostAddress> addresses = connectable(mx.addresses(), &mx.refusedAddresses);
    mx.probes.resize(addresses.size());
    for (qsizetype slot = 0; slot < addresses.size(); ++slot) {
        const QHostAddress address = addresses.at(slot);
        const QString label = QStringLiteral("SMTP %1 [%2]").arg(mx.host, address.toString());
        begin(label);
        Smtp::SmtpProbeResult &placeholder = result.mx[index].probes[slot];
        placeholder.host = mx.host;
        placeholder.address = address;
        placeholder.port = options.smtpPort;
        smtpSlots->run(q, [this, index, slot, address, label, host = mx.host] {
            if (result.cancelled) {
                smtpSlots->release();
                return;
            }
            auto *probe = new Smtp::SmtpProbe(host, address, options.smtpPort, options.smtp, q);
            track(probe, label);
            QObject::connect(probe, &Smtp::SmtpProbe::certificateJudged, q,
                             [this, index, slot, label](const Smtp::SmtpProbeResult &sofar) {
                                 result.mx[index].probes[slot] = sofar;
                                 verifyDane(index);
                                 judgedProbes.append(label);
                                 changed();
                             });
            QObject::connect(probe, &Smtp::SmtpProbe::finished, q,
                             [this, probe, index, slot, label](const Smtp::SmtpProbeResult &probeResult) {
                                 result.mx[index].probes[slot] = probeResult;
                                 judgedProbes.removeOne(label);
                                 verifyDane(index);
                                 probe->deleteLater();
                                 smtpSlots->release();
                                 done(label);
                             });
            probe->start();
        });
    }
}

void DomainCheck::Private::startFetch()
{
    const QString host = QStringLiteral("mta-sts.") + result.domain;
    QList<QHostAddress> resolved;
    QString dnsProblem;
    for (const auto &answer : {result.policyHostA, result.policyHostAaaa}) {
        for (const Net::DnsRecord &record : answer->records)
            resolved.append(record.address);
        if (!answer->hasRecords())
            dnsProblem += (dnsProblem.isEmpty() ? QString() : QStringLiteral(", ")) + Net::rrTypeName(answer->type) +
                          u' ' + Net::dnsStatusName(answer->status);
    }
    QList<QHostAddress> refused;
    const QList<QHostAddress> addresses = connectable(resolved, &refused);
    Findings refusals;
    for (const QHostAddress &address : std::as_const(refused))
        refusals.append(makeFinding(MtaSts::Catalog::FetchPrivateAddress, host,
                                    {host, address.toString(), Net::addressScopePhrase(Net::addressScope(address))}));
    if (addresses.isEmpty()) {
        MtaSts::PolicyFetchResult fetch;
        fetch.host = host;
        fetch.url = QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(host);
        fetch.resultType = TlsRpt::ResultType::StsPolicyFetchError;
        if (refusals.isEmpty())
            fetch.findings.append(makeFinding(MtaSts::Catalog::FetchNoAddress, host, {host, dnsProblem}));
        fetch.findings.append(refusals);
        result.fetch = fetch;
        return;
    }
    const QString label = QStringLiteral("HTTPS %1").arg(host);
    begin(label);
    auto *fetcher = new MtaSts::PolicyFetcher(host, addresses, options.fetch, q);
    track(fetcher, label);
    QObject::connect(fetcher, &MtaSts::PolicyFetcher::finished, q,
                     [this, fetcher, label, refusals](const MtaSts::PolicyFetchResult &fetch) {
                         result.fetch = fetch;
                         result.fetch->findings.append(refusals);
                         fetcher->deleteLater();
                         done(label);
                     });
    fetcher->start();
}

//! The addresses a check connects to, of \a resolved: public ones (others only when allowed; the
//! rest go to \a refused), at most maxAddressesPerHost per family, in DNS order.
QList<QHostAddress> DomainCheck::Private::connectable(const QList<QHostAddress> &resolved,
                                                      QList<QHostAddress> *refused) const
{
    QList<QHostAddress> addresses;
    int v4 = 0;
    int v6 = 0;
    for (const QHostAddress &address : resolved) {
        const bool allowed = options.allowPrivateAddresses || Net::addressScope(address) == Net::AddressScope::Public ||
                             std::any_of(options.allowedNetworks.cbegin(), options.allowedNetworks.cend(),
                                         [&address](const auto &network) { return address.isInSubnet(network); });
        if (!allowed) {
            refused->append(address);
            continue;
        }
        int &count = address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
        if (count++ < options.maxAddressesPerHost)
            addresses.append(address);
    }
    return addresses;
}

//! Remembers a running task for cancel(), and traces its steps when tracing is on.
void DomainCheck::Private::track(Net::ProbeTask *task, const QString &label)
{
    activeProbes.append(task);
    if (lcStsTrace().isDebugEnabled())
        QObject::connect(task, &Net::ProbeTask::progressed, q,
                         [label](const QString &step) { Trace::event(label, step); });
}

void DomainCheck::Private::complete()
{
    if (finished)
        return;
    finished = true;
    publishTimer.stop();
    result.complete = true;
    result.running.clear();
    result.elapsedMs = elapsed.elapsed();
    if (!result.settled || result.cancelled)
        result.verdictMs = result.elapsedMs;
    noteEnvironment();
    VerdictJudge::judge(result);
    Q_EMIT q->finished(result);
}

DomainCheck::DomainCheck(const QString &domain, const CheckOptions &options, Net::Resolver *resolver,
                         ConcurrencyLimiter *smtpSlots, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, domain, options, resolver, smtpSlots))
{
    d->publishTimer.setSingleShot(true);
    d->publishTimer.setInterval(50);
    connect(&d->publishTimer, &QTimer::timeout, this, [this] { d->publish(); });
}

DomainCheck::~DomainCheck()
{
    for (int id : std::as_const(d->queries))
        d->resolver->cancel(id);
}

void DomainCheck::setEnvironmentProvider(EnvironmentProvider provider)
{
    d->environmentProvider = std::move(provider);
}

const CheckResult &DomainCheck::result() const
{
    return d->result;
}

Net::Resolver *DomainCheck::resolver() const
{
    return d->resolver;
}

void DomainCheck::start()
{
    d->elapsed.start();
    d->result.started = QDateTime::currentDateTimeUtc();
    d->startedAtMs = d->result.started.toMSecsSinceEpoch();
    // The first TLS socket of a process loads the TLS backend, the first chain analysis reads the
    // CA files: tens of milliseconds that would stall this thread halfway through the check. Done on
    // the pool while the DNS answers are awaited; cheap when already done.
    static_cast<void>(QtConcurrent::run([trust = d->options.trust] {
        BackgroundPriority::applyToCurrentThread();
        QSslSocket::supportsSsl();
        Tls::ChainAnalyzer::preload(trust);
    }));
    const QString &domain = d->result.domain;
    // Everything that does not depend on another answer starts now: the policy host's address
    // is looked up beside the TXT record, so that the fetch does not wait for it.
    const QString startLabel = QStringLiteral("start");
    d->begin(startLabel);
    // First, so that the keys that validate the answers below are in the cache when they arrive.
    d->resolver->prefetchKeys(domain);
    d->lookup(QStringLiteral("_mta-sts.") + domain, Net::RrType::Txt,
              [this](const Net::DnsAnswer &answer) { d->result.stsTxt = answer; });
    d->lookup(QStringLiteral("_smtp._tls.") + domain, Net::RrType::Txt,
              [this](const Net::DnsAnswer &answer) { d->result.tlsRptTxt = answer; });
    d->lookup(domain, Net::RrType::Mx, [this](const Net::DnsAnswer &answer) { d->onMx(answer); });
    const QString policyHost = QStringLiteral("mta-sts.") + domain;
    auto afterPolicyHost = [this] {
        if (d->result.policyHostA && d->result.policyHostAaaa)
            d->startFetch();
    };
    d->lookup(policyHost, Net::RrType::A, [this, afterPolicyHost](const Net::DnsAnswer &answer) {
        d->result.policyHostA = answer;
        afterPolicyHost();
    });
    d->lookup(policyHost, Net::RrType::Aaaa, [this, afterPolicyHost](const Net::DnsAnswer &answer) {
        d->result.policyHostAaaa = answer;
        afterPolicyHost();
    });
    d->done(startLabel);
}

void DomainCheck::cancel()
{
    if (d->finished)
        return;
    d->result.cancelled = true; // before anything else: queued probes must not start any more
    for (int id : std::as_const(d->queries))
        d->resolver->cancel(id);
    d->queries.clear();
    for (const QPointer<Net::ProbeTask> &tracked : std::as_const(d->activeProbes)) {
        if (Net::ProbeTask *task = tracked.data())
            task->cancel();
    }
    d->complete();
}

} // namespace Sts::Check
