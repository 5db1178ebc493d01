// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Sts::Ui {

//! Explains failure result types in plain words (TlsRpt::ResultTypeAdvice): what each means,
//! what usually causes it and what to do.
class ResultTypeAdviceView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTypeAdviceView)

public:
    explicit ResultTypeAdviceView(QWidget *parent = nullptr);

    //! \a resultTypes as senders wrote them, most important first; none: a note that no
    //! failures were reported.
    void setResultTypes(const QStringList &resultTypes);
    const QStringList &resultTypes() const { return m_resultTypes; }

private:
    QStringList m_resultTypes;
};

} // namespace Sts::Ui
