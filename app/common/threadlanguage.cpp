// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadlanguage.h"

namespace Sts::ThreadLanguage {

namespace {
thread_local bool english = false;
}

void keepEnglish()
{
    english = true;
}

bool keepsEnglish()
{
    return english;
}

} // namespace Sts::ThreadLanguage
