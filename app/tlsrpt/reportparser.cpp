// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportparser.h"

#include "failuredetailslicer.h"
#include "jsonmemberscanner.h"
#include "reportcatalog.h"
#include "stringpool.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace Sts::TlsRpt {

namespace {

using namespace ReportCatalog;

//! Thrown by the readers below and caught in ReportParser::parse(), never beyond: it unwinds
//! the nested readers at the first rejection.
struct Rejected
{};

//! Collects findings for one report. Warnings that repeat (the same empty field in a
//! thousand failure details) are kept once, with the number of occurrences in the details.
class Reader
{
public:
    explicit Reader(const QString &subject)
        : m_subject(subject)
    {}

    Findings takeFindings() { return std::move(m_findings); }

    void note(const FindingDefinition &definition, const QString &path, const QStringList &rest = {})
    {
        // Deduplicate on the code and the arguments other than the path.
        const QString key = QLatin1String(definition.code) + u'\x1f' + rest.join(u'\x1f');
        if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
            QJsonObject &details = m_findings[*it].details;
            details.insert(QStringLiteral("occurrences"), details.value(QStringLiteral("occurrences")).toInt(1) + 1);
            return;
        }
        QStringList arguments{path};
        arguments += rest;
        Finding finding = makeFinding(definition, m_subject, arguments);
        if (!path.isEmpty())
            finding.details.insert(QStringLiteral("path"), path);
        m_seen.insert(key, m_findings.size());
        m_findings.append(std::move(finding));
    }

    Rejected reject(const FindingDefinition &definition, const QStringList &arguments)
    {
        m_findings.append(makeFinding(definition, m_subject, arguments));
        return {};
    }

    //! Reports each key of \a object that is not in \a known as unknown (info).
    void checkKeys(const QJsonObject &object, std::initializer_list<QLatin1String> known, const QString &path)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            bool found = false;
            for (const QLatin1String &name : known) {
                if (key == name) {
                    found = true;
                    break;
                }
            }
            if (!found)
                note(UnknownField, path.isEmpty() ? QStringLiteral("report") : path, {key.left(64)});
        }
    }

    //! Failure details repeat their strings: one storage each (StringPool).
    QString intern(const QString &text) { return m_strings.intern(text); }

private:
    QString m_subject;
    Findings m_findings;
    QHash<QString, qsizetype> m_seen;
    StringPool m_strings;
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return u'"' + value.toString().left(32) + u'"';
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString indexed(const QString &path, const char *key, qsizetype index)
{
    QString result = path;
    if (!result.isEmpty())
        result += u'.';
    return result + QLatin1String(key) + u'[' + QString::number(index) + u']';
}

int digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

struct ParsedTime
{
    QDateTime time;
    bool withoutZone = false;
    bool dateOnly = false;
};

//! RFC 3339 date-time, plus the two forms real senders use instead: no zone (Microsoft),
//! and a bare date. Fractions are read to milliseconds; a leap second becomes :59.
ParsedTime parseTime(QStringView text)
{
    ParsedTime result;
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || text[4] != u'-' || text[7] != u'-')
        return result;
    const QDate date(year, month, day);
    if (!date.isValid())
        return result;
    if (text.size() == 10) {
        result.time = QDateTime(date, QTime(0, 0), Qt::UTC);
        result.dateOnly = true;
        return result;
    }
    const char16_t separator = text.size() > 10 ? text[10].unicode() : 0;
    if (separator != u'T' && separator != u't' && separator != u' ')
        return result;
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
    if (hour < 0 || minute < 0 || second < 0 || text[13] != u':' || text[16] != u':' || hour > 23 || minute > 59 ||
        second > 60)
        return result;
    qsizetype at = 19;
    int millisecond = 0;
    if (at < text.size() && text[at] == u'.') {
        ++at;
        int scale = 100;
        const qsizetype first = at;
        while (at < text.size() && text[at] >= u'0' && text[at] <= u'9') {
            millisecond += (text[at].unicode() - u'0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == first)
            return result;
    }
    int offsetSeconds = 0;
    if (at == text.size()) {
        result.withoutZone = true;
    } else if ((text[at] == u'Z' || text[at] == u'z') && at + 1 == text.size()) {
        // UTC
    } else if (text[at] == u'+' || text[at] == u'-') {
        const int sign = text[at] == u'-' ? -1 : 1;
        const int offsetHours = digits(text, at + 1, 2);
        const bool colon = at + 3 < text.size() && text[at + 3] == u':';
        const int offsetMinutes = digits(text, at + (colon ? 4 : 3), 2);
        if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59 ||
            at + (colon ? 6 : 5) != text.size())
            return result;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
        return result;
    }
    result.time =
        QDateTime(date, QTime(hour, minute, std::min(second, 59), millisecond), Qt::UTC).addSecs(-offsetSeconds);
    return result;
}

