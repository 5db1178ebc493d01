// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytranslator.h"

#include "common/threadlanguage.h"

namespace Sts::Ui {

QString DisplayTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    // No translation: QCoreApplication::translate() returns the English source text.
    if (ThreadLanguage::keepsEnglish())
        return {};
    return QTranslator::translate(context, sourceText, disambiguation, n);
}

} // namespace Sts::Ui
