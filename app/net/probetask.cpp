// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probetask.h"

namespace Sts::Net {

ProbeTask::~ProbeTask() = default;

} // namespace Sts::Net
