// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "displaytranslator.h"

#include <QLocale>

namespace Sts::Ui {

//! Puts the application into one language: Qt's own strings, StsScope's (compiled in under
//! :/i18n) and the locale that formats numbers and dates. Lives as long as the application.
class LanguageLoader
{
public:
    //! False when StsScope carries no translation for \a language (English needs none).
    bool install(const QLocale &language);

private:
    // Translate for the GUI, never for the checks' threads (DisplayTranslator).
    DisplayTranslator m_qtTranslator;
    DisplayTranslator m_translator;
};

} // namespace Sts::Ui
