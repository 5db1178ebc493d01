// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <initializer_list>

//! Short texts a check composes in English from a pattern and values ("no answer within 5 s"),
//! since its thread translates nothing (ThreadLanguage), shown in the language loaded.
namespace Sts::ComposedText {

//! \a english in the language loaded: the first of \a patterns (QT_TRANSLATE_NOOP(\a context,
//! ...), with %1..%9 for the values) that \a english was made from, translated and filled with
//! the values \a english has in their places. Text made from none of them (a library's or a
//! server's words) is shown as it is.
QString shown(const char *context, const QString &english, std::initializer_list<const char *> patterns);

} // namespace Sts::ComposedText
