// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalechoguard.h"

#include <unistd.h>

namespace Sts::Cli {

namespace {

//! The terminal as it was, for the signal handler (which may use nothing but these).
termios savedTerminal{};
volatile std::sig_atomic_t echoIsOff = 0;

} // namespace

TerminalEchoGuard::TerminalEchoGuard()
{
    if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return;
    struct sigaction restore = {};
    restore.sa_handler = &TerminalEchoGuard::restoreAndReraise;
    sigemptyset(&restore.sa_mask);
    sigaction(SIGINT, &restore, &m_previousInt);
    sigaction(SIGTERM, &restore, &m_previousTerm);
    echoIsOff = 1;
    termios silent = savedTerminal;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    m_active = true;
}

TerminalEchoGuard::~TerminalEchoGuard()
{
    if (!m_active)
        return;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    echoIsOff = 0;
    sigaction(SIGINT, &m_previousInt, nullptr);
    sigaction(SIGTERM, &m_previousTerm, nullptr);
}

void TerminalEchoGuard::restoreAndReraise(int signal)
{
    // Only async-signal-safe calls: tcsetattr, signal, raise. The signal is blocked while this
    // runs, so the raised one is delivered, with the default action, when the handler returns.
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace Sts::Cli
