// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/environment.h"

#include <QToolButton>

namespace Sts::Ui {

//! The status bar's word on this machine's network: port 25, IPv6, the resolver's DNSSEC and the
//! proxy, from the self-test and from what every check saw. A click shows the details, what they
//! mean for the verdicts, and tests again.
class EnvironmentIndicator final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentIndicator)

public:
    explicit EnvironmentIndicator(QWidget *parent = nullptr);

    //! Adds what a self-test or a check found (what is unknown there leaves what is known).
    void merge(const Check::Environment &environment);
    const Check::Environment &environment() const { return m_environment; }
    //! The details the popup shows, plain text.
    QString details() const;

Q_SIGNALS:
    void retestRequested();

private:
    void showDetails();
    void refresh();

    Check::Environment m_environment;
};

} // namespace Sts::Ui
