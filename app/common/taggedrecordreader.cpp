// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taggedrecordreader.h"

#include "common/abnf.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Sts {

enum class TaggedRecordReader::Prefix
{
    Exact,           //!< "v=TAG;"
    SpaceBeforeSemi, //!< "v=TAG ;": valid grammar, but not the literal prefix senders look for
    VersionOnly,     //!< "v=TAG" and nothing else
    NearMiss,        //!< an attempt at such a record that senders do not recognise
    Other,
};

TaggedRecordReader::TaggedRecordReader(QByteArrayView versionTag, std::initializer_list<QByteArrayView> knownFields,
                                       const TaggedRecordFindings &findings, const QString &subject, Findings &out)
    : m_versionTag(versionTag)
    , m_knownNames(knownFields)
    , m_findings(findings)
    , m_subject(subject)
    , m_out(out)
{}

QString TaggedRecordReader::excerpt(QByteArrayView text)
{
    constexpr qsizetype Limit = 120;
    QString result = QString::fromLatin1(text.first(std::min(text.size(), Limit)));
    for (QChar &c : result) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            c = QChar(0xfffd);
    }
    return text.size() > Limit ? result + QStringLiteral("…") : result;
}

void TaggedRecordReader::add(const FindingDefinition &definition, const QStringList &arguments)
{
    m_out.append(makeFinding(definition, m_subject, arguments));
}

void TaggedRecordReader::addPerField(const FindingDefinition &definition, const QStringList &arguments)
{
    const QLatin1StringView code(definition.code);
    const auto found = m_repeats.find(code);
    if (found == m_repeats.end()) {
        m_repeats.insert(code, {m_out.size(), 1, {}});
        add(definition, arguments);
        return;
    }
    Repeats &repeats = *found;
    Finding &first = m_out[repeats.index];
    if (repeats.message.isEmpty())
        repeats.message = first.message;
    repeats.count = repeats.count < std::numeric_limits<int>::max() ? repeats.count + 1 : repeats.count;
    first.message = repeats.message + u' ' + repeatNote(repeats.count); // Check::displayMessage() translates it
    first.details.insert(QStringLiteral("occurrences"), repeats.count);
}

TaggedRecordReader::Prefix TaggedRecordReader::classify(QByteArrayView record) const
{
    if (record.startsWith(m_versionTag)) {
        const QByteArrayView rest = record.sliced(m_versionTag.size());
        if (rest.startsWith(';'))
            return Prefix::Exact;
        const QByteArrayView trimmed = Abnf::trimWsp(rest);
        if (trimmed.isEmpty())
            return Prefix::VersionOnly;
        if (trimmed.startsWith(';'))
            return Prefix::SpaceBeforeSemi;
        return Prefix::NearMiss;
    }
    // Lower case and without spaces, "v=stsv1" catches "V=STSv1", "v = STSv1", " v=STSv1" and
    // "id=1; v=STSv1" (the tag not first): attempts at a record that senders discard.
    QByteArray squeezed = record.toByteArray().toLower();
    squeezed.removeIf([](char c) { return Abnf::isWsp(c); });
    return squeezed.contains(m_versionTag.toByteArray().toLower()) ? Prefix::NearMiss : Prefix::Other;
}

bool TaggedRecordReader::read(const TxtRecordSet &records)
{
    QList<QByteArray> candidates;
    for (const TxtRecord &record : records) {
        const QByteArray text = record.joined();
        const Prefix prefix = classify(text);
        if (prefix == Prefix::Other) {
            add(m_findings.notOurs, {excerpt(text)});
            continue;
        }
        if (record.strings.size() > 1)
            add(m_findings.multipleStrings, {QString::number(record.strings.size())});
        // RFC 8461 §3.1, RFC 8460 §3: records that do not begin with "v=STSv1;" ("v=TLSRPTv1;")
        // are discarded before counting; a bare "v=STSv1" does not, so it is not counted either.
        if (prefix == Prefix::NearMiss || prefix == Prefix::VersionOnly) {
            add(m_findings.versionMalformed, {excerpt(text)});
            continue;
        }
        if (prefix == Prefix::SpaceBeforeSemi)
            add(m_findings.spaceBeforeDelimiter);
        candidates.append(text);
    }
    if (candidates.isEmpty()) {
        add(m_findings.none);
        return false;
    }
    if (candidates.size() > 1) {
        add(m_findings.multiple, {QString::number(candidates.size())});
        return false;
    }
    m_selected = candidates.constFirst();
    const bool printable = Abnf::isPrintableAscii(m_selected);
    if (!printable)
        add(m_findings.nonAscii);
    // Split even a record with bytes the grammar forbids, so that the fields it does have are
    // judged (the id is there, only invalid) rather than reported missing.
    split(m_selected);
    m_syntaxValid = m_syntaxValid && printable;
    return true;
}

void TaggedRecordReader::split(QByteArrayView record)
{
    // record = version 1*(field-delim field) [field-delim]; field-delim = *WSP ";" *WSP
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= record.size(); ++i) {
        if (i == record.size() || record.at(i) == ';') {
            fields.append(Abnf::trimWsp(record.sliced(start, i - start)));
            start = i + 1;
        }
    }
    if (fields.size() > 1 && fields.last().isEmpty())
        fields.removeLast(); // the optional trailing delimiter

    m_syntaxValid = true;
    // Whitespace belongs to a delimiter only: "id=abc " without a ";" after it is no record.
    if (!record.isEmpty() && Abnf::isWsp(record.back()) && !Abnf::trimWsp(record).endsWith(';')) {
        add(m_findings.trailingWhitespace);
        m_syntaxValid = false;
    }
    // A set, not a list: a hostile record of 64 KB holds some 10,000 fields, and a list makes
    // that 50 million comparisons.
    QSet<QByteArray> seen{QByteArray("v")}; // a second "v=" is a repeated field
    for (qsizetype index = 1; index < fields.size(); ++index) {
        const QByteArrayView field = fields.at(index);
        if (field.isEmpty()) {
            addPerField(m_findings.emptyField);
            m_syntaxValid = false;
            continue;
        }
        const qsizetype equals = field.indexOf('=');
        if (equals <= 0) {
            addPerField(m_findings.fieldMalformed, {excerpt(field)});
            m_syntaxValid = false;
            continue;
        }
        const QByteArray name = field.first(equals).toByteArray();
        const QByteArray value = field.sliced(equals + 1).toByteArray();
        if (seen.contains(name)) {
            addPerField(m_findings.duplicateField, {excerpt(name)});
            continue; // the first occurrence counts
        }
        seen.insert(name);
        if (m_knownNames.contains(QByteArrayView(name))) {
            m_known.append({name, value});
            continue;
        }
        const QByteArray lowered = name.toLower();
        const auto caseVariant = std::find_if(m_knownNames.cbegin(), m_knownNames.cend(),
                                              [&](QByteArrayView known) { return known == lowered; });
        if (caseVariant != m_knownNames.cend() || lowered == "v") {
            // "ID=" follows the extension grammar, so senders ignore it like any unknown field;
            // the record is only invalid when the real field is then missing, which the caller reports.
            addPerField(m_findings.fieldNameCase, {excerpt(name)});
            continue;
        }
        if (!Abnf::isExtensionName(name) || !Abnf::isTxtExtensionValue(value)) {
            addPerField(m_findings.extensionInvalid, {excerpt(field)});
            m_syntaxValid = false;
            continue;
        }
        m_extensions.append({QString::fromLatin1(name), QString::fromLatin1(value)});
        addPerField(m_findings.extension, {excerpt(name)});
    }
}

} // namespace Sts
