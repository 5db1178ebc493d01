// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultcomparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace Sts::Check {

namespace {

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(text(item));
        return items.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

//! What is worth comparing about one MX address, keyed by "host address".
QMap<QString, QJsonObject> probesByAddress(const QJsonObject &result)
{
    QMap<QString, QJsonObject> probes;
    for (const QJsonValue &host : result.value(u"mx").toArray()) {
        const QString name = host.toObject().value(u"host").toString();
        for (const QJsonValue &probe : host.toObject().value(u"smtp").toArray())
            probes.insert(name + u' ' + probe.toObject().value(u"address").toString(), probe.toObject());
    }
    return probes;
}

//! The MX hosts of a result by name.
QMap<QString, QJsonObject> hostsByName(const QJsonObject &result)
{
    QMap<QString, QJsonObject> hosts;
    for (const QJsonValue &host : result.value(u"mx").toArray())
        hosts.insert(host.toObject().value(u"host").toString(), host.toObject());
    return hosts;
}

QJsonObject leafOf(const QJsonObject &probe)
{
    return probe.value(u"chain").toObject().value(u"certificates").toArray().at(0).toObject();
}

class Comparer
{
public:
    QList<ResultComparison::Change> changes;

    void field(const QString &subject, const QString &what, const QJsonValue &before, const QJsonValue &after)
    {
        const QString old = text(before);
        const QString now = text(after);
        if (old != now)
            changes.append({subject, what, old, now});
    }

    //! DANE per MX host present in both: its result and its TLSA records (a changed key shows
    //! here before senders notice). Results from before DANE was checked have nothing to compare.
    void dane(const QJsonObject &before, const QJsonObject &after)
    {
        const QMap<QString, QJsonObject> old = hostsByName(before);
        const QMap<QString, QJsonObject> now = hostsByName(after);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!old.contains(it.key()) || !old.value(it.key()).value(u"dane").isObject())
                continue;
            const QJsonObject was = old.value(it.key()).value(u"dane").toObject();
            const QJsonObject is = it.value().value(u"dane").toObject();
            field(it.key(), QCoreApplication::translate("ResultComparison", "DANE"), was.value(u"result"),
                  is.value(u"result"));
            field(it.key(), QCoreApplication::translate("ResultComparison", "TLSA records"), was.value(u"tlsa"),
                  is.value(u"tlsa"));
        }
    }

    void probes(const QJsonObject &before, const QJsonObject &after)
    {
        const QMap<QString, QJsonObject> old = probesByAddress(before);
        const QMap<QString, QJsonObject> now = probesByAddress(after);
        for (auto it = old.cbegin(); it != old.cend(); ++it) {
            if (!now.contains(it.key()))
                changes.append({it.key(), QCoreApplication::translate("ResultComparison", "MX address"),
                                QCoreApplication::translate("ResultComparison", "present"),
                                QCoreApplication::translate("ResultComparison", "gone")});
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!old.contains(it.key())) {
                changes.append({it.key(), QCoreApplication::translate("ResultComparison", "MX address"),
                                QCoreApplication::translate("ResultComparison", "absent"),
                                QCoreApplication::translate("ResultComparison", "new")});
                continue;
            }
            const QJsonObject &was = old.value(it.key());
            const QJsonObject &is = it.value();
            field(it.key(), QCoreApplication::translate("ResultComparison", "TLS version"), was.value(u"tls_version"),
                  is.value(u"tls_version"));
            field(it.key(), QCoreApplication::translate("ResultComparison", "result"), was.value(u"result_type"),
                  is.value(u"result_type"));
            field(it.key(), QCoreApplication::translate("ResultComparison", "certificate (SHA-256)"),
                  leafOf(was).value(u"sha256_fingerprint"), leafOf(is).value(u"sha256_fingerprint"));
            field(it.key(), QCoreApplication::translate("ResultComparison", "certificate valid until"),
                  leafOf(was).value(u"not_after"), leafOf(is).value(u"not_after"));
        }
    }
};

} // namespace

QList<ResultComparison::Change> ResultComparison::compare(const QJsonObject &before, const QJsonObject &after)
{
    Comparer comparer;
    const QString domain = after.value(u"domain").toString();
    comparer.field(domain, QCoreApplication::translate("ResultComparison", "verdict"), before.value(u"verdict"),
                   after.value(u"verdict"));
    const QJsonObject oldPolicy = before.value(u"policy").toObject();
    const QJsonObject newPolicy = after.value(u"policy").toObject();
    const QString policy = QCoreApplication::translate("ResultComparison", "policy");
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "status"), oldPolicy.value(u"status"),
                   newPolicy.value(u"status"));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "id"), oldPolicy.value(u"id"),
                   newPolicy.value(u"id"));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "mode"), oldPolicy.value(u"mode"),
                   newPolicy.value(u"mode"));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "max_age"), oldPolicy.value(u"max_age"),
                   newPolicy.value(u"max_age"));
    comparer.field(policy, QCoreApplication::translate("ResultComparison", "mx lines"), oldPolicy.value(u"mx"),
                   newPolicy.value(u"mx"));
    if (oldPolicy.value(u"id") == newPolicy.value(u"id") && oldPolicy.value(u"body") != newPolicy.value(u"body") &&
        !oldPolicy.value(u"body").isNull())
        comparer.changes.append({policy, QCoreApplication::translate("ResultComparison", "text changed, id did not"),
                                 QCoreApplication::translate("ResultComparison", "senders keep the old policy"),
                                 QCoreApplication::translate("ResultComparison", "change the id")});
    comparer.field(QCoreApplication::translate("ResultComparison", "TLS-RPT record"),
                   QCoreApplication::translate("ResultComparison", "rua"),
                   before.value(u"records").toObject().value(u"tlsrpt_rua"),
                   after.value(u"records").toObject().value(u"tlsrpt_rua"));
    QStringList oldHosts, newHosts;
    for (const QJsonValue &host : before.value(u"mx").toArray())
        oldHosts.append(host.toObject().value(u"host").toString());
    for (const QJsonValue &host : after.value(u"mx").toArray())
        newHosts.append(host.toObject().value(u"host").toString());
    comparer.field(domain, QCoreApplication::translate("ResultComparison", "MX hosts"),
                   QJsonArray::fromStringList(oldHosts), QJsonArray::fromStringList(newHosts));
    comparer.dane(before, after);
    comparer.probes(before, after);
    return comparer.changes;
}

} // namespace Sts::Check
