// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver.h"

#include "common/composedtext.h"
#include "dnsrdata.h"
#include "netcatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrl>

#include <unbound.h>

#include <optional>

namespace Sts::Net {

namespace {

constexpr int ClassIn = 1;
constexpr int RcodeServFail = 2;
constexpr int RcodeNxDomain = 3;
constexpr int RcodeRefused = 5;
// What the resolver says in its own words (English in a check's thread; displayText() translates).
constexpr const char *ResponseCodeText = QT_TRANSLATE_NOOP("Sts::Net::Resolver", "DNS response code %1");
constexpr const char *MalformedRecordText =
    QT_TRANSLATE_NOOP("Sts::Net::Resolver", "a malformed %1 record was ignored");
constexpr const char *NotSentText = QT_TRANSLATE_NOOP("Sts::Net::Resolver", "the DNS query could not be sent");
constexpr const char *TimeoutText = QT_TRANSLATE_NOOP("Sts::Net::Resolver", "no answer within %1 s");
constexpr const char *SystemResolversText = QT_TRANSLATE_NOOP("Sts::Net::Resolver", "system resolvers (%1)");
constexpr int TypeDs = 43;
constexpr int TypeDnskey = 48;
//! Zones below the trust anchor whose keys prefetchKeys() asks for: a signer (the zone apex) sits
//! near the top, and a hostile name of a hundred labels must not cost two hundred queries.
constexpr int MaxPrefetchedZones = 4;
//! The root servers answer within a second where DNS may leave this network at all.
constexpr int IterationTestTimeoutMs = 3000;

//! The owner of the first record in a trust anchor file ("." for the root's, "test." for a lab
//! zone's): the zone whose answers must validate when the resolver passes DNSSEC.
QString anchorZone(const QString &file)
{
    QFile anchor(file);
    if (!anchor.open(QIODevice::ReadOnly))
        return QStringLiteral(".");
    for (int lines = 0; lines < 1000 && !anchor.atEnd(); ++lines) {
        const QByteArray line = anchor.readLine(4096).trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('$'))
            continue;
        const QByteArray owner = line.split(' ').constFirst().split('\t').constFirst();
        return owner.isEmpty() ? QStringLiteral(".") : QString::fromLatin1(owner);
    }
    return QStringLiteral(".");
}

//! \a name in lower-case ACE form without its final dot: how zones are compared and asked.
QByteArray canonicalName(const QString &name)
{
    QByteArray ace = QUrl::toAce(name).toLower();
    if (ace.isEmpty())
        ace = name.toLatin1().toLower();
    while (ace.endsWith('.'))
        ace.chop(1);
    return ace;
}

} // namespace

class Resolver::Private
{
public:
    //! Which libunbound context a query is asked on.
    enum class Route
    {
        Configured, //!< the configured resolver, validating from the trust anchor
        Iterating,  //!< from the root servers, validating: when the configured resolver strips DNSSEC
        Plain,      //!< the configured resolver, without validation: when nothing else works
    };

    struct Pending
    {
        Private *owner = nullptr;
        int id = 0; //!< our id
        int unboundId = 0;
        QString name;
        RrType type = RrType::A;
        QPointer<QObject> context;
        Callback callback;
        QElapsedTimer elapsed;
        QTimer *timer = nullptr;
        Route route = Route::Configured;
        bool inFlight = false; //!< libunbound holds it: it must be cancelled before it is deleted
        bool held = false;     //!< its bogus answer waits for the DNSSEC self-test
        DnsAnswer heldAnswer;
    };

    Private() = default;
    Q_DISABLE_COPY_MOVE(Private)

    ~Private()
    {
        cancelAll();
        for (Route route : {Route::Configured, Route::Iterating, Route::Plain}) {
            Channel &channel = channels[static_cast<int>(route)];
            delete channel.notifier;
            if (channel.context)
                ub_ctx_delete(channel.context);
        }
    }

    //! A libunbound context and the notifier on its descriptor, made when first needed.
    struct Channel
    {
        ub_ctx *context = nullptr;
        QSocketNotifier *notifier = nullptr;
    };

