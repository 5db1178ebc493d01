// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlistnotice.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Sts::Ui {

ReportListNotice::ReportListNotice(QAbstractItemModel *all, QAbstractItemModel *shown, QWidget *parent)
    : QWidget(parent)
    , m_all(all)
    , m_shown(shown)
    , m_text(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all r&eports"), this))
    , m_import(new QPushButton(tr("Import reports…"), this)) // the bar's Import… has Alt+I
{
    setObjectName(QStringLiteral("reportListNotice"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showAll);
    layout->addWidget(m_import);
    connect(m_showAll, &QPushButton::clicked, this, &ReportListNotice::showAllRequested);
    connect(m_import, &QPushButton::clicked, this, &ReportListNotice::importRequested);
    for (QAbstractItemModel *model : {m_all, m_shown}) {
        connect(model, &QAbstractItemModel::modelReset, this, &ReportListNotice::update);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ReportListNotice::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ReportListNotice::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ReportListNotice::update);
    }
    update();
}

QString ReportListNotice::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ReportListNotice::update()
{
    const int all = m_all->rowCount();
    const bool empty = all == 0;
    const bool filteredOut = !empty && m_shown->rowCount() == 0;
    if (empty)
        m_text->setText(tr("No reports imported yet. Import the TLS-RPT reports that sending servers mailed you: "
                           ".json, .json.gz, .zip, .eml or .mbox files."));
    else if (filteredOut)
        m_text->setText(tr("None of the %n report(s) in the library is in the chosen date range, domain and "
                           "search.",
                           nullptr, all));
    m_showAll->setVisible(filteredOut);
    m_import->setVisible(empty);
    setVisible(empty || filteredOut);
}

} // namespace Sts::Ui
