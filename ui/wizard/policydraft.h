// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"
#include "mtasts/coverageplanner.h"
#include "mtasts/policygenerator.h"

#include <QDateTime>
#include <QObject>

namespace Sts::Ui {

//! What the wizard's pages build together: the live state of the domain and the draft
//! deployment. Starting from a live policy, the draft copies it, so that an edit changes only
//! what the user changes and the id is kept or bumped by the generator.
class PolicyDraft final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyDraft)

public:
    explicit PolicyDraft(QObject *parent = nullptr);

    //! Starts a new draft from a finished check of the domain.
    void startFrom(const Check::CheckResult &live);
    const Check::CheckResult &live() const { return m_live; }
    QString domain() const { return m_live.domain; }
    QStringList mxHosts() const;
    bool hasLivePolicy() const; //!< a valid policy is published and was fetched
    QByteArray livePolicy() const;
    QStringList livePatterns() const;
    std::optional<MtaSts::Mode> liveMode() const;

    const QStringList &patterns() const { return m_patterns; }
    MtaSts::Mode mode() const { return m_mode; }
    qint64 maxAge() const { return m_maxAge; }
    const QStringList &rua() const { return m_rua; }
    void setPatterns(const QStringList &patterns);
    void setMode(MtaSts::Mode mode);
    void setMaxAge(qint64 seconds);
    void setRua(const QStringList &rua);

    //! The mx lines the planner proposes for the live MX hosts, keeping live lines that still
    //! cover one.
    QStringList proposedPatterns(MtaSts::CoveragePlanner::Style style) const;
    MtaSts::CoveragePlan coverage() const;

    MtaSts::DeploymentRequest request() const;
    MtaSts::Deployment deployment() const;
    //! The live check judged against the draft's valid mx lines in \a mode, without touching the
    //! network: what senders would do with today's MX hosts.
    Check::CheckResult judgedAs(MtaSts::Mode mode) const;

Q_SIGNALS:
    void changed();

private:
    Check::CheckResult m_live;
    QDateTime m_started; //!< the id's clock, fixed per draft so that every page shows the same id
    QStringList m_patterns;
    MtaSts::Mode m_mode = MtaSts::Mode::Testing;
    qint64 m_maxAge = 86400;
    QStringList m_rua;
};

} // namespace Sts::Ui
