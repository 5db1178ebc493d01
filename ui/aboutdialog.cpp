// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/runtimeversions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

// LICENSE is embedded by resources/stsscope.qrc, which sits in the static stsscope_ui library.
static void initAboutResources()
{
    Q_INIT_RESOURCE(stsscope);
}

namespace Sts::Ui {

namespace {
const auto Homepage = QStringLiteral("https://stsscope.org");
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    initAboutResources();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About StsScope"));
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("About StsScope"));
    tabs->addTab(createAboutPage(), tr("&About"));
    tabs->addTab(createComponentsPage(), tr("&Components"));
    tabs->addTab(createLicencePage(), tr("&Licence"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(620, 520);
}

QWidget *AboutDialog::createAboutPage()
{
    auto *page = new QWidget;
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stsscope.svg")).pixmap(96, 96));
    icon->setAccessibleName(tr("StsScope logo"));
    auto *text = new QLabel(page);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<h2>StsScope %1</h2><p>%2</p><p><a href=\"%3\">%3</a></p><p>%4</p><p>%5</p>")
            .arg(QStringLiteral(STS_VERSION),
                 tr("Shows whether mail to a domain is protected in transit: MTA-STS (RFC 8461), TLS-RPT "
                    "(RFC 8460), STARTTLS, the certificates of every MX, and DNSSEC."),
                 Homepage, tr("Copyright © 2026 StsScope authors"),
                 tr("StsScope is free software: you can redistribute it and/or modify it under the terms of the "
                    "GNU General Public License, version 3 or (at your option) any later version "
                    "(GPL-3.0-or-later). It comes with NO WARRANTY; see the Licence tab.")));
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return page;
}

QWidget *AboutDialog::createComponentsPage()
{
    auto *page = new QWidget;
    auto *intro = new QLabel(tr("The libraries StsScope runs with, as they report themselves:"), page);
    intro->setWordWrap(true);
    m_components = new QTreeWidget(page);
    m_components->setObjectName(QStringLiteral("componentVersions"));
    m_components->setAccessibleName(tr("Component versions"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({tr("Component"), tr("Version")});
    for (const ComponentVersion &component : runtimeVersions()) {
        m_components->addTopLevelItem(new QTreeWidgetItem(
            QStringList{component.name, component.version.isEmpty() ? tr("unavailable") : component.version}));
    }
    m_components->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *copy = new QPushButton(tr("Co&py versions"), page);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionsText()); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_components, 1);
    layout->addWidget(copy, 0, Qt::AlignRight);
    return page;
}

QWidget *AboutDialog::createLicencePage()
{
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("licenceText"));
    text->setAccessibleName(tr("Licence text"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile licence(QStringLiteral(":/LICENSE"));
    text->setPlainText(licence.open(QIODevice::ReadOnly) ? QString::fromUtf8(licence.readAll())
                                                         : tr("GPL-3.0-or-later; the licence text is missing."));
    return text;
}

QString AboutDialog::versionsText() const
{
    QStringList lines;
    for (int i = 0; i < m_components->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_components->topLevelItem(i);
        lines.append(item->text(0) + u' ' + item->text(1));
    }
    return lines.join(u'\n');
}

} // namespace Sts::Ui
