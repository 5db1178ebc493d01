// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfield.h"

namespace Sts {

namespace {

//! OWASP's rule: a spreadsheet skips leading blanks before it looks for a formula, and a cell
//! that starts with a tab or carriage return can hide one from the eye.
bool mayRunAsFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front() == u'\t' || cell.front() == u'\r')
        return true;
    for (const QChar character : cell) {
        if (character.isSpace())
            continue;
        return QStringView(u"=+-@").contains(character);
    }
    return false;
}

} // namespace

QString CsvField::escape(const QString &cell)
{
    QString value = cell;
    if (mayRunAsFormula(value))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString CsvField::row(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(escape(cell));
    return fields.join(u',') + QStringLiteral("\r\n");
}

} // namespace Sts
