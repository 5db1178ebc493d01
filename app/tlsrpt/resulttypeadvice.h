// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QString>

namespace Sts::TlsRpt {

//! A failure result type (RFC 8460 §4.3) in plain words, for a mail administrator who reads a
//! report: what it means, what usually causes it, and what to do. Shared by the GUI, the CLI
//! and the documentation; the texts are translated when they are asked for.
struct ResultTypeAdvice
{
    QString resultType; //!< the name as senders write it, e.g. "certificate-expired"
    QString title;      //!< a short headline
    QString meaning;
    QString causes;
    QString action;
    bool known = false; //!< false for a name RFC 8460 does not define

    static ResultTypeAdvice of(ResultType type);
    //! By the name a sender wrote; an unknown name gets a general text that names it.
    static ResultTypeAdvice of(const QString &resultTypeName);

    //! Plain text, one paragraph per part, for the CLI and for tooltips.
    QString toText() const;
};

} // namespace Sts::TlsRpt
