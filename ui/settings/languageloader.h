// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

namespace Sts::Ui {

//! Puts the application into one language: Qt's own strings, StsScope's (compiled in under
//! :/i18n) and the locale that formats numbers and dates. Lives as long as the application.
class LanguageLoader
{
public:
    //! False when StsScope carries no translation for \a language (English needs none).
    bool install(const QLocale &language);

private:
    QTranslator m_qtTranslator;
    QTranslator m_translator;
};

} // namespace Sts::Ui
