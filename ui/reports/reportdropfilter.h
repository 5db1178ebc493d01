// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace Sts::Ui {

//! Lets files and folders be dropped on a window: local paths go to a callback (the report
//! import), anything else is refused so that the cursor says so.
class ReportDropFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDropFilter)

public:
    using Open = std::function<void(const QStringList &paths)>;

    //! Installs itself on \a target (which it is a child of) and makes it accept drops.
    ReportDropFilter(QWidget *target, Open open);

    //! The local files and folders \a mime carries; empty when it carries none.
    static QStringList localPaths(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Open m_open;
};

} // namespace Sts::Ui
