// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDate;
class QDateTime;

namespace Sts::Ui {

//! How every view writes a date: ISO 8601 (2026-11-28 14:05), the form the records, certificates
//! and TLS-RPT reports use, and one that reads the same in every language and cannot be mistaken
//! for another day. Times of checks are local; report times say UTC, as the reports count days.
class DateText
{
public:
    static QString date(const QDate &date);                //!< "2026-11-28"
    static QString dateTime(const QDateTime &time);        //!< "2026-11-28 14:05", local time
    static QString utcDateTime(const QDateTime &time);     //!< "2026-11-28 13:05 UTC"
    static QString dateTimeSeconds(const QDateTime &time); //!< "2026-11-28 14:05:09", local time
};

} // namespace Sts::Ui
