// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Sts {

//! One library StsScope runs with and its version as the library reports it at run time (not
//! the headers it was compiled against), so that the About dialog tells what is really loaded.
struct ComponentVersion
{
    QString name;    //!< e.g. "OpenSSL"
    QString version; //!< e.g. "3.0.15"; empty when the library cannot tell (SQLite without Qt's driver)
};

//! StsScope's own version and that of Qt, OpenSSL, libunbound, SQLite (through Qt's driver),
//! GMime, libzip and zlib, in that order.
QList<ComponentVersion> runtimeVersions();

} // namespace Sts