//! Reads a session count: a JSON number that is whole and not negative. Missing is 0 with a
//! warning (encoders that omit zero values); anything else rejects the report.
qint64 readCount(Reader &reader, const QJsonObject &object, QLatin1String key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        reader.note(CountMissing, path, {key});
        return 0;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger(-1);
        if (integer >= 0 && number == std::floor(number))
            return integer;
    }
    throw reader.reject(CountInvalid, {path + u'.' + key, jsonTypeName(value)});
}

//! An optional string field: "" and wrong types are read as absent, with a warning.
QString readOptionalString(Reader &reader, const QJsonObject &object, QLatin1String key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        reader.note(FieldType, path, {key, findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"))});
        return {};
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        reader.note(FieldEmpty, path, {key});
    return text;
}

QString readRequiredString(Reader &reader, const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty())
        throw reader.reject(FieldMissing, {key, findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"))});
    return text;
}

QDateTime readTime(Reader &reader, const QJsonObject &range, QLatin1String key)
{
    const QJsonValue value = range.value(key);
    const QString name = QStringLiteral("date-range.") + key;
    if (!value.isString() || value.toString().isEmpty())
        throw reader.reject(FieldMissing, {name, findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"))});
    const QString text = value.toString().trimmed();
    const ParsedTime parsed = parseTime(text);
    if (!parsed.time.isValid())
        throw reader.reject(DateInvalid, {name, text.left(64)});
    if (parsed.withoutZone)
        reader.note(DateWithoutZone, name, {text});
    if (parsed.dateOnly)
        reader.note(DateOnly, name, {text});
    return parsed.time;
}

//! A JSON list of strings given as one string: Microsoft sends TLSA records this way.
std::optional<QStringList> embeddedList(const QString &text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &entry : document.array()) {
        if (!entry.isString())
            return std::nullopt;
        list.append(entry.toString());
    }
    return list;
}

QStringList readPolicyStrings(Reader &reader, const QJsonObject &policy, const QString &path, const QString &type)
{
    const QJsonValue value = policy.value(QLatin1String("policy-string"));
    QStringList strings;
    if (value.isUndefined() || value.isNull()) {
        if (type == u"sts" || type == u"tlsa")
            reader.note(PolicyStringMissing, path, {type});
        return strings;
    }
    if (value.isString()) {
        reader.note(PolicyStringNotList, path);
        strings.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray()) {
            if (entry.isString())
                strings.append(entry.toString());
            else
                reader.note(
                    FieldType, path,
                    {QStringLiteral("policy-string[]"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"))});
        }
    } else {
        reader.note(FieldType, path,
                    {QStringLiteral("policy-string"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "list of strings"))});
        return strings;
    }
    if (strings.size() == 1) {
        if (const auto list = embeddedList(strings.constFirst())) {
            reader.note(PolicyStringJson, path, {QString::number(list->size())});
            return *list;
        }
    }
    return strings;
}

QStringList readMxHosts(Reader &reader, const QJsonObject &policy, const QString &path)
{
    const QJsonValue value = policy.value(QLatin1String("mx-host"));
    QStringList hosts;
    if (value.isUndefined() || value.isNull())
        return hosts;
    if (value.isString()) {
        reader.note(MxHostString, path);
        hosts.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray()) {
            if (entry.isString())
                hosts.append(entry.toString());
            else
                reader.note(FieldType, path,
                            {QStringLiteral("mx-host[]"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"))});
        }
    } else {
        reader.note(FieldType, path,
                    {QStringLiteral("mx-host"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "list of strings"))});
    }
    for (QString &host : hosts) {
        host = host.trimmed();
        if (host.startsWith(QLatin1String("mx:"), Qt::CaseInsensitive)) {
            const QString stripped = host.sliced(3).trimmed();
            reader.note(MxHostPrefix, path, {host, stripped});
            host = stripped;
        }
    }
    hosts.removeAll(QString());
    return hosts;
}

void checkAddress(Reader &reader, const QString &address, const char *key, const QString &path)
{
    if (!address.isEmpty() && QHostAddress(address).isNull())
        reader.note(AddressInvalid, path, {QLatin1String(key), address.left(64)});
}

FailureDetail readFailureDetail(Reader &reader, const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        throw reader.reject(StructureInvalid, {path, findingPhrase(QT_TRANSLATE_NOOP("Findings", "an object"))});
    const QJsonObject object = value.toObject();
    reader.checkKeys(object,
                     {QLatin1String("result-type"), QLatin1String("sending-mta-ip"),
                      QLatin1String("receiving-mx-hostname"), QLatin1String("receiving-mx-helo"),
                      QLatin1String("receiving-ip"), QLatin1String("failed-session-count"),
                      QLatin1String("additional-information"), QLatin1String("failure-reason-code"),
                      QLatin1String("additional-info-uri")},
                     path);
    FailureDetail detail;
    const QJsonValue type = object.value(QLatin1String("result-type"));
    detail.resultTypeName = type.toString().trimmed();
    if (!type.isString() || detail.resultTypeName.isEmpty())
        throw reader.reject(ResultTypeMissing, {path});
    detail.resultType = resultTypeFromName(detail.resultTypeName);
    if (detail.resultType == ResultType::Unknown)
        reader.note(ResultTypeUnknown, path, {detail.resultTypeName.left(64)});
    detail.failedSessionCount = readCount(reader, object, QLatin1String("failed-session-count"), path);

    if (object.contains(QLatin1String("sending-mta-ip")))
        detail.sendingMtaIp = readOptionalString(reader, object, QLatin1String("sending-mta-ip"), path);
    else
        reader.note(SendingIpMissing, path);
    detail.receivingMxHostname = readOptionalString(reader, object, QLatin1String("receiving-mx-hostname"), path);
    detail.receivingMxHelo = readOptionalString(reader, object, QLatin1String("receiving-mx-helo"), path);
    detail.receivingIp = readOptionalString(reader, object, QLatin1String("receiving-ip"), path);
    detail.failureReasonCode = readOptionalString(reader, object, QLatin1String("failure-reason-code"), path);
    detail.additionalInformation = readOptionalString(reader, object, QLatin1String("additional-information"), path);
    if (detail.additionalInformation.isEmpty() && object.contains(QLatin1String("additional-info-uri"))) {
        reader.note(DraftKey, path, {QStringLiteral("additional-info-uri"), QStringLiteral("additional-information")});
        detail.additionalInformation = readOptionalString(reader, object, QLatin1String("additional-info-uri"), path);
    }
    checkAddress(reader, detail.sendingMtaIp, "sending-mta-ip", path);
    checkAddress(reader, detail.receivingIp, "receiving-ip", path);
    if (detail.receivingMxHostname.endsWith(u'.'))
        detail.receivingMxHostname.chop(1);
    for (QString *field :
         {&detail.resultTypeName, &detail.sendingMtaIp, &detail.receivingMxHostname, &detail.receivingMxHelo,
          &detail.receivingIp, &detail.failureReasonCode, &detail.additionalInformation})
        *field = reader.intern(*field);
    return detail;
}

//! One failure detail's text (FailureDetailSlicer) as a document of its own: in a list, since
//! a document is an object or a list.
QByteArray detailDocument(QByteArrayView text)
{
    QByteArray array;
    array.reserve(text.size() + 2);
    array.append('[').append(text).append(']');
    return array;
}

//! One failure detail parsed from its own text. Not valid JSON: then neither is the report,
//! which ReportParser::parse() then parses whole, for Qt's word on where.
QJsonValue detailValue(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(detailDocument(text), &error);
    if (error.error != QJsonParseError::NoError)
        throw Rejected{};
    return document.array().at(0);
}

//! \a detailTexts: the failure details' texts when the report was parsed without them.
PolicyReport readPolicy(Reader &reader, const QJsonValue &value, const QString &path,
                        const QList<QByteArrayView> *detailTexts)
{
    if (!value.isObject())
        throw reader.reject(StructureInvalid, {path, findingPhrase(QT_TRANSLATE_NOOP("Findings", "an object"))});
    const QJsonObject entry = value.toObject();
    reader.checkKeys(entry, {QLatin1String("policy"), QLatin1String("summary"), QLatin1String("failure-details")},
                     path);

    const QJsonValue policyValue = entry.value(QLatin1String("policy"));
    if (!policyValue.isObject())
        throw reader.reject(StructureInvalid, {path + QStringLiteral(".policy"),
                                               findingPhrase(QT_TRANSLATE_NOOP("Findings", "an object"))});
    const QJsonObject policy = policyValue.toObject();
    const QString policyPath = path + QStringLiteral(".policy");
    reader.checkKeys(policy,
                     {QLatin1String("policy-type"), QLatin1String("policy-string"), QLatin1String("policy-domain"),
                      QLatin1String("mx-host")},
                     policyPath);

    PolicyReport result;
    const QJsonValue type = policy.value(QLatin1String("policy-type"));
    result.typeName = type.toString().trimmed();
    if (!type.isString() || result.typeName.isEmpty())
        throw reader.reject(FieldMissing, {policyPath + QStringLiteral(".policy-type"),
                                           findingPhrase(QT_TRANSLATE_NOOP("Findings", "string"))});
    result.type = policyTypeFromName(result.typeName);
    if (result.type == PolicyType::Unknown)
        reader.note(PolicyTypeUnknown, policyPath, {result.typeName.left(64)});
    result.policyStrings = readPolicyStrings(reader, policy, policyPath, result.typeName);
    result.domain = readOptionalString(reader, policy, QLatin1String("policy-domain"), policyPath).toLower();
    if (result.domain.endsWith(u'.'))
        result.domain.chop(1);
    if (result.domain.isEmpty())
        reader.note(PolicyDomainMissing, policyPath, {result.typeName.left(64)});
    result.mxHosts = readMxHosts(reader, policy, policyPath);

    const QJsonValue summaryValue = entry.value(QLatin1String("summary"));
    if (!summaryValue.isObject())
        throw reader.reject(
            FieldMissing, {path + QStringLiteral(".summary"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "object"))});
    const QJsonObject summary = summaryValue.toObject();
    const QString summaryPath = path + QStringLiteral(".summary");
    reader.checkKeys(summary,
                     {QLatin1String("total-successful-session-count"), QLatin1String("total-failure-session-count")},
                     summaryPath);
    result.successful = readCount(reader, summary, QLatin1String("total-successful-session-count"), summaryPath);
    result.failed = readCount(reader, summary, QLatin1String("total-failure-session-count"), summaryPath);

    const QJsonValue details = entry.value(QLatin1String("failure-details"));
    if (details.isArray() && detailTexts) {
        result.failureDetails.reserve(detailTexts->size());
        for (qsizetype i = 0; i < detailTexts->size(); ++i)
            result.failureDetails.append(
                readFailureDetail(reader, detailValue(detailTexts->at(i)), indexed(path, "failure-details", i)));
    } else if (details.isArray()) {
        const QJsonArray list = details.toArray();
        result.failureDetails.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            result.failureDetails.append(readFailureDetail(reader, list.at(i), indexed(path, "failure-details", i)));
    } else if (!details.isUndefined() && !details.isNull()) {
        throw reader.reject(StructureInvalid, {path + QStringLiteral(".failure-details"),
                                               findingPhrase(QT_TRANSLATE_NOOP("Findings", "a list"))});
    }
    if (!result.failureDetails.isEmpty()) {
        const qint64 detailTotal = result.failureDetailTotal();
        if (detailTotal != result.failed)
            reader.note(FailureSumMismatch, path, {QString::number(detailTotal), QString::number(result.failed)});
    }
    return result;
}

//! \a slices: where the failure details are when \a root was parsed without them.
Report readReport(Reader &reader, const QJsonObject &root, const FailureDetailSlicer::Slices *slices)
{
    reader.checkKeys(root,
                     {QLatin1String("organization-name"), QLatin1String("date-range"), QLatin1String("contact-info"),
                      QLatin1String("report-id"), QLatin1String("policies")},
                     QString());
    Report report;
    report.organization = readRequiredString(reader, root, QLatin1String("organization-name"));
    report.reportId = readRequiredString(reader, root, QLatin1String("report-id"));

    const QJsonValue rangeValue = root.value(QLatin1String("date-range"));
    if (!rangeValue.isObject())
        throw reader.reject(FieldMissing,
                            {QStringLiteral("date-range"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "object"))});
    const QJsonObject range = rangeValue.toObject();
    reader.checkKeys(range, {QLatin1String("start-datetime"), QLatin1String("end-datetime")},
                     QStringLiteral("date-range"));
    report.start = readTime(reader, range, QLatin1String("start-datetime"));
    report.end = readTime(reader, range, QLatin1String("end-datetime"));
    if (report.end < report.start)
        throw reader.reject(DateRangeReversed, {utcText(report.start), utcText(report.end)});

    const QJsonValue contact = root.value(QLatin1String("contact-info"));
    if (contact.isNull())
        reader.note(ContactInfoNull, QString());
    else if (contact.isUndefined())
        reader.note(ContactInfoMissing, QString());
    else
        report.contactInfo = readOptionalString(reader, root, QLatin1String("contact-info"), QStringLiteral("report"));

    const QJsonValue policies = root.value(QLatin1String("policies"));
    if (!policies.isArray())
        throw reader.reject(FieldMissing,
                            {QStringLiteral("policies"), findingPhrase(QT_TRANSLATE_NOOP("Findings", "list"))});
    const QJsonArray list = policies.toArray();
    if (list.isEmpty())
        reader.note(PoliciesEmpty, QString());
    report.policies.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QList<QByteArrayView> *texts = nullptr;
        if (slices) {
            if (const auto it = slices->details.constFind(i); it != slices->details.cend())
                texts = &*it;
        }
        report.policies.append(readPolicy(reader, list.at(i), indexed(QString(), "policies", i), texts));
    }
    return report;
}

//! ReportParser::parse(), whole or in pieces (FailureDetailSlicer). In pieces, a report that
//! cannot be read that way comes back rejected without a reason: it is then parsed whole.
ParsedReport parseText(const QByteArray &json, const QString &subject, int maxDepth, bool inPieces)
{
    ParsedReport result;
    Reader reader(subject);
    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF")) {
        reader.note(ByteOrderMark, QString());
        text = text.sliced(3);
    }
    try {
        // Qt's parser would go 1024 levels deep; a report needs five, so refuse early and cheaply.
        if (ReportParser::nestingDepth(text, maxDepth) > maxDepth)
            throw reader.reject(JsonTooDeep, {QString::number(maxDepth)});
        std::optional<FailureDetailSlicer::Slices> slices;
        if (inPieces && !(slices = FailureDetailSlicer::slice(text)))
            return {};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(slices ? slices->skeleton : text, &error);
        if (error.error != QJsonParseError::NoError)
            throw reader.reject(JsonInvalid, {error.errorString(), QString::number(error.offset)});
        if (!document.isObject())
            throw reader.reject(NotObject, {});
        // Qt keeps one value of a repeated name without a word; every object of the report is checked.
        JsonMemberScanner::scan(text, [&reader](const QString &path, const QString &name) {
            reader.note(DuplicateMember, path, {name.left(64)});
        });
        result.report = readReport(reader, document.object(), slices ? &*slices : nullptr);
    } catch (const Rejected &) {
        result.report.reset();
    }
    result.findings = reader.takeFindings();
    return result;
}

} // namespace

Finding ParsedReport::rejection() const
{
    if (accepted())
        return {};
    for (auto it = findings.crbegin(); it != findings.crend(); ++it) {
        if (it->severity == Severity::Error)
            return *it;
    }
    return {};
}

int ReportParser::nestingDepth(QByteArrayView json, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

ParsedReport ReportParser::parse(const QByteArray &json, const QString &subject, int maxDepth, qsizetype sliceFrom)
{
    // A large report is parsed without its failure details, then each of them on its own:
    // QJsonDocument holds about four times the text, and the details are nearly all of it. A
    // report read that way is the one a parse of the whole gives; any other outcome (no valid
    // JSON, a rejection, a shape the slicer leaves to Qt) is left to a parse of the whole, so
    // that what is said about it stays the same.
    if (json.size() >= sliceFrom) {
        ParsedReport sliced = parseText(json, subject, maxDepth, true);
        if (sliced.accepted())
            return sliced;
    }
    return parseText(json, subject, maxDepth, false);
}

} // namespace Sts::TlsRpt
