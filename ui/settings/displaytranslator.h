// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace Sts::Ui {

//! A translator that translates only for threads that show text to a person: a thread that keeps
//! its texts in English (ThreadLanguage, the checks) gets none, so that what it stores and
//! writes as JSON does not depend on the language the GUI shows.
class DisplayTranslator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace Sts::Ui
