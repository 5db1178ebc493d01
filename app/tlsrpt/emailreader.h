// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "common/result.h"
#include "importlimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

namespace Sts::TlsRpt {

//! A leaf part of a message that may hold a report, transfer-decoded (base64,
//! quoted-printable), not yet unpacked.
struct MailAttachment
{
    QString name;        //!< file name, or "part N"
    QString contentType; //!< lower case type/subtype
    QByteArray data;
    //! The encoded size when it exceeds ImportLimits::maxFileSize; data is then left empty, so
    //! that a message in a large mbox cannot make us decode gigabytes.
    qint64 refusedSize = 0;
    //! Not decoded because what the input file may still unpack to (the budget passed to the
    //! reader) was used up; data is then left empty.
    bool overBudget = false;
    //! Declared as a report (application/tlsrpt+gzip, +json, application/tlsrpt); other
    //! candidates (octet-stream, gzip, json, zip, a report-like file name) are only tried.
    bool declaredReport = false;
    //! The type of the message that carries the part, with its report-type when it has one:
    //! "multipart/report; report-type=tlsrpt" as RFC 8460 §5.3 defines, or what a sender used instead.
    QString messageType;
    //! How this part and its message deviate from RFC 8460 §5.3 (notes; the part is read anyway).
    Findings deviations(const QString &subject) const;
};

//! The attachments of one message that may carry a report.
struct MailContent
{
    QString subject; //!< the Subject header, for messages in an mbox
    QList<MailAttachment> attachments;
    bool tooDeep = false; //!< parts below ImportLimits::maxMimeDepth were not read
};

//! Reads e-mail messages and mbox files with GMime: headers, nested multiparts, forwarded
//! messages and transfer encodings are GMime's; this class only picks the parts that may
//! hold a report. Thread-safe: GMime is initialised once, each call has its own objects.
class EmailReader
{
public:
    static bool looksLikeMbox(QByteArrayView data);
    //! Starts with an RFC 5322 header field.
    static bool looksLikeMessage(QByteArrayView data);

    //! \a budget, when given, is what the input file may still unpack to: every decoded
    //! attachment is taken from it, and an attachment larger than what is left is not decoded
    //! (MailAttachment::overBudget).
    static Result<MailContent> readMessage(const QByteArray &message, const ImportLimits &limits,
                                           const QString &subject, qint64 *budget = nullptr);

    //! Calls \a visit for each message (1-based index) of the mbox at \a path, streamed from
    //! disk; stops when it returns false. Returns the number of messages seen. Attachments are
    //! taken from \a budget as in readMessage().
    using MessageVisitor = std::function<bool(int index, Result<MailContent> &&content)>;
    static Result<int> readMboxFile(const QString &path, const ImportLimits &limits, const MessageVisitor &visit,
                                    qint64 *budget = nullptr);
    //! The same for an mbox held in memory (inside an archive).
    static Result<int> readMbox(const QByteArray &mbox, const ImportLimits &limits, const QString &subject,
                                const MessageVisitor &visit, qint64 *budget = nullptr);
};

} // namespace Sts::TlsRpt
