// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "common/csvfield.h"
#include "common/fileio.h"

#include <QAbstractItemModel>
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

Result<void> CsvExport::save(const QAbstractItemModel *model, const QString &path)
{
    return FileIo::writeAll(path, QByteArrayLiteral("\xEF\xBB\xBF") + toCsv(model).toUtf8());
}

} // namespace Sts::Ui