    static void onResult(void *data, int error, ub_result *result);
    int start(const QString &name, RrType type, QObject *context, Callback callback, Route route, int timeoutMs);
    bool ask(Pending *entry, Route route);
    ub_ctx *contextFor(Route route);
    void finish(Pending *pending, DnsAnswer answer);
    void onBogus(Pending *entry, const DnsAnswer &answer);
    void startSelfTest();
    void onSelfTest(const DnsAnswer &answer);
    void onIterationTest(const DnsAnswer &answer);
    void settle(DnssecPassage result);
    void reask(Pending *entry, Route route);
    void stopQuery(Pending *entry)
    {
        if (entry->inFlight)
            ub_cancel(channels[static_cast<int>(entry->route)].context, entry->unboundId);
        entry->inFlight = false;
    }
    void cancelAll()
    {
        const QList<int> ids = pending.keys();
        for (int id : ids)
            cancel(id);
    }
    void cancel(int id)
    {
        Pending *entry = pending.take(id);
        if (!entry)
            return;
        stopQuery(entry);
        if (entry->timer)
            entry->timer->deleteLater(); // may be running its own timeout handler
        delete entry;
    }

    Resolver *q = nullptr;
    ResolverOptions options;
    QString anchor;      //!< the trust anchor's zone, "." for the root
    Channel channels[3]; //!< by Route
    QHash<int, Pending *> pending;
    int nextId = 1;
    DnssecPassage passage = DnssecPassage::Unknown;
    QSet<QByteArray> keysAsked; //!< zones prefetchKeys() has asked for
    int selfTestId = 0;         //!< the self-test's query while it runs
    int iterationTestId = 0;    //!< the test of the root servers' reach while it runs
};

//! Sets up a libunbound context the way every query of this resolver is asked: through the
//! configured resolver or, \a iterate, from the root servers; \a validate adds the trust anchor.
//! The finding says why when the options are unusable.
static Result<ub_ctx *> makeContext(const ResolverOptions &options, bool validate, bool iterate)
{
    using Failure = Result<ub_ctx *>;
    ub_ctx *context = ub_ctx_create();
    if (!context)
        return Failure::failure(makeFinding(Catalog::ResolverContextFailed, QString()));
    // Frees the context and explains \a status; nullopt when libunbound accepted the call.
    const auto refused = [&context](int status, const FindingDefinition &definition, const QString &subject,
                                    const QString &what) -> std::optional<Failure> {
        if (status == 0)
            return std::nullopt;
        ub_ctx_delete(context);
        context = nullptr;
        return Failure::failure(makeFinding(definition, subject, {what, QString::fromUtf8(ub_strerror(status))}));
    };
    const auto option = [&](const char *name, const char *value) {
        return refused(ub_ctx_set_option(context, name, value), Catalog::ResolverOptionRefused, QString(),
                       QString::fromLatin1(name));
    };
    if (auto failed =
            refused(ub_ctx_async(context, 1), Catalog::ResolverOptionRefused, QString(), QStringLiteral("async")))
        return *failed;
    // libunbound's library defaults (16 outgoing ports, 30 queries per thread) suit a program that
    // resolves a name now and then; a check of many domains has hundreds of queries in flight and
    // would otherwise queue them 16 at a time. 256 sockets also stay below select()'s 1024, where
    // libunbound is built without libevent.
    for (const auto &[name, value] :
         {std::pair{"outgoing-range:", "256"}, std::pair{"num-queries-per-thread:", "1024"}}) {
        if (auto failed = option(name, value))
            return *failed;
    }
    // libunbound answers NXDOMAIN for the RFC 6761 name "test." by itself; private and lab
    // zones live there, so the configured resolver is asked instead ("nodefault" does not work
    // through ub_ctx_set_option in unbound 1.17, "transparent" does).
    if (auto failed = option("local-zone:", "test. transparent"))
        return *failed;
    if (iterate) {
        // A lab's root lives on a loopback address, which libunbound does not ask by default.
        if (!options.rootHintsFile.isEmpty()) {
            if (auto failed = refused(
                    ub_ctx_set_option(context, "root-hints:", QFile::encodeName(options.rootHintsFile).constData()),
                    Catalog::ResolverRootHintsInvalid, options.rootHintsFile, options.rootHintsFile))
                return *failed;
            if (auto failed = option("do-not-query-localhost:", "no"))
                return *failed;
        }
    } else if (!options.forwarder.isEmpty()) {
        const QString forwarder = options.forwarder.trimmed();
        if (auto failed = refused(ub_ctx_set_fwd(context, forwarder.toLatin1().constData()),
                                  Catalog::ResolverAddressInvalid, forwarder, forwarder))
            return *failed;
    } else if (auto failed = refused(ub_ctx_resolvconf(context, QFile::encodeName(options.resolvConf).constData()),
                                     Catalog::ResolverConfigUnreadable, options.resolvConf, options.resolvConf)) {
        return *failed;
    }
    if (!validate)
        return context;
    const QString anchor = options.trustAnchorFile.isEmpty() ? options.rootAnchorFile : options.trustAnchorFile;
    if (!QFile::exists(anchor)) {
        ub_ctx_delete(context);
        return Failure::failure(makeFinding(Catalog::ResolverTrustAnchorMissing, anchor, {anchor}));
    }
    if (auto failed = refused(ub_ctx_add_ta_file(context, QFile::encodeName(anchor).constData()),
                              Catalog::ResolverTrustAnchorInvalid, anchor, anchor))
        return *failed;
    return context;
}

