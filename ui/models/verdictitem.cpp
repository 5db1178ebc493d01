// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictitem.h"

#include "check/checkresult.h"
#include "stateicons.h"

#include <QStandardItem>

namespace Sts::Ui {

std::optional<Check::Verdict> VerdictItem::fromName(const QString &storedName)
{
    const Check::Verdict verdict = Check::verdictFromName(storedName);
    if (verdict == Check::Verdict::Pending && storedName != Check::verdictName(verdict))
        return std::nullopt; // verdictFromName's answer for a name it does not know
    return verdict;
}

QStandardItem *VerdictItem::create(const QString &storedName)
{
    const std::optional<Check::Verdict> verdict = fromName(storedName);
    auto *item = new QStandardItem(verdict ? Check::verdictText(*verdict) : storedName);
    item->setEditable(false);
    if (verdict)
        item->setIcon(StateIcons::forVerdict(*verdict));
    return item;
}

} // namespace Sts::Ui
