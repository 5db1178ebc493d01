// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailreader.h"

#include "reportcatalog.h"

#include <QFile>

#include <gmime/gmime.h>

#include <fcntl.h>

#include <memory>
#include <mutex>

namespace Sts::TlsRpt {

namespace {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

bool isReportType(const QString &type)
{
    return type == u"application/tlsrpt+gzip" || type == u"application/tlsrpt+json" || type == u"application/tlsrpt";
}

//! Types some senders use for report attachments instead of RFC 8460 §5.3's own.
bool isCandidateType(const QString &type)
{
    static const QStringList types{
        QStringLiteral("application/octet-stream"),
        QStringLiteral("application/gzip"),
        QStringLiteral("application/x-gzip"),
        QStringLiteral("application/json"),
        QStringLiteral("text/json"),
        QStringLiteral("application/zip"),
        QStringLiteral("application/x-zip"),
        QStringLiteral("application/x-zip-compressed"),
    };
    return types.contains(type);
}

bool isCandidateName(const QString &name)
{
    return name.endsWith(u".json", Qt::CaseInsensitive) || name.endsWith(u".gz", Qt::CaseInsensitive) ||
           name.endsWith(u".zip", Qt::CaseInsensitive);
}

//! Decodes the attachment's part into MailAttachment::data; refused (MailAttachment::refusedSize)
//! when its encoded form is larger than \a limit, which decoding can only shrink. What is
//! decoded is taken from \a budget (when given); an attachment that does not fit in what is
//! left is not decoded (MailAttachment::overBudget).
void decodeContent(GMimePart *part, qint64 limit, qint64 *budget, MailAttachment &attachment)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return;
    if (GMimeStream *encoded = g_mime_data_wrapper_get_stream(content)) {
        const gint64 size = g_mime_stream_length(encoded);
        if (size > limit) {
            attachment.refusedSize = size;
            return;
        }
        if (budget && size > *budget) {
            attachment.overBudget = true;
            return;
        }
    }
    GPtr<GMimeStream> memory(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, memory.get());
    const GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory.get()));
    if (budget) {
        if (qint64(bytes->len) > *budget) { // the encoded length was unknown
            attachment.overBudget = true;
            return;
        }
        *budget -= qint64(bytes->len);
    }
    attachment.data = QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

QString mimeType(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return {};
    gchar *name = g_mime_content_type_get_mime_type(type);
    QString result = QString::fromUtf8(name).toLower();
    g_free(name);
    return result;
}

//! The type of a message's top part; for multipart/report with its report-type parameter.
QString messageType(GMimeObject *root)
{
    QString type = mimeType(root);
    if (type == u"multipart/report") {
        GMimeContentType *contentType = g_mime_object_get_content_type(root);
        const char *reportType = contentType ? g_mime_content_type_get_parameter(contentType, "report-type") : nullptr;
        type += QStringLiteral("; report-type=") + QString::fromUtf8(reportType ? reportType : "").toLower();
    }
    return type;
}

struct PendingPart
{
    GMimeObject *object;
    int depth;
    QString messageType;
};

//! Walks the MIME tree without recursion, so that depth is bounded by the limit, not the stack.
MailContent collect(GMimeMessage *message, const ImportLimits &limits, qint64 *budget)
{
    MailContent content;
    if (const char *subject = g_mime_message_get_subject(message))
        content.subject = QString::fromUtf8(subject);
    QList<PendingPart> stack;
    if (GMimeObject *root = g_mime_message_get_mime_part(message))
        stack.append({root, 1, messageType(root)});
    int partNumber = 0;
    while (!stack.isEmpty()) {
        const auto [object, depth, enclosingType] = stack.takeLast();
        if (depth > limits.maxMimeDepth) {
            content.tooDeep = true;
            continue;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            for (int i = g_mime_multipart_get_count(multipart) - 1; i >= 0; --i)
                stack.append({g_mime_multipart_get_part(multipart, i), depth + 1, enclosingType});
            continue;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            // A forwarded report: look into the message it carries.
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (GMimeObject *innerRoot = inner ? g_mime_message_get_mime_part(inner) : nullptr)
                stack.append({innerRoot, depth + 1, messageType(innerRoot)});
            continue;
        }
        if (!GMIME_IS_PART(object))
            continue;
        ++partNumber;
        GMimePart *part = GMIME_PART(object);
        MailAttachment attachment;
        attachment.contentType = mimeType(object);
        attachment.messageType = enclosingType;
        if (const char *name = g_mime_part_get_filename(part))
            attachment.name = QString::fromUtf8(name);
        attachment.declaredReport = isReportType(attachment.contentType);
        if (!attachment.declaredReport && !isCandidateType(attachment.contentType) && !isCandidateName(attachment.name))
            continue; // a text or HTML body, an image
        if (attachment.name.isEmpty())
            attachment.name = QStringLiteral("part %1").arg(partNumber);
        decodeContent(part, limits.maxFileSize, budget, attachment);
        content.attachments.append(std::move(attachment));
    }
    return content;
}

