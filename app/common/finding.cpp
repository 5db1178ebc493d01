// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include "jsonfields.h"

#include <QJsonArray>

#include <algorithm>

namespace Sts {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    Q_UNREACHABLE();
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject json{
        {QStringLiteral("code"), code},       {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("subject"), subject}, {QStringLiteral("message"), message},
        {QStringLiteral("rfc"), reference},
    };
    if (!arguments.isEmpty())
        json.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(arguments));
    if (line > 0)
        json.insert(QStringLiteral("line"), line);
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), details);
    return json;
}

Finding Finding::fromJson(const QJsonObject &json)
{
    Finding finding;
    finding.code = JsonFields::string(json, u"code");
    finding.severity =
        JsonFields::enumFromName(JsonFields::string(json, u"severity"), severityName,
                                 {Severity::Ok, Severity::Info, Severity::Warning, Severity::Error}, Severity::Info);
    finding.subject = JsonFields::string(json, u"subject");
    finding.message = JsonFields::string(json, u"message");
    finding.arguments = JsonFields::strings(json, u"arguments");
    finding.reference = JsonFields::string(json, u"rfc");
    finding.line = static_cast<int>(JsonFields::integer(json, u"line"));
    finding.details = json.value(u"details").toObject();
    return finding;
}

Findings findingsFromJson(const QJsonArray &array)
{
    Findings findings;
    findings.reserve(array.size());
    for (const QJsonValue &value : array)
        findings.append(Finding::fromJson(value.toObject()));
    return findings;
}

QString substituteArguments(const QString &pattern, const QStringList &arguments)
{
    // One pass, so that an argument taken from hostile input ("%2") is never expanded again,
    // as chained QString::arg() calls would do. The text between placeholders is copied in
    // whole runs found by indexOf(), not character by character: every finding passes through
    // here, and hostile input makes many of them.
    const QStringView text(pattern);
    QString result;
    qsizetype copied = 0;
    for (qsizetype percent = text.indexOf(u'%'); percent >= 0 && percent + 1 < text.size();
         percent = text.indexOf(u'%', percent + 1)) {
        const char16_t digit = text[percent + 1].unicode();
        if (digit < u'1' || digit > u'9' || digit - u'1' >= arguments.size())
            continue;
        if (result.isNull())
            result.reserve(pattern.size() + 64);
        result += text.sliced(copied, percent - copied);
        result += arguments.at(digit - u'1');
        copied = percent + 2;
        ++percent;
    }
    if (copied == 0)
        return pattern; // nothing substituted: share the translated text
    result += text.sliced(copied);
    return result;
}

Finding makeFinding(const FindingDefinition &definition, const QString &subject, const QStringList &arguments)
{
    Finding finding;
    finding.code = QString::fromLatin1(definition.code);
    finding.severity = definition.severity;
    finding.subject = subject;
    // English, not translated: JSON and the stored history keep no language of the moment.
    finding.message = substituteArguments(QString::fromUtf8(definition.message), arguments);
    finding.arguments = arguments;
    finding.reference = QString::fromUtf8(definition.reference);
    return finding;
}

QString repeatNote(int occurrences)
{
    // The English form of the "Findings" message that Check::displayMessage() translates.
    return QStringLiteral("This occurs %1 times in the record; the first is shown.").arg(occurrences);
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &finding) { return finding.severity == Severity::Error; });
}

bool containsCode(const Findings &findings, const QString &code)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&](const Finding &finding) { return finding.code == code; });
}

QJsonArray findingsToJson(const Findings &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(finding.toJson());
    return array;
}

} // namespace Sts
