// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sts::Ui {

//! Tooltips guess at markup (Qt::mightBeRichText), and text that a zone, a server or a report
//! sender wrote is not ours to render: this makes it a tooltip that shows it as written.
class PlainToolTip
{
public:
    //! Forced rich text in which the escaped text cannot open a tag; line breaks are kept.
    //! Empty for empty text (no tooltip).
    static QString of(const QString &text);
};

} // namespace Sts::Ui
