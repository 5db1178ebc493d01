// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>

//! Reading back what a toJson() wrote: stored results are typed values again (fromJson()). Stored
//! JSON may come from an older or damaged file: a missing or mistyped field reads as its default.
namespace Sts::JsonFields {

inline QString string(const QJsonObject &object, QStringView key)
{
    return object.value(key).toString();
}

inline QStringList strings(const QJsonObject &object, QStringView key)
{
    QStringList list;
    for (const QJsonValue &value : object.value(key).toArray())
        list.append(value.toString());
    return list;
}

inline qint64 integer(const QJsonObject &object, QStringView key, qint64 fallback = 0)
{
    return object.value(key).toInteger(fallback);
}

//! The enumerator whose stable name (as \a nameOf gives it) is \a name; \a fallback when none is.
template <typename Enum, typename NameOf>
Enum enumFromName(const QString &name, NameOf nameOf, std::initializer_list<Enum> all, Enum fallback)
{
    for (const Enum value : all) {
        if (nameOf(value) == name)
            return value;
    }
    return fallback;
}

} // namespace Sts::JsonFields
