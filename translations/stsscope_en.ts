<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CheckResult</name>
    <message>
        <source>still being fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be validated from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT PROTECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>stsscope-cli: unknown verb &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stsscope-cli %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;stsscope-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli policy lint: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an _mta-sts TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a _smtp._tls TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an MTA-STS policy file (mta-sts.txt); &quot;-&quot; reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells whether an MTA-STS mx pattern covers a host name (RFC 8461 §4.1). Exit code 0 when it matches, 1 when it does not or the pattern is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enforce, testing or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An mx pattern; repeat for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS-RPT report URI; repeat for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy id (default: the current UTC time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to write the files into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be enforce, testing or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-age must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing generated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an MTA-STS policy, the DNS records that publish it and web server snippets that serve it. Without --out, prints the policy and the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 % successful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, report %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals: %1 reports, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions by result type (failure details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read before, counted once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first read from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads TLS-RPT reports (RFC 8460) from .json, .json.gz, .zip, .eml and .mbox files and folders, and prints them with their totals. A report read twice is counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one CSV row per policy and one per failure detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli report: no report could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would NOT deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 ms via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the mail transport security of domains: MTA-STS record and policy, TLS-RPT record, and STARTTLS with the certificate of every MX address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per network step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains checked at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about certificates expiring within this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiry-warning must be a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli check: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli check: checking %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be judged from here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks); without it they get a finding and no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An always-on MX host for the port 25 self-test, instead of the built-in ones; repeatable; &quot;none&quot; turns the self-test off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An always-on web host (port 443) for the port 25 self-test, instead of the built-in ones; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy (e.g. from ssh -N -D 1080 server): the SMTP sessions and the policy fetch go through it, DNS stays local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root servers (a root hints file) to ask directly when the resolver strips DNSSEC, instead of the internet&apos;s; for lab networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the root hints file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would NOT deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli: cannot read CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1: %2 new messages read, %3 without a report, %4 moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library %1: %2 reports added, %3 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli report: the library stopped taking reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli report fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches the new messages of an IMAP folder and reads the TLS-RPT reports in them. URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) or imap://USER@HOST[:PORT]/FOLDER (STARTTLS required). The password comes from STSSCOPE_IMAP_PASSWORD or is asked for on the terminal. With --library, the reports are added to that library and the next run fetches only messages that arrived since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the reports to this report library (the GUI&apos;s SQLite file) and remember there how far the folder was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the server to connect or answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: cannot read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set STSSCOPE_IMAP_PASSWORD, or run on a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the reports to this report library (the GUI&apos;s SQLite file); reports already in it are not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not compared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first check (%2), kept to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no new change (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list: one domain per line; blank lines and lines starting with # are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check history to compare with and keep the checks in (default: the desktop app&apos;s, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli watch: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a watch list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: stsscope-cli VERB [options] [arguments]

Checks MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) records and policies.

