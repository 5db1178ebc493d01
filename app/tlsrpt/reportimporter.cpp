// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportimporter.h"

#include "emailreader.h"
#include "gzipdecoder.h"
#include "maildirreader.h"
#include "reportcatalog.h"
#include "reportparser.h"
#include "zipreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Sts::TlsRpt {

namespace {

using namespace ReportCatalog;

bool looksLikeJson(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

//! Reads at most \a limit + 1 bytes into one buffer sized by the file, grown only for pipes:
//! QIODevice::read(n) would allocate n bytes up front for every small report.
QByteArray readUpTo(QFile &file, qint64 limit)
{
    QByteArray data;
    qint64 used = 0;
    qint64 capacity = file.isSequential() ? qint64(64) << 10 : std::min(file.size(), limit) + 1;
    for (;;) {
        data.resize(capacity);
        const qint64 count = file.read(data.data() + used, capacity - used);
        if (count <= 0)
            break;
        used += count;
        if (used > limit)
            break;
        if (used == capacity)
            capacity = std::min(capacity * 2, limit + 1);
    }
    data.resize(used);
    return data;
}

//! The files in \a folder and below, in any order; a Maildir's messages in place of its files.
//! Hidden files and folders are left out, and links to folders are not followed.
void collectFolder(const QString &folder, QStringList &found)
{
    if (MaildirReader::isMaildir(folder)) {
        found += MaildirReader::messageFiles(folder);
        return;
    }
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot))
        found.append(dir.filePath(name));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks))
        collectFolder(dir.filePath(name), found);
}

bool isReportName(const QString &name)
{
    return name.endsWith(u".json", Qt::CaseInsensitive) || name.endsWith(u".json.gz", Qt::CaseInsensitive) ||
           name.endsWith(u".gz", Qt::CaseInsensitive);
}

//! Unpacks one input file: dispatches on content, recursing into containers, and collects
//! reports and rejections into a FileImport.
class Unpacker
{
public:
    Unpacker(const ImportLimits &limits, FileImport &result, const ReportImporter::ReportVisitor &visit,
             const ReportImporter::CancelCheck &canceled)
        : m_limits(limits)
        , m_result(result)
        , m_visit(visit)
        , m_canceled(canceled)
        , m_budget(limits.maxTotalSize)
    {}

    void file(const InputFile &input)
    {
        const QString &path = input.path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            reject(makeFinding(FileUnreadable, path, {file.errorString()}));
            return;
        }
        const QByteArray head = file.peek(16);
        if (EmailReader::looksLikeMbox(head)) {
            if (file.size() > m_limits.maxMboxSize) {
                reject(makeFinding(FileTooLarge, path,
                                   {QString::number(file.size()), QString::number(m_limits.maxMboxSize)}));
                return;
            }
            file.close();
            mboxFile(path, input.named);
            return;
        }
        if (file.size() > m_limits.maxFileSize) {
            reject(
                makeFinding(FileTooLarge, path, {QString::number(file.size()), QString::number(m_limits.maxFileSize)}));
            return;
        }
        const QByteArray data = readUpTo(file, m_limits.maxFileSize);
        if (file.error() != QFileDevice::NoError) {
            reject(makeFinding(FileUnreadable, path, {file.errorString()}));
            return;
        }
        if (data.size() > m_limits.maxFileSize) { // a pipe or a file that grew
            reject(
                makeFinding(FileTooLarge, path, {QString::number(data.size()), QString::number(m_limits.maxFileSize)}));
            return;
        }
        content(data, path, 0, input.named, {}, QString());
        finish();
    }

    void data(const QByteArray &data, const QString &name, bool named)
    {
        if (data.size() > m_limits.maxFileSize) {
            reject(
                makeFinding(FileTooLarge, name, {QString::number(data.size()), QString::number(m_limits.maxFileSize)}));
            return;
        }
        content(data, name, 0, named, {}, QString());
        finish();
    }

