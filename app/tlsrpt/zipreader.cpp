// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipreader.h"

#include "reportcatalog.h"

#include <zip.h>

#include <algorithm>
#include <memory>

namespace Sts::TlsRpt {

namespace {

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); } // read-only: nothing to write back
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

QString errorText(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

//! Reads one entry, refusing to go past \a maxOutput or an implausible expansion.
Result<QByteArray> readEntry(zip_t *archive, zip_uint64_t index, const zip_stat_t &stat, const ImportLimits &limits,
                             qint64 maxOutput, const QString &subject)
{
    using namespace ReportCatalog;
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Result<QByteArray>::failure(makeFinding(ZipEntryEncrypted, subject));
    ZipFilePtr file(zip_fopen_index(archive, index, 0));
    if (!file)
        return Result<QByteArray>::failure(makeFinding(ZipInvalid, subject, {errorText(zip_get_error(archive))}));
    const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? static_cast<qint64>(stat.comp_size) : 0;
    // The declared size may lie; it only sizes the first allocation, and no more than a
    // plausible report, so that ten thousand entries claiming gigabytes cost nothing.
    constexpr qint64 InitialCap = qint64(1) << 20;
    const qint64 declared =
        (stat.valid & ZIP_STAT_SIZE) ? static_cast<qint64>(std::min<zip_uint64_t>(stat.size, InitialCap)) : 0;
    QByteArray data;
    data.resize(std::max<qint64>(4096, std::min({declared + 1, maxOutput + 1, InitialCap})));
    qint64 produced = 0;
    for (;;) {
        if (produced == data.size())
            data.resize(std::min<qint64>(produced * 2, maxOutput + 1));
        const zip_int64_t count = zip_fread(file.get(), data.data() + produced, zip_uint64_t(data.size() - produced));
        if (count < 0)
            return Result<QByteArray>::failure(
                makeFinding(ZipInvalid, subject, {errorText(zip_file_get_error(file.get()))}));
        if (count == 0)
            break;
        produced += count;
        if (produced > maxOutput)
            return Result<QByteArray>::failure(makeFinding(ReportTooLarge, subject, {QString::number(maxOutput)}));
        if (produced > limits.ratioFloor && produced > std::max<qint64>(compressed, 1) * limits.maxCompressionRatio)
            return Result<QByteArray>::failure(
                makeFinding(CompressionRatio, subject, {QString::number(limits.maxCompressionRatio)}));
    }
    data.resize(produced);
    return data;
}

} // namespace

bool ZipReader::looksLikeZip(QByteArrayView data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Result<void> ZipReader::read(const QByteArray &archive, const ImportLimits &limits, qint64 &budget,
                             const QString &subject, const std::function<bool(ZipEntry &&)> &visit)
{
    using namespace ReportCatalog;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &error);
    if (!source) {
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return Result<void>::failure(makeFinding(ZipInvalid, subject, {text}));
    }
    ZipPtr zip(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!zip) {
        zip_source_free(source); // still ours when the open failed
        const QString text = errorText(&error);
        zip_error_fini(&error);
        return Result<void>::failure(makeFinding(ZipInvalid, subject, {text}));
    }
    zip_error_fini(&error);

    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count > limits.maxZipEntries)
        return Result<void>::failure(
            makeFinding(ZipTooManyEntries, subject, {QString::number(count), QString::number(limits.maxZipEntries)}));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        ZipEntry entry;
        const char *name = zip_get_name(zip.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        entry.name = name ? QString::fromUtf8(name) : QStringLiteral("#%1").arg(i + 1);
        if (entry.name.endsWith(u'/'))
            continue; // a directory
        const QString entrySubject = subject + u'/' + entry.name;
        if (zip_stat_index(zip.get(), zip_uint64_t(i), 0, &stat) != 0) {
            entry.error = makeFinding(ZipInvalid, entrySubject, {errorText(zip_get_error(zip.get()))});
        } else if (budget <= 0) {
            return Result<void>::failure(makeFinding(TotalTooLarge, subject, {QString::number(limits.maxTotalSize)}));
        } else {
            auto data = readEntry(zip.get(), zip_uint64_t(i), stat, limits, std::min(limits.maxReportSize, budget),
                                  entrySubject);
            if (data) {
                budget -= data->size();
                entry.data = std::move(data).value();
            } else {
                entry.error = data.error();
            }
        }
        if (!visit(std::move(entry)))
            break;
    }
    return {};
}

} // namespace Sts::TlsRpt
