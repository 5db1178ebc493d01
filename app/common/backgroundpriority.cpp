// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpriority.h"

#include <QCoreApplication>
#include <QThread>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Sts::BackgroundPriority {

namespace {
constexpr int NiceIncrement = 5; // the GUI thread weighs three times as much, the work still runs
} // namespace

void applyToCurrentThread()
{
    const QCoreApplication *application = QCoreApplication::instance();
    if (!application || !application->inherits("QGuiApplication") || QThread::currentThread() == application->thread())
        return;
#ifdef Q_OS_LINUX
    // QThread::setPriority() cannot lower a SCHED_OTHER thread on Linux (its priority range is
    // 0..0); the thread's own nice value can, without privileges.
    // The main thread's id is the process id: its nice value is the GUI thread's.
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int gui = ::getpriority(PRIO_PROCESS, static_cast<id_t>(::getpid()));
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && current < gui + NiceIncrement)
        static_cast<void>(::setpriority(PRIO_PROCESS, thread, gui + NiceIncrement));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace Sts::BackgroundPriority