private:
    qint64 yielded() const { return m_result.reportCount + m_result.rejections.size(); }

    bool stopped()
    {
        if (!m_stop && m_canceled && m_canceled()) {
            m_stop = true;
            m_result.canceled = true;
            reject(makeFinding(Canceled, m_result.file));
        }
        return m_stop;
    }

    void reject(Finding reason) { m_result.rejections.append({m_result.file, std::move(reason)}); }

    void skip(const QString &source)
    {
        if (m_skipped++ == 0)
            m_skippedExample = source;
    }

    void finish()
    {
        if (m_skipped > 0)
            m_result.notes.append(
                makeFinding(SkippedContent, m_result.file, {QString::number(m_skipped), m_skippedExample}));
    }

    //! Reads \a data found at \a source. When it is no known format, it is rejected if
    //! \a mustBeReport, else skipped. \a declaredType is the MIME type of an attachment.
    void content(const QByteArray &data, const QString &source, int depth, bool mustBeReport, const Findings &inherited,
                 const QString &declaredType)
    {
        if (stopped())
            return;
        if (depth > m_limits.maxContainerDepth) {
            reject(makeFinding(NestingTooDeep, source, {QString::number(m_limits.maxContainerDepth)}));
            return;
        }
        if (GzipDecoder::looksLikeGzip(data))
            gzip(data, source, depth, inherited);
        else if (ZipReader::looksLikeZip(data))
            zip(data, source, depth, mustBeReport, inherited);
        else if (looksLikeJson(data))
            json(data, source, inherited);
        else if (EmailReader::looksLikeMbox(data))
            mbox(data, source, depth, mustBeReport);
        else if (EmailReader::looksLikeMessage(data))
            message(data, source, depth, mustBeReport);
        else if (!declaredType.isEmpty() && mustBeReport)
            reject(makeFinding(AttachmentNotReport, source, {source.section(u'/', -1), declaredType}));
        else if (mustBeReport)
            reject(makeFinding(UnknownFormat, source));
        else
            skip(source);
    }

    void json(const QByteArray &data, const QString &source, const Findings &inherited)
    {
        if (data.size() > m_limits.maxReportSize) {
            reject(makeFinding(ReportTooLarge, source, {QString::number(m_limits.maxReportSize)}));
            return;
        }
        ParsedReport parsed = ReportParser::parse(data, source, m_limits.maxJsonDepth);
        if (!parsed.accepted()) {
            reject(parsed.rejection());
            return;
        }
        if (m_result.reportCount >= m_limits.maxReportsPerFile) {
            reject(makeFinding(TooManyReports, m_result.file, {QString::number(m_limits.maxReportsPerFile)}));
            m_stop = true;
            return;
        }
        ImportedReport imported;
        imported.file = m_result.file;
        imported.source = source;
        imported.report = std::move(*parsed.report);
        parsed.report.reset();
        imported.rawJson = data;
        imported.findings = inherited;
        imported.findings += parsed.findings;
        ++m_result.reportCount;
        if (!m_visit(std::move(imported)))
            m_stop = true;
    }

    void gzip(const QByteArray &data, const QString &source, int depth, const Findings &inherited)
    {
        auto output = GzipDecoder::decode(data, std::min(m_limits.maxReportSize, m_budget),
                                          m_limits.maxCompressionRatio, m_limits.ratioFloor, source);
        if (!output) {
            // The budget, not the per-report limit, ran out: say so.
            if (m_budget < m_limits.maxReportSize && output.error().code == QLatin1String(ReportTooLarge.code))
                reject(makeFinding(TotalTooLarge, m_result.file, {QString::number(m_limits.maxTotalSize)}));
            else
                reject(output.error());
            return;
        }
        m_budget -= output->data.size();
        Findings findings = inherited;
        if (output->trailingBytes > 0)
            findings.append(makeFinding(GzipTrailingData, source, {QString::number(output->trailingBytes)}));
        // What a gzip holds must be a report: there is no other reason to compress it.
        content(output->data, source, depth + 1, true, findings, QString());
    }

    void zip(const QByteArray &data, const QString &source, int depth, bool mustBeReport, const Findings &inherited)
    {
        const qint64 before = yielded();
        const auto status = ZipReader::read(data, m_limits, m_budget, source, [&](ZipEntry &&entry) {
            if (stopped())
                return false;
            if (entry.name.startsWith(u"__MACOSX/"))
                return true; // resource forks that macOS adds; never reports
            const QString entrySource = source + u'/' + entry.name;
            if (entry.error)
                reject(*entry.error);
            else
                content(entry.data, entrySource, depth + 1, isReportName(entry.name), inherited, QString());
            return !m_stop;
        });
        if (!status)
            reject(status.error());
        else if (yielded() == before && mustBeReport)
            reject(makeFinding(NoReport, source));
    }

    //! The candidate attachments of one message.
    void mail(const MailContent &content, const QString &source, int depth, bool mustBeReport)
    {
        const qint64 before = yielded();
        for (const MailAttachment &attachment : content.attachments) {
            if (stopped())
                return;
            if (attachment.refusedSize > 0) {
                reject(makeFinding(FileTooLarge, source + u'/' + attachment.name,
                                   {QString::number(attachment.refusedSize), QString::number(m_limits.maxFileSize)}));
                continue;
            }
            if (attachment.overBudget) {
                // Decoded attachments count against what the file may unpack to, as zip
                // entries and gzip members do: an mbox of large attachments is no way around it.
                reject(makeFinding(TotalTooLarge, m_result.file, {QString::number(m_limits.maxTotalSize)}));
                m_stop = true;
                return;
            }
            const QString partSource = source + u'/' + attachment.name;
            // A report mailed in another shape than RFC 8460's is read, with a note on each report.
            this->content(attachment.data, partSource, depth + 1,
                          attachment.declaredReport || isReportName(attachment.name), attachment.deviations(partSource),
                          attachment.declaredReport ? attachment.contentType : QString());
        }
        if (content.tooDeep)
            reject(makeFinding(MimeTooDeep, source, {QString::number(m_limits.maxMimeDepth)}));
        if (yielded() == before) {
            if (mustBeReport)
                reject(makeFinding(NoReport, source));
            else
                skip(source);
        }
    }

    void message(const QByteArray &data, const QString &source, int depth, bool mustBeReport)
    {
        const auto parsed = EmailReader::readMessage(data, m_limits, source, &m_budget);
        if (!parsed) {
            if (mustBeReport)
                reject(parsed.error());
            else
                skip(source);
            return;
        }
        mail(parsed.value(), source, depth, mustBeReport);
    }

    EmailReader::MessageVisitor mboxVisitor(const QString &source, int depth)
    {
        return [this, source, depth](int index, Result<MailContent> &&content) {
            if (stopped())
                return false;
            const QString messageSource = source + u'#' + QString::number(index);
            if (!content)
                reject(content.error());
            else
                mail(content.value(), messageSource, depth, false); // an mbox holds other mail too
            return !m_stop;
        };
    }

    void mboxDone(const Result<int> &status, const QString &source, qint64 before, bool mustBeReport)
    {
        if (!status)
            reject(status.error());
        else if (yielded() == before && mustBeReport)
            reject(makeFinding(NoReport, source));
    }

    void mbox(const QByteArray &data, const QString &source, int depth, bool mustBeReport)
    {
        const qint64 before = yielded();
        mboxDone(EmailReader::readMbox(data, m_limits, source, mboxVisitor(source, depth), &m_budget), source, before,
                 mustBeReport);
    }

    void mboxFile(const QString &path, bool mustBeReport)
    {
        const qint64 before = yielded();
        mboxDone(EmailReader::readMboxFile(path, m_limits, mboxVisitor(path, 0), &m_budget), path, before,
                 mustBeReport);
        finish();
    }

    const ImportLimits &m_limits;
    FileImport &m_result;
    const ReportImporter::ReportVisitor &m_visit;
    const ReportImporter::CancelCheck &m_canceled;
    qint64 m_budget;
    int m_skipped = 0;
    QString m_skippedExample;
    bool m_stop = false;
};

} // namespace

