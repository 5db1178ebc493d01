// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sts::MtaSts {

//! The line-by-line difference between a published policy and a draft, for showing what an edit
//! changes and for deciding whether the record's id must change. Line endings (LF or CRLF) and
//! trailing whitespace do not count as changes: senders read such lines alike.
class PolicyDiff
{
public:
    enum class Kind
    {
        Same,
        Removed, //!< only in the old policy
        Added,   //!< only in the new policy
    };
    struct Line
    {
        Kind kind = Kind::Same;
        QString text; //!< without its line ending
        bool operator==(const Line &other) const = default;
    };

    static PolicyDiff compare(const QByteArray &before, const QByteArray &after);

    const QList<Line> &lines() const { return m_lines; }
    bool changed() const;
    //! "  kept", "- removed", "+ added", one line each, LF endings.
    QString unified() const;

private:
    QList<Line> m_lines;
};

} // namespace Sts::MtaSts
