// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace Sts::Ui {

//! Help → User Guide and Help → Findings Reference: docs/user-guide.md and docs/findings.md,
//! compiled into the program (so they match the version and need no viewer or network), shown as
//! formatted text. Links between the two stay inside; web links open in the browser.
class HelpWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    //! Shows "user-guide.md" or "findings.md", optionally at a "#fragment".
    void openDocument(const QString &document);
    QTextBrowser *browser() const { return m_browser; }

private:
    void follow(const QUrl &link);

    QTextBrowser *m_browser;
    QLabel *m_note;
};

} // namespace Sts::Ui
