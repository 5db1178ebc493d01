// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <optional>

class QStandardItem;

namespace Sts::Ui {

//! A verdict as the check history stores it (its stable name, "broken") shown as people read it:
//! the banner's words and the state icon. Used by the History tab, the start page's recent
//! domains and the domain list restored from the last session.
class VerdictItem
{
public:
    //! The verdict named \a storedName; none when this version does not know the name.
    static std::optional<Check::Verdict> fromName(const QString &storedName);
    //! A read-only item; a name this version does not know is shown as stored.
    static QStandardItem *create(const QString &storedName);
};

} // namespace Sts::Ui
