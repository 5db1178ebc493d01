// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Sts::Ui {

QString DateText::date(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd") : QString();
}

QString DateText::dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm") : QString();
}

QString DateText::utcDateTime(const QDateTime &time)
{
    return time.isValid()
               ? QCoreApplication::translate("DateText", "%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm"))
               : QString();
}

QString DateText::dateTimeSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss") : QString();
}

} // namespace Sts::Ui