static QSocketNotifier *watch(ub_ctx *context, Resolver *resolver)
{
    const int fd = ub_fd(context);
    if (fd < 0)
        return nullptr;
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read);
    QObject::connect(notifier, &QSocketNotifier::activated, resolver, [context] { ub_process(context); });
    return notifier;
}

ub_ctx *Resolver::Private::contextFor(Route route)
{
    Channel &channel = channels[static_cast<int>(route)];
    if (!channel.context) {
        // The configured context was made by create(); the others fail here only when it did too.
        const Result<ub_ctx *> made = makeContext(options, route != Route::Plain, route == Route::Iterating);
        channel.context = made ? made.value() : nullptr;
        if (channel.context) {
            channel.notifier = watch(channel.context, q);
            if (!channel.notifier) {
                ub_ctx_delete(channel.context);
                channel.context = nullptr;
            }
        }
    }
    return channel.context;
}

//! Sends \a entry's query on \a route's context; false when libunbound refuses it.
bool Resolver::Private::ask(Pending *entry, Route route)
{
    ub_ctx *context = contextFor(route);
    if (!context)
        return false;
    entry->route = route;
    const QByteArray ace = QUrl::toAce(entry->name);
    entry->inFlight =
        ub_resolve_async(context, (ace.isEmpty() ? entry->name.toLatin1() : ace).constData(),
                         static_cast<int>(entry->type), ClassIn, entry, &Private::onResult, &entry->unboundId) == 0;
    return entry->inFlight;
}

//! Asks a held or bogus query again on \a route; where that cannot be done, its answer stands.
void Resolver::Private::reask(Pending *entry, Route route)
{
    entry->held = false;
    if (!ask(entry, route)) {
        finish(entry, entry->heldAnswer);
        return;
    }
    if (entry->timer) // a full timeout for the new route: the wait for the self-tests was not its
        entry->timer->start(options.timeoutMs);
}

void Resolver::Private::onBogus(Pending *entry, const DnsAnswer &answer)
{
    entry->heldAnswer = answer;
    switch (passage) {
    case DnssecPassage::Validating:
        finish(entry, answer);
        return;
    case DnssecPassage::Iterating:
        reask(entry, Route::Iterating);
        return;
    case DnssecPassage::Stripped:
        reask(entry, Route::Plain);
        return;
    case DnssecPassage::Unknown:
        // Held until the self-tests tell, which time out themselves; its own clock restarts after.
        entry->held = true;
        if (entry->timer)
            entry->timer->stop();
        startSelfTest();
        return;
    }
}

