// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttypeadviceview.h"

#include "tlsrpt/resulttypeadvice.h"

namespace Sts::Ui {

ResultTypeAdviceView::ResultTypeAdviceView(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("What the failure types mean"));
    setOpenLinks(false);
    setResultTypes({});
}

void ResultTypeAdviceView::setResultTypes(const QStringList &resultTypes)
{
    m_resultTypes = resultTypes;
    if (resultTypes.isEmpty()) {
        setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("No failed sessions reported: nothing to explain.").toHtmlEscaped()));
        return;
    }
    QString html;
    for (const QString &type : resultTypes) {
        const TlsRpt::ResultTypeAdvice advice = TlsRpt::ResultTypeAdvice::of(type);
        html += QStringLiteral("<h3>%1 <code>%2</code></h3>"
                               "<p><b>%3</b> %4</p><p><b>%5</b> %6</p><p><b>%7</b> %8</p>")
                    .arg(advice.title.toHtmlEscaped(), advice.resultType.toHtmlEscaped(),
                         tr("What it means:").toHtmlEscaped(), advice.meaning.toHtmlEscaped(),
                         tr("Usual causes:").toHtmlEscaped(), advice.causes.toHtmlEscaped(),
                         tr("What to do:").toHtmlEscaped(), advice.action.toHtmlEscaped());
    }
    setHtml(html);
}

} // namespace Sts::Ui
