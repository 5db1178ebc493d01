// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <zip.h>
#include <zlib.h>

#include <array>

QString ReportFixtures::dataPath(const QString &name)
{
    return QStringLiteral(STS_TEST_DATA_DIR "/tlsrpt/") + name;
}

QByteArray ReportFixtures::readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return file.readAll();
}

namespace {

//! Deflates what \a next yields (an empty array ends the input) into a gzip member.
template <typename Source>
QByteArray deflateGzip(Source next)
{
    z_stream stream{};
    if (deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray output;
    QByteArray buffer(65536, Qt::Uninitialized);
    for (;;) {
        const QByteArray chunk = next();
        const int flush = chunk.isEmpty() ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        stream.avail_in = static_cast<uInt>(chunk.size());
        int rc = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = static_cast<uInt>(buffer.size());
            rc = deflate(&stream, flush);
            output.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        if (flush == Z_FINISH)
            break;
    }
    deflateEnd(&stream);
    return output;
}

} // namespace

QByteArray ReportFixtures::gzip(const QByteArray &data)
{
    bool done = false;
    return deflateGzip([&]() -> QByteArray {
        if (done)
            return {};
        done = true;
        return data;
    });
}

QByteArray ReportFixtures::gzipOfZeros(qint64 size)
{
    const QByteArray zeros(1 << 20, '\0');
    qint64 left = size;
    return deflateGzip([&]() -> QByteArray {
        const qint64 count = std::min<qint64>(left, zeros.size());
        left -= count;
        return zeros.left(count);
    });
}

QByteArray ReportFixtures::zip(const ZipEntries &entries)
{
    // libzip writes archives to files; a temporary one keeps the fixture in memory for the test.
    QTemporaryFile file;
    if (!file.open())
        qFatal("cannot create a temporary file");
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(file.fileName()).constData(), ZIP_TRUNCATE, &error);
    if (!archive)
        qFatal("zip_open failed: %d", error);
    for (const auto &[name, data] : entries) {
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("zip_file_add failed: %s", zip_strerror(archive));
    }
    if (zip_close(archive) != 0)
        qFatal("zip_close failed: %s", zip_strerror(archive));
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly))
        qFatal("cannot read back the zip");
    return written.readAll();
}

QByteArray ReportFixtures::mimeLeaf(const QString &contentType, const QString &fileName, const QByteArray &body,
                                    bool base64)
{
    QByteArray entity = "Content-Type: " + contentType.toUtf8();
    if (!fileName.isEmpty()) {
        entity += "; name=\"" + fileName.toUtf8() + "\"\r\nContent-Disposition: attachment; filename=\"" +
                  fileName.toUtf8() + '"';
    }
    entity += "\r\n";
    if (!base64)
        return entity + "\r\n" + body + "\r\n";
    entity += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = body.toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        entity += encoded.mid(at, 76) + "\r\n";
    return entity;
}

QByteArray ReportFixtures::mimeMultipart(const QString &subtype, const QList<QByteArray> &entities,
                                         const QByteArray &boundary)
{
    QByteArray entity = "Content-Type: multipart/" + subtype.toUtf8() + "; boundary=\"" + boundary + "\"\r\n\r\n";
    for (const QByteArray &part : entities)
        entity += "--" + boundary + "\r\n" + part + "\r\n";
    return entity + "--" + boundary + "--\r\n";
}

QByteArray ReportFixtures::message(const QByteArray &entity, const QString &subject)
{
    return "From: noreply-smtp-tls-reporting@sender.example\r\n"
           "To: tlsrpt@example.com\r\n"
           "Subject: " +
           subject.toUtf8() +
           "\r\n"
           "Date: Mon, 4 Mar 2024 10:00:00 +0000\r\n"
           "Message-ID: <fixture@sender.example>\r\n"
           "MIME-Version: 1.0\r\n" +
           entity;
}

QByteArray ReportFixtures::reportMessage(const QByteArray &attachment, const QString &contentType,
                                         const QString &fileName)
{
    return message(mimeMultipart(
        QStringLiteral("report; report-type=tlsrpt"),
        {mimeLeaf(QStringLiteral("text/plain; charset=us-ascii"), QString(), "This is an aggregate TLS report.", false),
         mimeLeaf(contentType, fileName, attachment)},
        "report-boundary"));
}