void Resolver::Private::startSelfTest()
{
    if (selfTestId != 0 || iterationTestId != 0 || passage != DnssecPassage::Unknown)
        return;
    // Any answer from a signed zone validates, data or a signed denial: TXT at its apex will do.
    selfTestId = start(
        anchor, RrType::Txt, q, [this](const DnsAnswer &answer) { onSelfTest(answer); }, Route::Configured,
        options.timeoutMs);
}

void Resolver::Private::onSelfTest(const DnsAnswer &answer)
{
    selfTestId = 0;
    if (answer.dnssec == DnssecStatus::Secure) {
        settle(DnssecPassage::Validating);
        return;
    }
    // Insecure or bogus for the anchor's own zone: the signatures did not arrive. No answer at all
    // is no proof either way; with bogus answers waiting, not blaming the domain is the safe side.
    if (!options.iterateWhenStripped) {
        settle(DnssecPassage::Stripped);
        return;
    }
    // The same question from the root servers tells whether this network lets DNS out. Briefly:
    // held answers wait for it, and where port 53 is blocked there is no answer to wait for.
    iterationTestId = start(
        anchor, RrType::Txt, q, [this](const DnsAnswer &reply) { onIterationTest(reply); }, Route::Iterating,
        qMin(options.timeoutMs, IterationTestTimeoutMs));
}

void Resolver::Private::onIterationTest(const DnsAnswer &answer)
{
    iterationTestId = 0;
    settle(answer.dnssec == DnssecStatus::Secure ? DnssecPassage::Iterating : DnssecPassage::Stripped);
}

//! The self-tests are done: held bogus answers stand, or are asked again where they can validate.
void Resolver::Private::settle(DnssecPassage result)
{
    passage = result;
    // By id: a callback run here may cancel other queries, which deletes their entries.
    const QList<int> ids = pending.keys();
    for (int id : ids) {
        Pending *entry = pending.value(id);
        if (!entry || !entry->held)
            continue;
        entry->held = false;
        onBogus(entry, entry->heldAnswer);
    }
    Q_EMIT q->dnssecPassageKnown(passage);
}

void Resolver::Private::onResult(void *data, int error, ub_result *result)
{
    auto *entry = static_cast<Pending *>(data);
    entry->inFlight = false; // libunbound is done with it
    Private *self = entry->owner;
    DnsAnswer answer;
    answer.name = entry->name;
    answer.type = entry->type;
    answer.elapsedMs = entry->elapsed.elapsed();
    if (error != 0 || !result) {
        answer.status = DnsStatus::Error;
        answer.error = QString::fromUtf8(ub_strerror(error));
    } else {
        if (result->secure)
            answer.dnssec = DnssecStatus::Secure;
        else if (result->bogus)
            answer.dnssec = DnssecStatus::Bogus;
        if (result->why_bogus)
            answer.whyBogus = QString::fromUtf8(result->why_bogus);
        if (result->canonname)
            answer.canonicalName =
                QString::fromUtf8(result->canonname).chopped(QByteArrayView(result->canonname).endsWith('.') ? 1 : 0);
        if (result->answer_packet && result->answer_len > 3)
            answer.truncated = (static_cast<const quint8 *>(result->answer_packet)[2] & 0x02) != 0;
        if (result->rcode == RcodeNxDomain || result->nxdomain) {
            answer.status = DnsStatus::NxDomain;
        } else if (result->rcode == RcodeServFail) {
            answer.status = DnsStatus::ServFail;
        } else if (result->rcode == RcodeRefused) {
            answer.status = DnsStatus::Refused;
        } else if (result->rcode != 0) {
            answer.status = DnsStatus::Error;
            answer.error = QCoreApplication::translate("Sts::Net::Resolver", ResponseCodeText).arg(result->rcode);
        } else if (!result->havedata) {
            answer.status = DnsStatus::NoData;
        } else {
            answer.status = DnsStatus::NoError;
            for (int i = 0; result->data[i]; ++i) {
                const auto record = DnsRdata::decode(entry->type, QByteArrayView(result->data[i], result->len[i]),
                                                     static_cast<quint32>(result->ttl));
                if (record) {
                    answer.records.append(*record);
                } else {
                    answer.error = QCoreApplication::translate("Sts::Net::Resolver", MalformedRecordText)
                                       .arg(rrTypeName(entry->type));
                }
            }
            if (answer.records.isEmpty())
                answer.status = DnsStatus::Error;
        }
        // A bogus answer comes back as SERVFAIL from validating resolvers; libunbound gives the
        // data and the flag. Senders that validate cannot use it, so neither does the check; the
        // records stay for display.
        if (answer.dnssec == DnssecStatus::Bogus)
            answer.status = DnsStatus::ServFail;
        if (entry->route == Route::Plain)
            answer.dnssec = DnssecStatus::Unknown;
    }
    if (result)
        ub_resolve_free(result);
    // Only the configured resolver's bogus may be its own doing; from the root, bogus is the domain's.
    if (answer.dnssec == DnssecStatus::Bogus && entry->route == Route::Configured && entry->id != self->selfTestId) {
        self->onBogus(entry, answer);
        return;
    }
    self->finish(entry, answer);
}

