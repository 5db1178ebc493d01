// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentindicator.h"

#include "models/stateicons.h"

#include <QMessageBox>
#include <QPushButton>

namespace Sts::Ui {

EnvironmentIndicator::EnvironmentIndicator(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("environmentIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAccessibleName(tr("This machine's network"));
    connect(this, &QToolButton::clicked, this, &EnvironmentIndicator::showDetails);
    refresh();
}

void EnvironmentIndicator::merge(const Check::Environment &environment)
{
    m_environment.merge(environment);
    m_environment.proxy = environment.proxy;
    refresh();
}

void EnvironmentIndicator::refresh()
{
    const bool limited = m_environment.limitsTheView();
    setIcon(StateIcons::forSeverity(limited ? Sts::Severity::Warning : Sts::Severity::Info));
    setText(limited ? tr("This network limits the checks") : tr("This network"));
    const QString summary = m_environment.describe().join(QStringLiteral(" · "));
    setToolTip(summary.toHtmlEscaped()); // tooltips render markup; a proxy URL is typed text
    setAccessibleDescription(summary);
}

QString EnvironmentIndicator::details() const
{
    QStringList lines = m_environment.describe();
    lines.append(QString());
    lines.append(m_environment.limitsTheView()
                     ? tr("A check run from here cannot see everything a sending mail server would. StsScope does "
                          "not blame the domains for it: what it could not observe is shown as unknown, and where "
                          "that decides, the verdict is INCONCLUSIVE. To see what a server sees, set a SOCKS5 proxy "
                          "on a server that can reach port 25 in Settings (ssh -N -D 1080 a-server makes one).")
                     : tr("Nothing found so far hides from a check what a sending mail server would see."));
    return lines.join(u'\n');
}

void EnvironmentIndicator::showDetails()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("This machine's network"));
    box.setTextFormat(Qt::PlainText);
    box.setText(details());
    QPushButton *retest = box.addButton(tr("&Test again"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == retest) {
        m_environment = {};
        refresh();
        Q_EMIT retestRequested();
    }
}

} // namespace Sts::Ui
