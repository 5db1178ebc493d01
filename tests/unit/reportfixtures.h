// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <utility>

//! Builds the inputs of the TLS-RPT tests and the benchmark: the real samples in
//! tests/data/tlsrpt, and the containers around them (gzip, zip, MIME, mbox) made with zlib,
//! libzip and plain text, independently of the importer under test.
class ReportFixtures
{
public:
    static QString dataPath(const QString &name); //!< a file in tests/data/tlsrpt
    static QByteArray readData(const QString &name);

    static QByteArray gzip(const QByteArray &data);
    //! gzip of \a size zero bytes, deflated in chunks so that the test never holds them.
    static QByteArray gzipOfZeros(qint64 size);

    using ZipEntries = QList<std::pair<QString, QByteArray>>;
    static QByteArray zip(const ZipEntries &entries);

    //! One MIME leaf entity: headers and body; \a base64 picks the transfer encoding.
    static QByteArray mimeLeaf(const QString &contentType, const QString &fileName, const QByteArray &body,
                               bool base64 = true);
    static QByteArray mimeMultipart(const QString &subtype, const QList<QByteArray> &entities,
                                    const QByteArray &boundary);
    //! A message whose body is \a entity (which carries its own Content-Type).
    static QByteArray message(const QByteArray &entity, const QString &subject = QStringLiteral("Report"));
    //! A report message as senders mail it: a text part and the attachment.
    static QByteArray reportMessage(const QByteArray &attachment, const QString &contentType, const QString &fileName);
    //! Messages joined into an mbox, each after a "From " line.
    static QByteArray mbox(const QList<QByteArray> &messages);

    //! Synthetic but realistic report number \a index of a corpus: five senders, three policy
    //! domains, 60 days, about a third with failure details of several result types.
    //! Deterministic, so that sums can be recomputed.
    static QByteArray syntheticReport(int index);
    static QDate syntheticFirstDay() { return QDate(2024, 3, 1); }
};
