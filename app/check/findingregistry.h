// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QString>
#include <QStringView>

namespace Sts::Smtp {
struct SmtpProbeResult;
}

namespace Sts::Check {

//! The definition of the finding code \a code from every catalog's All[], or nullptr when no
//! catalog has it (a code an older version stored in the history). Built once, thread-safe.
const FindingDefinition *findingDefinition(QStringView code);

//! \a finding's message in the language loaded now: its definition's message translated
//! (context "Findings") with the arguments filled in one pass. The stored English message
//! when the code is unknown or the arguments are missing (history written before findings
//! carried them). Everything that shows a finding to a person goes through here.
QString displayMessage(const Finding &finding);

//! The same for a finding kept as its parts (an import summary's entry): \a english is the
//! message it was made with.
QString displayMessage(const QString &code, const QStringList &arguments, const QString &english);

//! Why \a probe failed, in the language loaded now: the message of its failure finding, or its
//! English one-line error when it has none (a result stored before probes named it).
QString displayError(const Smtp::SmtpProbeResult &probe);

} // namespace Sts::Check
