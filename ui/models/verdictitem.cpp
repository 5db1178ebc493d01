// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictitem.h"

#include "stateicons.h"
#include "verdictbanner.h"

#include <QStandardItem>

namespace Sts::Ui {

std::optional<Check::Verdict> VerdictItem::fromName(const QString &storedName)
{
    for (const auto verdict :
         {Check::Verdict::Pending, Check::Verdict::Protected, Check::Verdict::Testing, Check::Verdict::NotProtected,
          Check::Verdict::Broken, Check::Verdict::Cancelled, Check::Verdict::Inconclusive}) {
        if (Check::verdictName(verdict) == storedName)
            return verdict;
    }
    return std::nullopt;
}

QStandardItem *VerdictItem::create(const QString &storedName)
{
    const std::optional<Check::Verdict> verdict = fromName(storedName);
    auto *item = new QStandardItem(verdict ? VerdictBanner::verdictText(*verdict) : storedName);
    item->setEditable(false);
    if (verdict)
        item->setIcon(StateIcons::forVerdict(*verdict));
    return item;
}

} // namespace Sts::Ui
