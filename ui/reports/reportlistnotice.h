// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace Sts::Ui {

//! The line above the table of reports when it is empty, saying why: no report imported yet
//! (with Import), or reports loaded but none in the chosen date range, domain or search (with
//! "Show all"). Hidden while the table shows rows.
class ReportListNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportListNotice)

public:
    //! \a all: every loaded report; \a shown: the rows the filters let through.
    ReportListNotice(QAbstractItemModel *all, QAbstractItemModel *shown, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *showAllButton() const { return m_showAll; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void showAllRequested();
    void importRequested();

private:
    void update();

    QAbstractItemModel *m_all;
    QAbstractItemModel *m_shown;
    QLabel *m_text;
    QPushButton *m_showAll;
    QPushButton *m_import;
};

} // namespace Sts::Ui
