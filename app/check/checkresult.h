// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/finding.h"
#include "environment.h"
#include "mtasts/policy.h"
#include "mtasts/policyfetchresult.h"
#include "mtasts/stsrecord.h"
#include "net/dnsanswer.h"
#include "protectionassessment.h"
#include "smtp/smtpproberesult.h"
#include "tlsrpt/tlsrptrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

namespace Sts::Check {

//! The one-word answer for a domain, as the banner shows it.
enum class Verdict
{
    Pending,      //!< the check is still running
    Protected,    //!< enforce policy, and every MX accepts mail over validated TLS
    Testing,      //!< a valid testing-mode policy: failures are reported, not prevented
    NotProtected, //!< no usable policy (or mode none): delivery is opportunistic
    Broken,       //!< mail does not reach (some) MX: enforce failures, or no working MX at all
    Cancelled,    //!< stopped before the end: what was observed is kept, but it is no verdict
    Inconclusive, //!< this machine cannot see what a sending server would (port 25 blocked, no IPv6 route, ...)
};

//! stable: "pending", "protected", "testing", "not-protected", "broken", "cancelled", "inconclusive"
QString verdictName(Verdict verdict);
Verdict verdictFromName(const QString &name); //!< the inverse of verdictName(); Pending for an unknown name
QString verdictText(Verdict verdict);         //!< translated, for people: "PROTECTED", "Checking…", ...
//! A verdict the domain earned: not a check still running or stopped halfway.
bool isVerdictOnDomain(Verdict verdict);

enum class PolicyStatus
{
    Pending,
    Valid,
    NoneFound,  //!< no usable _mta-sts record
    FetchError, //!< record present, policy could not be fetched
    Invalid,    //!< fetched, but not a valid policy
};

QString policyStatusName(PolicyStatus status); //!< "pending", "valid", "none-found", "fetch-error", "invalid"
QString policyStatusText(PolicyStatus status); //!< translated, for people

//! DANE (RFC 7672) for one MX host, as a sender that validates it sees the host.
enum class DaneStatus
{
    Pending,  //!< the TLSA lookup has not answered yet
    None,     //!< no TLSA records, securely denied: DANE does not apply
    Insecure, //!< TLSA records, or their absence, not signed: senders ignore them
    Unknown,  //!< their DNSSEC state cannot be judged from this machine (its resolver strips it)
    Bogus,    //!< the TLSA lookup fails DNSSEC validation: senders do not deliver to the host
    Pass,     //!< a usable record authenticates an address (all records unusable: TLS alone)
    Fail,     //!< DANE applies and no address passes (or the lookup failed: senders defer)
};

QString daneStatusName(DaneStatus status); //!< "pending", "none", "insecure", "unknown", "bogus", "pass", "fail"
QString daneStatusText(DaneStatus status); //!< translated, for people
//! DANE decides for this host: a sender that validates it uses it instead of MTA-STS.
bool daneApplies(DaneStatus status);

//! One MX host with everything learnt about it.
struct MxHostResult
{
    QString host;
    quint16 preference = 0;
    bool implicit = false; //!< no MX record: the domain itself (RFC 5321 §5.1)
    std::optional<Net::DnsAnswer> a;
    std::optional<Net::DnsAnswer> aaaa;
    std::optional<Net::DnsAnswer> tlsa;  //!< _25._tcp.<host>
    QList<Smtp::SmtpProbeResult> probes; //!< one per address, in address order
    QString matchedPattern;              //!< the policy pattern covering it, empty when none (or no policy)
    DaneStatus dane = DaneStatus::Pending;
    //! Would a sender that validates DANE and MTA-STS deliver to it (RFC 8461 §2: a failing DANE
    //! validation is not overridden); unset when this machine could not observe what decides it
    //! (\a unobserved says why).
    std::optional<bool> wouldDeliver;
    std::optional<bool> wouldDeliverStsOnly; //!< the same for a sender that knows MTA-STS only
    QString unobserved;                      //!< "port 25 is blocked from this machine", ... (a sentence, below)
    TlsRpt::FailureType resultType;          //!< RFC 8460 failure a sender would report for it, or none
    QList<QHostAddress> refusedAddresses;    //!< not public and not allowed: not connected to
    Findings findings;

    QList<QHostAddress> addresses() const;
    QJsonObject toJson() const;
    static MxHostResult fromJson(const QJsonObject &json); //!< what toJson() wrote
};

//! Everything a check of one domain found; streamed as snapshots while it runs.
struct CheckResult
{
    QString domain;
    QDateTime started;
    qint64 elapsedMs = 0;
    qint64 verdictMs = 0; //!< when the verdict was known: when it settled, else when the check completed
    QString resolver;
    bool complete = false;
    //! The verdict is final before the check completes: every certificate is judged and only the
    //! sessions' last steps (EHLO after TLS, QUIT) still run; they add observations, not verdicts.
    bool settled = false;
    bool cancelled = false;
    QString error;              //!< non-empty when the check could not run at all (e.g. no usable resolver), English
    QString errorCode;          //!< the code of the finding \a error is the message of (resolver.*)
    QStringList errorArguments; //!< its arguments: Check::displayMessage() shows \a error translated
    QStringList running;        //!< probes still running, for progress display

    std::optional<Net::DnsAnswer> stsTxt;
    std::optional<Net::DnsAnswer> tlsRptTxt;
    std::optional<Net::DnsAnswer> mxAnswer;
    std::optional<Net::DnsAnswer> policyHostA;
    std::optional<Net::DnsAnswer> policyHostAaaa;
    MtaSts::StsRecord stsRecord;
    TlsRpt::TlsRptRecord tlsRptRecord;
    std::optional<MtaSts::PolicyFetchResult> fetch;
    std::optional<QByteArray> assumedPolicy; //!< CheckOptions::assumedPolicy: policy is parsed from it, not from fetch
    MtaSts::Policy policy;
    PolicyStatus policyStatus = PolicyStatus::Pending;
    TlsRpt::FailureType policyResultType; //!< sts-policy-fetch-error, sts-webpki-invalid, sts-policy-invalid or none
    QList<MxHostResult> mx;
    int mxRecordCount = 0;   //!< MX records with a host; more than mx.size() when the cap cut them
    Environment environment; //!< what the machine running the check could see (options' and observed)

    Verdict verdict = Verdict::Pending;
    // The sentences (summary, next step, cause, a host's unobserved, the protection assessment)
    // are English as a check makes them; VerdictJudge::forDisplay() makes them again where shown.
    QString summary;  //!< one sentence for the banner
    QString nextStep; //!< the most important thing to do
    //! The one cause behind a broken or unprotected verdict, in words ("The certificate of mx1 is
    //! for www.other.example, not mx1.example.com."), and the finding that explains it.
    QString cause;
    QString causeCode;               //!< its finding's code, empty when there is no cause
    QString causeSubject;            //!< its finding's subject
    Findings findings;               //!< every finding of the check, most severe first
    ProtectionAssessment protection; //!< threat by threat, what mail to the domain is protected against

    QJsonObject toJson() const;
    //! A stored check as a typed value again (CheckHistory keeps toJson()): toJson() of the result
    //! is the JSON it was read from. What toJson() leaves out stays default: the probes still
    //! running, certificates' DER, the findings of the parsed records and policy (they are in
    //! \a findings), the addresses not connected to.
    static CheckResult fromJson(const QJsonObject &json);
};

} // namespace Sts::Check

Q_DECLARE_METATYPE(Sts::Check::CheckResult)
