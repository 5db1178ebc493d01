// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentfiles.h"

#include "mtastscatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Sts::MtaSts {

namespace {

//! "_mta-sts.example.com." less the domain and the root: "_mta-sts".
QString relativeTo(const QString &fullName, const QString &domain)
{
    QString name = fullName;
    if (name.endsWith(u'.'))
        name.chop(1);
    const QString suffix = u'.' + domain;
    return name.endsWith(suffix) ? name.chopped(suffix.size()) : name;
}

QString withoutRoot(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

} // namespace

QList<ProviderRecord> DeploymentFiles::providerRecords(const Deployment &deployment)
{
    QList<ProviderRecord> records;
    if (!deployment.ok)
        return records;
    records.append({ProviderRecord::Purpose::MtaSts, QStringLiteral("TXT"),
                    relativeTo(deployment.stsRecordName, deployment.domain), withoutRoot(deployment.stsRecordName),
                    deployment.stsRecordValue});
    if (!deployment.tlsRptRecordValue.isEmpty())
        records.append({ProviderRecord::Purpose::TlsRpt, QStringLiteral("TXT"),
                        relativeTo(deployment.tlsRptRecordName, deployment.domain),
                        withoutRoot(deployment.tlsRptRecordName), deployment.tlsRptRecordValue});
    return records;
}

QString DeploymentFiles::providerForm(const Deployment &deployment)
{
    // English like the server snippets: the file goes to whoever edits the zone.
    QString text = QStringLiteral("DNS records for %1, as a DNS provider's web form asks for them.\n"
                                  "Enter each value without quotes. Most forms want the name within the domain\n"
                                  "(\"Host\" or \"Name\"); some want the full name.\n")
                       .arg(deployment.domain);
    int number = 1;
    for (const ProviderRecord &record : providerRecords(deployment)) {
        text += QStringLiteral("\n%1. %2\n"
                               "   Type:      %3\n"
                               "   Name:      %4\n"
                               "   Full name: %5\n"
                               "   Value:     %6\n"
                               "   TTL:       3600\n")
                    .arg(QString::number(number++),
                         record.purpose == ProviderRecord::Purpose::MtaSts
                             ? QStringLiteral("MTA-STS: tells senders that a policy exists, and its id")
                             : QStringLiteral("TLS-RPT: where senders send their reports"),
                         record.type, record.relativeName, record.fullName, record.value);
    }
    text += QStringLiteral("\n%1. The policy host, unless it exists already\n"
                           "   Type:      A and AAAA, or CNAME\n"
                           "   Name:      mta-sts\n"
                           "   Full name: mta-sts.%2\n"
                           "   Value:     the web server that serves %3\n")
                .arg(QString::number(number), deployment.domain, deployment.policyUrl);
    return text;
}

QList<DeploymentFile> DeploymentFiles::make(const Deployment &deployment, const ServingOptions &serving)
{
    QList<DeploymentFile> files;
    if (!deployment.ok)
        return files;
    files.append({QStringLiteral("mta-sts.txt"),
                  QCoreApplication::translate("DeploymentFiles", "The policy, served at %1").arg(deployment.policyUrl),
                  deployment.policy});
    files.append({QStringLiteral("records.zone"),
                  QCoreApplication::translate("DeploymentFiles", "DNS records in zone-file form"),
                  deployment.zoneFile().toUtf8()});
    files.append({QStringLiteral("dns-records.txt"),
                  QCoreApplication::translate("DeploymentFiles", "DNS records as plain values for a provider's form"),
                  providerForm(deployment).toUtf8()});
    for (WebServer server : ServingSnippets::all())
        files.append({ServingSnippets::fileName(server),
                      QCoreApplication::translate("DeploymentFiles", "Serving the policy with %1")
                          .arg(ServingSnippets::displayName(server)),
                      ServingSnippets::render(server, deployment.domain, serving).toUtf8()});
    return files;
}

Result<QStringList> DeploymentFiles::write(const QList<DeploymentFile> &files, const QString &directory)
{
    using Failure = Result<QStringList>;
    if (directory.isEmpty() || !QDir().mkpath(directory))
        return Failure::failure(makeFinding(Catalog::DeployFolderFailed, directory, {directory}));
    QStringList written;
    for (const DeploymentFile &file : files) {
        QSaveFile out(QDir(directory).filePath(file.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit())
            return Failure::failure(
                makeFinding(Catalog::DeployWriteFailed, out.fileName(), {out.fileName(), out.errorString()}));
        written.append(out.fileName());
    }
    return written;
}

} // namespace Sts::MtaSts