void Resolver::Private::finish(Pending *entry, DnsAnswer answer)
{
    pending.remove(entry->id);
    if (entry->timer)
        entry->timer->deleteLater(); // may be running its own timeout handler
    const QPointer<QObject> guard = entry->context;
    const Callback callback = std::move(entry->callback);
    delete entry;
    if (guard)
        callback(answer);
}

Resolver::Resolver(const ResolverOptions &options)
    : d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
    d->anchor = anchorZone(options.trustAnchorFile.isEmpty() ? options.rootAnchorFile : options.trustAnchorFile);
}

Resolver::~Resolver() = default;

Result<std::unique_ptr<Resolver>> Resolver::create(const ResolverOptions &options)
{
    using Failure = Result<std::unique_ptr<Resolver>>;
    std::unique_ptr<Resolver> resolver(new Resolver(options));
    Private &d = *resolver->d;
    // A thread inside libunbound does the work; results are signalled on ub_fd().
    Private::Channel &channel = d.channels[static_cast<int>(Private::Route::Configured)];
    const Result<ub_ctx *> made = makeContext(options, true, false);
    if (!made)
        return Failure::failure(made.error());
    channel.context = made.value();
    channel.notifier = watch(channel.context, resolver.get());
    if (!channel.notifier)
        return Failure::failure(makeFinding(Catalog::ResolverNoDescriptor, QString()));
    // Known before the first bogus answer needs it, in parallel with the first check.
    QTimer::singleShot(0, resolver.get(), [raw = resolver.get()] { raw->d->startSelfTest(); });
    return resolver;
}

int Resolver::lookup(const QString &name, RrType type, QObject *context, Callback callback)
{
    const auto route = d->passage == DnssecPassage::Iterating ? Private::Route::Iterating : Private::Route::Configured;
    return d->start(name, type, context, std::move(callback), route, d->options.timeoutMs);
}

int Resolver::Private::start(const QString &name, RrType type, QObject *context, Callback callback, Route route,
                             int timeoutMs)
{
    auto *entry = new Pending;
    entry->owner = this;
    entry->id = nextId++;
    entry->name = name;
    entry->type = type;
    entry->context = context;
    entry->callback = std::move(callback);
    entry->elapsed.start();
    pending.insert(entry->id, entry);
    if (!ask(entry, route)) {
        DnsAnswer answer;
        answer.name = name;
        answer.type = type;
        answer.status = DnsStatus::Error;
        answer.error = QCoreApplication::translate("Sts::Net::Resolver", NotSentText);
        // Deliver asynchronously, like every other answer, so callers see one code path.
        QTimer::singleShot(0, q, [this, id = entry->id, answer] {
            if (Pending *waiting = pending.value(id))
                finish(waiting, answer);
        });
        return entry->id;
    }
    entry->timer = new QTimer;
    entry->timer->setSingleShot(true);
    QObject::connect(entry->timer, &QTimer::timeout, q, [this, id = entry->id, timeoutMs] {
        Pending *waiting = pending.value(id);
        if (!waiting)
            return;
        stopQuery(waiting);
        DnsAnswer answer;
        answer.name = waiting->name;
        answer.type = waiting->type;
        answer.status = DnsStatus::Timeout;
        answer.elapsedMs = waiting->elapsed.elapsed();
        answer.error = QCoreApplication::translate("Sts::Net::Resolver", TimeoutText).arg(timeoutMs / 1000.0);
        finish(waiting, answer);
    });
    entry->timer->start(timeoutMs);
    return entry->id;
}

