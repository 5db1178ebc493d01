// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/watchoutcome.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace Sts::Ui {

//! The watched domains, one row each: the verdict (icon and word), the policy mode, the nearest
//! certificate expiry, the last check and the last change. Rows are kept in the order they were
//! added; sorting and filtering are a proxy's.
class WatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListModel)

public:
    enum Column
    {
        DomainColumn,
        VerdictColumn,
        ModeColumn,
        ExpiryColumn,
        LastCheckColumn,
        LastChangeColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, //!< a value that sorts: dates as dates, verdicts by severity
        DomainRole,
    };

    //! What the list knows about one domain.
    struct Row
    {
        QString domain;
        std::optional<Check::WatchOutcome> latest; //!< the last check with a verdict on the domain
        QDateTime lastAttempt;                     //!< the last check, whether it could run or not
        QString lastAttemptNote;                   //!< why it was no verdict; empty when it was one
        bool running = false;
        QDateTime lastChange;
        QString lastChangeText; //!< the most severe change's message
    };

    explicit WatchListModel(QObject *parent = nullptr);

    //! Adds the domains not listed yet, at the end; returns how many were added.
    int add(const QStringList &domains);
    //! Returns how many were removed.
    int remove(const QStringList &domains);
    QStringList domains() const;
    bool contains(const QString &domain) const { return m_rowOf.contains(domain); }
    const Row *row(const QString &domain) const;

    //! A check of \a domain started (true) or ended without an outcome (false).
    void setRunning(const QString &domain, bool running);
    //! Takes in a background check of a listed domain; the last change moves only when
    //! \a newChanges is not empty (a check that could not run is no change).
    void apply(const Check::WatchOutcome &outcome, const Findings &newChanges);
    //! The last change as it was stored (a restart): when and what.
    void setLastChange(const QString &domain, const QDateTime &when, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    void rowChanged(int row);
    void reindex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace Sts::Ui