ReportImporter::ReportImporter(const ImportLimits &limits)
    : m_limits(limits)
{}

FileImport ReportImporter::importFile(const InputFile &input, const CancelCheck &canceled) const
{
    QList<ImportedReport> reports;
    FileImport result = importFile(
        input,
        [&reports](ImportedReport &&report) {
            reports.append(std::move(report));
            return true;
        },
        canceled);
    result.reports = std::move(reports);
    return result;
}

FileImport ReportImporter::importFile(const InputFile &input, const ReportVisitor &visit,
                                      const CancelCheck &canceled) const
{
    FileImport result;
    result.file = input.path;
    Unpacker(m_limits, result, visit, canceled).file(input);
    return result;
}

FileImport ReportImporter::importData(const QByteArray &data, const QString &name) const
{
    FileImport result;
    result.file = name;
    const CancelCheck never;
    const ReportVisitor keep = [&result](ImportedReport &&report) {
        result.reports.append(std::move(report));
        return true;
    };
    Unpacker(m_limits, result, keep, never).data(data, name, true);
    return result;
}

FileImport ReportImporter::importData(const QByteArray &data, const InputFile &input, const ReportVisitor &visit) const
{
    FileImport result;
    result.file = input.path;
    const CancelCheck never;
    Unpacker(m_limits, result, visit, never).data(data, input.path, input.named);
    return result;
}

QList<InputFile> ReportImporter::collectFiles(const QStringList &paths, QList<Rejection> *rejections)
{
    QList<InputFile> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (rejections)
                rejections->append({path, makeFinding(ReportCatalog::NotFound, path)});
            continue;
        }
        if (!info.isDir()) {
            files.append({path, true});
            continue;
        }
        QStringList found;
        collectFolder(path, found);
        found.sort();
        for (const QString &file : std::as_const(found))
            files.append({file, false});
    }
    return files;
}

} // namespace Sts::TlsRpt