Result<int> readMboxStream(GMimeStream *stream, const ImportLimits &limits, const QString &subject,
                           const EmailReader::MessageVisitor &visit, qint64 *budget)
{
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    int index = 0;
    while (!g_mime_parser_eos(parser.get())) {
        GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
        if (!message) {
            if (index == 0)
                return Result<int>::failure(makeFinding(ReportCatalog::MimeInvalid, subject));
            break;
        }
        ++index;
        if (!visit(index, collect(message.get(), limits, budget)))
            break;
    }
    return index;
}

} // namespace

Findings MailAttachment::deviations(const QString &subject) const
{
    // RFC 8460 §5.3: "we define a top-level media type multipart/report with a new parameter
    // report-type="tlsrpt". ... the second part is machine readable with a new media type defined
    // called application/tlsrpt+json. If compressed, the report should use the media type
    // application/tlsrpt+gzip."
    Findings notes;
    if (messageType != u"multipart/report; report-type=tlsrpt")
        notes.append(makeFinding(ReportCatalog::MailNotMultipartReport, subject,
                                 {messageType.isEmpty() ? QStringLiteral("text/plain") : messageType.left(100)}));
    if (contentType != u"application/tlsrpt+json" && contentType != u"application/tlsrpt+gzip")
        notes.append(makeFinding(ReportCatalog::MailAttachmentType, subject,
                                 {contentType.isEmpty() ? QStringLiteral("text/plain") : contentType.left(100)}));
    return notes;
}

bool EmailReader::looksLikeMbox(QByteArrayView data)
{
    return data.startsWith("From ");
}

bool EmailReader::looksLikeMessage(QByteArrayView data)
{
    // field-name = 1*(printable US-ASCII except ":"), then ":" (RFC 5322 §2.2).
    qsizetype i = 0;
    while (i < data.size() && i < 80) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == ':')
            return i > 0;
        if (c < 33 || c > 126)
            return false;
        ++i;
    }
    return false;
}

Result<MailContent> EmailReader::readMessage(const QByteArray &message, const ImportLimits &limits,
                                             const QString &subject, qint64 *budget)
{
    ensureGMime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(message.constData(), size_t(message.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GPtr<GMimeMessage> parsed(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!parsed)
        return Result<MailContent>::failure(makeFinding(ReportCatalog::MimeInvalid, subject));
    return collect(parsed.get(), limits, budget);
}

Result<int> EmailReader::readMboxFile(const QString &path, const ImportLimits &limits, const MessageVisitor &visit,
                                      qint64 *budget)
{
    ensureGMime();
    GError *error = nullptr;
    GPtr<GMimeStream> stream(
        g_mime_stream_fs_open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC, 0, &error));
    if (!stream) {
        const QString text = error ? QString::fromUtf8(error->message) : QString();
        g_clear_error(&error);
        return Result<int>::failure(makeFinding(ReportCatalog::FileUnreadable, path, {text}));
    }
    return readMboxStream(stream.get(), limits, path, visit, budget);
}

Result<int> EmailReader::readMbox(const QByteArray &mbox, const ImportLimits &limits, const QString &subject,
                                  const MessageVisitor &visit, qint64 *budget)
{
    ensureGMime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(mbox.constData(), size_t(mbox.size())));
    return readMboxStream(stream.get(), limits, subject, visit, budget);
}

} // namespace Sts::TlsRpt
