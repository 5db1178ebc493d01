// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"

#include <QAbstractTableModel>

namespace Sts::Ui {

//! Every finding of a check: severity, code, subject, message, RFC section.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column
    {
        SeverityColumn,
        SubjectColumn,
        MessageColumn,
        CodeColumn,
        ReferenceColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole, //!< int(Severity), for sorting and filtering
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString severityLabel(Severity severity);

private:
    Findings m_findings;
};

} // namespace Sts::Ui
