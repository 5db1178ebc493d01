// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostname.h"

#include "common/abnf.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Sts::HostName {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QString problem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Findings", "the name is empty");
    if (name.size() > 253)
        return QCoreApplication::translate("Findings", "the name is longer than 253 characters");
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return QCoreApplication::translate("Findings", "it has an empty label");
        if (label.size() > 63)
            return QCoreApplication::translate("Findings", "a label is longer than 63 characters");
        const bool ldh = std::all_of(label.cbegin(), label.cend(), [](QChar c) {
            return c.unicode() < 0x80 && (Abnf::isAlnum(static_cast<char>(c.unicode())) || c == u'-');
        });
        if (!ldh)
            return QCoreApplication::translate("Findings",
                                               "the label \"%1\" has characters other than letters, digits and hyphens")
                .arg(label);
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QCoreApplication::translate("Findings", "the label \"%1\" starts or ends with a hyphen").arg(label);
    }
    return {};
}

} // namespace Sts::HostName
