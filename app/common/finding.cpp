// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include <QCoreApplication>
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
    if (line > 0)
        json.insert(QStringLiteral("line"), line);
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), details);
    return json;
}

QString substituteArguments(const QString &pattern, const QStringList &arguments)
{
    // One pass, so that an argument taken from hostile input ("%2") is never expanded again,
    // as chained QString::arg() calls would do.
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            const qsizetype index = pattern.at(i + 1).unicode() - u'1';
            if (index < arguments.size()) {
                result += arguments.at(index);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

Finding makeFinding(const FindingDefinition &definition, const QString &subject, const QStringList &arguments)
{
    Finding finding;
    finding.code = QString::fromLatin1(definition.code);
    finding.severity = definition.severity;
    finding.subject = subject;
    finding.message = substituteArguments(QCoreApplication::translate("Findings", definition.message), arguments);
    finding.reference = QString::fromUtf8(definition.reference);
    return finding;
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
