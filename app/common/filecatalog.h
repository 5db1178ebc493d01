// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QtGlobal>

//! Why a file a person chose could not be read or written (FileIo). Codes are stable.
namespace Sts::FileCatalog {

inline constexpr FindingDefinition FileReadFailed{"file.read-failed", Severity::Error, "",
                                                  QT_TRANSLATE_NOOP("Findings", "Could not read %1: %2")};
inline constexpr FindingDefinition FileTooLarge{
    "file.too-large", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "%1 is larger than %2 bytes, more than such a file holds; it was not read.")};
inline constexpr FindingDefinition FileNothingToExport{
    "file.nothing-to-export", Severity::Error, "",
    QT_TRANSLATE_NOOP("Findings", "Nothing was written to %1: no domain has been checked yet.")};
inline constexpr FindingDefinition FileWriteFailed{"file.write-failed", Severity::Error, "",
                                                   QT_TRANSLATE_NOOP("Findings", "Could not write %1: %2")};

inline constexpr const FindingDefinition *All[] = {&FileReadFailed, &FileTooLarge, &FileNothingToExport,
                                                   &FileWriteFailed};

} // namespace Sts::FileCatalog
