// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include "plaintooltip.h"

#include <QCoreApplication>

#include <cmath>

namespace Sts::Ui {

namespace {

template <typename Project>
QStringList distinct(const TlsRpt::Report &report, Project project)
{
    QStringList values;
    for (const TlsRpt::PolicyReport &policy : report.policies) {
        for (const QString &value : project(policy)) {
            if (!values.contains(value))
                values.append(value);
        }
    }
    return values;
}

} // namespace

QString ReportText::successRate(const TlsRpt::SessionCounts &counts)
{
    const auto rate = counts.successRate();
    if (!rate)
        return QString();
    return QCoreApplication::translate("ReportText", "%1 %").arg(std::floor(*rate * 1000) / 10, 0, 'f', 1);
}

QString ReportText::policyDomain(const QString &domain)
{
    return domain.isEmpty() ? QCoreApplication::translate("ReportText", "(no policy domain)") : domain;
}

QStringList ReportText::policyDomains(const TlsRpt::Report &report)
{
    return distinct(report,
                    [](const TlsRpt::PolicyReport &policy) { return QStringList{policyDomain(policy.domain)}; });
}

QStringList ReportText::policyTypes(const TlsRpt::Report &report)
{
    return distinct(report, [](const TlsRpt::PolicyReport &policy) { return QStringList{policy.typeName}; });
}

QStringList ReportText::resultTypes(const TlsRpt::Report &report)
{
    return distinct(report, [](const TlsRpt::PolicyReport &policy) {
        QStringList types;
        for (const TlsRpt::FailureDetail &detail : policy.failureDetails)
            types.append(detail.resultTypeName);
        return types;
    });
}

QString ReportText::time(const QDateTime &time)
{
    return QCoreApplication::translate("ReportText", "%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd HH:mm"));
}

QString ReportText::day(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString ReportText::plainToolTip(const QString &text)
{
    return PlainToolTip::of(text);
}

} // namespace Sts::Ui
