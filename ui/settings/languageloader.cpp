// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace Sts::Ui {

bool LanguageLoader::install(const QLocale &language)
{
    QLocale::setDefault(language); // numbers and dates as the chosen language writes them
    if (m_qtTranslator.load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    if (!m_translator.load(language, QStringLiteral("stsscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return language.language() == QLocale::English;
    QCoreApplication::installTranslator(&m_translator);
    return true;
}

} // namespace Sts::Ui
