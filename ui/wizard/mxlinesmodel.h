// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mtasts/coverageplanner.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! The draft's `mx` lines, editable, each with the MX hosts it covers and what is wrong with it.
class MxLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MxLinesModel)

public:
    enum Column
    {
        PatternColumn,
        CoversColumn,
        NotesColumn,
        ColumnCount
    };

    explicit MxLinesModel(QObject *parent = nullptr);

    void setLines(const QStringList &patterns, const QStringList &hosts);
    QStringList patterns() const;
    const MtaSts::CoveragePlan &plan() const { return m_plan; }

    //! Appends an empty line and returns its index, ready for editing.
    QModelIndex appendLine();
    void removeLine(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void patternsEdited(const QStringList &patterns);

private:
    void replan(const QStringList &patterns);
    Severity severity(const MtaSts::CoverageLine &line) const;
    QString notes(const MtaSts::CoverageLine &line) const;

    QStringList m_hosts;
    MtaSts::CoveragePlan m_plan;
};

} // namespace Sts::Ui
