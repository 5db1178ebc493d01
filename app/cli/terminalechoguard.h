// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>

#include <termios.h>

namespace Sts::Cli {

//! Turns the terminal's echo off on stdin while it lives (a password prompt) and on again when
//! it ends. A SIGINT or SIGTERM meanwhile restores the terminal too, then ends the process as
//! the signal would have: else Ctrl-C at the prompt leaves the user's shell without echo.
class TerminalEchoGuard
{
public:
    TerminalEchoGuard();
    ~TerminalEchoGuard();
    TerminalEchoGuard(const TerminalEchoGuard &) = delete;
    TerminalEchoGuard &operator=(const TerminalEchoGuard &) = delete;

    //! False when stdin is no terminal (nothing was changed).
    bool active() const { return m_active; }

private:
    static void restoreAndReraise(int signal);

    bool m_active = false;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

} // namespace Sts::Cli
