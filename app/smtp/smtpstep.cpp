// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpstep.h"

#include "common/jsonfields.h"

#include <QCoreApplication>

namespace Sts::Smtp {

QString stepName(Step step)
{
    switch (step) {
    case Step::Connect:
        return QStringLiteral("connect");
    case Step::Banner:
        return QStringLiteral("banner");
    case Step::Ehlo:
        return QStringLiteral("ehlo");
    case Step::StartTls:
        return QStringLiteral("starttls");
    case Step::Handshake:
        return QStringLiteral("handshake");
    case Step::EhloAfterTls:
        return QStringLiteral("ehlo-tls");
    case Step::Quit:
        return QStringLiteral("quit");
    case Step::Done:
        return QStringLiteral("done");
    }
    return {};
}

// In the probe's translation context, where the translations of these names are.
QString stepText(Step step)
{
    switch (step) {
    case Step::Connect:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "TCP connect");
    case Step::Banner:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "banner");
    case Step::Ehlo:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "EHLO");
    case Step::StartTls:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "STARTTLS");
    case Step::Handshake:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "TLS handshake");
    case Step::EhloAfterTls:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "EHLO after TLS");
    case Step::Quit:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "QUIT");
    case Step::Done:
        return QCoreApplication::translate("Sts::Smtp::SmtpProbe", "done");
    }
    return {};
}

Step stepFromName(const QString &name)
{
    return JsonFields::enumFromName(name, stepName,
                                    {Step::Connect, Step::Banner, Step::Ehlo, Step::StartTls, Step::Handshake,
                                     Step::EhloAfterTls, Step::Quit, Step::Done},
                                    Step::Connect);
}

} // namespace Sts::Smtp
