// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policydraft.h"

#include "check/verdictjudge.h"
#include "mtasts/mxpattern.h"

namespace Sts::Ui {

namespace {
constexpr qint64 OneDay = 86400;
} // namespace

PolicyDraft::PolicyDraft(QObject *parent)
    : QObject(parent)
{}

void PolicyDraft::startFrom(const Check::CheckResult &live)
{
    m_live = live;
    m_started = QDateTime::currentDateTimeUtc();
    m_patterns = proposedPatterns(MtaSts::CoveragePlanner::Style::Automatic);
    if (hasLivePolicy()) {
        m_mode = *m_live.policy.mode;
        m_maxAge = m_live.policy.maxAge.value_or(OneDay);
    } else {
        // The first step of every rollout: testing, with a short max_age while reports come in.
        m_mode = MtaSts::Mode::Testing;
        m_maxAge = OneDay;
    }
    m_rua = m_live.tlsRptRecord.valid ? m_live.tlsRptRecord.rua
                                      : QStringList{QStringLiteral("mailto:tlsrpt@") + m_live.domain};
    Q_EMIT changed();
}

QStringList PolicyDraft::mxHosts() const
{
    QStringList hosts;
    for (const Check::MxHostResult &mx : m_live.mx)
        hosts.append(mx.host);
    return hosts;
}

bool PolicyDraft::hasLivePolicy() const
{
    return m_live.policyStatus == Check::PolicyStatus::Valid && m_live.fetch && m_live.fetch->ok;
}

QByteArray PolicyDraft::livePolicy() const
{
    return hasLivePolicy() ? m_live.fetch->response.body : QByteArray();
}

QStringList PolicyDraft::livePatterns() const
{
    return hasLivePolicy() ? m_live.policy.mx : QStringList();
}

std::optional<MtaSts::Mode> PolicyDraft::liveMode() const
{
    return hasLivePolicy() ? m_live.policy.mode : std::nullopt;
}

void PolicyDraft::setPatterns(const QStringList &patterns)
{
    if (patterns == m_patterns)
        return;
    m_patterns = patterns;
    Q_EMIT changed();
}

void PolicyDraft::setMode(MtaSts::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT changed();
}

void PolicyDraft::setMaxAge(qint64 seconds)
{
    if (seconds == m_maxAge)
        return;
    m_maxAge = seconds;
    Q_EMIT changed();
}

void PolicyDraft::setRua(const QStringList &rua)
{
    if (rua == m_rua)
        return;
    m_rua = rua;
    Q_EMIT changed();
}

QStringList PolicyDraft::proposedPatterns(MtaSts::CoveragePlanner::Style style) const
{
    return MtaSts::CoveragePlanner::propose(mxHosts(), livePatterns(), style);
}

MtaSts::CoveragePlan PolicyDraft::coverage() const
{
    return MtaSts::CoveragePlanner::evaluate(m_patterns, mxHosts());
}

MtaSts::DeploymentRequest PolicyDraft::request() const
{
    MtaSts::DeploymentRequest request;
    request.domain = m_live.domain;
    request.mode = m_mode;
    request.maxAge = m_maxAge;
    request.mx = m_patterns;
    request.rua = m_rua;
    request.now = m_started;
    if (m_live.stsRecord.valid) {
        request.previousId = m_live.stsRecord.id;
        request.previousPolicy = livePolicy();
    }
    return request;
}

MtaSts::Deployment PolicyDraft::deployment() const
{
    return MtaSts::PolicyGenerator::generate(request());
}

Check::CheckResult PolicyDraft::judgedAs(MtaSts::Mode mode) const
{
    QStringList valid;
    for (const QString &pattern : m_patterns) {
        if (MtaSts::MxPattern(pattern).isValid())
            valid.append(pattern.trimmed());
    }
    Check::CheckResult judged = m_live;
    judged.assumedPolicy = MtaSts::PolicyGenerator::policyText(mode, valid, m_maxAge);
    Check::VerdictJudge::judge(judged);
    return judged;
}

} // namespace Sts::Ui
