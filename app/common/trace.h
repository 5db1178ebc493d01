// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

//! Timestamps of every probe step (DNS queries, the policy fetch, each SMTP step), for finding
//! out where a check's time goes: QT_LOGGING_RULES="stsscope.trace.debug=true" writes one line per
//! event to stderr. Off by default; costs one check of a flag per event then.
Q_DECLARE_LOGGING_CATEGORY(lcStsTrace)

namespace Sts::Trace {

//! "+123.4 ms SUBJECT: EVENT", the time taken from one monotonic clock for the whole process.
void event(const QString &subject, const QString &event);

} // namespace Sts::Trace
