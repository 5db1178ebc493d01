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
//! one definition, listed in its catalog's All[] (app/*/*catalog.h) so that the registry
//! (check/findingregistry.h) finds it by code; the code is stable across releases, the message
//! is translated when shown.
struct FindingDefinition
{
    const char *code;      //!< stable identifier, e.g. "sts.txt.id-invalid"
    Severity severity;     //!< default severity
    const char *reference; //!< the RFC section it rests on, e.g. "RFC 8461 §3.1"
    const char *message;   //!< QT_TRANSLATE_NOOP("Findings", ...), may hold %1, %2, ...
    //! Bit i-1 set: argument %i may be one of our own phrases (findingPhrase()), translated when
    //! shown like the message; any other text there (a server's error) is shown as it is.
    unsigned phraseArguments = 0;
};

//! One concrete observation about a record, a policy, a host or an address. It is made in
//! English, whatever language is loaded, so that JSON and the stored history do not depend on
//! it; whoever shows it to a person calls Check::displayMessage(), which translates the
//! definition's message found by code and fills in the arguments.
struct Finding
{
    QString code;
    Severity severity = Severity::Info;
    QString subject;   //!< what it is about: a record, a host, an address
    QString message;   //!< in English, arguments filled in; for JSON and old readers
    QString reference; //!< RFC section
    int line = 0;      //!< 1-based line in a policy body, 0 when not about a line
    QJsonObject details;
    QStringList arguments{}; //!< what fills %1, %2, ... of the definition's message

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &json); //!< what toJson() wrote
    bool operator==(const Finding &other) const = default;
};

//! Replaces %1..%9 in one pass; arguments are never themselves expanded.
QString substituteArguments(const QString &pattern, const QStringList &arguments);

//! An argument that is a phrase of ours, not a value: \a english is QT_TRANSLATE_NOOP("Findings", ...),
//! kept in English like the message and translated when shown where the definition's
//! phraseArguments allow it.
inline QString findingPhrase(const char *english)
{
    return QString::fromUtf8(english);
}

//! A finding of \a definition with its English message; it is translated when shown.
Finding makeFinding(const FindingDefinition &definition, const QString &subject, const QStringList &arguments = {});

//! The sentence a finding that stands for \a occurrences repeats in one record ends with
//! (details "occurrences"), in English: "This occurs 3 times in the record; the first is shown."
QString repeatNote(int occurrences);

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
bool containsCode(const Findings &findings, const QString &code);
QJsonArray findingsToJson(const Findings &findings);
Findings findingsFromJson(const QJsonArray &array); //!< what findingsToJson() wrote

} // namespace Sts
