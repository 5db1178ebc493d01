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

const char *stepPhrase(Step step)
{
    switch (step) {
    case Step::Connect:
        return QT_TRANSLATE_NOOP("Findings", "TCP connect");
    case Step::Banner:
        return QT_TRANSLATE_NOOP("Findings", "banner");
    case Step::Ehlo:
        return QT_TRANSLATE_NOOP("Findings", "EHLO");
    case Step::StartTls:
        return QT_TRANSLATE_NOOP("Findings", "STARTTLS");
    case Step::Handshake:
        return QT_TRANSLATE_NOOP("Findings", "TLS handshake");
    case Step::EhloAfterTls:
        return QT_TRANSLATE_NOOP("Findings", "EHLO after TLS");
    case Step::Quit:
        return QT_TRANSLATE_NOOP("Findings", "QUIT");
    case Step::Done:
        return QT_TRANSLATE_NOOP("Findings", "done");
    }
    return "";
}

// In the findings' context: the same words are arguments of findings, translated when shown.
QString stepText(Step step)
{
    return QCoreApplication::translate("Findings", stepPhrase(step));
}

Step stepFromName(const QString &name)
{
    return JsonFields::enumFromName(name, stepName,
                                    {Step::Connect, Step::Banner, Step::Ehlo, Step::StartTls, Step::Handshake,
                                     Step::EhloAfterTls, Step::Quit, Step::Done},
                                    Step::Connect);
}

} // namespace Sts::Smtp
