// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <optional>

namespace Sts::TlsRpt {

//! Finds the failure-details arrays of a report's policies in its JSON text, so that a large
//! report can be read as a skeleton (the text with those arrays emptied) plus one small document
//! per failure detail: QJsonDocument holds about four times the text it parses, and the failure
//! details are nearly all of a large report.
class FailureDetailSlicer
{
public:
    struct Slices
    {
        QByteArray skeleton; //!< the text with the content of every failure-details array cut out
        //! By the index of the policy in "policies": the text of each of its failure details,
        //! pointing into the text that was sliced.
        QHash<qsizetype, QList<QByteArrayView>> details;
    };

    //! Nothing when the text is not of the shape expected (a report object) or uses what the
    //! slicer leaves to Qt's parser (escapes in member names, "policies" or "failure-details"
    //! twice in one object): the caller then parses it whole. The text must have passed
    //! ReportParser::nestingDepth(); it need not be valid JSON (the skeleton then is not either).
    static std::optional<Slices> slice(QByteArrayView json);
};

} // namespace Sts::TlsRpt