QByteArray ReportFixtures::mbox(const QList<QByteArray> &messages)
{
    QByteArray box;
    for (QByteArray message : messages) {
        message.replace("\r\n", "\n");
        // mboxrd: a body line that starts with "From " would begin a new message.
        message.replace("\nFrom ", "\n>From ");
        box += "From MAILER-DAEMON Mon Mar  4 10:00:00 2024\n" + message;
        if (!box.endsWith('\n'))
            box += '\n';
        box += '\n';
    }
    return box;
}

QByteArray ReportFixtures::syntheticReport(int index)
{
    static const std::array<std::pair<const char *, const char *>, 5> senders{{
        {"Google Inc.", "google.com"},
        {"Microsoft Corporation", "microsoft.com"},
        {"Mail.ru", "mail.ru"},
        {"Yahoo Inc.", "yahoo.com"},
        {"Comcast", "comcast.net"},
    }};
    static const std::array<const char *, 3> domains{"example.com", "example.net", "example.org"};
    static const std::array<const char *, 5> resultTypes{"certificate-expired", "starttls-not-supported",
                                                         "validation-failure", "sts-policy-fetch-error",
                                                         "certificate-host-mismatch"};
    const auto &[organization, senderDomain] = senders[size_t(index % 5)];
    const QString domain = QLatin1String(domains[size_t((index / 5) % 3)]);
    const QDate day = syntheticFirstDay().addDays((index / 15) % 60);
    const QDateTime start(day, QTime(0, 0), Qt::UTC);

    QJsonArray details;
    qint64 failed = 0;
    if (index % 3 == 0) {
        for (int i = 0; i < 1 + index % 3 + (index / 3) % 2; ++i) {
            const qint64 count = 1 + (index + i) % 7;
            failed += count;
            details.append(QJsonObject{
                {QStringLiteral("result-type"), QLatin1String(resultTypes[size_t((index / 3 + i) % 5)])},
                {QStringLiteral("sending-mta-ip"), QStringLiteral("192.0.2.%1").arg((index + i) % 20)},
                {QStringLiteral("receiving-mx-hostname"), QStringLiteral("mx%1.%2").arg(1 + i % 2).arg(domain)},
                {QStringLiteral("receiving-ip"), QStringLiteral("198.51.100.%1").arg(1 + i % 2)},
                {QStringLiteral("failed-session-count"), count},
            });
        }
    }
    const QString mx1 = QStringLiteral("mx1.") + domain;
    const QString mx2 = QStringLiteral("mx2.") + domain;
    const QJsonObject policy{
        {QStringLiteral("policy"),
         QJsonObject{{QStringLiteral("policy-type"), QStringLiteral("sts")},
                     {QStringLiteral("policy-string"),
                      QJsonArray{QStringLiteral("version: STSv1"), QStringLiteral("mode: enforce"),
                                 QString(u"mx: " + mx1), QString(u"mx: " + mx2), QStringLiteral("max_age: 604800")}},
                     {QStringLiteral("policy-domain"), domain},
                     {QStringLiteral("mx-host"), QJsonArray{mx1, mx2}}}},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("total-successful-session-count"), qint64(100 + (index * 37) % 900)},
                     {QStringLiteral("total-failure-session-count"), failed}}},
        {QStringLiteral("failure-details"), details},
    };
    const QJsonObject report{
        {QStringLiteral("organization-name"), QLatin1String(organization)},
        {QStringLiteral("date-range"),
         QJsonObject{{QStringLiteral("start-datetime"), start.toString(Qt::ISODate)},
                     {QStringLiteral("end-datetime"), start.addSecs(86399).toString(Qt::ISODate)}}},
        {QStringLiteral("contact-info"), QString(u"smtp-tls-reporting@" + QLatin1String(senderDomain))},
        {QStringLiteral("report-id"), QStringLiteral("synthetic-%1@%2").arg(index).arg(QLatin1String(senderDomain))},
        {QStringLiteral("policies"), QJsonArray{policy}},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}
