// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace Sts::Check {
class CheckHistory;
}

namespace Sts::Ui {

//! Earlier checks of the domain, and what changed between the one selected and the result shown:
//! policy id, mode, MX, certificates.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);

    //! \a history may be null (no history file); it must outlive this view.
    void setHistory(const Check::CheckHistory *history, const QString &domain, qint64 currentId);
    void setCurrent(const QJsonObject &current);

    QStandardItemModel *checksModel() const { return m_checks; }
    QStandardItemModel *changesModel() const { return m_changes; }
    QTableView *checksView() const { return m_checksView; }

private:
    void compareSelected();

    const Check::CheckHistory *m_history = nullptr;
    QJsonObject m_current;
    QStandardItemModel *m_checks;
    QStandardItemModel *m_changes;
    QTableView *m_checksView;
    QTableView *m_changesView;
};

} // namespace Sts::Ui
