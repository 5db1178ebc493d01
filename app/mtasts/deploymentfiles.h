// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "mtasts/policygenerator.h"
#include "mtasts/servingsnippets.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sts::MtaSts {

//! One file of a deployment, as the wizard shows it and `policy generate --out` writes it.
struct DeploymentFile
{
    QString name;       //!< file name, e.g. "mta-sts.txt"
    QString title;      //!< what it is, translated
    QByteArray content; //!< the exact bytes written
};

//! One DNS record as a provider's web form asks for it: type, name, value, no quotes.
struct ProviderRecord
{
    enum class Purpose
    {
        MtaSts, //!< _mta-sts: a policy exists, and its id
        TlsRpt, //!< _smtp._tls: where reports go
    };
    Purpose purpose = Purpose::MtaSts;
    QString type;         //!< "TXT"
    QString relativeName; //!< "_mta-sts": the name within the domain, as most forms want it
    QString fullName;     //!< "_mta-sts.example.com", for forms that want the whole name
    QString value;        //!< "v=STSv1; id=…", unquoted
};

//! The files of a generated deployment: the policy, its DNS records in zone-file form and as
//! plain values, and how to serve the policy with each web server. The wizard's last page and the
//! CLI use this one list, so they write the same files.
class DeploymentFiles
{
public:
    //! Empty when \a deployment is not ok.
    static QList<DeploymentFile> make(const Deployment &deployment, const ServingOptions &serving = {});
    static QList<ProviderRecord> providerRecords(const Deployment &deployment);
    //! The provider records as text, with the reminder about the policy host's own address.
    static QString providerForm(const Deployment &deployment);

    //! Writes \a files into \a directory, creating it; each file is replaced atomically. Returns
    //! the paths written, or the first failure (deploy.folder-failed, deploy.write-failed).
    static Result<QStringList> write(const QList<DeploymentFile> &files, const QString &directory);
};

} // namespace Sts::MtaSts
