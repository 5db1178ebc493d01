// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Background threads give way to the GUI thread: their nice value is the GUI thread's plus five.
#include "common/backgroundpriority.h"

#include <QTest>
#include <QThread>

#include <algorithm>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Sts;

namespace {

int niceOf(pid_t thread)
{
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(thread));
}

pid_t currentThreadId()
{
    return static_cast<pid_t>(::syscall(SYS_gettid));
}

//! The nice value of a new thread after it applied the background priority \a times times.
int niceInNewThread(int times)
{
    int nice = 0;
    QThread *thread = QThread::create([&] {
        for (int i = 0; i < times; ++i)
            BackgroundPriority::applyToCurrentThread();
        nice = niceOf(currentThreadId());
    });
    thread->start();
    thread->wait();
    delete thread;
    return nice;
}

} // namespace

class TestBackgroundPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerThreadIsLowered()
    {
        const int gui = niceOf(::getpid());
        const int lowered = std::min(gui + 5, 19); // the kernel stops at 19
        QCOMPARE(niceInNewThread(0), gui);         // a new thread inherits its creator's value
        QCOMPARE(niceInNewThread(1), lowered);
        QCOMPARE(niceInNewThread(3), lowered); // once is enough: not lowered further
    }

    void guiThreadIsLeftAlone()
    {
        const int before = niceOf(::getpid());
        BackgroundPriority::applyToCurrentThread();
        QCOMPARE(niceOf(::getpid()), before);
    }
};

QTEST_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
