// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <openssl/opensslv.h>

namespace Sts::Ui {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("StsScope"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *welcome = new QWidget(this);
    auto *layout = new QVBoxLayout(welcome);
    auto *text =
        new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Is mail to your domain protected in transit?"),
                            tr("StsScope checks MTA-STS, TLS-RPT, STARTTLS and the certificates of every MX host, "
                               "reads TLS-RPT reports and helps you publish a policy.")),
                   welcome);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    setCentralWidget(welcome);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About StsScope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About StsScope"),
        tr("<h3>StsScope %1</h3>"
           "<p>Shows whether mail to a domain is protected in transit: MTA-STS (RFC 8461), "
           "TLS-RPT (RFC 8460), STARTTLS and DANE.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Qt %2 · %3</p>")
            .arg(QStringLiteral(STS_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(OPENSSL_VERSION_TEXT)));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1000, 700);
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace Sts::Ui
