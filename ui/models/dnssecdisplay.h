// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/dnsanswer.h"

#include <QIcon>
#include <QString>

namespace Sts::Ui {

//! How a DNSSEC state reads in the views: a translated word, an explanation for tooltips, and
//! its padlock icon, the same in every table.
class DnssecDisplay
{
public:
    static QString text(Net::DnssecStatus status);
    static QString explanation(Net::DnssecStatus status);
    static QIcon icon(Net::DnssecStatus status);
};

} // namespace Sts::Ui
