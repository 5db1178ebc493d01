// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkresult.h"

#include "common/jsonfields.h"
#include "tls/daneverifier.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Sts::Check {

namespace {

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue optionalAnswer(const std::optional<Net::DnsAnswer> &answer)
{
    return answer ? QJsonValue(answer->toJson()) : QJsonValue();
}

//! The TLSA records of an answer in zone-file form, "3 1 1 <hex>".
QJsonArray tlsaTexts(const std::optional<Net::DnsAnswer> &answer)
{
    QJsonArray texts;
    if (answer) {
        for (const Net::DnsRecord &record : answer->records) {
            if (record.type == Net::RrType::Tlsa)
                texts.append(Tls::Tlsa::text(record));
        }
    }
    return texts;
}

//! DANE for the domain as a whole: "pass" when it protects every MX host, "partial" when some.
QJsonObject daneSummary(const QList<MxHostResult> &hosts)
{
    const auto any = [&hosts](DaneStatus status) {
        return std::any_of(hosts.cbegin(), hosts.cend(), [status](const MxHostResult &h) { return h.dane == status; });
    };
    const auto passing =
        std::count_if(hosts.cbegin(), hosts.cend(), [](const MxHostResult &h) { return h.dane == DaneStatus::Pass; });
    QString overall = QStringLiteral("none");
    for (DaneStatus status : {DaneStatus::Pending, DaneStatus::Bogus, DaneStatus::Fail, DaneStatus::Unknown}) {
        if (any(status)) {
            overall = daneStatusName(status);
            break;
        }
    }
    if (overall == u"none") {
        if (passing > 0)
            overall = passing == hosts.size() ? QStringLiteral("pass") : QStringLiteral("partial");
        else if (any(DaneStatus::Insecure))
            overall = daneStatusName(DaneStatus::Insecure);
    }
    return {{QStringLiteral("result"), overall}, {QStringLiteral("mx_passing"), qint64(passing)}};
}

std::optional<Net::DnsAnswer> answerFromJson(const QJsonValue &value)
{
    return value.isObject() ? std::optional<Net::DnsAnswer>(Net::DnsAnswer::fromJson(value.toObject())) : std::nullopt;
}

std::optional<bool> optionalBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

} // namespace

Verdict verdictFromName(const QString &name)
{
    return JsonFields::enumFromName(name, verdictName,
                                    {Verdict::Pending, Verdict::Protected, Verdict::Testing, Verdict::NotProtected,
                                     Verdict::Broken, Verdict::Cancelled, Verdict::Inconclusive},
                                    Verdict::Pending);
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Protected:
        return QStringLiteral("protected");
    case Verdict::Testing:
        return QStringLiteral("testing");
    case Verdict::NotProtected:
        return QStringLiteral("not-protected");
    case Verdict::Broken:
        return QStringLiteral("broken");
    case Verdict::Cancelled:
        return QStringLiteral("cancelled");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}

bool isVerdictOnDomain(Verdict verdict)
{
    return verdict != Verdict::Pending && verdict != Verdict::Cancelled && verdict != Verdict::Inconclusive;
}

