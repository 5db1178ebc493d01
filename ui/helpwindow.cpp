// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Sts::Ui {

namespace {
const auto DocsRoot = QStringLiteral("qrc:/docs/");
} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("StsScope Help"));
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenLinks(false);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *back = new QPushButton(tr("&Back"), this);
    back->setEnabled(false);
    auto *guide = new QPushButton(tr("&User Guide"), this);
    auto *findings = new QPushButton(tr("&Findings Reference"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(guide);
    bar->addWidget(findings);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(guide, &QPushButton::clicked, this, [this] { openDocument(QStringLiteral("user-guide.md")); });
    connect(findings, &QPushButton::clicked, this, [this] { openDocument(QStringLiteral("findings.md")); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::follow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(860, 680);
}

void HelpWindow::openDocument(const QString &document)
{
    m_note->hide();
    m_browser->setSource(QUrl(DocsRoot + document), QTextDocument::MarkdownResource);
}

void HelpWindow::follow(const QUrl &link)
{
    const QUrl target = m_browser->source().resolved(link);
    if (target.scheme() == u"qrc") {
        if (QFile::exists(u':' + target.path())) {
            m_note->hide();
            m_browser->setSource(target, QTextDocument::MarkdownResource);
            return;
        }
        // The README, man pages and test notes are in the source tree and the package's doc
        // folder, not in the program.
        m_note->setText(tr("%1 is not part of the built-in help; it is in the source tree and in the installed "
                           "documentation folder.")
                            .arg(link.toString()));
        m_note->show();
        return;
    }
    QDesktopServices::openUrl(target);
}

} // namespace Sts::Ui
