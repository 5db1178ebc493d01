// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

namespace Sts::Ui {

//! Light or dark look. "System" keeps the platform theme's palette, which is how Qt 6.4
//! follows the desktop's light or dark setting; the explicit choices use Fusion with a palette
//! of their own, because not every style honours a dark palette.
class Appearance
{
public:
    static void apply(AppSettings::ColorScheme scheme);
};

} // namespace Sts::Ui