QString daneStatusName(DaneStatus status)
{
    switch (status) {
    case DaneStatus::Pending:
        return QStringLiteral("pending");
    case DaneStatus::None:
        return QStringLiteral("none");
    case DaneStatus::Insecure:
        return QStringLiteral("insecure");
    case DaneStatus::Unknown:
        return QStringLiteral("unknown");
    case DaneStatus::Bogus:
        return QStringLiteral("bogus");
    case DaneStatus::Pass:
        return QStringLiteral("pass");
    case DaneStatus::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString daneStatusText(DaneStatus status)
{
    switch (status) {
    case DaneStatus::Pending:
        return QCoreApplication::translate("CheckResult", "looking up");
    case DaneStatus::None:
        return QCoreApplication::translate("CheckResult", "no TLSA records");
    case DaneStatus::Insecure:
        return QCoreApplication::translate("CheckResult", "unsigned: ignored");
    case DaneStatus::Unknown:
        return QCoreApplication::translate("CheckResult", "cannot be validated from here");
    case DaneStatus::Bogus:
        return QCoreApplication::translate("CheckResult", "bogus");
    case DaneStatus::Pass:
        return QCoreApplication::translate("CheckResult", "pass");
    case DaneStatus::Fail:
        return QCoreApplication::translate("CheckResult", "fail");
    }
    return {};
}

bool daneApplies(DaneStatus status)
{
    return status == DaneStatus::Pass || status == DaneStatus::Fail || status == DaneStatus::Bogus;
}

QString policyStatusName(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::Pending:
        return QStringLiteral("pending");
    case PolicyStatus::Valid:
        return QStringLiteral("valid");
    case PolicyStatus::NoneFound:
        return QStringLiteral("none-found");
    case PolicyStatus::FetchError:
        return QStringLiteral("fetch-error");
    case PolicyStatus::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QCoreApplication::translate("CheckResult", "Checking…");
    case Verdict::Protected:
        return QCoreApplication::translate("CheckResult", "PROTECTED");
    case Verdict::Testing:
        return QCoreApplication::translate("CheckResult", "TESTING");
    case Verdict::NotProtected:
        return QCoreApplication::translate("CheckResult", "NOT PROTECTED");
    case Verdict::Broken:
        return QCoreApplication::translate("CheckResult", "BROKEN");
    case Verdict::Cancelled:
        return QCoreApplication::translate("CheckResult", "CANCELLED");
    case Verdict::Inconclusive:
        return QCoreApplication::translate("CheckResult", "INCONCLUSIVE");
    }
    return {};
}

QString policyStatusText(PolicyStatus status)
{
    switch (status) {
    case PolicyStatus::Pending:
        return QCoreApplication::translate("CheckResult", "still being fetched");
    case PolicyStatus::Valid:
        return QCoreApplication::translate("CheckResult", "valid");
    case PolicyStatus::NoneFound:
        return QCoreApplication::translate("CheckResult", "no policy published");
    case PolicyStatus::FetchError:
        return QCoreApplication::translate("CheckResult", "could not be fetched");
    case PolicyStatus::Invalid:
        return QCoreApplication::translate("CheckResult", "invalid");
    }
    return {};
}

QList<QHostAddress> MxHostResult::addresses() const
{
    QList<QHostAddress> list;
    for (const auto &answer : {a, aaaa}) {
        if (!answer)
            continue;
        for (const Net::DnsRecord &record : answer->records)
            list.append(record.address);
    }
    return list;
}

QJsonObject MxHostResult::toJson() const
{
    QJsonArray addressArray;
    for (const QHostAddress &address : addresses())
        addressArray.append(address.toString());
    QJsonArray probeArray;
    for (const Smtp::SmtpProbeResult &probe : probes)
        probeArray.append(probe.toJson());
    return {
        {QStringLiteral("host"), host},
        {QStringLiteral("preference"), preference},
        {QStringLiteral("implicit"), implicit},
        {QStringLiteral("addresses"), addressArray},
        {QStringLiteral("dns"),
         QJsonObject{{QStringLiteral("a"), optionalAnswer(a)}, {QStringLiteral("aaaa"), optionalAnswer(aaaa)}}},
        {QStringLiteral("smtp"), probeArray},
        {QStringLiteral("pattern"), optionalString(matchedPattern)},
        {QStringLiteral("dane"), QJsonObject{{QStringLiteral("result"), daneStatusName(dane)},
                                             {QStringLiteral("tlsa"), tlsaTexts(tlsa)},
                                             {QStringLiteral("lookup"), optionalAnswer(tlsa)}}},
        {QStringLiteral("would_deliver"), wouldDeliver ? QJsonValue(*wouldDeliver) : QJsonValue()},
        {QStringLiteral("would_deliver_sts_only"),
         wouldDeliverStsOnly ? QJsonValue(*wouldDeliverStsOnly) : QJsonValue()},
        {QStringLiteral("unobserved"), optionalString(unobserved)},
        {QStringLiteral("result_type"), TlsRpt::failureTypeToJson(resultType)},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

QJsonObject CheckResult::toJson() const
{
    QJsonArray mxArray;
    for (const MxHostResult &host : mx)
        mxArray.append(host.toJson());
    QJsonObject policyJson{
        {QStringLiteral("status"), policyStatusName(policyStatus)},
        {QStringLiteral("mode"), policy.mode ? QJsonValue(MtaSts::modeName(*policy.mode)) : QJsonValue()},
        {QStringLiteral("max_age"), policy.maxAge ? QJsonValue(*policy.maxAge) : QJsonValue()},
        {QStringLiteral("mx"), QJsonArray::fromStringList(policy.mx)},
        {QStringLiteral("id"), optionalString(stsRecord.id)},
        {QStringLiteral("fetch"), fetch ? QJsonValue(fetch->toJson()) : QJsonValue()},
        {QStringLiteral("body"),
         fetch && fetch->response.status == 200
             ? QJsonValue(QString::fromUtf8(fetch->response.body.left(MtaSts::MaxPolicyBodySize)))
             : QJsonValue()},
        {QStringLiteral("result_type"), TlsRpt::failureTypeToJson(policyResultType)},
    };
    if (assumedPolicy) // the judged policy is a draft, not the fetched body
        policyJson.insert(QStringLiteral("assumed"), QString::fromUtf8(assumedPolicy->left(MtaSts::MaxPolicyBodySize)));
    return {
        {QStringLiteral("domain"), domain},
        {QStringLiteral("verdict"), verdictName(verdict)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("next_step"), optionalString(nextStep)},
        {QStringLiteral("cause"), cause.isEmpty() ? QJsonValue()
                                                  : QJsonValue(QJsonObject{{QStringLiteral("text"), cause},
                                                                           {QStringLiteral("finding"), causeCode},
                                                                           {QStringLiteral("subject"), causeSubject}})},
        {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("verdict_ms"), verdictMs},
        {QStringLiteral("resolver"), resolver},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("error"), optionalString(error)},
        {QStringLiteral("error_code"), optionalString(errorCode)},
        {QStringLiteral("error_arguments"),
         errorArguments.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(errorArguments))},
        {QStringLiteral("records"),
         QJsonObject{{QStringLiteral("mta_sts"), optionalAnswer(stsTxt)},
                     {QStringLiteral("tlsrpt"), optionalAnswer(tlsRptTxt)},
                     {QStringLiteral("mx"), optionalAnswer(mxAnswer)},
                     {QStringLiteral("policy_host_a"), optionalAnswer(policyHostA)},
                     {QStringLiteral("policy_host_aaaa"), optionalAnswer(policyHostAaaa)},
                     {QStringLiteral("mta_sts_valid"), stsRecord.valid},
                     {QStringLiteral("tlsrpt_valid"), tlsRptRecord.valid},
                     {QStringLiteral("tlsrpt_rua"), QJsonArray::fromStringList(tlsRptRecord.rua)}}},
        {QStringLiteral("policy"), policyJson},
        {QStringLiteral("mx"), mxArray},
        {QStringLiteral("dane"), daneSummary(mx)},
        {QStringLiteral("environment"), environment.toJson()},
        {QStringLiteral("protection"), protection.toJson()},
        {QStringLiteral("findings"), findingsToJson(findings)},
    };
}

MxHostResult MxHostResult::fromJson(const QJsonObject &json)
{
    MxHostResult host;
    host.host = JsonFields::string(json, u"host");
    host.preference = static_cast<quint16>(JsonFields::integer(json, u"preference"));
    host.implicit = json.value(u"implicit").toBool();
    const QJsonObject dns = json.value(u"dns").toObject();
    host.a = answerFromJson(dns.value(u"a"));
    host.aaaa = answerFromJson(dns.value(u"aaaa"));
    for (const QJsonValue &probe : json.value(u"smtp").toArray())
        host.probes.append(Smtp::SmtpProbeResult::fromJson(probe.toObject()));
    host.matchedPattern = JsonFields::string(json, u"pattern");
    const QJsonObject dane = json.value(u"dane").toObject();
    host.dane = JsonFields::enumFromName(JsonFields::string(dane, u"result"), daneStatusName,
                                         {DaneStatus::Pending, DaneStatus::None, DaneStatus::Insecure,
                                          DaneStatus::Unknown, DaneStatus::Bogus, DaneStatus::Pass, DaneStatus::Fail},
                                         DaneStatus::Pending);
    host.tlsa = answerFromJson(dane.value(u"lookup"));
    host.wouldDeliver = optionalBool(json.value(u"would_deliver"));
    host.wouldDeliverStsOnly = optionalBool(json.value(u"would_deliver_sts_only"));
    host.unobserved = JsonFields::string(json, u"unobserved");
    host.resultType = TlsRpt::failureTypeFromJson(json.value(u"result_type"));
    host.findings = findingsFromJson(json.value(u"findings").toArray());
    return host;
}

CheckResult CheckResult::fromJson(const QJsonObject &json)
{
    CheckResult result;
    result.domain = JsonFields::string(json, u"domain");
    result.verdict = verdictFromName(JsonFields::string(json, u"verdict"));
    result.summary = JsonFields::string(json, u"summary");
    result.nextStep = JsonFields::string(json, u"next_step");
    const QJsonObject cause = json.value(u"cause").toObject();
    result.cause = JsonFields::string(cause, u"text");
    result.causeCode = JsonFields::string(cause, u"finding");
    result.causeSubject = JsonFields::string(cause, u"subject");
    result.started = QDateTime::fromString(JsonFields::string(json, u"started"), Qt::ISODateWithMs);
    result.elapsedMs = JsonFields::integer(json, u"elapsed_ms");
    result.verdictMs = JsonFields::integer(json, u"verdict_ms");
    result.resolver = JsonFields::string(json, u"resolver");
    result.complete = json.value(u"complete").toBool();
    result.cancelled = result.verdict == Verdict::Cancelled;
    result.error = JsonFields::string(json, u"error");
    result.errorCode = JsonFields::string(json, u"error_code");
    result.errorArguments = JsonFields::strings(json, u"error_arguments");

    const QJsonObject records = json.value(u"records").toObject();
    result.stsTxt = answerFromJson(records.value(u"mta_sts"));
    result.tlsRptTxt = answerFromJson(records.value(u"tlsrpt"));
    result.mxAnswer = answerFromJson(records.value(u"mx"));
    result.policyHostA = answerFromJson(records.value(u"policy_host_a"));
    result.policyHostAaaa = answerFromJson(records.value(u"policy_host_aaaa"));
    result.stsRecord.valid = records.value(u"mta_sts_valid").toBool();
    result.tlsRptRecord.valid = records.value(u"tlsrpt_valid").toBool();
    result.tlsRptRecord.rua = JsonFields::strings(records, u"tlsrpt_rua");

    const QJsonObject policy = json.value(u"policy").toObject();
    result.policyStatus = JsonFields::enumFromName(JsonFields::string(policy, u"status"), policyStatusName,
                                                   {PolicyStatus::Pending, PolicyStatus::Valid, PolicyStatus::NoneFound,
                                                    PolicyStatus::FetchError, PolicyStatus::Invalid},
                                                   PolicyStatus::Pending);
    result.policy.valid = result.policyStatus == PolicyStatus::Valid;
    result.policy.mode = MtaSts::modeFromName(JsonFields::string(policy, u"mode"));
    if (policy.value(u"max_age").isDouble())
        result.policy.maxAge = policy.value(u"max_age").toInteger();
    result.policy.mx = JsonFields::strings(policy, u"mx");
    result.stsRecord.id = JsonFields::string(policy, u"id");
    if (policy.value(u"fetch").isObject())
        result.fetch = MtaSts::PolicyFetchResult::fromJson(policy.value(u"fetch").toObject(),
                                                           JsonFields::string(policy, u"body").toUtf8());
    if (policy.contains(u"assumed"))
        result.assumedPolicy = JsonFields::string(policy, u"assumed").toUtf8();
    result.policyResultType = TlsRpt::failureTypeFromJson(policy.value(u"result_type"));

    for (const QJsonValue &host : json.value(u"mx").toArray())
        result.mx.append(MxHostResult::fromJson(host.toObject()));
    result.mxRecordCount = static_cast<int>(result.mx.size());
    result.environment = Environment::fromJson(json.value(u"environment").toObject());
    result.protection = ProtectionAssessment::fromJson(json.value(u"protection").toArray());
    result.findings = findingsFromJson(json.value(u"findings").toArray());
    return result;
}

} // namespace Sts::Check
