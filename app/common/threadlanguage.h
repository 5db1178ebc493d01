// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sts::ThreadLanguage {

//! From now on the calling thread's texts stay in English, whatever language the GUI loaded: the
//! check threads, whose results go into JSON and the stored history, which must not depend on
//! the language of the moment. The GUI's translators honour it (Ui::DisplayTranslator), and the
//! GUI translates when it shows: findings by code, the verdict's sentences by judging again.
void keepEnglish();
bool keepsEnglish(); //!< the calling thread does

} // namespace Sts::ThreadLanguage
