// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stsrecord.h"

#include "common/abnf.h"
#include "common/taggedrecordreader.h"
#include "mtastscatalog.h"

#include <algorithm>

namespace Sts::MtaSts {

namespace {

constexpr qsizetype MaxIdLength = 32;

const TaggedRecordFindings RecordFindings{
    Catalog::TxtNone,
    Catalog::TxtMultiple,
    Catalog::TxtNotSts,
    Catalog::TxtVersionMalformed,
    Catalog::TxtSpaceBeforeDelimiter,
    Catalog::TxtTrailingWhitespace,
    Catalog::TxtMultipleStrings,
    Catalog::TxtNonAscii,
    Catalog::TxtEmptyField,
    Catalog::TxtFieldMalformed,
    Catalog::TxtFieldNameCase,
    Catalog::TxtDuplicateField,
    Catalog::TxtExtensionInvalid,
    Catalog::TxtExtension,
};

} // namespace

StsRecord StsRecord::lint(const TxtRecordSet &records, const QString &subject)
{
    StsRecord result;
    TaggedRecordReader reader("v=STSv1", {"id"}, RecordFindings, subject, result.findings);
    if (!reader.read(records))
        return result;
    result.selected = TaggedRecordReader::excerpt(reader.selected());
    result.extensions = reader.extensions();

    // sts-id = %s"id=" 1*32(ALPHA / DIGIT)
    bool idValid = false;
    for (const TaggedRecordReader::Field &field : reader.knownFields()) {
        const QByteArray &id = field.value;
        if (id.isEmpty() || !std::all_of(id.begin(), id.end(), Abnf::isAlnum))
            reader.add(Catalog::TxtIdInvalid, {TaggedRecordReader::excerpt(id)});
        else if (id.size() > MaxIdLength)
            reader.add(Catalog::TxtIdTooLong, {TaggedRecordReader::excerpt(id), QString::number(id.size())});
        else
            idValid = true;
        if (idValid)
            result.id = QString::fromLatin1(id);
    }
    if (reader.knownFields().isEmpty())
        reader.add(Catalog::TxtIdMissing);

    result.valid = reader.syntaxValid() && idValid;
    if (!result.valid) {
        result.id.clear();
        return result;
    }
    reader.add(Catalog::TxtValid, {result.id});
    return result;
}

} // namespace Sts::MtaSts
