// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sts::Check {
struct CheckOptions;
}

namespace Sts::Ui {

//! What the user set in the Settings dialog, kept in QSettings. The command line of one session
//! overrides it (main.cpp); the dialog writes it back.
struct AppSettings
{
    enum class ColorScheme
    {
        System, //!< whatever the platform theme gives
        Light,
        Dark,
    };

    QString resolver;        //!< "ADDR[@PORT]"; empty: the system's resolvers
    QString trustAnchorFile; //!< empty: the root's (dns-root-data)
    QStringList caFiles;     //!< extra trusted CAs besides the system store
    double timeoutSeconds = 10;
    int expiryWarningDays = 21;
    QString proxy;                      //!< "socks5://HOST:PORT" or empty
    bool allowPrivateAddresses = false; //!< connect to MX and policy hosts on private addresses
    QString language;                   //!< a locale name such as "de"; empty: the system's
    ColorScheme colorScheme = ColorScheme::System;

    static AppSettings load();
    void save() const;
    //! Copies what concerns a check into \a options.
    void applyTo(Check::CheckOptions &options) const;

    bool operator==(const AppSettings &) const = default;

    //! What the main window was showing when it closed, so that a restart picks up there: the
    //! domains in the list, the one selected, the window's geometry and state. Kept apart from
    //! the Settings dialog's values, which save() writes.
    struct Session
    {
        QStringList domains;
        QString currentDomain;  //!< empty: the start page was showing
        QByteArray geometry;    //!< QWidget::saveGeometry()
        QByteArray windowState; //!< QMainWindow::saveState()

        bool operator==(const Session &) const = default;
    };
    static Session loadSession();
    static void saveSession(const Session &session);
};

} // namespace Sts::Ui
