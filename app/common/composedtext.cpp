// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composedtext.h"

#include "finding.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sts::ComposedText {

QString shown(const char *context, const QString &english, std::initializer_list<const char *> patterns)
{
    static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
    for (const char *pattern : patterns) {
        const QString source = QString::fromUtf8(pattern);
        // The pattern as a regular expression: its words literally, each %n one value.
        QString expression = QStringLiteral("^");
        QList<int> order; // which %n each captured value is
        qsizetype at = 0;
        for (auto match = placeholder.globalMatch(source); match.hasNext();) {
            const auto found = match.next();
            expression += QRegularExpression::escape(source.mid(at, found.capturedStart() - at)) + u"(.*?)";
            order.append(found.captured(1).toInt());
            at = found.capturedEnd();
        }
        expression += QRegularExpression::escape(source.mid(at)) + u'$';
        const QRegularExpressionMatch made =
            QRegularExpression(expression, QRegularExpression::DotMatchesEverythingOption).match(english);
        if (!made.hasMatch())
            continue;
        QStringList values(order.isEmpty() ? 0 : *std::max_element(order.cbegin(), order.cend()));
        for (qsizetype i = 0; i < order.size(); ++i)
            values[order.at(i) - 1] = made.captured(static_cast<int>(i) + 1);
        return substituteArguments(QCoreApplication::translate(context, pattern), values);
    }
    return english;
}

} // namespace Sts::ComposedText
