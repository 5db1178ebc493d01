// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace Sts::Ui {

//! Help → About StsScope: what it is, the homepage, the licence with its full text, and the
//! versions of the libraries it runs with as they report themselves (for bug reports).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    //! The component table as plain "name version" lines, as "Copy versions" puts it on the clipboard.
    QString versionsText() const;

private:
    QWidget *createAboutPage();
    QWidget *createComponentsPage();
    QWidget *createLicencePage();

    QTreeWidget *m_components = nullptr;
};

} // namespace Sts::Ui
