// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QList>
#include <QString>

namespace Sts {

//! One DNS TXT resource record: one or more character-strings of up to 255 bytes each (RFC 1035 §3.3.14).
struct TxtRecord
{
    QByteArrayList strings;

    //! The strings concatenated without separator, as RFC 7208 §3.3 and common practice for
    //! MTA-STS and TLS-RPT records read them.
    QByteArray joined() const { return strings.join(); }

    //! A record given as already-joined text (the CLI's lint verbs, the wizard).
    static TxtRecord fromText(const QString &text) { return TxtRecord{{text.toUtf8()}}; }
};

//! Every TXT record a query returned for one name.
using TxtRecordSet = QList<TxtRecord>;

} // namespace Sts
