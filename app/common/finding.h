// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sts {

enum class Severity
{
    Ok,
    Info,
    Warning,
    Error,
};

QString severityName(Severity severity); // stable, for JSON: "ok", "info", "warning", "error"

//! Static description of one kind of finding. Every finding the program can emit has exactly
//! one definition; the code is stable across releases, the message is translated when shown.
struct FindingDefinition
{
    const char *code;      //!< stable identifier, e.g. "sts.txt.id-invalid"
    Severity severity;     //!< default severity
    const char *reference; //!< the RFC section it rests on, e.g. "RFC 8461 §3.1"
    const char *message;   //!< QT_TRANSLATE_NOOP("Findings", ...), may hold %1, %2, ...
};

//! One concrete observation about a record, a policy, a host or an address.
struct Finding
{
    QString code;
    Severity severity = Severity::Info;
    QString subject;   //!< what it is about: a record, a host, an address
    QString message;   //!< translated, arguments filled in
    QString reference; //!< RFC section
    int line = 0;      //!< 1-based line in a policy body, 0 when not about a line
    QJsonObject details;

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &json); //!< what toJson() wrote
    bool operator==(const Finding &other) const = default;
};

//! Replaces %1..%9 in one pass; arguments are never themselves expanded.
QString substituteArguments(const QString &pattern, const QStringList &arguments);

Finding makeFinding(const FindingDefinition &definition, const QString &subject, const QStringList &arguments = {});

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
bool containsCode(const Findings &findings, const QString &code);
QJsonArray findingsToJson(const Findings &findings);
Findings findingsFromJson(const QJsonArray &array); //!< what findingsToJson() wrote

} // namespace Sts
