// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "mtasts/policy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Sts::MtaSts {

//! What a domain owner wants to publish.
struct DeploymentRequest
{
    QString domain;
    Mode mode = Mode::Testing;
    qint64 maxAge = 86400;
    QStringList mx;
    QStringList rua;
    QString id;    //!< empty: a fresh id is made from \a now, or the previous one is kept
    QDateTime now; //!< injected so that ids are reproducible in tests; invalid: current time
    //! The published deployment this one replaces. Senders refetch the policy only when the id
    //! changes (RFC 8461 §3.1), so the previous id is kept when the policy text stays the same and
    //! replaced by one that differs from it when the text changes.
    QString previousId;
    QByteArray previousPolicy;
};

//! The files and records that implement a DeploymentRequest. When the request has errors,
//! ok is false, the findings say why and nothing else is set.
struct Deployment
{
    bool ok = false;
    Findings findings;
    QByteArray policy; //!< mta-sts.txt, CRLF line endings (the grammar's form; every parser accepts it)
    QString domain;    //!< the mail domain as records name it: A-labels, lower case
    QString id;
    bool idKept = false; //!< the previous id, because the policy text did not change
    QString policyUrl;
    QString stsRecordName;     //!< "_mta-sts.example.com."
    QString stsRecordValue;    //!< "v=STSv1; id=…"
    QString tlsRptRecordName;  //!< "_smtp._tls.example.com."
    QString tlsRptRecordValue; //!< empty when no rua was given

    //! Both records in zone-file form, ready to paste into a zone.
    QString zoneFile() const;
    //! \a value as the quoted character-strings of a zone file, split every 255 characters.
    static QString quotedTxt(const QString &value);
};

class PolicyGenerator
{
public:
    static Deployment generate(const DeploymentRequest &request);
    //! The policy body for already normalized \a patterns, unchecked: generate() checks its
    //! input, the wizard uses this to judge lines while they are being edited.
    static QByteArray policyText(Mode mode, const QStringList &patterns, qint64 maxAge);
    //! A new id: the UTC time as YYYYMMDDhhmmss, 14 digits, so that later ids sort later.
    static QString freshId(const QDateTime &now);
    //! The id for \a policy when it replaces \a previousPolicy published with \a previousId.
    static QString nextId(const QString &previousId, const QByteArray &previousPolicy, const QByteArray &policy,
                          const QDateTime &now);
};

} // namespace Sts::MtaSts
