// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Sts::TlsRpt {

//! Makes equal strings share one storage (QString is implicitly shared). A large report repeats
//! the same few result types, addresses, host names and messages in tens of thousands of failure
//! details, and a library the same across its reports: one QString each would cost many times
//! their text.
class StringPool
{
public:
    //! \a text, or an equal string passed before, whose storage it then shares.
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return text;
        if (const auto it = m_strings.constFind(text); it != m_strings.cend())
            return *it;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

} // namespace Sts::TlsRpt