QByteArrayList Resolver::keyZones(const QString &anchor, const QString &name)
{
    const QByteArray top = canonicalName(anchor);
    const QByteArray target = canonicalName(name);
    if (target.isEmpty() || target == top || !(top.isEmpty() || target.endsWith(QByteArray('.' + top))))
        return {}; // at or outside the anchor's tree: the validator has nothing to fetch for it
    const QByteArrayList labels = target.left(target.size() - top.size() - (top.isEmpty() ? 0 : 1)).split('.');
    QByteArrayList zones{top.isEmpty() ? QByteArrayLiteral(".") : top};
    QByteArray zone = top;
    for (qsizetype i = labels.size() - 1; i >= 0 && zones.size() <= MaxPrefetchedZones; --i) {
        zone = zone.isEmpty() ? labels.at(i) : labels.at(i) + '.' + zone;
        zones.append(zone);
    }
    return zones;
}

void Resolver::prefetchKeys(const QString &name)
{
    if (d->passage == DnssecPassage::Stripped)
        return;
    const QByteArrayList zones = keyZones(d->anchor, name);
    if (zones.isEmpty())
        return;
    ub_ctx *context =
        d->contextFor(d->passage == DnssecPassage::Iterating ? Private::Route::Iterating : Private::Route::Configured);
    if (!context)
        return;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QByteArray &zone = zones.at(i);
        if (d->keysAsked.contains(zone))
            continue;
        d->keysAsked.insert(zone);
        // The anchor's own DS lies above the anchor: of the first zone only the keys, which the
        // validator checks against the anchor before anything else.
        for (int type : {TypeDs, TypeDnskey}) {
            if (type == TypeDs && i == 0)
                continue;
            // The answer only fills libunbound's cache; no one waits for it, and libunbound drops
            // it with the context.
            int unboundId = 0;
            ub_resolve_async(
                context, zone.constData(), type, ClassIn, nullptr,
                [](void *, int, ub_result *result) {
                    if (result)
                        ub_resolve_free(result);
                },
                &unboundId);
        }
    }
}

void Resolver::cancel(int id)
{
    d->cancel(id);
}

void Resolver::cancelAll()
{
    d->cancelAll();
}

int Resolver::pendingCount() const
{
    const int ownTests = (d->selfTestId != 0 ? 1 : 0) + (d->iterationTestId != 0 ? 1 : 0);
    return static_cast<int>(d->pending.size()) - ownTests;
}

QString Resolver::description() const
{
    return d->options.forwarder.isEmpty()
               ? QCoreApplication::translate("Sts::Net::Resolver", SystemResolversText).arg(d->options.resolvConf)
               : d->options.forwarder;
}

DnssecPassage Resolver::dnssecPassage() const
{
    return d->passage;
}

QString Resolver::displayText(const QString &english)
{
    return ComposedText::shown("Sts::Net::Resolver", english,
                               {ResponseCodeText, MalformedRecordText, NotSentText, TimeoutText, SystemResolversText});
}

Result<void> Resolver::checkForwarder(const QString &forwarder)
{
    const QString text = forwarder.trimmed();
    const qsizetype at = text.lastIndexOf(u'@');
    const QString address = at < 0 ? text : text.left(at);
    if (QHostAddress(address).isNull())
        return Result<void>::failure(makeFinding(Catalog::ResolverForwarderInvalid, forwarder, {address}));
    if (at >= 0) {
        bool ok = false;
        const int port = text.mid(at + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Result<void>::failure(makeFinding(Catalog::ResolverPortInvalid, forwarder, {text.mid(at + 1)}));
    }
    return {};
}

} // namespace Sts::Net