Verbs:
  check DOMAIN... [--resolver ADDR[@PORT]] [--ca-file F] [--trust-anchor F] [--timeout S]
                                check domains live: DNS, policy, every MX with STARTTLS
  txt lint RECORD...            check an _mta-sts TXT record set (one argument per record)
  tlsrpt-record lint RECORD...  check a _smtp._tls TXT record set
  policy lint FILE|-            check an mta-sts.txt policy file
  policy generate --domain D --mode M --mx H... [--max-age S] [--rua URI...] [--out DIR]
                                write a policy and its DNS records
  mx-match PATTERN HOST         tell whether an mx pattern covers a host
  report FILE|DIR... [--csv] [--since DATE] [--until DATE] [--library FILE]
                                read TLS-RPT reports (.json, .gz, .zip, .eml, .mbox) and sum them
  watch --list FILE [--state FILE] [check options]
                                re-check listed domains, print what changed since the last run
  report fetch URL [--library FILE] [--ca-file F] [--allow-plaintext] [--timeout S]
                                read the reports mailed to an IMAP folder (imaps://USER@HOST/FOLDER)

Every verb takes --json and --help.
Exit codes: 0 clean, 1 error findings, 2 usage error, 3 could not run.

Options:
  -h, --help     show this help
  -v, --version  show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For imap:// URLs: STARTTLS when the server offers it, else log in without TLS. The password may travel readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checks the domains of a watch list, compares each with its last check in the history the desktop app keeps, and prints what changed, each change once. Exit 1 when a new change is a problem (a warning or an error), even when other domains could not be checked; otherwise exit 3 when a domain could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: using %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaneVerifier</name>
    <message>
        <source>this OpenSSL cannot verify DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up DANE for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLSA record is usable for SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not start the verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentFiles</name>
    <message>
        <source>The policy, served at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records in zone-file form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records as plain values for a provider&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the policy with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnssecDisplay</name>
    <message>
        <source>secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and validated from the trust anchor: this answer cannot be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, but the signatures do not validate: validating resolvers refuse this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: an attacker on the path could forge this answer (DANE needs it signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated: the resolver this machine uses drops DNSSEC signatures, so whether the answer is signed cannot be seen from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingAdvice</name>
    <message>
        <source>Senders discover MTA-STS through the _mta-sts TXT record. Without one valid record they never fetch the policy. Publish exactly one record starting with &quot;v=STSv1; id=&quot; and change the id whenever the policy changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders fetch the policy from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt. It must answer 200 with text/plain, without redirects, with a certificate valid for mta-sts.&lt;domain&gt;. Usual causes: a missing DNS record for mta-sts, a virtual host that is not configured, a catch-all redirect to https://www, or a certificate without the mta-sts name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is checked like any web server&apos;s. Add mta-sts.&lt;domain&gt; to the certificate of that virtual host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse. Lines are &quot;key: value&quot;; version, mode, max_age and at least one mx are required. Use the policy wizard to write a correct file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mx line of the policy names an MX host, or &quot;*.&quot; and a parent domain for exactly one more label. An MX that no line covers gets no mail in enforce mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without MTA-STS (or DANE), STARTTLS is opportunistic: senders accept any certificate and continue in clear text when STARTTLS is missing. Publish a policy in testing mode, watch the TLS-RPT reports, then switch to enforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record points to a policy that senders cannot use; until it is fixed, senders that have no cached policy deliver without protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an mx line for this host (or a wildcard that covers it) to the policy and change the id of the _mta-sts record so that senders refetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In enforce mode senders deliver only over TLS with a certificate that is trusted, current and valid for the MX name. Fix the certificate or STARTTLS of this host before enforcing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host accepts connections on port 25 from the internet (firewall, listening address) and answers with a 220 greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the zone with DNSSEC protects the MX records themselves and allows DANE for the MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS answers that fail (SERVFAIL, bogus signatures) stop delivery by validating senders. Check the delegation, the DS record at the parent and the signatures&apos; expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable STARTTLS on the MX (for Postfix: smtpd_tls_security_level = may with smtpd_tls_chain_files) and check that nothing in front of it (a firewall&apos;s SMTP inspection) removes the STARTTLS keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS session after STARTTLS failed or was weak. Check the server&apos;s TLS configuration: protocol versions (TLS 1.2 or later), key and certificate files, and that the full chain is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP dialogue did not go as RFC 5321 requires; senders may defer or give up. Check the server&apos;s logs for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders that validate (MTA-STS enforce, DANE) refuse such a certificate; the others cannot tell it from an attacker&apos;s. Issue a certificate from a public CA for every MX name, e.g. with ACME, and renew it automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must send its certificate followed by every intermediate up to (not including) a root that senders trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; at _smtp._tls.&lt;domain&gt; to receive daily reports of failed TLS sessions, and open them with StsScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rua entry is a mailto: or https: URI that accepts reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS downgrade: an attacker on the network path can remove STARTTLS from the server&apos;s reply, and senders fall back to clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man-in-the-middle: an attacker can present any certificate, and senders that cannot require a valid one deliver to the attacker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS spoofing: forged MX answers can send mail to an attacker&apos;s server until a policy is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail loss: senders that follow the standards stop delivering to this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blindness: failed deliveries and attacks are not reported to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the host&apos;s public address in its A and AAAA records; a split-horizon DNS may be answering with the internal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix on the domain: check again from a network that can reach the MX on port 25 (and over IPv6 where it has IPv6 addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove MX records of hosts that no longer receive mail; the hosts past the cap were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders that validate DANE (Postfix, Exim, Microsoft 365 and others) deliver to an MX with DNSSEC-signed TLSA records only when a record matches the certificate it presents. Publish &quot;3 1 1&quot; records for the key in use and the next one, keep the zone&apos;s DNSSEC valid, and after a key change update the records first and wait for their TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE needs the TLSA records signed: sign the zone of the MX host with DNSSEC and publish its DS record at the parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For SMTP only DANE-TA(2) and DANE-EE(3) records count. Replace the records with &quot;3 1 1&quot; records of the server&apos;s public key (the current and the next).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the domain: check again from a network whose resolver passes DNSSEC, or that lets StsScope ask the root servers itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE starts at the domain&apos;s MX records: only when they are DNSSEC-signed can a sender trust the MX host names whose TLSA records it then looks up. Sign the domain&apos;s zone (and publish its DS record at the parent); until then, MTA-STS is what protects mail to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE protects mail from senders that validate DNSSEC and TLSA records; many large senders implement only MTA-STS, and to them STARTTLS stays opportunistic. Publish an MTA-STS policy as well (RFC 8461 §2: a sender that does both uses DANE), in testing mode first, then enforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders fetch the policy again only when the id in the _mta-sts TXT record changes. Publish a new id (e.g. the date and time, 20260301120000) every time the policy file changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published policy protects less than it did. If that was not intended, restore the policy file (mode enforce, the max_age you had) and change the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MX host must match an mx line of an enforce policy. Add the host (or a wildcard covering it) to the policy first, change the id, wait for the old max_age, and only then publish the MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate well before it expires, automatically (ACME), with every name the host serves, and check the renewal from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn STARTTLS back on (for Postfix: smtpd_tls_security_level = may with a certificate) and check that nothing in front of the server removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration after the last change: the key and certificate files, the protocol versions and the ciphers it accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that worked at the last check does not now. The check&apos;s own findings name the cause; if it was a passing outage, the next check says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a key or certificate change, publish the TLSA record of the new key before it is used, wait for the record&apos;s TTL, then switch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; has characters other than letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=STSv1;&quot;: senders treat the domain as having no MTA-STS policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=STSv1;&quot;; senders discard them all and treat the domain as having no MTA-STS policy. Publish exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=STSv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record looks like an MTA-STS record but does not start with exactly &quot;v=STSv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=STSv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=STSv1;&quot; discard the record. Remove the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record consists of %1 character-strings; they are joined without spaces before parsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has an empty field (two semicolons in a row), which makes it syntactically invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not of the form name=value; the record is syntactically invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no &quot;id&quot; field; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits (no dashes, dots, colons or spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is %2 characters long; at most 32 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either value. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension field &quot;%1&quot; does not follow the grammar (name: letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, at most 32; value: printable ASCII without &quot;;&quot;, &quot;=&quot; or spaces); the record is syntactically invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored by senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid MTA-STS record with id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is %1 bytes long; senders reject policies over 65536 bytes (64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy starts with a UTF-8 byte order mark, so its first key is not read as &quot;version&quot;. Save the file without BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line contains a control character (byte %1) that the policy grammar does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines end with a bare CR; only LF and CRLF separate lines, so the whole policy reads as one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy mixes LF and CRLF line endings; both are allowed, but one style is easier to maintain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line starts with whitespace; the grammar does not allow it and strict senders reject the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace between the key &quot;%1&quot; and the colon; the grammar does not allow it and strict senders reject the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not of the form &quot;key: value&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are case-sensitive: &quot;%1&quot; is not &quot;%2&quot; and is ignored as an unknown key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; is ignored by senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears again; senders use the first value (&quot;%2&quot;) and ignore this one (&quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing; senders treat the policy as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; it must be &quot;STSv1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is not the first line; the order of keys does not matter to senders, but it is customary to start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is invalid; it must be &quot;enforce&quot;, &quot;testing&quot; or &quot;none&quot; (lower case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max_age &quot;%1&quot; is not a whole number of seconds (1 to 10 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max_age %1 exceeds the maximum of 31557600 seconds (one year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max_age of %1 seconds is shorter than a day; senders refetch the policy often and an attacker who blocks the fetch can strip it quickly. Use at least 86400, and weeks (604800 or more) in enforce mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in mode &quot;%1&quot; lists no &quot;mx&quot; pattern; no MX host can match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &quot;mx&quot; line has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode &quot;none&quot;: senders drop any earlier policy and deliver opportunistically. This is how a domain withdraws MTA-STS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode &quot;testing&quot;: senders report failures (TLS-RPT) but still deliver over unauthenticated or plain connections. Switch to &quot;enforce&quot; once reports show no failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid policy: mode %1, max_age %2, %3 mx pattern(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is not a valid host name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; has a wildcard that is not the whole leftmost label followed by &quot;.&quot;; only &quot;*.domain&quot; is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; covers every host directly under a top-level domain; it protects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; ends with a dot; it is compared without it, but not every sender strips it. Write the name without the final dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is written in Unicode; the grammar expects A-labels. Write &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is an IP address; MX records and patterns name hosts, and certificates are checked against host names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds; %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy in mode &quot;%1&quot; needs at least one mx pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated %1 does not pass its own check (%2); please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid internationalized name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=TLSRPTv1;&quot;: senders send no TLS reports, so delivery failures stay invisible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=TLSRPTv1;&quot;; senders then send no reports at all. Publish exactly one, with all addresses in its rua field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=TLSRPTv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record looks like a TLS-RPT record but does not start with exactly &quot;v=TLSRPTv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=TLSRPTv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=TLSRPTv1;&quot; discard the record. Remove the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none (encode them in the URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either. Put every report address into one rua field, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no &quot;rua&quot; field, so senders do not know where to send reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rua field contains an empty URI (a stray comma or nothing after &quot;rua=&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; uses neither &quot;mailto:&quot; nor &quot;https:&quot;, the only schemes senders support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable mailto: address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable https: URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; contains &quot;%2&quot;, which must be percent-encoded. Several addresses are separated by commas, not spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme of &quot;%1&quot; is not in lower case; this is allowed, but some senders only recognise &quot;mailto:&quot; and &quot;https:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is listed twice; senders may deliver each report twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid TLS-RPT record; reports go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address follows &quot;mailto:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address has no local part and domain separated by &quot;@&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not fully qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains user information, which senders do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lookup for %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNSSEC signatures for %1 do not validate (%2); validating senders cannot resolve it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-signed; MTA-STS protects against their spoofing only once a policy is cached, and DANE is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no MX host to deliver to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no MX record; senders deliver to its own address. Publish an MX record so that a policy can name the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 has no address (A: %2, AAAA: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; in enforce mode senders do not deliver to it. Add &quot;mx: %1&quot; (or a wildcard covering it) to the policy and change the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; senders report this and would refuse it in enforce mode. Add it to the policy before enforcing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address of the MX host %1 completed an SMTP session; senders cannot deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); in enforce mode senders do not deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); senders still deliver in testing mode and report it, but enforce mode would stop mail to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An _mta-sts record is published but senders cannot use the policy (%1); mail is delivered without MTA-STS protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy: an attacker on the path can strip STARTTLS or present any certificate, and senders deliver anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy file is served at %1, but no valid _mta-sts TXT record points to it, so senders never fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy host %1 has no address (%2): senders cannot fetch the policy and treat the domain as having none. Publish an A or AAAA record for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 port 443: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is not valid for %1 (%2); senders refuse the policy (TLS-RPT: sts-webpki-invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy fetch from %1 did not complete within %2 s; senders give up as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP response from %1 is malformed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy URL answers with a redirect (HTTP %1 to %2); senders must not follow redirects. Serve the file directly at /.well-known/mta-sts.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy URL answers HTTP %1 %2 instead of 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is served as &quot;%1&quot;; it must be text/plain, and senders reject other types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy body is larger than 64 KiB; senders stop reading and reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy fetched from %1 (%2) in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field names are case-sensitive: senders read &quot;%1&quot; as an unknown field and ignore it. Write it in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy in mode &quot;none&quot; lists no &quot;mx&quot; pattern. RFC 8461 allows this in mode none, but some parsers require an mx line in every mode and reject the policy; adding one is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels; a TLS-RPT report needs five. Refused as hostile or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is not an object, so it is not a TLS-RPT report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing, empty or not of the expected type (%2); the report cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range ends (%2) before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of sessions from 0 up, not %2; the report cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2; the report cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failure detail (%1) has no result-type, so its failed sessions cannot be attributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone (&quot;%2&quot;), as Microsoft sends it; read as UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time (&quot;%2&quot;); read as midnight UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is null; the sender gave no contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is missing; the sender gave no contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report lists no policies, so it reports no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy-type &quot;%2&quot; is none of sts, tlsa, no-policy-found; its sessions are counted under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no policy-domain; its sessions are counted without a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy-string holds one string that is itself a JSON list (as Microsoft sends TLSA records); read as %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: policy-string is a single string, not a list; read as a list of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mx-host is a single string, not a list (as in the RFC&apos;s own example); read as a list of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mx-host &quot;%2&quot; carries the policy&apos;s &quot;mx:&quot; key; read as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing; read as 0, as encoders that drop zero values mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the failure details add up to %2 failed sessions, the summary says %3. Both numbers are kept; totals use the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: result-type &quot;%2&quot; is not defined by RFC 8460; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the failure detail names no sending-mta-ip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an empty string; read as absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a name from a draft of RFC 8460; read as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) carries no policy-string; the policy the sender saw is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON starts with a byte order mark, which RFC 8259 forbids; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes; files over %2 bytes are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is neither JSON, gzip, zip, an e-mail message nor an mbox file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report unpacks to more than %1 bytes; refused as a decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 bytes in all; the rest is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data expands more than %1 times; refused as a decompression bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip data ends before its end marker; the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after the end of the gzip data are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip archive cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip archive has %1 entries; archives with more than %2 are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip entry is encrypted and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives and messages are nested more than %1 deep; the inner content is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail message cannot be parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s MIME parts nest more than %1 deep; deeper parts are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is declared as %2 but holds neither JSON nor gzip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT report was found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than %1 reports; the rest is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was canceled before this file was read to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts hold no report and were skipped (e.g. &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; from %2 was read before (%3); it is counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the report library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report library %1 has schema version %2; this StsScope knows up to %3. Use a newer StsScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the reports; nothing from this file was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the report library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 port %2 was refused: nothing accepts mail there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1 port %2 within %3 s: the address does not answer (a firewall may drop the packets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete greeting within %1 s (%2 bytes received so far). Senders give up on servers that are this slow to greet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greets with %1 instead of 220 (&quot;%2&quot;): it refuses the session, and senders cannot deliver here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting is not an SMTP reply: %1. Senders cannot talk to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting is too large: %1. StsScope stops reading there, as senders do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply before StsScope sent %1, when no command had asked for one (&quot;%2&quot;). A client could take it for the answer to its next command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP session did not finish within %1 s; it was stopped at step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP session was cancelled at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers EHLO with %1 (&quot;%2&quot;); without EHLO there is no STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it travels in clear text, and senders that enforce MTA-STS do not deliver (TLS-RPT: starttls-not-supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers STARTTLS but answers it with %1 (&quot;%2&quot;); senders fall back to clear text or, under an enforced policy, do not deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 bytes after its 220 reply to STARTTLS, before the TLS handshake; they were discarded, as clients must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted STARTTLS and then closed the connection before the TLS handshake completed (TLS-RPT: validation-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1 (TLS-RPT: validation-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake did not complete within %1 s (TLS-RPT: validation-failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.0 and 1.1 are deprecated. Enable TLS 1.2 and 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain does not pass MTA-STS validation for %1 (TLS-RPT: %2); see the certificate findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHLO reply after the TLS handshake still offers STARTTLS; servers should not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS with %1, cipher %2, key exchange %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain verifies to the trusted root &quot;%1&quot; and the name &quot;%2&quot; in the certificate matches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of the presented chain cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2; senders refuse it. Renew it and install the new certificate on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid only from %2; senders refuse it until then. Check the server&apos;s clock and the certificate&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expires on %2, in %3 days. Renew it before then; check that automatic renewal works and reloads the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2. Add %1 to the certificate&apos;s subject alternative names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is self-signed; MTA-STS requires a chain to a root that senders trust. Use a certificate from a public CA, e.g. through ACME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends in &quot;%1&quot;, which is not a trusted root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends &quot;%1&quot; without the certificate of its issuer &quot;%2&quot;; senders do not fetch missing intermediates. Configure the full chain file (leaf first, then the intermediates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has a %2 key of %3 bits; senders with current defaults refuse keys below 2048 bits (RSA) or 224 bits (EC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed with %2, which current senders no longer accept. Reissue it with SHA-256 or better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of &quot;%1&quot; failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust anchor file %1 could not be read as PEM certificates; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt has no SQLite driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1: no complete reply within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent something that is not a valid SMTP reply: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent a reply that is too large: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply lines end with a bare LF instead of CRLF (first seen in %1). Many senders tolerate it, strict ones do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply line of %1 octets (in %2); RFC 5321 allows 512 including CRLF, and some senders cut or reject longer lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the server sent bytes outside ASCII; only SMTPUTF8 sessions may carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the server sent control characters, which reply text may not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection while StsScope was waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed while StsScope was waiting for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 could not be checked from this machine: %2. This says nothing about the host; check it from a network that can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has %1 MX hosts; only the %2 most preferred were checked, so the verdict covers part of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This occurs %n times in the record; the first is shown.</source>
        <translation>
            <numerusform>This occurs %n time in the record; the first is shown.</numerusform>
            <numerusform>This occurs %n times in the record; the first is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record ends in whitespace after its last field, without a &quot;;&quot;; the grammar allows whitespace only around a semicolon. Senders that trim it accept the record, strict ones discard it. Remove the trailing whitespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line contains bytes that are not UTF-8 (such as 0xFF); the grammar allows nothing else. Lenient senders ignore an unknown key&apos;s line, but strict ones (postfix-tlspol) discard the whole policy. Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty line; the grammar has no empty lines, not even at the end. Lenient senders skip it, but strict ones (postfix-tlspol, Mimecast&apos;s strict mode) discard the whole policy. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unknown key &quot;%1&quot; does not follow the extension grammar (a name of at most 32 ASCII letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot; that starts with a letter or digit; a value that is not empty, with single spaces but no tabs). Lenient senders ignore the line, but strict ones (postfix-tlspol, mox) discard the whole policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mx value &quot;%1&quot; is written in Unicode (a U-label); RFC 8461 requires the A-label. Lenient senders convert it, but strict ones (mox) discard the whole policy. Write &quot;mx: %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy host %1 sent nothing for %2 s after the request; StsScope gave up on the connection, and senders time out on such a server as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names %1 only in its common name (CN) and has no DNS subject alternative name; MTA-STS requires the host name as a subjectAltName, so senders refuse it (TLS-RPT: certificate-host-mismatch). Reissue it with a subjectAltName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; appears more than once, which I-JSON forbids; readers disagree on which value counts, and StsScope used the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1, not multipart/report with report-type=&quot;tlsrpt&quot; as RFC 8460 defines for reports by mail; the report in it was read anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is attached as %1 instead of application/tlsrpt+json or application/tlsrpt+gzip; it was read anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the reports; none was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes DANE: the TLSA record %2 authenticates its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLSA record of %1 authenticates the certificate it presents (%2); senders that validate DANE do not deliver to it. The record for the key in use is &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes TLSA records, so senders that validate DANE require TLS, but no address completed STARTTLS (%2); they do not deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation (%2); senders that validate DANE do not deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA lookup for %1 failed (%2); senders that validate DANE defer mail to it until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLSA record of %1 is usable for SMTP (PKIX usages 0 and 1, unknown selectors or matching types, wrong digest lengths): senders that validate DANE require TLS but authenticate no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so senders ignore them and DANE protects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records of %1 cannot be validated from this machine: its resolver drops DNSSEC signatures. Whether DANE protects the host cannot be seen from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every TLSA record of %1 matches the key in use and none a next one: when the key changes, senders that validate DANE stop delivering until a new record is published and the old one has expired from caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy. DANE protects every MX host for senders that validate it; senders that implement only MTA-STS accept any certificate and deliver without STARTTLS if an attacker strips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has signed TLSA records, but the MX records of %2 are not DNSSEC-signed: an attacker can forge them, and most DANE senders (Postfix, Exim) then do not use the TLSA records at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy changed (%1) but the id in _mta-sts did not (still &quot;%2&quot;): senders that cached the old policy keep it for up to %3 seconds. Change the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id in _mta-sts changed from &quot;%1&quot; to &quot;%2&quot; while the policy stayed the same; senders fetch it again and nothing else happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 policy is gone: it is now %2. Senders keep a cached policy until it expires; new senders get no protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy mode went down from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s max_age dropped from %1 to %2 seconds: senders cache it for less time, and an attacker who blocks the refresh waits less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new MX host %1 matches no mx line of the enforce policy: senders do not deliver to it. Add it to the policy and change the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 is no longer covered by the enforce policy&apos;s mx lines: senders stop delivering to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX hosts changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, before senders that fetch the enforce policy today stop using it (max_age %3 seconds): unless it is renewed in time, they refuse the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, within %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 at %2 no longer names the host (it names %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 no longer offers STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 offers STARTTLS, but the TLS handshake no longer succeeds: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain was %1 and is now broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records of %1 no longer match its certificate (DANE: %2); senders that validate DANE stop delivering to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history %1: it was written by a newer StsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the check of %1 to the history: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the watch list in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libunbound could not create a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libunbound option %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolver address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root hints %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust anchor file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust anchor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS resolver has no file descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SOCKS5 proxy URL like socks5://127.0.0.1:1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SOCKS5 proxy is given as socks5://HOST:PORT, with a port and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to EHLO after the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier-grade NAT (RFC 6598)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique local (RFC 4193)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved for documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved, not routed on the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, more than such a file holds; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1: no domain has been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address; the resolver is given as ADDR or ADDR@PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail transport security of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms by StsScope %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not observable from here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the response header is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response does not start with an HTTP/1.x status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status line has no three-digit status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response uses obsolete header line folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has more than %1 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported transfer coding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk is not followed by CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1024 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is sent with the transfer coding &quot;%1&quot;; only plain chunked is read, and senders need the policy uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chunked trailer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no policy domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultComparison</name>
    <message>
        <source>MX address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mx lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text changed, id did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senders keep the old policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultTypeAdvice</name>
    <message>
        <source>The MX host does not offer STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender connected to your MX host, but the server did not offer STARTTLS in its EHLO answer, or the TLS handshake could not be started. Under an MTA-STS policy in enforce mode the sender does not deliver; otherwise the mail went without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS switched off or not configured on that MX host; a load balancer, firewall or &quot;SMTP inspection&quot; box that strips STARTTLS from the EHLO answer; a handshake that fails because server and sender share no protocol version or cipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the MX host named in the failure details with StsScope: does its EHLO answer list STARTTLS and does the handshake succeed? Enable TLS in the mail server and remove whatever in front of it rewrites SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not name the MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose names (subject alternative names) do not include the host name the sender connected to, so the sender could not be sure it was talking to your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate issued for another name (the web server&apos;s, or the provider&apos;s default); a new MX host added to DNS without a new certificate; several MX names behind one address with only one of them in the certificate; a wildcard that does not cover the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a certificate that lists every MX host name exactly as it appears in the MX records and in the policy&apos;s mx: lines, and install it on every MX host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose validity period had ended (or not yet begun) when the sender connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic renewal that stopped working; a renewed certificate that the mail server never reloaded; an old certificate left on one of several MX hosts; a wrong clock on the sending or receiving side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate, reload or restart the mail server, and check every MX host and address with StsScope. Monitor the days left so that it does not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender could not build a chain from the MX host&apos;s certificate to a certificate authority it trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-signed certificate or one from a private CA; a missing intermediate certificate (the server sends only its own certificate); a chain in the wrong order; a CA that public trust stores have dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate from a publicly trusted CA and configure the server to send the full chain (leaf and intermediates). StsScope&apos;s certificate view shows which link is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general failure of certificate or policy validation that fits none of the more specific result types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked certificate; an unsupported key or signature algorithm; broken certificate extensions; a TLS handshake that failed for reasons the sender could not classify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the failure reason code and additional information the sender gave, check the MX host&apos;s certificate and TLS settings, and compare with other senders&apos; reports for the same host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records are invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DANE TLSA records published for the MX host are malformed or unusable, so the sender could not use them to check the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong usage, selector or matching type values; a digest of the wrong length; records edited by hand with a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the TLSA records from the certificate or key actually in use (for example 3 1 1, the SHA-256 of the public key) and publish them at _25._tcp.&lt;mx host&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s DNSSEC validation of your DNS answers failed (they were bogus), so it could not trust the MX or TLSA records it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired DNSSEC signatures; a key rollover that went wrong; DS records at the parent zone that no longer match the zone&apos;s keys; a DNS provider change without moving the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the zone with a DNSSEC debugger, re-sign it, and make the DS record at the registrar match the zone&apos;s current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE was required but could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender requires DANE for your domain (there are TLSA records), but none of them matched the certificate the MX host presented, or the records could not be obtained securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate or key replaced without first publishing a TLSA record for the new one; TLSA records for the wrong host or port; a server that presents different certificates on different addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish TLSA records for the current and the next certificate before every rollover, and check that each MX address presents a certificate that matches one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your _mta-sts TXT record announces a policy, but the sender could not download it from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mta-sts host name does not resolve; the web server is down, times out or answers with a redirect or an error status; the file is missing; a firewall blocks HTTPS from the outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the policy URL from outside your network (StsScope&apos;s Policy view shows the HTTP exchange) and make the server answer 200 with the policy file directly, without redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender fetched your MTA-STS policy but could not parse it, or it does not allow the MX host the sender found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A syntax error in mta-sts.txt (missing version, mode or max_age, a typo in a key); a wrong content type; an MX host missing from the policy&apos;s mx: lines after a change of mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint the policy with StsScope (or stsscope-cli policy lint), add an mx: line for every MX host, and change the id in the _mta-sts TXT record after every change so that senders fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS server at mta-sts.&lt;domain&gt; presented a certificate the sender could not validate, so it did not trust the policy it served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate that does not include the mta-sts host name (the usual mistake on shared web hosting); an expired or self-signed certificate; a missing intermediate certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mta-sts.&lt;domain&gt; to the web server&apos;s certificate (or give it its own), send the full chain, and check it with StsScope&apos;s certificate view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result type RFC 8460 does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender reported failures as &quot;%1&quot;, a name that is not among the result types of RFC 8460. Some senders use their own names or names from drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever the sender means by it; the failure reason code and the additional information in the failure details usually say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the failure details and the raw report, check the MX hosts they name with StsScope, and ask the sender&apos;s contact if it stays unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
What it means: %3
Usual causes: %4
What to do: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServingSnippets</name>
    <message>
        <source>Static hosting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Check::Environment</name>
    <message>
        <source>port 25: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 25: blocked on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 25: not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6: routable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6: no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6: not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: the resolver drops signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: not tested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: validated from the root servers (the resolver drops signatures)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Check::ProtectionAssessment</name>
    <message>
        <source>The check did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no MX host to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine could not observe every MX host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MX hosts are protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE and the enforce policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enforce policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is in testing mode: senders report failures but deliver anyway, and there is no DANE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an enforce MTA-STS policy nor DANE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MX host offers STARTTLS: senders encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX host completes STARTTLS: mail travels in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders require TLS to every MX host (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders authenticate every MX host&apos;s certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records are DNSSEC-signed: validating senders detect forged answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s resolver drops DNSSEC: whether the MX records are signed cannot be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records are not signed; a cached enforce policy still limits delivery to the hosts its mx patterns name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records are not signed and no policy limits the MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE needs no earlier contact: it is checked at every delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender without the policy cached (first contact, or after it expired) can be attacked until it fetches it; DANE would close this gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE does not expire: the TLSA records are looked up at every delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age is %1 days: an attacker must block the refresh for that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age is only %1 s: a cached policy soon runs out (weeks are recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT reports tell you about failed deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT record: nobody tells you when deliveries fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive eavesdropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man-in-the-middle with a forged certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoofed MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached policy running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures nobody notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Check::WatchListFile</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is longer than %1 lines; this line and those after it were not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::DomainInput</name>
    <message>
        <source>the text is too long to be a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the host name from the web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the domain of the mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no domain name in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain name has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address; mail domains are names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted %1 to its ASCII form %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-cased it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the %1 prefix: the domain is its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail domain has at least two labels, like example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last label &quot;%1&quot; is all digits, which no top-level domain is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::MtaSts::PolicyFetcher</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Net::Resolver</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolvers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS response code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed %1 record was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS query could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Smtp::SmtpProbe</name>
    <message>
        <source>banner too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid reply while waiting for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a reply before %1 was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting %1 instead of 220</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO answered with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS answered with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO after the TLS handshake answered with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed after STARTTLS, before the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed while waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no banner within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply within %1 s while waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session not finished within %1 s (at step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt</name>
    <message>
        <source>&quot;%1&quot; is no URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must begin with imaps:// (TLS) or imap:// (STARTTLS), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL holds a password; give it in STSSCOPE_IMAP_PASSWORD or at the prompt instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no user: imaps://USER@HOST/FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no host: imaps://USER@HOST/FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must end with the folder: imaps://USER@HOST/FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder name in the URL cannot be sent to an IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ImapClient</name>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeds %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted TLS connection to %1: %2. If the server uses a private CA, give its certificate as the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the password would travel in plain text: not logged in. Use imaps:// (port 993), or allow plain text explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be sent to an IMAP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no UIDVALIDITY for the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::MailboxSync</name>
    <message>
        <source>The server gave no UIDNEXT for the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n report added</numerusform>
            <numerusform>%n reports added</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored, but not moved to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to &quot;%1&quot;: it is a folder that is read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ReportLibraryWorker</name>
    <message>
        <source>The report library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n report added</numerusform>
            <numerusform>%n reports added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::AboutDialog</name>
    <message>
        <source>About StsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsScope logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether mail to a domain is protected in transit: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, the certificates of every MX, and DNSSEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 StsScope authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsScope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY; see the Licence tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libraries StsScope runs with, as they report themselves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL-3.0-or-later; the licence text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::BarChartView</name>
    <message>
        <source>No data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CertificateChainModel</name>
    <message>
        <source>%1 (policy host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server / certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches TLSA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CertificatesView</name>
    <message>
        <source>&amp;Export PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected server&apos;s certificate chain as PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the leaf certificates of every server side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No server has presented a certificate yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a server or a certificate to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: trusted and the name matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (matches %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a&amp;ll servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ChainComparisonModel</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPKI SHA-256 (DANE 3 1 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CoveragePage</name>
    <message>
        <source>mx lines of the draft policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts and their coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave these MX hosts out on purpose (for example, they are being retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which MX hosts the policy covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders that follow the policy deliver only to MX hosts an mx line names. A wildcard such as *.example.com covers exactly one label: mx1.example.com, but not mx1.eu.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: a wildcard where every MX shares a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard wherever possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to propose mx lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts, and what a sender would do in enforce mode with these lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1. No mx line names it, so senders will not deliver to it once the policy is in enforce mode. Add a line for it, or confirm below that this is intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails validation (%2): in enforce mode senders will not deliver to it until its STARTTLS and certificate are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy needs at least one valid mx line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same mx lines as the published policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the published policy, this %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DateFilterEdit</name>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date such as %1 or %2; empty for any date. Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type it as %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DnsRecordsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainFailuresModel</name>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainInspector</name>
    <message>
        <source>Chain of trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;X hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cert&amp;ificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 s — %n probe(s) running: %2</source>
        <translation>
            <numerusform>%1 s — %n probe running: %2</numerusform>
            <numerusform>%1 s — %n probes running: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported fail&amp;ures</source>
        <extracomment>The tab of the failures senders reported (TLS-RPT) for the domain; most letters are taken.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT failures that senders reported for this domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainPage</name>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsScope looks up what the domain publishes today: its MX hosts and their certificates, an existing MTA-STS policy and its records, and the TLS-RPT record. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the domain publishes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published policy (mta-sts.txt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1… %n step(s) running</source>
        <translation>
            <numerusform>Looking up %1… %n step running</numerusform>
            <numerusform>Looking up %1… %n steps running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s) found, looked up in %2 s.</source>
        <translation>
            <numerusform>%1: %n MX host found, looked up in %2 s.</numerusform>
            <numerusform>%1: %n MX hosts found, looked up in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Look the domain up again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 were not looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records of %1 cannot be resolved (%2). Fix the domain&apos;s DNS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts no mail (it has a null MX record), so there is nothing for MTA-STS to protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainReportsView</name>
    <message>
        <source>TLS-RPT failures of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reports say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sending servers report about the domain shows here once it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report library holds no TLS-RPT reports for %1. Senders mail them to the address in the domain&apos;s _smtp._tls record; import them in the Reports area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT reports for %1 in the last %2 days (since %3); the latest is from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, %4 of them failed; none came with failure details.</source>
        <translation>
            <numerusform>In the last %1 days %n report for %2 counted %3 sessions, %4 of them failed; it came without failure details.</numerusform>
            <numerusform>In the last %1 days %n reports for %2 counted %3 sessions, %4 of them failed; none came with failure details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, all successful.</source>
        <translation>
            <numerusform>In the last %1 days %n report for %2 counted %3 sessions, all successful.</numerusform>
            <numerusform>In the last %1 days %n reports for %2 counted %3 sessions, all successful.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days (since %2) %n report(s) for %3 counted %4 failed of %5 sessions (success rate %6). By result type and receiving MX:</source>
        <translation>
            <numerusform>In the last %1 days (since %2) %n report for %3 counted %4 failed of %5 sessions (success rate %6). By result type and receiving MX:</numerusform>
            <numerusform>In the last %1 days (since %2) %n reports for %3 counted %4 failed of %5 sessions (success rate %6). By result type and receiving MX:</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::EnvironmentIndicator</name>
    <message>
        <source>This machine&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network limits the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check run from here cannot see everything a sending mail server would. StsScope does not blame the domains for it: what it could not observe is shown as unknown, and where that decides, the verdict is INCONCLUSIVE. To see what a server sees, set a SOCKS5 proxy on a server that can reach port 25 in Settings (ssh -N -D 1080 a-server makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found so far hides from a check what a sending mail server would see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailureDetailsModel</name>
    <message>
        <source>Policy domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending MTA IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving MX HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathModel</name>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reported from %1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Reported from %1 to %2 (%n day)</numerusform>
            <numerusform>Reported from %1 to %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n report(s)</source>
        <translation>
            <numerusform>in %n report</numerusform>
            <numerusform>in %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathsView</name>
    <message>
        <source>Failures by sender and MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sender failed to reach which MX, for what reason, and since when: the failure details of the reports in the filter, summed per path. Double-click a row for the failure details of its latest report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sender, MX, result type, domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failures by sender and MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports count %1 failed sessions but give no failure details, so they cannot be traced to a receiving MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Policy Domain Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FindingsModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FindingsView</name>
    <message>
        <source>Problems (warnings and errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it means and how to fix it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HelpWindow</name>
    <message>
        <source>StsScope Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of the built-in help; it is in the source tree and in the installed documentation folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HistoryView</name>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 of %n file(s).</source>
        <translation>
            <numerusform>%1 from %2 of %n file.</numerusform>
            <numerusform>%1 from %2 of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Canceled: %n file not imported.</numerusform>
            <numerusform>Canceled: %n files not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountDialog</name>
    <message>
        <source>Allow &amp;unencrypted IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: 993 for TLS, 143 for STARTTLS and plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (no encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS the password and the reports cross the network readable by anyone on the way. Use it only on a network you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tlsrpt@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more folders, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the messages where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move processed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must be a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name (often the mail address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one folder to read, such as INBOX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text IMAP sends the password unencrypted: tick &quot;Allow unencrypted IMAP&quot; to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to a folder that is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, port or user name changed: enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT reports are mailed to the address in your _smtp._tls record. StsScope reads new messages from these IMAP accounts into the report library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (only Sync Now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While StsScope runs it syncs at start and then every so many hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the desktop keychain, not in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountsModel</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed messages are moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxPasswordStore</name>
    <message>
        <source>No keychain is available, so the password is not stored: it is asked for at each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keychain is not available (%1), so the password is not stored: it is asked for at each sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxSyncController</name>
    <message>
        <source>%1 was not synced: no password is stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MainWindow</name>
    <message>
        <source>StsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mail domain and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) running</source>
        <translation>
            <numerusform>%n probe running</numerusform>
            <numerusform>%n probes running</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check history is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The new language shows after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; the next check uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the domain entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n domain(s) from the list; their history is kept.</source>
        <translation>
            <numerusform>Removed %n domain from the list; its history is kept.</numerusform>
            <numerusform>Removed %n domains from the list; their history is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch This Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the watch list: it is checked again in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window leaves StsScope in the system tray, watching your domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the check history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check(s) from the history.</source>
        <translation>
            <numerusform>Deleted %n check from the history.</numerusform>
            <numerusform>Deleted %n checks from the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ModePage</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode and max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode says what senders do when an MX fails the check; max_age says how long they remember the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders check every MX against the policy and report failures to you, but still deliver when a check fails. Nothing can break; you learn what would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders deliver only over TLS, with a valid certificate, to an MX the policy names. Nobody can downgrade or intercept the connection any more, and an MX that fails the check gets no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches MTA-STS off: senders forget the policy they remembered. This is how to withdraw a policy safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders remember the policy for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the recommended setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: testing mode with a max_age of one day. Keep it for two to four weeks while the TLS-RPT reports come in, and fix every failure they show.
Step 2: enforce mode with a max_age of weeks (start with two weeks, later up to a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in testing mode (step 1). Step 2: once the TLS-RPT reports have shown no failures for two weeks or more, switch to enforce with a max_age of two weeks, and later raise it up to a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in enforce mode. Keep it, with a max_age of at least a week; many domains use one to twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 seconds (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds (one year); senders reject a policy with a larger value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to an MX that fails the check. Switch only when the reports of a testing period show that every MX passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A max_age under a week gives little protection in enforce mode: once it expires, an attacker who blocks the policy fetch can strip TLS again. Use weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long max_age while testing makes senders keep this policy for %1; a day lets you change course quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a day, senders fetch the policy again and again, and protection lapses quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To withdraw the policy: publish mode none with a new id, keep it for at least the old max_age (%1), then remove the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy is published, so there is nothing to withdraw; mode none protects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the TLS-RPT reports of %1 for the last two weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT reports are loaded, so nothing shows that enforce is safe for %1. Import the reports of the last two weeks (Reports, Import reports…) to have them checked here, or confirm below that you have checked them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded report(s) covers %1 between %2 and %3 (UTC), so nothing shows that enforce is safe. Import the recent reports, or confirm below that you have checked them.</source>
        <translation>
            <numerusform>The %n loaded report does not cover %1 between %2 and %3 (UTC), so nothing shows that enforce is safe. Import the recent reports, or confirm below that you have checked them.</numerusform>
            <numerusform>None of the %n loaded reports covers %1 between %2 and %3 (UTC), so nothing shows that enforce is safe. Import the recent reports, or confirm below that you have checked them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n report(s)). In enforce mode senders would refuse that mail: fix the failures first (Reports shows which sender failed at which MX, and why).</source>
        <translation>
            <numerusform>Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n report). In enforce mode senders would refuse that mail: fix the failures first (Reports shows which sender failed at which MX, and why).</numerusform>
            <numerusform>Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n reports). In enforce mode senders would refuse that mail: fix the failures first (Reports shows which sender failed at which MX, and why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n report(s)), so nothing shows that enforce is safe.</source>
        <translation>
            <numerusform>The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n report), so nothing shows that enforce is safe.</numerusform>
            <numerusform>The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n reports), so nothing shows that enforce is safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in %n report(s), all successful.</source>
        <translation>
            <numerusform>The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in %n report, all successful.</numerusform>
            <numerusform>The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in %n reports, all successful.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforce anyway: I have checked that the TLS-&amp;RPT reports for %1 show no failures for at least two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS-RPT reports for %1 show no failures, but they cover only %2 of the %3 days from %4 to %5 (UTC), the first on %6: too little to show that enforce is safe. Wait for two weeks of reports, or confirm below that you have checked them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MxHostsModel</name>
    <message>
        <source>implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (MTA-STS only: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MxLinesModel</name>
    <message>
        <source>Covers none of the domain&apos;s MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mx line</source>
        <extracomment>a line &quot;mx: &lt;pattern&gt;&quot; of the MTA-STS policy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OutputPage</name>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything needed to publish the policy. Publish in this order: the policy file on the web server, then the TLS-RPT record, and the _mta-sts record last, because senders look for the policy once they see the record and fetch it again only when its id changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records for a provider&apos;s web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter each value without quotes. Most forms want the name within the domain; hover over a name for the full one. The policy host mta-sts.%1 also needs an address record (A/AAAA or CNAME) pointing at the web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS records as plain values for a provider&apos;s web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft against the published policy: - removed, + added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy text is the same as the published one, so the id stays %1 and the _mta-sts record does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy changed (see Changes), so the id changes from %1 to %2: update the _mta-sts record after the new file is online, or senders keep the old policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mode %2, max_age %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>Saved %n file to %1.</numerusform>
            <numerusform>Saved %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all files to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the &amp;TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA records for the keys the MX hosts present now, with the rollover advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OverviewModel</name>
    <message>
        <source>_mta-sts record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS %1, certificate valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1, max_age %2 s, mx %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senders deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senders do not deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid for %1, %n day(s) left</source>
        <translation>
            <numerusform>valid for %1, %n day left</numerusform>
            <numerusform>valid for %1, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>_smtp._tls record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not observable from here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 threats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyLinesModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyView</name>
    <message>
        <source>Policy lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy was fetched: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 days), mx: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1: valid, matches %2 (see Certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1: &lt;b&gt;invalid&lt;/b&gt; (%2; see Certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP response (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4 bytes in %5 ms over %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyWizard</name>
    <message>
        <source>MTA-STS Policy Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is published or written until you save the files and put them online yourself. Closing now discards this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this policy draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard has not written any file yet; what you entered on its pages will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PreflightPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts under the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why MX hosts would fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight: the draft against your MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsScope connects to every MX host as a sender would and judges it against the draft, as if the draft were already published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 against the draft… %n step(s) running</source>
        <translation>
            <numerusform>Checking %1 against the draft… %n step running</numerusform>
            <numerusform>Checking %1 against the draft… %n steps running</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Run the pre-flight again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the files of the next page, in the order given there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve a policy yet. That is expected before you publish: the next page has the policy file and the web server configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already serves this draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves the published policy; replace it with the new mta-sts.txt, then change the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would deliver to none of the MX hosts. Go back and fix the mx lines or the MX hosts, or publish in testing mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would not deliver to %1. Fix its STARTTLS and certificate, or publish in testing mode first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProviderRecordsModel</name>
    <message>
        <source>Full name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS: a policy exists, and its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT: where senders send their reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProxyTester</name>
    <message>
        <source>No proxy is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no connection within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is reachable through the proxy: %1 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX answered on port 25 through the proxy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportChart</name>
    <message>
        <source>No data in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDashboard</name>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top sending organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions per receiving MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Success rate %1&lt;/b&gt; · %2 sessions (%3 successful, %4 failed) · %5 senders · %6 reports · %7 policy domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The failure details account for %1 of the %2 failed sessions; the charts by type and by MX show the failure details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by Sender and MX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, for what reason, since when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No reports yet.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;Import TLS-RPT reports…&lt;/a&gt; (File ▸ Import Reports…), or drop files and folders on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No reports in this selection.&lt;/b&gt; The library holds %n report(s), from %1 to %2. &lt;a href=&quot;#reset&quot;&gt;Show all dates and domains&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;No reports in this selection.&lt;/b&gt; The library holds %n report, from %1 to %2. &lt;a href=&quot;#reset&quot;&gt;Show all dates and domains&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;No reports in this selection.&lt;/b&gt; The library holds %n reports, from %1 to %2. &lt;a href=&quot;#reset&quot;&gt;Show all dates and domains&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Failures by Sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDetailsView</name>
    <message>
        <source>Policies of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a report to see its policies, failure details and raw JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · contact: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polici&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fai&amp;lure details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportListNotice</name>
    <message>
        <source>Show all r&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports imported yet. Import the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml or .mbox files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n report(s) in the library is in the chosen date range, domain and search.</source>
        <translation>
            <numerusform>The %n report in the library is not in the chosen date range, domain and search.</numerusform>
            <numerusform>None of the %n reports in the library is in the chosen date range, domain and search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportPoliciesModel</name>
    <message>
        <source>The failure details add up to %1 failed sessions, the summary says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In failure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableModel</name>
    <message numerus="yes">
        <source>%n session(s) failed</source>
        <translation>
            <numerusform>%n session failed</numerusform>
            <numerusform>%n sessions failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableView</name>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportingPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where reports go (TLS-RPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders that support TLS reporting (RFC 8460) send a daily summary of the connections that worked and the ones that failed. In testing mode these reports tell you when enforce is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto:tlsrpt@example.com or https://reports.example.com/tlsrpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mailbox that someone reads, or a report service; the reports are JSON, usually gzip-compressed, and StsScope can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a report address no TLS-RPT record is published, and you will not learn which senders fail to reach your MX hosts; a testing period then tells you nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1 TXT &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportsPage</name>
    <message>
        <source>Import &amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Report &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import TLS-RPT reports: .json, .json.gz, .zip, .eml and .mbox files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every TLS-RPT report in a folder and its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop report files or folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sender, domain, failure type, report ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the report library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import TLS-RPT Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT reports (*.json *.gz *.zip *.eml *.mbox *.mbx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of TLS-RPT Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the library. Drop files or folders here to add more.</source>
        <translation>
            <numerusform>%n report in the library. Drop files or folders here to add more.</numerusform>
            <numerusform>%n reports in the library. Drop files or folders here to add more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender × M&amp;X</source>
        <extracomment>The tab of failures by sending organisation and receiving MX host; the mnemonic is free in the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected reports from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n report(s) from the library?</source>
        <translation>
            <numerusform>Delete %n report from the library?</numerusform>
            <numerusform>Delete %n reports from the library?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their policies and failure details go with them. Importing the files again brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Report(s)</source>
        <translation>
            <numerusform>Delete %n Report</numerusform>
            <numerusform>Delete %n Reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n report(s)…</source>
        <translation>
            <numerusform>Deleting %n report…</numerusform>
            <numerusform>Deleting %n reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) deleted from the library.</source>
        <translation>
            <numerusform>%n report deleted from the library.</numerusform>
            <numerusform>%n reports deleted from the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read new report mail from the mailbox accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the mailbox accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New TLS-RPT reports count %1 failed sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ResultTypeAdviceView</name>
    <message>
        <source>What the failure types mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed sessions reported: nothing to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::SessionsChartView</name>
    <message>
        <source>k</source>
        <extracomment>SI prefixes of the count axis&apos; labels (thousand, million, … 10^18)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 failed, success rate %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::SettingsDialog</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, optionally with a port: 192.0.2.53 or 2001:db8::53@5353</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;resolver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS root&apos;s (dns-root-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a DNSSEC trust anchor file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC &amp;trust anchor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trusted CA files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected CA files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about certificates e&amp;xpiring within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after StsScope is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC trust anchor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CAs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:1080, for example from ssh -N -D 1080 a-server: SMTP sessions and policy fetches go through it, DNS stays local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 &amp;proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing port 25 through the proxy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allo&amp;w MX and policy hosts on private and loopback addresses (test networks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, such hosts get a finding and no connection: senders on the internet cannot reach them, and a hostile domain cannot make a check reach into your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connect, DNS query and server reply, and the longest silence of a policy host; a whole policy fetch gets three times as long, a whole SMTP probe six times.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::StartPage</name>
    <message>
        <source>Check a &amp;domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mail domain in the entry above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml, .mbox files or whole folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk from no MTA-STS policy, or the published one, to a checked deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains you check are listed here with their last verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is mail to your domain protected in transit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsScope checks MTA-STS, TLS-RPT, STARTTLS and the certificates of every MX host, reads TLS-RPT reports and helps you publish a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ent domains (double-click or Enter checks again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected domains off this list; their check history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every domain off this list, and optionally delete their check history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take all %n domain(s) off the list of recent domains?</source>
        <translation>
            <numerusform>Take %n domain off the list of recent domains?</numerusform>
            <numerusform>Take all %n domains off the list of recent domains?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their check history is kept: a domain comes back when you check it again, with its earlier checks in the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;delete their check history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineModel</name>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT failures that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineView</name>
    <message>
        <source>Timeline: verdict over time and TLS-RPT failures per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sessions (TLS-RPT, per day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COULD NOT CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchListModel</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (expired %n day ago)</numerusform>
            <numerusform>%1 (expired %n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchNotifier</name>
    <message>
        <source>StsScope: watching your domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open StsScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check All Watched Domains Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze the Last Domain for 24 Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new problem(s)</source>
        <translation>
            <numerusform>%1: %n new problem</numerusform>
            <numerusform>%1: %n new problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze %1 for 24 Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New problems on %n watched domain(s)</source>
        <translation>
            <numerusform>New problems on %n watched domain</numerusform>
            <numerusform>New problems on %n watched domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchPage</name>
    <message>
        <source>Check All &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StsScope checks these domains again in the background while it runs and tells you when something changes that can stop mail: a policy changed without a new id, an MX the policy does not cover, a certificate that expires before senders&apos; cached policy does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com example.org (or paste a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the watched domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between background checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of the domains added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze Notices for 24 Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notices for the selected domains until tomorrow at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the Watch List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n domain(s) to the watch list.</source>
        <translation>
            <numerusform>Added %n domain to the watch list.</numerusform>
            <numerusform>Added %n domains to the watch list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already watched.</source>
        <translation>
            <numerusform>%n was already watched.</numerusform>
            <numerusform>%n were already watched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, as no domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n domain(s); their history is kept.</source>
        <translation>
            <numerusform>Stopped watching %n domain; its history is kept.</numerusform>
            <numerusform>Stopped watching %n domains; their history is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n domain(s) added.</source>
        <translation>
            <numerusform>Imported %1: %n domain added.</numerusform>
            <numerusform>Imported %1: %n domains added.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lines are no domain and were left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Watch List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Watch List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) watched</source>
        <translation>
            <numerusform>%n domain watched</numerusform>
            <numerusform>%n domains watched</numerusform>
        </translation>
    </message>
    <message>
        <source> · background checks are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 checking, %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictJudge</name>
    <message>
        <source>The MX records of %1 cannot be resolved (%2); senders cannot deliver mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX host of %1 would receive mail from a sender following the standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the DNS of the domain (delegation, DNSSEC signatures) so that its MX records resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make at least one MX host reachable with STARTTLS and a valid certificate for its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders enforcing the policy will not deliver to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the failing MX hosts (see their findings) or cover them in the policy; switch to testing mode until they pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to %1 is protected: an enforce policy and every MX host passes validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record to learn about failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing mode: senders report TLS failures but still deliver without protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MX passes: once TLS-RPT reports show no failures, switch the policy to enforce and raise max_age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the MX hosts that fail validation before switching to enforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to %1 is not protected against STARTTLS downgrade or forged certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an MTA-STS policy in testing mode (Tools → Policy wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the policy so that senders can fetch and parse it (see the findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was cancelled before it finished. What it observed is shown, but it is no verdict on the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain again to get a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine has no IPv6 route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound port 25 is blocked on this machine&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of its %2 MX hosts were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine cannot see what a sending server would see of %1 (%2), so there is no verdict on the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again from a network that can reach the MX hosts on port 25 (and over IPv6 where they have IPv6 addresses), or through a SOCKS5 proxy on such a server (Settings, or --proxy; ssh -N -D 1080 a-server makes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its TLSA records cannot be validated here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders that validate DANE will not deliver to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificates in use, and keep their DNSSEC valid (see the DANE findings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE and an enforce MTA-STS policy: every MX host passes both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE: every MX host&apos;s certificate matches its DNSSEC-signed TLSA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLSA record of %1 matches the certificate it presents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not covered by the policy&apos;s mx lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not complete an SMTP session (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 fails (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 does not verify (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 and connecting to its policy host and every MX host as a sender would…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchChangeDetector</name>
    <message>
        <source>the check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check is inconclusive from this machine&apos;s network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether mail to a domain is protected in transit (MTA-STS, TLS-RPT, STARTTLS, DANE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains to check at start, and TLS-RPT report files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy; DNS stays local.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
