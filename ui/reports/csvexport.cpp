// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "common/csvfield.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace Sts::Ui {

QString CsvExport::toCsv(const QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    QStringList header;
    for (int column = 0; column < columns; ++column)
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QString csv = CsvField::row(header);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
        csv += CsvField::row(cells);
    }
    return csv;
}

bool CsvExport::save(const QAbstractItemModel *model, const QString &path, QString *error)
{
    const QByteArray content = QByteArrayLiteral("\xEF\xBB\xBF") + toCsv(model).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CsvExport", "Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sts::Ui
