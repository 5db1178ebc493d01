// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sts::BackgroundPriority {

//! Lowers the calling thread's scheduling priority (nice +5 on Linux, where the nice value is
//! per thread) when the process has a GUI: probes, chain analyses and the stores' threads then
//! give way to the GUI thread on a busy machine, so the window keeps drawing within a frame
//! while hundreds of checks run. Does nothing in the CLI, whose only job is the work itself.
//! Cheap; a thread already lowered stays as it is.
void applyToCurrentThread();

} // namespace Sts::BackgroundPriority
