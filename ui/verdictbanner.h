// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/checkresult.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Sts::Ui {

//! One glance: the verdict in words, the reason, and the most important thing to do next.
class VerdictBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBanner)

public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void setResult(const Check::CheckResult &result);
    QString headline() const;
    QString summary() const; //!< the sentence under the headline (why the check could not run, if so)
    //! The tint of the current verdict on the application's window colour, as painted now.
    QColor background() const;

    QString cause() const; //!< the one cause shown, empty when none

Q_SIGNALS:
    //! "Show the finding" behind the cause was pressed.
    void findingRequested(const QString &code, const QString &subject);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Check::Verdict m_verdict = Check::Verdict::Pending;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_cause;
    QPushButton *m_showFinding;
    QLabel *m_nextStep;
    QString m_causeCode;
    QString m_causeSubject;
};

} // namespace Sts::Ui
