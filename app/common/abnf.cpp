// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "abnf.h"

#include <algorithm>

namespace Sts::Abnf {

QByteArrayView trimWsp(QByteArrayView text)
{
    while (!text.isEmpty() && isWsp(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isWsp(text.back()))
        text.chop(1);
    return text;
}

bool isExtensionName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 32 || !isAlnum(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return isAlnum(c) || c == '_' || c == '-' || c == '.'; });
}

bool isTxtExtensionValue(QByteArrayView value)
{
    return !value.isEmpty() &&
           std::all_of(value.begin(), value.end(), [](char c) { return isVchar(c) && c != ';' && c != '='; });
}

bool isPrintableAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return isVchar(c) || isWsp(c); });
}

} // namespace Sts::Abnf
