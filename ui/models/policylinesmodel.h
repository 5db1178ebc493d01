// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! A policy file line by line, with the findings about each line next to it.
class PolicyLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyLinesModel)

public:
    enum Column
    {
        LineColumn,
        TextColumn,
        FindingColumn,
        ColumnCount
    };
    enum Role
    {
        FindingCodeRole = Qt::UserRole, //!< the code of the line's most severe finding, or none
        FindingSubjectRole,             //!< that finding's subject
    };

    explicit PolicyLinesModel(QObject *parent = nullptr);

    //! \a body as served; findings with Finding::line > 0 are attached to their line.
    void setPolicy(const QByteArray &body, const Findings &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        QString text;
        Findings findings;
    };
    QList<Line> m_lines;
};

} // namespace Sts::Ui
