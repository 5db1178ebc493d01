// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/txtrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>

#include <initializer_list>

namespace Sts {

//! The findings a tagged TXT record family (`v=STSv1; …`, `v=TLSRPTv1; …`) reports, so that
//! both families are read by the same code and differ only in their codes and texts.
struct TaggedRecordFindings
{
    const FindingDefinition &none;
    const FindingDefinition &multiple;
    const FindingDefinition &notOurs;
    const FindingDefinition &versionMalformed;
    const FindingDefinition &spaceBeforeDelimiter;
    const FindingDefinition &trailingWhitespace;
    const FindingDefinition &multipleStrings;
    const FindingDefinition &nonAscii;
    const FindingDefinition &emptyField;
    const FindingDefinition &fieldMalformed;
    const FindingDefinition &fieldNameCase;
    const FindingDefinition &duplicateField;
    const FindingDefinition &extensionInvalid;
    const FindingDefinition &extension;
};

//! Selects the one record of a set that starts with the version tag (RFC 8461 §3.1,
//! RFC 8460 §3: others are discarded, and more or fewer than one means "no record") and splits
//! it into fields. Unknown fields are checked against the extension grammar here; the caller
//! judges the fields it knows.
class TaggedRecordReader
{
public:
    TaggedRecordReader(QByteArrayView versionTag, std::initializer_list<QByteArrayView> knownFields,
                       const TaggedRecordFindings &findings, const QString &subject, Findings &out);

    struct Field
    {
        QByteArray name;
        QByteArray value;
    };

    //! Returns false when no single record was selected.
    bool read(const TxtRecordSet &records);

    const QByteArray &selected() const { return m_selected; }
    //! The known fields, first occurrence of each, in record order.
    const QList<Field> &knownFields() const { return m_known; }
    const QList<QPair<QString, QString>> &extensions() const { return m_extensions; }
    bool syntaxValid() const { return m_syntaxValid; }

    //! A bounded, printable excerpt of hostile text for a finding message.
    static QString excerpt(QByteArrayView text);

    void add(const FindingDefinition &definition, const QStringList &arguments = {});
    //! Adds a finding about one field (or one entry of a field) of the selected record. Repeats of
    //! the same definition collapse into its first finding, which then says how often it occurs
    //! (message and details "occurrences"): 130,000 empty fields make one finding, not 130,000.
    void addPerField(const FindingDefinition &definition, const QStringList &arguments = {});

private:
    enum class Prefix;
    Prefix classify(QByteArrayView record) const;
    void split(QByteArrayView record);

    struct Repeats
    {
        qsizetype index = 0; //!< of the first finding in m_out
        int count = 0;
        QString message; //!< the first finding's message, without the count
    };

    QByteArrayView m_versionTag;
    QList<QByteArrayView> m_knownNames;
    const TaggedRecordFindings &m_findings;
    const QString &m_subject;
    Findings &m_out;
    QByteArray m_selected;
    QList<Field> m_known;
    QList<QPair<QString, QString>> m_extensions;
    bool m_syntaxValid = false;
    QHash<QLatin1StringView, Repeats> m_repeats;
};

} // namespace Sts
