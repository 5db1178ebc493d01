<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CheckResult</name>
    <message>
        <source>still being fetched</source>
        <translation>wird noch abgerufen</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>no policy published</source>
        <translation>keine Richtlinie veröffentlicht</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>wird abgefragt</translation>
    </message>
    <message>
        <source>no TLSA records</source>
        <translation>keine TLSA-Einträge</translation>
    </message>
    <message>
        <source>unsigned: ignored</source>
        <translation>unsigniert: ignoriert</translation>
    </message>
    <message>
        <source>cannot be validated from here</source>
        <translation>von hier nicht validierbar</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>bogus</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>GESCHÜTZT</translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation>TESTMODUS</translation>
    </message>
    <message>
        <source>NOT PROTECTED</source>
        <translation>NICHT GESCHÜTZT</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>FEHLERHAFT</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NICHT BEURTEILBAR</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>stsscope-cli: unknown verb &quot;%1&quot;.</source>
        <translation>stsscope-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>stsscope-cli policy lint: cannot read %1: %2</source>
        <translation>stsscope-cli policy lint: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checks an _mta-sts TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation>Prüft die TXT-Einträge unter _mta-sts: ein Argument je TXT-Eintrag, Character-Strings werden zusammengefügt.</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Checks a _smtp._tls TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation>Prüft die TXT-Einträge unter _smtp._tls: ein Argument je TXT-Eintrag, Character-Strings werden zusammengefügt.</translation>
    </message>
    <message>
        <source>Checks an MTA-STS policy file (mta-sts.txt); &quot;-&quot; reads stdin.</source>
        <translation>Prüft eine MTA-STS-Richtliniendatei (mta-sts.txt); „-“ liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Tells whether an MTA-STS mx pattern covers a host name (RFC 8461 §4.1). Exit code 0 when it matches, 1 when it does not or the pattern is invalid.</source>
        <translation>Prüft, ob ein MTA-STS-mx-Muster einen Hostnamen abdeckt (RFC 8461 §4.1). Exit-Code 0, wenn es passt, 1, wenn nicht oder wenn das Muster ungültig ist.</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 passt auf %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 passt nicht auf %2</translation>
    </message>
    <message>
        <source>Writes an MTA-STS policy, the DNS records that publish it and web server snippets that serve it. Without --out, prints the policy and the records.</source>
        <translation>Erzeugt eine MTA-STS-Richtlinie, die DNS-Einträge, die sie veröffentlichen, und Webserver-Konfigurationsausschnitte, die sie ausliefern. Ohne --out werden die Richtlinie und die Einträge ausgegeben.</translation>
    </message>
    <message>
        <source>The mail domain.</source>
        <translation>Die Maildomain.</translation>
    </message>
    <message>
        <source>enforce, testing or none.</source>
        <translation>enforce, testing oder none.</translation>
    </message>
    <message>
        <source>An mx pattern; repeat for each.</source>
        <translation>Ein mx-Muster; für jedes wiederholen.</translation>
    </message>
    <message>
        <source>Policy lifetime in seconds.</source>
        <translation>Gültigkeitsdauer der Richtlinie in Sekunden.</translation>
    </message>
    <message>
        <source>A TLS-RPT report URI; repeat for each.</source>
        <translation>Eine TLS-RPT-Berichts-URI; für jede wiederholen.</translation>
    </message>
    <message>
        <source>The policy id (default: the current UTC time).</source>
        <translation>Die id der Richtlinie (Standard: die aktuelle UTC-Zeit).</translation>
    </message>
    <message>
        <source>Directory to write the files into.</source>
        <translation>Verzeichnis, in das die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>--domain is required.</source>
        <translation>--domain ist erforderlich.</translation>
    </message>
    <message>
        <source>--mode must be enforce, testing or none.</source>
        <translation>--mode muss enforce, testing oder none sein.</translation>
    </message>
    <message>
        <source>--max-age must be a number of seconds.</source>
        <translation>--max-age muss eine Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: %1</source>
        <translation>stsscope-cli policy generate: %1</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source># DNS records</source>
        <translation># DNS-Einträge</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Nothing generated:</source>
        <translation>Nichts erzeugt:</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source> (%1 % successful)</source>
        <translation> (%1 % erfolgreich)</translation>
    </message>
    <message>
        <source>%1, report %2, %3 to %4</source>
        <translation>%1, Bericht %2, %3 bis %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no policy domain</source>
        <translation>keine Richtliniendomain</translation>
    </message>
    <message>
        <source>Totals: %1 reports, %2</source>
        <translation>Summe: %1 Berichte, %2</translation>
    </message>
    <message>
        <source>Failed sessions by result type (failure details):</source>
        <translation>Fehlgeschlagene Sitzungen nach Ergebnistyp (Fehlerdetails):</translation>
    </message>
    <message>
        <source>Read before, counted once:</source>
        <translation>Bereits zuvor gelesen, einmal gezählt:</translation>
    </message>
    <message>
        <source>%1 (first read from %2)</source>
        <translation>%1 (zuerst gelesen aus %2)</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Nicht gelesen:</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum im Format JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>Reads TLS-RPT reports (RFC 8460) from .json, .json.gz, .zip, .eml and .mbox files and folders, and prints them with their totals. A report read twice is counted once.</source>
        <translation>Liest TLS-RPT-Berichte (RFC 8460) aus .json-, .json.gz-, .zip-, .eml- und .mbox-Dateien und aus Ordnern und gibt sie mit ihren Summen aus. Ein doppelt gelesener Bericht wird einmal gezählt.</translation>
    </message>
    <message>
        <source>Print one CSV row per policy and one per failure detail.</source>
        <translation>Eine CSV-Zeile je Richtlinie und je Fehlerdetail ausgeben.</translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or later.</source>
        <translation>Nur Berichte ab diesem Tag (UTC).</translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or earlier.</source>
        <translation>Nur Berichte bis einschließlich dieses Tages (UTC).</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json und --csv schließen einander aus.</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>--since liegt nach --until.</translation>
    </message>
    <message>
        <source>stsscope-cli report: no report could be read.</source>
        <translation>stsscope-cli report: Es konnte kein Bericht gelesen werden.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: stsscope-cli %1 [options] %2</source>
        <translation>Aufruf: stsscope-cli %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument fehlt.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Zu viele Argumente.</translation>
    </message>
    <message>
        <source>Try &apos;stsscope-cli %1 --help&apos;.</source>
        <translation>Siehe &apos;stsscope-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <translation>MX %1 %2: %3</translation>
    </message>
    <message>
        <source>would deliver</source>
        <translation>würde zustellen</translation>
    </message>
    <message>
        <source>would NOT deliver</source>
        <translation>würde NICHT zustellen</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>Zertifikat gültig</translation>
    </message>
    <message>
        <source>certificate invalid</source>
        <translation>Zertifikat ungültig</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>Checked in %1 ms via %2</source>
        <translation>Geprüft in %1 ms über %2</translation>
    </message>
    <message>
        <source>Checks the mail transport security of domains: MTA-STS record and policy, TLS-RPT record, and STARTTLS with the certificate of every MX address.</source>
        <translation>Prüft die Mail-Transportsicherheit von Domains: MTA-STS-Eintrag und -Richtlinie, TLS-RPT-Eintrag sowie STARTTLS mit dem Zertifikat jeder MX-Adresse.</translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation>DNS-Resolver, der statt des System-Resolvers verwendet wird.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM); repeatable.</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM); wiederholbar.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation>DNSSEC-Vertrauensanker-Datei statt des Root-Vertrauensankers.</translation>
    </message>
    <message>
        <source>Seconds per network step.</source>
        <translation>Sekunden je Netzwerkschritt.</translation>
    </message>
    <message>
        <source>Domains checked at the same time.</source>
        <translation>Gleichzeitig geprüfte Domains.</translation>
    </message>
    <message>
        <source>Warn about certificates expiring within this many days.</source>
        <translation>Vor Zertifikaten warnen, die innerhalb dieser Anzahl Tage ablaufen.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600.</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 600 sein.</translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 1024.</source>
        <translation>--concurrency muss zwischen 1 und 1024 liegen.</translation>
    </message>
    <message>
        <source>--expiry-warning must be a number of days.</source>
        <translation>--expiry-warning muss eine Anzahl Tage sein.</translation>
    </message>
    <message>
        <source>stsscope-cli check: %1: %2</source>
        <translation>stsscope-cli check: %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation>„%1“ ist kein Domainname: %2.</translation>
    </message>
    <message>
        <source>stsscope-cli check: checking %1: %2.</source>
        <translation>stsscope-cli check: prüfe %1: %2.</translation>
    </message>
    <message>
        <source>cannot be judged from here: %1</source>
        <translation>von hier aus nicht beurteilbar: %1</translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks); without it they get a finding and no connection.</source>
        <translation>Auch MX- und Richtlinien-Hosts auf Loopback- und privaten Adressen verbinden (Testnetze); ohne diese Option erhalten sie einen Befund und keine Verbindung.</translation>
    </message>
    <message>
        <source>An always-on MX host for the port 25 self-test, instead of the built-in ones; repeatable; &quot;none&quot; turns the self-test off.</source>
        <translation>Ein stets erreichbarer MX-Host für den Selbsttest von Port 25 statt der eingebauten; wiederholbar; „none“ schaltet den Selbsttest ab.</translation>
    </message>
    <message>
        <source>An always-on web host (port 443) for the port 25 self-test, instead of the built-in ones; repeatable.</source>
        <translation>Ein stets erreichbarer Webhost (Port 443) für den Selbsttest von Port 25 statt der eingebauten; wiederholbar.</translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy (e.g. from ssh -N -D 1080 server): the SMTP sessions and the policy fetch go through it, DNS stays local.</source>
        <translation>Über diesen SOCKS5-Proxy prüfen (z. B. von ssh -N -D 1080 server): SMTP-Sitzungen und der Abruf der Richtlinie laufen über ihn, DNS bleibt lokal.</translation>
    </message>
    <message>
        <source>Root servers (a root hints file) to ask directly when the resolver strips DNSSEC, instead of the internet&apos;s; for lab networks.</source>
        <translation>Root-Server (eine Root-Hints-Datei), die direkt gefragt werden, wenn der Resolver DNSSEC entfernt, statt der des Internets; für Labornetze.</translation>
    </message>
    <message>
        <source>cannot read the root hints file %1.</source>
        <translation>die Root-Hints-Datei %1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>DANE: %1</source>
        <translation>DANE: %1</translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would deliver</source>
        <translation>ein sendender Server nur mit MTA-STS würde zustellen</translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would NOT deliver</source>
        <translation>ein sendender Server nur mit MTA-STS würde NICHT zustellen</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Schutz:</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>stsscope-cli: cannot read CA file %1</source>
        <translation>stsscope-cli: CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Mailbox %1: %2 new messages read, %3 without a report, %4 moved</source>
        <translation>Postfach %1: %2 neue Nachrichten gelesen, %3 ohne Bericht, %4 verschoben</translation>
    </message>
    <message>
        <source>Library %1: %2 reports added, %3 already there</source>
        <translation>Berichtsarchiv %1: %2 Berichte hinzugefügt, %3 bereits vorhanden</translation>
    </message>
    <message>
        <source>stsscope-cli report: the library stopped taking reports: %1</source>
        <translation>stsscope-cli report: Das Berichtsarchiv nimmt keine Berichte mehr an: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>stsscope-cli report fetch: %1</source>
        <translation>stsscope-cli report fetch: %1</translation>
    </message>
    <message>
        <source>canceled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>Fetches the new messages of an IMAP folder and reads the TLS-RPT reports in them. URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) or imap://USER@HOST[:PORT]/FOLDER (STARTTLS required). The password comes from STSSCOPE_IMAP_PASSWORD or is asked for on the terminal. With --library, the reports are added to that library and the next run fetches only messages that arrived since.</source>
        <translation>Ruft die neuen Nachrichten eines IMAP-Ordners ab und liest die darin enthaltenen TLS-RPT-Berichte. URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) oder imap://USER@HOST[:PORT]/FOLDER (STARTTLS erforderlich). Das Passwort stammt aus STSSCOPE_IMAP_PASSWORD oder wird im Terminal abgefragt. Mit --library werden die Berichte diesem Berichtsarchiv hinzugefügt, und der nächste Lauf ruft nur die seitdem eingegangenen Nachrichten ab.</translation>
    </message>
    <message>
        <source>Add the reports to this report library (the GUI&apos;s SQLite file) and remember there how far the folder was read.</source>
        <translation>Die Berichte diesem Berichtsarchiv (der SQLite-Datei der GUI) hinzufügen und dort festhalten, wie weit der Ordner gelesen wurde.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (eine private CA).</translation>
    </message>
    <message>
        <source>Seconds to wait for the server to connect or answer (default 30).</source>
        <translation>Sekunden, die auf Verbindungsaufbau oder Antwort des Servers gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &quot;%1&quot;.</source>
        <translation>--ca-file: „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 3600 seconds.</source>
        <translation>--timeout erwartet 1 bis 3600 Sekunden.</translation>
    </message>
    <message>
        <source>No password: set STSSCOPE_IMAP_PASSWORD, or run on a terminal to be asked for it.</source>
        <translation>Kein Passwort: Setzen Sie STSSCOPE_IMAP_PASSWORD, oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Also add the reports to this report library (the GUI&apos;s SQLite file); reports already in it are not added twice.</source>
        <translation>Die Berichte zusätzlich diesem Berichtsarchiv (der SQLite-Datei der GUI) hinzufügen; bereits enthaltene Berichte werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: not compared: %2</source>
        <translation>%1: nicht verglichen: %2</translation>
    </message>
    <message>
        <source>%1: first check (%2), kept to compare with</source>
        <translation>%1: erste Prüfung (%2), für künftige Vergleiche gespeichert</translation>
    </message>
    <message>
        <source>%1: no new change (%2)</source>
        <translation>%1: keine neue Änderung (%2)</translation>
    </message>
    <message>
        <source>The watch list: one domain per line; blank lines and lines starting with # are ignored.</source>
        <translation>Die Überwachungsliste: eine Domain je Zeile; leere Zeilen und Zeilen, die mit # beginnen, werden ignoriert.</translation>
    </message>
    <message>
        <source>The check history to compare with and keep the checks in (default: the desktop app&apos;s, %1).</source>
        <translation>Der Prüfverlauf, mit dem verglichen wird und in dem die Prüfungen gespeichert werden (Standard: der der Desktop-Anwendung, %1).</translation>
    </message>
    <message>
        <source>--list FILE is required.</source>
        <translation>--list FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>stsscope-cli watch: cannot read %1: %2</source>
        <translation>stsscope-cli watch: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a watch list?</source>
        <translation>%1 ist größer als %2 MiB; ist das wirklich eine Überwachungsliste?</translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1: %2</source>
        <translation>stsscope-cli watch: %1: %2</translation>
    </message>
    <message>
        <source>%1 lists no domain.</source>
        <translation>%1 enthält keine Domain.</translation>
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
        <translation>Aufruf: stsscope-cli BEFEHL [Optionen] [Argumente]

Prüft MTA-STS- (RFC 8461) und TLS-RPT-Einträge (RFC 8460) sowie MTA-STS-Richtlinien.

Befehle:
  check DOMAIN... [--resolver ADDR[@PORT]] [--ca-file F] [--trust-anchor F] [--timeout S]
                                Domains live prüfen: DNS, Richtlinie, jeder MX mit STARTTLS
  txt lint RECORD...            die TXT-Einträge unter _mta-sts prüfen (ein Argument je Eintrag)
  tlsrpt-record lint RECORD...  die TXT-Einträge unter _smtp._tls prüfen
  policy lint FILE|-            eine Richtliniendatei mta-sts.txt prüfen
  policy generate --domain D --mode M --mx H... [--max-age S] [--rua URI...] [--out DIR]
                                eine Richtlinie und ihre DNS-Einträge erzeugen
  mx-match PATTERN HOST         prüfen, ob ein mx-Muster einen Host abdeckt
  report FILE|DIR... [--csv] [--since DATE] [--until DATE] [--library FILE]
                                TLS-RPT-Berichte (.json, .gz, .zip, .eml, .mbox) lesen und summieren
  watch --list FILE [--state FILE] [Prüfoptionen]
                                die aufgelisteten Domains erneut prüfen, Änderungen seit dem letzten Lauf ausgeben
  report fetch URL [--library FILE] [--ca-file F] [--allow-plaintext] [--timeout S]
                                die an einen IMAP-Ordner geschickten Berichte lesen (imaps://USER@HOST/FOLDER)

Jeder Befehl kennt --json und --help.
Exit-Codes: 0 ohne Fehler, 1 Befunde mit Schweregrad Fehler, 2 Aufruffehler, 3 Ausführung nicht möglich.

Optionen:
  -h, --help     diese Hilfe anzeigen
  -v, --version  die Version anzeigen
</translation>
    </message>
    <message>
        <source>For imap:// URLs: STARTTLS when the server offers it, else log in without TLS. The password may travel readable.</source>
        <translation>Für imap://-URLs: STARTTLS, wenn der Server es anbietet, sonst ohne TLS anmelden. Das Passwort wird dann unter Umständen lesbar übertragen.</translation>
    </message>
    <message>
        <source>Re-checks the domains of a watch list, compares each with its last check in the history the desktop app keeps, and prints what changed, each change once. Exit 1 when a new change is a problem (a warning or an error), even when other domains could not be checked; otherwise exit 3 when a domain could not be checked.</source>
        <translation>Prüft die Domains einer Überwachungsliste erneut, vergleicht jede mit ihrer letzten Prüfung im Prüfverlauf der Desktop-Anwendung und gibt aus, was sich geändert hat, jede Änderung nur einmal. Exit-Code 1, wenn eine neue Änderung ein Problem ist (eine Warnung oder ein Fehler), auch wenn andere Domains nicht geprüft werden konnten; andernfalls Exit-Code 3, wenn eine Domain nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: using %1: %2.</source>
        <translation>stsscope-cli policy generate: verwende %1: %2.</translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1</source>
        <translation>stsscope-cli watch: %1</translation>
    </message>
</context>
<context>
    <name>DaneVerifier</name>
    <message>
        <source>this OpenSSL cannot verify DANE</source>
        <translation>diese OpenSSL-Version kann DANE nicht prüfen</translation>
    </message>
    <message>
        <source>OpenSSL could not set up DANE for %1</source>
        <translation>OpenSSL konnte DANE für %1 nicht einrichten</translation>
    </message>
    <message>
        <source>no TLSA record is usable for SMTP</source>
        <translation>kein TLSA-Eintrag ist für SMTP verwendbar</translation>
    </message>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation>ein Zertifikat der Kette ist nicht lesbar</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>OpenSSL could not start the verification</source>
        <translation>OpenSSL konnte die Prüfung nicht starten</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>DeploymentFiles</name>
    <message>
        <source>The policy, served at %1</source>
        <translation>Die Richtlinie, ausgeliefert unter %1</translation>
    </message>
    <message>
        <source>DNS records in zone-file form</source>
        <translation>DNS-Einträge im Zonendatei-Format</translation>
    </message>
    <message>
        <source>DNS records as plain values for a provider&apos;s form</source>
        <translation>DNS-Einträge als einfache Werte für das Webformular eines Providers</translation>
    </message>
    <message>
        <source>Serving the policy with %1</source>
        <translation>Ausliefern der Richtlinie mit %1</translation>
    </message>
</context>
<context>
    <name>DnssecDisplay</name>
    <message>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>bogus</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Signed and validated from the trust anchor: this answer cannot be forged.</source>
        <translation>Signiert und ausgehend vom Vertrauensanker validiert: Diese Antwort kann nicht gefälscht werden.</translation>
    </message>
    <message>
        <source>Signed, but the signatures do not validate: validating resolvers refuse this answer.</source>
        <translation>Signiert, aber die Signaturen lassen sich nicht validieren: Validierende Resolver weisen diese Antwort zurück.</translation>
    </message>
    <message>
        <source>Not signed: an attacker on the path could forge this answer (DANE needs it signed).</source>
        <translation>Nicht signiert: Ein Angreifer auf dem Übertragungsweg könnte diese Antwort fälschen (DANE setzt eine Signatur voraus).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not validated: the resolver this machine uses drops DNSSEC signatures, so whether the answer is signed cannot be seen from here.</source>
        <translation>Nicht validiert: Der Resolver dieses Rechners verwirft DNSSEC-Signaturen, daher ist von hier aus nicht erkennbar, ob die Antwort signiert ist.</translation>
    </message>
</context>
<context>
    <name>FindingAdvice</name>
    <message>
        <source>Senders discover MTA-STS through the _mta-sts TXT record. Without one valid record they never fetch the policy. Publish exactly one record starting with &quot;v=STSv1; id=&quot; and change the id whenever the policy changes.</source>
        <translation>Sendende Server finden MTA-STS über den _mta-sts-TXT-Eintrag. Ohne genau einen gültigen Eintrag rufen sie die Richtlinie nie ab. Veröffentlichen Sie genau einen Eintrag, der mit „v=STSv1; id=“ beginnt, und ändern Sie die id bei jeder Änderung der Richtlinie.</translation>
    </message>
    <message>
        <source>Senders fetch the policy from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt. It must answer 200 with text/plain, without redirects, with a certificate valid for mta-sts.&lt;domain&gt;. Usual causes: a missing DNS record for mta-sts, a virtual host that is not configured, a catch-all redirect to https://www, or a certificate without the mta-sts name.</source>
        <translation>Sendende Server rufen die Richtlinie von https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt ab. Der Server muss mit 200 und text/plain antworten, ohne Weiterleitungen, mit einem für mta-sts.&lt;domain&gt; gültigen Zertifikat. Übliche Ursachen: ein fehlender DNS-Eintrag für mta-sts, ein nicht eingerichteter virtueller Host, eine pauschale Weiterleitung auf https://www oder ein Zertifikat ohne den Namen mta-sts.</translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is checked like any web server&apos;s. Add mta-sts.&lt;domain&gt; to the certificate of that virtual host.</source>
        <translation>Das Zertifikat des Richtlinien-Hosts wird wie das jedes Webservers geprüft. Nehmen Sie mta-sts.&lt;domain&gt; in das Zertifikat dieses virtuellen Hosts auf.</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse. Lines are &quot;key: value&quot;; version, mode, max_age and at least one mx are required. Use the policy wizard to write a correct file.</source>
        <translation>Sendende Server ignorieren eine Richtlinie, die sie nicht parsen können. Zeilen haben die Form „key: value“; version, mode, max_age und mindestens ein mx sind Pflicht. Erstellen Sie mit dem Richtlinien-Assistenten eine korrekte Datei.</translation>
    </message>
    <message>
        <source>Each mx line of the policy names an MX host, or &quot;*.&quot; and a parent domain for exactly one more label. An MX that no line covers gets no mail in enforce mode.</source>
        <translation>Jede mx-Zeile der Richtlinie nennt einen MX-Host oder „*.“ und eine übergeordnete Domain für genau ein weiteres Label. Ein MX, den keine Zeile abdeckt, erhält im Modus enforce keine Mail.</translation>
    </message>
    <message>
        <source>Without MTA-STS (or DANE), STARTTLS is opportunistic: senders accept any certificate and continue in clear text when STARTTLS is missing. Publish a policy in testing mode, watch the TLS-RPT reports, then switch to enforce.</source>
        <translation>Ohne MTA-STS (oder DANE) ist STARTTLS opportunistisch: Sendende Server akzeptieren jedes Zertifikat und fahren im Klartext fort, wenn STARTTLS fehlt. Veröffentlichen Sie eine Richtlinie im Modus testing, werten Sie die TLS-RPT-Berichte aus und wechseln Sie dann zu enforce.</translation>
    </message>
    <message>
        <source>A record points to a policy that senders cannot use; until it is fixed, senders that have no cached policy deliver without protection.</source>
        <translation>Ein Eintrag verweist auf eine Richtlinie, die sendende Server nicht verwenden können; bis das behoben ist, stellen sendende Server ohne zwischengespeicherte Richtlinie ungeschützt zu.</translation>
    </message>
    <message>
        <source>Add an mx line for this host (or a wildcard that covers it) to the policy and change the id of the _mta-sts record so that senders refetch it.</source>
        <translation>Fügen Sie der Richtlinie eine mx-Zeile für diesen Host hinzu (oder eine Wildcard, die ihn abdeckt), und ändern Sie die id des _mta-sts-Eintrags, damit sendende Server die Richtlinie neu abrufen.</translation>
    </message>
    <message>
        <source>In enforce mode senders deliver only over TLS with a certificate that is trusted, current and valid for the MX name. Fix the certificate or STARTTLS of this host before enforcing.</source>
        <translation>Im Modus enforce stellen sendende Server nur über TLS zu, mit einem Zertifikat, das vertrauenswürdig, aktuell und für den MX-Namen gültig ist. Beheben Sie das Zertifikat oder STARTTLS dieses Hosts, bevor Sie enforce einschalten.</translation>
    </message>
    <message>
        <source>Check that the host accepts connections on port 25 from the internet (firewall, listening address) and answers with a 220 greeting.</source>
        <translation>Prüfen Sie, ob der Host Verbindungen aus dem Internet auf Port 25 annimmt (Firewall, Listen-Adresse) und mit einer 220-Begrüßung antwortet.</translation>
    </message>
    <message>
        <source>Signing the zone with DNSSEC protects the MX records themselves and allows DANE for the MX hosts.</source>
        <translation>Das Signieren der Zone mit DNSSEC schützt die MX-Einträge selbst und ermöglicht DANE für die MX-Hosts.</translation>
    </message>
    <message>
        <source>DNS answers that fail (SERVFAIL, bogus signatures) stop delivery by validating senders. Check the delegation, the DS record at the parent and the signatures&apos; expiry.</source>
        <translation>Fehlschlagende DNS-Antworten (SERVFAIL, ungültige Signaturen) verhindern die Zustellung durch validierende sendende Server. Prüfen Sie die Delegierung, den DS-Eintrag in der übergeordneten Zone und den Ablauf der Signaturen.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the MX (for Postfix: smtpd_tls_security_level = may with smtpd_tls_chain_files) and check that nothing in front of it (a firewall&apos;s SMTP inspection) removes the STARTTLS keyword.</source>
        <translation>Aktivieren Sie STARTTLS auf dem MX (bei Postfix: smtpd_tls_security_level = may mit smtpd_tls_chain_files) und prüfen Sie, dass nichts davor (etwa die SMTP-Inspektion einer Firewall) das Schlüsselwort STARTTLS entfernt.</translation>
    </message>
    <message>
        <source>The TLS session after STARTTLS failed or was weak. Check the server&apos;s TLS configuration: protocol versions (TLS 1.2 or later), key and certificate files, and that the full chain is served.</source>
        <translation>Die TLS-Sitzung nach STARTTLS ist fehlgeschlagen oder war schwach. Prüfen Sie die TLS-Konfiguration des Servers: Protokollversionen (TLS 1.2 oder neuer), Schlüssel- und Zertifikatsdateien und ob die vollständige Kette ausgeliefert wird.</translation>
    </message>
    <message>
        <source>The SMTP dialogue did not go as RFC 5321 requires; senders may defer or give up. Check the server&apos;s logs for the session.</source>
        <translation>Der SMTP-Dialog verlief nicht wie von RFC 5321 verlangt; sendende Server stellen die Zustellung eventuell zurück oder geben auf. Prüfen Sie die Logs des Servers zu dieser Sitzung.</translation>
    </message>
    <message>
        <source>Senders that validate (MTA-STS enforce, DANE) refuse such a certificate; the others cannot tell it from an attacker&apos;s. Issue a certificate from a public CA for every MX name, e.g. with ACME, and renew it automatically.</source>
        <translation>Validierende sendende Server (MTA-STS enforce, DANE) lehnen ein solches Zertifikat ab; die übrigen können es nicht von dem eines Angreifers unterscheiden. Stellen Sie für jeden MX-Namen ein Zertifikat einer öffentlichen CA aus, z. B. per ACME, und erneuern Sie es automatisch.</translation>
    </message>
    <message>
        <source>The server must send its certificate followed by every intermediate up to (not including) a root that senders trust.</source>
        <translation>Der Server muss sein Zertifikat senden, gefolgt von allen Zwischenzertifikaten bis zu (ausschließlich) einem Stammzertifikat, dem sendende Server vertrauen.</translation>
    </message>
    <message>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; at _smtp._tls.&lt;domain&gt; to receive daily reports of failed TLS sessions, and open them with StsScope.</source>
        <translation>Veröffentlichen Sie „v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;“ unter _smtp._tls.&lt;domain&gt;, um tägliche Berichte über fehlgeschlagene TLS-Sitzungen zu erhalten, und öffnen Sie sie mit StsScope.</translation>
    </message>
    <message>
        <source>Each rua entry is a mailto: or https: URI that accepts reports.</source>
        <translation>Jeder rua-Eintrag ist eine mailto:- oder https:-URI, die Berichte annimmt.</translation>
    </message>
    <message>
        <source>STARTTLS downgrade: an attacker on the network path can remove STARTTLS from the server&apos;s reply, and senders fall back to clear text.</source>
        <translation>STARTTLS-Downgrade: Ein Angreifer auf dem Übertragungsweg kann STARTTLS aus der Antwort des Servers entfernen, und sendende Server fallen auf Klartext zurück.</translation>
    </message>
    <message>
        <source>Man-in-the-middle: an attacker can present any certificate, and senders that cannot require a valid one deliver to the attacker.</source>
        <translation>Man-in-the-Middle: Ein Angreifer kann ein beliebiges Zertifikat vorlegen, und sendende Server, die kein gültiges verlangen können, stellen an den Angreifer zu.</translation>
    </message>
    <message>
        <source>DNS spoofing: forged MX answers can send mail to an attacker&apos;s server until a policy is cached.</source>
        <translation>DNS-Spoofing: Gefälschte MX-Antworten können Mail an den Server eines Angreifers leiten, bis eine Richtlinie zwischengespeichert ist.</translation>
    </message>
    <message>
        <source>Mail loss: senders that follow the standards stop delivering to this host.</source>
        <translation>Mailverlust: Sendende Server, die sich an die Standards halten, stellen nicht mehr an diesen Host zu.</translation>
    </message>
    <message>
        <source>Blindness: failed deliveries and attacks are not reported to you.</source>
        <translation>Blindflug: Fehlgeschlagene Zustellungen und Angriffe werden Ihnen nicht gemeldet.</translation>
    </message>
    <message>
        <source>Publish the host&apos;s public address in its A and AAAA records; a split-horizon DNS may be answering with the internal one.</source>
        <translation>Veröffentlichen Sie die öffentliche Adresse des Hosts in seinen A- und AAAA-Einträgen; ein Split-Horizon-DNS antwortet möglicherweise mit der internen.</translation>
    </message>
    <message>
        <source>Nothing to fix on the domain: check again from a network that can reach the MX on port 25 (and over IPv6 where it has IPv6 addresses).</source>
        <translation>An der Domain ist nichts zu beheben: Prüfen Sie erneut aus einem Netz, das den MX auf Port 25 erreicht (und über IPv6, wo er IPv6-Adressen hat).</translation>
    </message>
    <message>
        <source>Remove MX records of hosts that no longer receive mail; the hosts past the cap were not checked.</source>
        <translation>Entfernen Sie MX-Einträge von Hosts, die keine Mail mehr annehmen; die Hosts jenseits der Obergrenze wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Senders that validate DANE (Postfix, Exim, Microsoft 365 and others) deliver to an MX with DNSSEC-signed TLSA records only when a record matches the certificate it presents. Publish &quot;3 1 1&quot; records for the key in use and the next one, keep the zone&apos;s DNSSEC valid, and after a key change update the records first and wait for their TTL.</source>
        <translation>Sendende Server, die DANE validieren (Postfix, Exim, Microsoft 365 und andere), stellen an einen MX mit DNSSEC-signierten TLSA-Einträgen nur zu, wenn ein Eintrag zum vorgelegten Zertifikat passt. Veröffentlichen Sie „3 1 1“-Einträge für den verwendeten und den nächsten Schlüssel, halten Sie das DNSSEC der Zone gültig, und aktualisieren Sie bei einem Schlüsselwechsel zuerst die Einträge und warten Sie deren TTL ab.</translation>
    </message>
    <message>
        <source>DANE needs the TLSA records signed: sign the zone of the MX host with DNSSEC and publish its DS record at the parent.</source>
        <translation>DANE braucht signierte TLSA-Einträge: Signieren Sie die Zone des MX-Hosts mit DNSSEC und veröffentlichen Sie ihren DS-Eintrag in der übergeordneten Zone.</translation>
    </message>
    <message>
        <source>For SMTP only DANE-TA(2) and DANE-EE(3) records count. Replace the records with &quot;3 1 1&quot; records of the server&apos;s public key (the current and the next).</source>
        <translation>Für SMTP zählen nur DANE-TA(2)- und DANE-EE(3)-Einträge. Ersetzen Sie die Einträge durch „3 1 1“-Einträge des öffentlichen Schlüssels des Servers (des aktuellen und des nächsten).</translation>
    </message>
    <message>
        <source>Nothing on the domain: check again from a network whose resolver passes DNSSEC, or that lets StsScope ask the root servers itself.</source>
        <translation>Nichts an der Domain: Prüfen Sie erneut aus einem Netz, dessen Resolver DNSSEC durchlässt oder in dem StsScope die Root-Server selbst fragen kann.</translation>
    </message>
    <message>
        <source>DANE starts at the domain&apos;s MX records: only when they are DNSSEC-signed can a sender trust the MX host names whose TLSA records it then looks up. Sign the domain&apos;s zone (and publish its DS record at the parent); until then, MTA-STS is what protects mail to it.</source>
        <translation>DANE beginnt bei den MX-Einträgen der Domain: Nur wenn sie mit DNSSEC signiert sind, kann ein sendender Server den MX-Hostnamen vertrauen, deren TLSA-Einträge er anschließend abfragt. Signieren Sie die Zone der Domain (und veröffentlichen Sie ihren DS-Eintrag in der übergeordneten Zone); bis dahin schützt MTA-STS die Mail an sie.</translation>
    </message>
    <message>
        <source>DANE protects mail from senders that validate DNSSEC and TLSA records; many large senders implement only MTA-STS, and to them STARTTLS stays opportunistic. Publish an MTA-STS policy as well (RFC 8461 §2: a sender that does both uses DANE), in testing mode first, then enforce.</source>
        <translation>DANE schützt Mail von sendenden Servern, die DNSSEC und TLSA-Einträge validieren; viele große Mailanbieter unterstützen nur MTA-STS, und für sie bleibt STARTTLS opportunistisch. Veröffentlichen Sie zusätzlich eine MTA-STS-Richtlinie (RFC 8461 §2: Ein sendender Server, der beides unterstützt, verwendet DANE), zuerst im Modus testing, dann im Modus enforce.</translation>
    </message>
    <message>
        <source>Senders fetch the policy again only when the id in the _mta-sts TXT record changes. Publish a new id (e.g. the date and time, 20260301120000) every time the policy file changes.</source>
        <translation>Sendende Server rufen die Richtlinie erst wieder ab, wenn sich die id im _mta-sts-TXT-Eintrag ändert. Veröffentlichen Sie bei jeder Änderung der Richtliniendatei eine neue id (z. B. Datum und Uhrzeit, 20260301120000).</translation>
    </message>
    <message>
        <source>The published policy protects less than it did. If that was not intended, restore the policy file (mode enforce, the max_age you had) and change the id.</source>
        <translation>Die veröffentlichte Richtlinie schützt weniger als zuvor. War das nicht beabsichtigt, stellen Sie die Richtliniendatei wieder her (Modus enforce, der bisherige max_age) und ändern Sie die id.</translation>
    </message>
    <message>
        <source>Every MX host must match an mx line of an enforce policy. Add the host (or a wildcard covering it) to the policy first, change the id, wait for the old max_age, and only then publish the MX record.</source>
        <translation>Jeder MX-Host muss zu einer mx-Zeile einer Richtlinie im Modus enforce passen. Nehmen Sie den Host (oder eine ihn abdeckende Wildcard) zuerst in die Richtlinie auf, ändern Sie die id, warten Sie den alten max_age ab und veröffentlichen Sie erst dann den MX-Eintrag.</translation>
    </message>
    <message>
        <source>Renew the certificate well before it expires, automatically (ACME), with every name the host serves, and check the renewal from outside.</source>
        <translation>Erneuern Sie das Zertifikat rechtzeitig vor dem Ablauf, automatisch (ACME), mit allen Namen, die der Host bedient, und prüfen Sie die Erneuerung von außen.</translation>
    </message>
    <message>
        <source>Turn STARTTLS back on (for Postfix: smtpd_tls_security_level = may with a certificate) and check that nothing in front of the server removes it.</source>
        <translation>Schalten Sie STARTTLS wieder ein (bei Postfix: smtpd_tls_security_level = may mit einem Zertifikat) und prüfen Sie, dass nichts vor dem Server es entfernt.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration after the last change: the key and certificate files, the protocol versions and the ciphers it accepts.</source>
        <translation>Prüfen Sie die TLS-Konfiguration des Servers seit der letzten Änderung: die Schlüssel- und Zertifikatsdateien, die Protokollversionen und die akzeptierten Ciphers.</translation>
    </message>
    <message>
        <source>Something that worked at the last check does not now. The check&apos;s own findings name the cause; if it was a passing outage, the next check says so.</source>
        <translation>Etwas, das bei der letzten Prüfung funktionierte, funktioniert jetzt nicht mehr. Die Befunde der Prüfung selbst nennen die Ursache; war es ein vorübergehender Ausfall, zeigt das die nächste Prüfung.</translation>
    </message>
    <message>
        <source>After a key or certificate change, publish the TLSA record of the new key before it is used, wait for the record&apos;s TTL, then switch.</source>
        <translation>Veröffentlichen Sie nach einem Schlüssel- oder Zertifikatswechsel den TLSA-Eintrag des neuen Schlüssels, bevor dieser verwendet wird, warten Sie die TTL des Eintrags ab und stellen Sie erst dann um.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The %1 lookup for %2 failed: %3.</source>
        <translation>Die %1-Abfrage für %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures for %1 do not validate (%2); validating senders cannot resolve it at all.</source>
        <translation>Die DNSSEC-Signaturen für %1 lassen sich nicht validieren (%2); validierende sendende Server können den Namen überhaupt nicht auflösen.</translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-signed; MTA-STS protects against their spoofing only once a policy is cached, and DANE is not possible.</source>
        <translation>Die MX-Einträge von %1 sind nicht per DNSSEC signiert; MTA-STS schützt erst nach dem Zwischenspeichern einer Richtlinie vor ihrer Fälschung, und DANE ist nicht möglich.</translation>
    </message>
    <message>
        <source>The domain has no MX host to deliver to.</source>
        <translation>Die Domain hat keinen MX-Host, an den zugestellt werden kann.</translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation>Die Domain veröffentlicht einen Null-MX: Sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <source>The domain has no MX record; senders deliver to its own address. Publish an MX record so that a policy can name the host.</source>
        <translation>Die Domain hat keinen MX-Eintrag; sendende Server stellen an ihre eigene Adresse zu. Veröffentlichen Sie einen MX-Eintrag, damit eine Richtlinie den Host nennen kann.</translation>
    </message>
    <message>
        <source>The MX host %1 has no address (A: %2, AAAA: %3).</source>
        <translation>Der MX-Host %1 hat keine Adresse (A: %2, AAAA: %3).</translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; in enforce mode senders do not deliver to it. Add &quot;mx: %1&quot; (or a wildcard covering it) to the policy and change the id.</source>
        <translation>Der MX-Host %1 passt auf kein mx-Muster der Richtlinie; im Modus enforce stellen sendende Server nicht an ihn zu. Fügen Sie „mx: %1“ (oder eine ihn abdeckende Wildcard) zur Richtlinie hinzu und ändern Sie die id.</translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; senders report this and would refuse it in enforce mode. Add it to the policy before enforcing.</source>
        <translation>Der MX-Host %1 passt auf kein mx-Muster der Richtlinie; sendende Server melden dies und würden ihn im Modus enforce ablehnen. Fügen Sie ihn der Richtlinie hinzu, bevor Sie enforce einschalten.</translation>
    </message>
    <message>
        <source>No address of the MX host %1 completed an SMTP session; senders cannot deliver to it.</source>
        <translation>Keine Adresse des MX-Hosts %1 hat eine SMTP-Sitzung abgeschlossen; sendende Server können nicht an ihn zustellen.</translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); in enforce mode senders do not deliver to it.</source>
        <translation>Der MX-Host %1 besteht die MTA-STS-Validierung nicht (%2); im Modus enforce stellen sendende Server nicht an ihn zu.</translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); senders still deliver in testing mode and report it, but enforce mode would stop mail to it.</source>
        <translation>Der MX-Host %1 besteht die MTA-STS-Validierung nicht (%2); im Modus testing stellen sendende Server weiterhin zu und melden es, im Modus enforce würde Mail an ihn jedoch nicht mehr zugestellt.</translation>
    </message>
    <message>
        <source>An _mta-sts record is published but senders cannot use the policy (%1); mail is delivered without MTA-STS protection.</source>
        <translation>Ein _mta-sts-Eintrag ist veröffentlicht, aber sendende Server können die Richtlinie nicht verwenden (%1); Mail wird ohne MTA-STS-Schutz zugestellt.</translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy: an attacker on the path can strip STARTTLS or present any certificate, and senders deliver anyway.</source>
        <translation>Die Domain hat keine MTA-STS-Richtlinie: Ein Angreifer auf dem Übertragungsweg kann STARTTLS entfernen oder ein beliebiges Zertifikat vorlegen, und sendende Server stellen trotzdem zu.</translation>
    </message>
    <message>
        <source>A policy file is served at %1, but no valid _mta-sts TXT record points to it, so senders never fetch it.</source>
        <translation>Unter %1 wird eine Richtliniendatei ausgeliefert, aber kein gültiger _mta-sts-TXT-Eintrag verweist auf sie, daher rufen sendende Server sie nie ab.</translation>
    </message>
    <message>
        <source>The check was cancelled; the results are incomplete.</source>
        <translation>Die Prüfung wurde abgebrochen; die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>der Name ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>er enthält ein leeres Label</translation>
    </message>
    <message>
        <source>a label is longer than 63 characters</source>
        <translation>ein Label ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; has characters other than letters, digits and hyphens</source>
        <translation>das Label „%1“ enthält andere Zeichen als Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>das Label „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=STSv1;&quot;: senders treat the domain as having no MTA-STS policy.</source>
        <translation>Kein TXT-Eintrag beginnt mit „v=STSv1;“: Sendende Server behandeln die Domain so, als hätte sie keine MTA-STS-Richtlinie.</translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=STSv1;&quot;; senders discard them all and treat the domain as having no MTA-STS policy. Publish exactly one.</source>
        <translation>%1 TXT-Einträge beginnen mit „v=STSv1;“; sendende Server verwerfen sie alle und behandeln die Domain so, als hätte sie keine MTA-STS-Richtlinie. Veröffentlichen Sie genau einen.</translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=STSv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation>Ein TXT-Eintrag, der nicht mit „v=STSv1;“ beginnt, wird ignoriert: „%1“.</translation>
    </message>
    <message>
        <source>This record looks like an MTA-STS record but does not start with exactly &quot;v=STSv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation>Dieser Eintrag sieht wie ein MTA-STS-Eintrag aus, beginnt aber nicht exakt mit „v=STSv1;“ (Groß-/Kleinschreibung beachtet, an erster Stelle, gefolgt von einem Semikolon), daher ignorieren sendende Server ihn: „%1“.</translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=STSv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=STSv1;&quot; discard the record. Remove the space.</source>
        <translation>Leerraum zwischen „v=STSv1“ und „;“ ist laut Grammatik erlaubt, aber sendende Server, die nach dem wörtlichen Präfix „v=STSv1;“ suchen, verwerfen den Eintrag. Entfernen Sie das Leerzeichen.</translation>
    </message>
    <message>
        <source>The record consists of %1 character-strings; they are joined without spaces before parsing.</source>
        <translation>Der Eintrag besteht aus %1 Character-Strings; sie werden vor dem Parsen ohne Leerzeichen zusammengefügt.</translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none.</source>
        <translation>Der Eintrag enthält Bytes außerhalb des druckbaren ASCII-Bereichs; die Grammatik erlaubt keine.</translation>
    </message>
    <message>
        <source>The record has an empty field (two semicolons in a row), which makes it syntactically invalid.</source>
        <translation>Der Eintrag enthält ein leeres Feld (zwei Semikolons hintereinander) und ist damit syntaktisch ungültig.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not of the form name=value; the record is syntactically invalid.</source>
        <translation>Das Feld „%1“ hat nicht die Form name=value; der Eintrag ist syntaktisch ungültig.</translation>
    </message>
    <message>
        <source>Field names are case-sensitive: senders read &quot;%1&quot; as an unknown field and ignore it. Write it in lower case.</source>
        <translation>Bei Feldnamen wird Groß-/Kleinschreibung unterschieden: Sendende Server lesen „%1“ als unbekanntes Feld und ignorieren es. Schreiben Sie es klein.</translation>
    </message>
    <message>
        <source>The record has no &quot;id&quot; field; it is required.</source>
        <translation>Der Eintrag hat kein Feld „id“; es ist Pflicht.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits (no dashes, dots, colons or spaces).</source>
        <translation>Die id „%1“ ist ungültig: Sie muss aus 1 bis 32 Buchstaben und Ziffern bestehen (keine Bindestriche, Punkte, Doppelpunkte oder Leerzeichen).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is %2 characters long; at most 32 are allowed.</source>
        <translation>Die id „%1“ ist %2 Zeichen lang; höchstens 32 sind erlaubt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either value. Keep one.</source>
        <translation>Das Feld „%1“ kommt mehrfach vor; sendende Server lesen womöglich einen beliebigen der Werte. Behalten Sie nur eines.</translation>
    </message>
    <message>
        <source>The extension field &quot;%1&quot; does not follow the grammar (name: letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, at most 32; value: printable ASCII without &quot;;&quot;, &quot;=&quot; or spaces); the record is syntactically invalid.</source>
        <translation>Das Erweiterungsfeld „%1“ entspricht nicht der Grammatik (Name: Buchstaben, Ziffern, „_“, „-“, „.“, höchstens 32; Wert: druckbares ASCII ohne „;“, „=“ oder Leerzeichen); der Eintrag ist syntaktisch ungültig.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored by senders.</source>
        <translation>Das unbekannte Feld „%1“ wird von sendenden Servern ignoriert.</translation>
    </message>
    <message>
        <source>Valid MTA-STS record with id &quot;%1&quot;.</source>
        <translation>Gültiger MTA-STS-Eintrag mit id „%1“.</translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation>Die Richtlinie ist leer.</translation>
    </message>
    <message>
        <source>The policy is %1 bytes long; senders reject policies over 65536 bytes (64 KiB).</source>
        <translation>Die Richtlinie ist %1 Bytes lang; sendende Server lehnen Richtlinien über 65536 Bytes (64 KiB) ab.</translation>
    </message>
    <message>
        <source>The policy starts with a UTF-8 byte order mark, so its first key is not read as &quot;version&quot;. Save the file without BOM.</source>
        <translation>Die Richtlinie beginnt mit einer UTF-8-Bytereihenfolgemarke (BOM), daher wird ihr erster Schlüssel nicht als „version“ gelesen. Speichern Sie die Datei ohne BOM.</translation>
    </message>
    <message>
        <source>The line contains a control character (byte %1) that the policy grammar does not allow.</source>
        <translation>Die Zeile enthält ein Steuerzeichen (Byte %1), das die Grammatik der Richtlinie nicht erlaubt.</translation>
    </message>
    <message>
        <source>Lines end with a bare CR; only LF and CRLF separate lines, so the whole policy reads as one line.</source>
        <translation>Zeilen enden mit einem einzelnen CR; nur LF und CRLF trennen Zeilen, daher wird die ganze Richtlinie als eine Zeile gelesen.</translation>
    </message>
    <message>
        <source>The policy mixes LF and CRLF line endings; both are allowed, but one style is easier to maintain.</source>
        <translation>Die Richtlinie mischt LF- und CRLF-Zeilenenden; beides ist erlaubt, aber eine einheitliche Form ist leichter zu pflegen.</translation>
    </message>
    <message>
        <source>The line starts with whitespace; the grammar does not allow it and strict senders reject the policy.</source>
        <translation>Die Zeile beginnt mit Leerraum; die Grammatik erlaubt das nicht, und strenge sendende Server lehnen die Richtlinie ab.</translation>
    </message>
    <message>
        <source>Whitespace between the key &quot;%1&quot; and the colon; the grammar does not allow it and strict senders reject the policy.</source>
        <translation>Leerraum zwischen dem Schlüssel „%1“ und dem Doppelpunkt; die Grammatik erlaubt das nicht, und strenge sendende Server lehnen die Richtlinie ab.</translation>
    </message>
    <message>
        <source>The line is not of the form &quot;key: value&quot;: &quot;%1&quot;.</source>
        <translation>Die Zeile hat nicht die Form „key: value“: „%1“.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: &quot;%1&quot; is not &quot;%2&quot; and is ignored as an unknown key.</source>
        <translation>Bei Schlüsseln wird Groß-/Kleinschreibung unterschieden: „%1“ ist nicht „%2“ und wird als unbekannter Schlüssel ignoriert.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; is ignored by senders.</source>
        <translation>Der unbekannte Schlüssel „%1“ wird von sendenden Servern ignoriert.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears again; senders use the first value (&quot;%2&quot;) and ignore this one (&quot;%3&quot;).</source>
        <translation>Der Schlüssel „%1“ kommt erneut vor; sendende Server verwenden den ersten Wert („%2“) und ignorieren diesen („%3“).</translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing; senders treat the policy as invalid.</source>
        <translation>Der Pflichtschlüssel „%1“ fehlt; sendende Server behandeln die Richtlinie als ungültig.</translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; it must be &quot;STSv1&quot;.</source>
        <translation>Die Version ist „%1“; sie muss „STSv1“ lauten.</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not the first line; the order of keys does not matter to senders, but it is customary to start with it.</source>
        <translation>„version“ ist nicht die erste Zeile; für sendende Server spielt die Reihenfolge der Schlüssel keine Rolle, üblich ist aber, damit zu beginnen.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is invalid; it must be &quot;enforce&quot;, &quot;testing&quot; or &quot;none&quot; (lower case).</source>
        <translation>Der Modus „%1“ ist ungültig; er muss „enforce“, „testing“ oder „none“ lauten (kleingeschrieben).</translation>
    </message>
    <message>
        <source>The max_age &quot;%1&quot; is not a whole number of seconds (1 to 10 digits).</source>
        <translation>Der max_age-Wert „%1“ ist keine ganze Zahl von Sekunden (1 bis 10 Ziffern).</translation>
    </message>
    <message>
        <source>The max_age %1 exceeds the maximum of 31557600 seconds (one year).</source>
        <translation>Der max_age-Wert %1 überschreitet das Maximum von 31557600 Sekunden (ein Jahr).</translation>
    </message>
    <message>
        <source>The max_age of %1 seconds is shorter than a day; senders refetch the policy often and an attacker who blocks the fetch can strip it quickly. Use at least 86400, and weeks (604800 or more) in enforce mode.</source>
        <translation>Ein max_age von %1 Sekunden ist kürzer als ein Tag; sendende Server rufen die Richtlinie oft neu ab, und ein Angreifer, der den Abruf blockiert, kann sie schnell aushebeln. Verwenden Sie mindestens 86400 und im Modus enforce Wochen (604800 oder mehr).</translation>
    </message>
    <message>
        <source>The policy in mode &quot;%1&quot; lists no &quot;mx&quot; pattern; no MX host can match it.</source>
        <translation>Die Richtlinie im Modus „%1“ enthält kein „mx“-Muster; kein MX-Host kann passen.</translation>
    </message>
    <message>
        <source>The policy in mode &quot;none&quot; lists no &quot;mx&quot; pattern. RFC 8461 allows this in mode none, but some parsers require an mx line in every mode and reject the policy; adding one is harmless.</source>
        <translation>Die Richtlinie im Modus „none“ enthält kein „mx“-Muster. RFC 8461 erlaubt das im Modus none, aber manche Parser verlangen in jedem Modus eine mx-Zeile und lehnen die Richtlinie ab; eine hinzuzufügen schadet nicht.</translation>
    </message>
    <message>
        <source>An &quot;mx&quot; line has no value.</source>
        <translation>Eine „mx“-Zeile hat keinen Wert.</translation>
    </message>
    <message>
        <source>Mode &quot;none&quot;: senders drop any earlier policy and deliver opportunistically. This is how a domain withdraws MTA-STS.</source>
        <translation>Modus „none“: Sendende Server verwerfen jede frühere Richtlinie und stellen opportunistisch zu. So zieht eine Domain MTA-STS zurück.</translation>
    </message>
    <message>
        <source>Mode &quot;testing&quot;: senders report failures (TLS-RPT) but still deliver over unauthenticated or plain connections. Switch to &quot;enforce&quot; once reports show no failures.</source>
        <translation>Modus „testing“: Sendende Server melden Fehler (TLS-RPT), stellen aber weiterhin über nicht authentifizierte oder unverschlüsselte Verbindungen zu. Wechseln Sie zu „enforce“, sobald die Berichte keine Fehler mehr zeigen.</translation>
    </message>
    <message>
        <source>Valid policy: mode %1, max_age %2, %3 mx pattern(s).</source>
        <translation>Gültige Richtlinie: Modus %1, max_age %2, %3 mx-Muster.</translation>
    </message>
    <message>
        <source>The mx pattern is empty.</source>
        <translation>Das mx-Muster ist leer.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is not a valid host name: %2</source>
        <translation>Das mx-Muster „%1“ ist kein gültiger Hostname: %2</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; has a wildcard that is not the whole leftmost label followed by &quot;.&quot;; only &quot;*.domain&quot; is allowed.</source>
        <translation>Das mx-Muster „%1“ enthält eine Wildcard, die nicht das ganze Label ganz links gefolgt von „.“ ist; nur „*.domain“ ist erlaubt.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; covers every host directly under a top-level domain; it protects nothing.</source>
        <translation>Das mx-Muster „%1“ deckt jeden Host direkt unter einer Top-Level-Domain ab; es schützt nichts.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; ends with a dot; it is compared without it, but not every sender strips it. Write the name without the final dot.</source>
        <translation>Das mx-Muster „%1“ endet mit einem Punkt; es wird ohne ihn verglichen, aber nicht jeder sendende Server entfernt ihn. Schreiben Sie den Namen ohne abschließenden Punkt.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is written in Unicode; the grammar expects A-labels. Write &quot;%2&quot;.</source>
        <translation>Das mx-Muster „%1“ ist in Unicode geschrieben; die Grammatik erwartet A-Labels. Schreiben Sie „%2“.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is an IP address; MX records and patterns name hosts, and certificates are checked against host names.</source>
        <translation>Das mx-Muster „%1“ ist eine IP-Adresse; MX-Einträge und Muster nennen Hosts, und Zertifikate werden gegen Hostnamen geprüft.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name: %2</source>
        <translation>Die Domain „%1“ ist kein gültiger Domainname: %2</translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds; %1 is out of range.</source>
        <translation>max_age muss zwischen 0 und 31557600 Sekunden liegen; %1 liegt außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <source>A policy in mode &quot;%1&quot; needs at least one mx pattern.</source>
        <translation>Eine Richtlinie im Modus „%1“ braucht mindestens ein mx-Muster.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits.</source>
        <translation>Die id „%1“ ist ungültig: Sie muss aus 1 bis 32 Buchstaben und Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The generated %1 does not pass its own check (%2); please report this as a bug.</source>
        <translation>Das erzeugte %1 besteht die eigene Prüfung nicht (%2); bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The policy host %1 has no address (%2): senders cannot fetch the policy and treat the domain as having none. Publish an A or AAAA record for it.</source>
        <translation>Der Richtlinien-Host %1 hat keine Adresse (%2): Sendende Server können die Richtlinie nicht abrufen und behandeln die Domain so, als hätte sie keine. Veröffentlichen Sie einen A- oder AAAA-Eintrag dafür.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port 443: %2.</source>
        <translation>Keine Verbindung zu %1 auf Port 443 möglich: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is not valid for %1 (%2); senders refuse the policy (TLS-RPT: sts-webpki-invalid).</source>
        <translation>Das Zertifikat des Richtlinien-Hosts ist für %1 nicht gültig (%2); sendende Server lehnen die Richtlinie ab (TLS-RPT: sts-webpki-invalid).</translation>
    </message>
    <message>
        <source>The policy fetch from %1 did not complete within %2 s; senders give up as well.</source>
        <translation>Der Abruf der Richtlinie von %1 wurde nicht innerhalb von %2 s abgeschlossen; auch sendende Server geben auf.</translation>
    </message>
    <message>
        <source>The HTTP response from %1 is malformed: %2.</source>
        <translation>Die HTTP-Antwort von %1 ist fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>The policy URL answers with a redirect (HTTP %1 to %2); senders must not follow redirects. Serve the file directly at /.well-known/mta-sts.txt.</source>
        <translation>Die Richtlinien-URL antwortet mit einer Weiterleitung (HTTP %1 auf %2); sendende Server dürfen Weiterleitungen nicht folgen. Liefern Sie die Datei direkt unter /.well-known/mta-sts.txt aus.</translation>
    </message>
    <message>
        <source>The policy URL answers HTTP %1 %2 instead of 200.</source>
        <translation>Die Richtlinien-URL antwortet mit HTTP %1 %2 statt 200.</translation>
    </message>
    <message>
        <source>The policy is served as &quot;%1&quot;; it must be text/plain, and senders reject other types.</source>
        <translation>Die Richtlinie wird als „%1“ ausgeliefert; sie muss text/plain sein, andere Typen lehnen sendende Server ab.</translation>
    </message>
    <message>
        <source>The policy body is larger than 64 KiB; senders stop reading and reject it.</source>
        <translation>Der Inhalt der Richtlinie ist größer als 64 KiB; sendende Server brechen das Lesen ab und lehnen sie ab.</translation>
    </message>
    <message>
        <source>Policy fetched from %1 (%2) in %3 ms.</source>
        <translation>Richtlinie von %1 (%2) in %3 ms abgerufen.</translation>
    </message>
    <message>
        <source>it is not a valid internationalized name</source>
        <translation>er ist kein gültiger internationalisierter Name</translation>
    </message>
    <message>
        <source>The connection to %1 port %2 was refused: nothing accepts mail there.</source>
        <translation>Die Verbindung zu %1 auf Port %2 wurde abgewiesen: Dort nimmt niemand Mail an.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2 within %3 s: the address does not answer (a firewall may drop the packets).</source>
        <translation>Keine Verbindung zu %1 auf Port %2 innerhalb von %3 s: Die Adresse antwortet nicht (möglicherweise verwirft eine Firewall die Pakete).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Keine Verbindung zu %1 auf Port %2 möglich: %3.</translation>
    </message>
    <message>
        <source>No complete greeting within %1 s (%2 bytes received so far). Senders give up on servers that are this slow to greet.</source>
        <translation>Keine vollständige Begrüßung innerhalb von %1 s (bisher %2 Bytes empfangen). Sendende Server geben bei Servern auf, deren Begrüßung so lange dauert.</translation>
    </message>
    <message>
        <source>The server greets with %1 instead of 220 (&quot;%2&quot;): it refuses the session, and senders cannot deliver here.</source>
        <translation>Die Begrüßung des Servers lautet %1 statt 220 („%2“): Er lehnt die Sitzung ab, und sendende Server können hier nicht zustellen.</translation>
    </message>
    <message>
        <source>The greeting is not an SMTP reply: %1. Senders cannot talk to this server.</source>
        <translation>Die Begrüßung ist keine SMTP-Antwort: %1. Sendende Server können mit diesem Server nicht kommunizieren.</translation>
    </message>
    <message>
        <source>The greeting is too large: %1. StsScope stops reading there, as senders do.</source>
        <translation>Die Begrüßung ist zu groß: %1. StsScope hört dort wie sendende Server auf zu lesen.</translation>
    </message>
    <message>
        <source>The server sent a reply before StsScope sent %1, when no command had asked for one (&quot;%2&quot;). A client could take it for the answer to its next command.</source>
        <translation>Der Server hat eine Antwort gesendet, bevor StsScope %1 gesendet hat, obwohl kein Befehl eine angefordert hatte („%2“). Ein Client könnte sie für die Antwort auf seinen nächsten Befehl halten.</translation>
    </message>
    <message>
        <source>The SMTP session did not finish within %1 s; it was stopped at step %2.</source>
        <translation>Die SMTP-Sitzung wurde nicht innerhalb von %1 s beendet; sie wurde bei Schritt %2 abgebrochen.</translation>
    </message>
    <message>
        <source>The SMTP session was cancelled at step %1.</source>
        <translation>Die SMTP-Sitzung wurde bei Schritt %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The server answers EHLO with %1 (&quot;%2&quot;); without EHLO there is no STARTTLS.</source>
        <translation>Der Server beantwortet EHLO mit %1 („%2“); ohne EHLO gibt es kein STARTTLS.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it travels in clear text, and senders that enforce MTA-STS do not deliver (TLS-RPT: starttls-not-supported).</source>
        <translation>Der Server bietet kein STARTTLS an: Mail an ihn wird im Klartext übertragen, und sendende Server, die MTA-STS durchsetzen, stellen nicht zu (TLS-RPT: starttls-not-supported).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but answers it with %1 (&quot;%2&quot;); senders fall back to clear text or, under an enforced policy, do not deliver.</source>
        <translation>Der Server bietet STARTTLS an, beantwortet es aber mit %1 („%2“); sendende Server weichen auf Klartext aus oder stellen bei durchgesetzter Richtlinie nicht zu.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes after its 220 reply to STARTTLS, before the TLS handshake; they were discarded, as clients must.</source>
        <translation>Der Server hat nach seiner 220-Antwort auf STARTTLS und vor dem TLS-Handshake %1 Bytes gesendet; sie wurden verworfen, wie es Clients tun müssen.</translation>
    </message>
    <message>
        <source>The server accepted STARTTLS and then closed the connection before the TLS handshake completed (TLS-RPT: validation-failure).</source>
        <translation>Der Server hat STARTTLS angenommen und dann die Verbindung geschlossen, bevor der TLS-Handshake abgeschlossen war (TLS-RPT: validation-failure).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1 (TLS-RPT: validation-failure).</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1 (TLS-RPT: validation-failure).</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete within %1 s (TLS-RPT: validation-failure).</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen (TLS-RPT: validation-failure).</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.0 and 1.1 are deprecated. Enable TLS 1.2 and 1.3.</source>
        <translation>Der Server hat %1 ausgehandelt; TLS 1.0 und 1.1 sind veraltet. Aktivieren Sie TLS 1.2 und 1.3.</translation>
    </message>
    <message>
        <source>The certificate chain does not pass MTA-STS validation for %1 (TLS-RPT: %2); see the certificate findings.</source>
        <translation>Die Zertifikatskette besteht die MTA-STS-Validierung für %1 nicht (TLS-RPT: %2); siehe die Zertifikatsbefunde.</translation>
    </message>
    <message>
        <source>The EHLO reply after the TLS handshake still offers STARTTLS; servers should not.</source>
        <translation>Die EHLO-Antwort nach dem TLS-Handshake bietet weiterhin STARTTLS an; Server sollten das nicht tun.</translation>
    </message>
    <message>
        <source>STARTTLS with %1, cipher %2, key exchange %3.</source>
        <translation>STARTTLS mit %1, Cipher %2, Schlüsselaustausch %3.</translation>
    </message>
    <message>
        <source>The certificate chain verifies to the trusted root &quot;%1&quot; and the name &quot;%2&quot; in the certificate matches %3.</source>
        <translation>Die Zertifikatskette lässt sich bis zum vertrauenswürdigen Stammzertifikat „%1“ verifizieren, und der Name „%2“ im Zertifikat passt zu %3.</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>Certificate %1 of the presented chain cannot be decoded.</source>
        <translation>Zertifikat %1 der vorgelegten Kette kann nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2; senders refuse it. Renew it and install the new certificate on the server.</source>
        <translation>Das Zertifikat „%1“ ist am %2 abgelaufen; sendende Server lehnen es ab. Erneuern Sie es und installieren Sie das neue Zertifikat auf dem Server.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid only from %2; senders refuse it until then. Check the server&apos;s clock and the certificate&apos;s dates.</source>
        <translation>Das Zertifikat „%1“ ist erst ab %2 gültig; bis dahin lehnen sendende Server es ab. Prüfen Sie die Uhrzeit des Servers und die Daten des Zertifikats.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expires on %2, in %3 days. Renew it before then; check that automatic renewal works and reloads the mail server.</source>
        <translation>Das Zertifikat „%1“ läuft am %2 ab, in %3 Tagen. Erneuern Sie es vorher; prüfen Sie, ob die automatische Erneuerung funktioniert und den Mailserver neu lädt.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2. Add %1 to the certificate&apos;s subject alternative names.</source>
        <translation>Das Zertifikat ist nicht für %1 gültig; es nennt %2. Nehmen Sie %1 in die Subject Alternative Names des Zertifikats auf.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is self-signed; MTA-STS requires a chain to a root that senders trust. Use a certificate from a public CA, e.g. through ACME.</source>
        <translation>Das Zertifikat „%1“ ist selbstsigniert; MTA-STS verlangt eine Kette bis zu einem Stammzertifikat, dem sendende Server vertrauen. Verwenden Sie ein Zertifikat einer öffentlichen CA, z. B. per ACME.</translation>
    </message>
    <message>
        <source>The chain ends in &quot;%1&quot;, which is not a trusted root.</source>
        <translation>Die Kette endet bei „%1“, das kein vertrauenswürdiges Stammzertifikat ist.</translation>
    </message>
    <message>
        <source>The server sends &quot;%1&quot; without the certificate of its issuer &quot;%2&quot;; senders do not fetch missing intermediates. Configure the full chain file (leaf first, then the intermediates).</source>
        <translation>Der Server sendet „%1“ ohne das Zertifikat seines Ausstellers „%2“; sendende Server laden fehlende Zwischenzertifikate nicht nach. Konfigurieren Sie die Datei mit der vollständigen Kette (zuerst das Serverzertifikat, dann die Zwischenzertifikate).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has a %2 key of %3 bits; senders with current defaults refuse keys below 2048 bits (RSA) or 224 bits (EC).</source>
        <translation>Das Zertifikat „%1“ hat einen %2-Schlüssel mit %3 Bit; sendende Server mit aktuellen Standardeinstellungen lehnen Schlüssel unter 2048 Bit (RSA) bzw. 224 Bit (EC) ab.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed with %2, which current senders no longer accept. Reissue it with SHA-256 or better.</source>
        <translation>Das Zertifikat „%1“ ist mit %2 signiert, was aktuelle sendende Server nicht mehr akzeptieren. Stellen Sie es mit SHA-256 oder besser neu aus.</translation>
    </message>
    <message>
        <source>Verification of &quot;%1&quot; failed: %2.</source>
        <translation>Die Verifizierung von „%1“ ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 could not be read as PEM certificates; it was ignored.</source>
        <translation>Die Vertrauensanker-Datei %1 konnte nicht als PEM-Zertifikate gelesen werden; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>The report is not valid JSON: %1 (at byte %2).</source>
        <translation>Der Bericht ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels; a TLS-RPT report needs five. Refused as hostile or broken.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt; ein TLS-RPT-Bericht braucht fünf. Als bösartig oder defekt abgelehnt.</translation>
    </message>
    <message>
        <source>The JSON document is not an object, so it is not a TLS-RPT report.</source>
        <translation>Das JSON-Dokument ist kein Objekt und damit kein TLS-RPT-Bericht.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing, empty or not of the expected type (%2); the report cannot be counted.</source>
        <translation>Das Pflichtfeld „%1“ fehlt, ist leer oder hat nicht den erwarteten Typ (%2); der Bericht kann nicht gezählt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: &quot;%2&quot;.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe: „%2“.</translation>
    </message>
    <message>
        <source>The date range ends (%2) before it starts (%1).</source>
        <translation>Der Zeitraum endet (%2), bevor er beginnt (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of sessions from 0 up, not %2; the report cannot be counted.</source>
        <translation>„%1“ muss eine ganze Zahl von Sitzungen ab 0 sein, nicht %2; der Bericht kann nicht gezählt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2; the report cannot be counted.</source>
        <translation>„%1“ muss %2 sein; der Bericht kann nicht gezählt werden.</translation>
    </message>
    <message>
        <source>A failure detail (%1) has no result-type, so its failed sessions cannot be attributed.</source>
        <translation>Ein Fehlerdetail (%1) hat keinen result-type, daher lassen sich seine fehlgeschlagenen Sitzungen nicht zuordnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone (&quot;%2&quot;), as Microsoft sends it; read as UTC.</source>
        <translation>„%1“ hat keine Zeitzone („%2“), so wie Microsoft es sendet; als UTC gelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time (&quot;%2&quot;); read as midnight UTC.</source>
        <translation>„%1“ ist ein Datum ohne Uhrzeit („%2“); als Mitternacht UTC gelesen.</translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is null; the sender gave no contact.</source>
        <translation>„contact-info“ ist null; der Absender hat keinen Kontakt angegeben.</translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is missing; the sender gave no contact.</source>
        <translation>„contact-info“ fehlt; der Absender hat keinen Kontakt angegeben.</translation>
    </message>
    <message>
        <source>The report lists no policies, so it reports no sessions.</source>
        <translation>Der Bericht führt keine Richtlinien auf und meldet daher keine Sitzungen.</translation>
    </message>
    <message>
        <source>%1: policy-type &quot;%2&quot; is none of sts, tlsa, no-policy-found; its sessions are counted under that name.</source>
        <translation>%1: policy-type „%2“ ist weder sts noch tlsa noch no-policy-found; seine Sitzungen werden unter diesem Namen gezählt.</translation>
    </message>
    <message>
        <source>%1 (%2) has no policy-domain; its sessions are counted without a domain.</source>
        <translation>%1 (%2) hat keine policy-domain; seine Sitzungen werden ohne Domain gezählt.</translation>
    </message>
    <message>
        <source>%1: policy-string holds one string that is itself a JSON list (as Microsoft sends TLSA records); read as %2 entries.</source>
        <translation>%1: policy-string enthält einen einzigen String, der selbst eine JSON-Liste ist (so sendet Microsoft TLSA-Einträge); als %2 Einträge gelesen.</translation>
    </message>
    <message>
        <source>%1: policy-string is a single string, not a list; read as a list of one.</source>
        <translation>%1: policy-string ist ein einzelner String, keine Liste; als Liste mit einem Element gelesen.</translation>
    </message>
    <message>
        <source>%1: mx-host is a single string, not a list (as in the RFC&apos;s own example); read as a list of one.</source>
        <translation>%1: mx-host ist ein einzelner String, keine Liste (wie im Beispiel des RFC selbst); als Liste mit einem Element gelesen.</translation>
    </message>
    <message>
        <source>%1: mx-host &quot;%2&quot; carries the policy&apos;s &quot;mx:&quot; key; read as &quot;%3&quot;.</source>
        <translation>%1: mx-host „%2“ enthält den Schlüssel „mx:“ der Richtlinie; als „%3“ gelesen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing; read as 0, as encoders that drop zero values mean it.</source>
        <translation>%1: „%2“ fehlt; als 0 gelesen, wie es Encoder meinen, die Nullwerte weglassen.</translation>
    </message>
    <message>
        <source>%1: the failure details add up to %2 failed sessions, the summary says %3. Both numbers are kept; totals use the summary.</source>
        <translation>%1: Die Fehlerdetails ergeben zusammen %2 fehlgeschlagene Sitzungen, die Zusammenfassung nennt %3. Beide Zahlen werden behalten; die Summen verwenden die Zusammenfassung.</translation>
    </message>
    <message>
        <source>%1: result-type &quot;%2&quot; is not defined by RFC 8460; kept as written.</source>
        <translation>%1: result-type „%2“ ist nicht in RFC 8460 definiert; unverändert übernommen.</translation>
    </message>
    <message>
        <source>%1: the failure detail names no sending-mta-ip.</source>
        <translation>%1: Das Fehlerdetail nennt keine sending-mta-ip.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an empty string; read as absent.</source>
        <translation>%1: „%2“ ist ein leerer String; als nicht vorhanden gelesen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;; kept as written.</source>
        <translation>%1: „%2“ ist keine IP-Adresse: „%3“; unverändert übernommen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a name from a draft of RFC 8460; read as &quot;%3&quot;.</source>
        <translation>%1: „%2“ ist ein Name aus einem Entwurf von RFC 8460; als „%3“ gelesen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3; ignored.</source>
        <translation>%1: „%2“ hat nicht den Typ %3; ignoriert.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; is ignored.</source>
        <translation>%1: Das unbekannte Feld „%2“ wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 (%2) carries no policy-string; the policy the sender saw is unknown.</source>
        <translation>%1 (%2) enthält keinen policy-string; die Richtlinie, die der Absender gesehen hat, ist unbekannt.</translation>
    </message>
    <message>
        <source>The JSON starts with a byte order mark, which RFC 8259 forbids; skipped.</source>
        <translation>Das JSON beginnt mit einer Bytereihenfolgemarke (BOM), die RFC 8259 verbietet; übersprungen.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is %1 bytes; files over %2 bytes are not read.</source>
        <translation>Die Datei ist %1 Bytes groß; Dateien über %2 Bytes werden nicht gelesen.</translation>
    </message>
    <message>
        <source>The content is neither JSON, gzip, zip, an e-mail message nor an mbox file.</source>
        <translation>Der Inhalt ist weder JSON noch gzip, zip, eine E-Mail-Nachricht oder eine mbox-Datei.</translation>
    </message>
    <message>
        <source>The report unpacks to more than %1 bytes; refused as a decompression bomb.</source>
        <translation>Der Bericht entpackt sich auf mehr als %1 Bytes; als Dekomprimierungsbombe abgelehnt.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 bytes in all; the rest is not read.</source>
        <translation>Die Datei entpackt sich insgesamt auf mehr als %1 Bytes; der Rest wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The data expands more than %1 times; refused as a decompression bomb.</source>
        <translation>Die Daten expandieren um mehr als das %1-Fache; als Dekomprimierungsbombe abgelehnt.</translation>
    </message>
    <message>
        <source>The gzip data is damaged: %1</source>
        <translation>Die gzip-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>The gzip data ends before its end marker; the file is truncated.</source>
        <translation>Die gzip-Daten enden vor ihrer Endmarke; die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the gzip data are ignored.</source>
        <translation>%1 Bytes nach dem Ende der gzip-Daten werden ignoriert.</translation>
    </message>
    <message>
        <source>The zip archive cannot be read: %1</source>
        <translation>Das zip-Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The zip archive has %1 entries; archives with more than %2 are not read.</source>
        <translation>Das zip-Archiv hat %1 Einträge; Archive mit mehr als %2 werden nicht gelesen.</translation>
    </message>
    <message>
        <source>The zip entry is encrypted and cannot be read.</source>
        <translation>Der zip-Eintrag ist verschlüsselt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Archives and messages are nested more than %1 deep; the inner content is not read.</source>
        <translation>Archive und Nachrichten sind mehr als %1 Ebenen tief verschachtelt; der innere Inhalt wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The e-mail message cannot be parsed.</source>
        <translation>Die E-Mail-Nachricht kann nicht geparst werden.</translation>
    </message>
    <message>
        <source>The message&apos;s MIME parts nest more than %1 deep; deeper parts are not read.</source>
        <translation>Die MIME-Teile der Nachricht sind mehr als %1 Ebenen tief verschachtelt; tiefere Teile werden nicht gelesen.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is declared as %2 but holds neither JSON nor gzip.</source>
        <translation>Der Anhang „%1“ ist als %2 deklariert, enthält aber weder JSON noch gzip.</translation>
    </message>
    <message>
        <source>No TLS-RPT report was found in it.</source>
        <translation>Darin wurde kein TLS-RPT-Bericht gefunden.</translation>
    </message>
    <message>
        <source>The file holds more than %1 reports; the rest is not read.</source>
        <translation>Die Datei enthält mehr als %1 Berichte; der Rest wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The import was canceled before this file was read to its end.</source>
        <translation>Der Import wurde abgebrochen, bevor diese Datei vollständig gelesen war.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1 parts hold no report and were skipped (e.g. &quot;%2&quot;).</source>
        <translation>%1 Teile enthalten keinen Bericht und wurden übersprungen (z. B. „%2“).</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; from %2 was read before (%3); it is counted once.</source>
        <translation>Bericht „%1“ von %2 wurde bereits gelesen (%3); er wird einmal gezählt.</translation>
    </message>
    <message>
        <source>Cannot open the report library %1: %2</source>
        <translation>Das Berichtsarchiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The report library %1 has schema version %2; this StsScope knows up to %3. Use a newer StsScope.</source>
        <translation>Das Berichtsarchiv %1 hat die Schemaversion %2; diese StsScope-Version kennt höchstens %3. Verwenden Sie eine neuere StsScope-Version.</translation>
    </message>
    <message>
        <source>Cannot store the reports; nothing from this file was kept: %1</source>
        <translation>Die Berichte können nicht gespeichert werden; aus dieser Datei wurde nichts übernommen: %1</translation>
    </message>
    <message>
        <source>Cannot read the report library: %1</source>
        <translation>Das Berichtsarchiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Qt has no SQLite driver</source>
        <translation>Qt hat keinen SQLite-Treiber</translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation>es ist die Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <source>the library is closed</source>
        <translation>das Archiv ist geschlossen</translation>
    </message>
    <message>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <source>list of strings</source>
        <translation>Liste von Strings</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=TLSRPTv1;&quot;: senders send no TLS reports, so delivery failures stay invisible to you.</source>
        <translation>Kein TXT-Eintrag beginnt mit „v=TLSRPTv1;“: Sendende Server senden keine TLS-Berichte, daher bleiben Zustellfehler für Sie unsichtbar.</translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=TLSRPTv1;&quot;; senders then send no reports at all. Publish exactly one, with all addresses in its rua field.</source>
        <translation>%1 TXT-Einträge beginnen mit „v=TLSRPTv1;“; sendende Server senden dann überhaupt keine Berichte. Veröffentlichen Sie genau einen, mit allen Adressen in seinem rua-Feld.</translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=TLSRPTv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation>Ein TXT-Eintrag, der nicht mit „v=TLSRPTv1;“ beginnt, wird ignoriert: „%1“.</translation>
    </message>
    <message>
        <source>This record looks like a TLS-RPT record but does not start with exactly &quot;v=TLSRPTv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation>Dieser Eintrag sieht wie ein TLS-RPT-Eintrag aus, beginnt aber nicht exakt mit „v=TLSRPTv1;“ (Groß-/Kleinschreibung beachtet, an erster Stelle, gefolgt von einem Semikolon), daher ignorieren sendende Server ihn: „%1“.</translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=TLSRPTv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=TLSRPTv1;&quot; discard the record. Remove the space.</source>
        <translation>Leerraum zwischen „v=TLSRPTv1“ und „;“ ist laut Grammatik erlaubt, aber sendende Server, die nach dem wörtlichen Präfix „v=TLSRPTv1;“ suchen, verwerfen den Eintrag. Entfernen Sie das Leerzeichen.</translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none (encode them in the URI).</source>
        <translation>Der Eintrag enthält Bytes außerhalb des druckbaren ASCII-Bereichs; die Grammatik erlaubt keine (kodieren Sie sie in der URI).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either. Put every report address into one rua field, separated by commas.</source>
        <translation>Das Feld „%1“ kommt mehrfach vor; sendende Server lesen womöglich ein beliebiges davon. Tragen Sie alle Berichtsadressen durch Kommas getrennt in ein einziges rua-Feld ein.</translation>
    </message>
    <message>
        <source>The record has no &quot;rua&quot; field, so senders do not know where to send reports.</source>
        <translation>Der Eintrag hat kein Feld „rua“, daher wissen sendende Server nicht, wohin sie Berichte senden sollen.</translation>
    </message>
    <message>
        <source>The rua field contains an empty URI (a stray comma or nothing after &quot;rua=&quot;).</source>
        <translation>Das rua-Feld enthält eine leere URI (ein überzähliges Komma oder nichts nach „rua=“).</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; uses neither &quot;mailto:&quot; nor &quot;https:&quot;, the only schemes senders support.</source>
        <translation>Die Berichts-URI „%1“ verwendet weder „mailto:“ noch „https:“, die einzigen Schemata, die sendende Server unterstützen.</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable mailto: address: %2</source>
        <translation>Die Berichts-URI „%1“ ist keine verwendbare mailto:-Adresse: %2</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable https: URL: %2</source>
        <translation>Die Berichts-URI „%1“ ist keine verwendbare https:-URL: %2</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; contains &quot;%2&quot;, which must be percent-encoded. Several addresses are separated by commas, not spaces.</source>
        <translation>Die Berichts-URI „%1“ enthält „%2“, was prozentkodiert werden muss. Mehrere Adressen werden durch Kommas getrennt, nicht durch Leerzeichen.</translation>
    </message>
    <message>
        <source>The scheme of &quot;%1&quot; is not in lower case; this is allowed, but some senders only recognise &quot;mailto:&quot; and &quot;https:&quot;.</source>
        <translation>Das Schema von „%1“ ist nicht kleingeschrieben; das ist erlaubt, aber manche sendende Server erkennen nur „mailto:“ und „https:“.</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is listed twice; senders may deliver each report twice.</source>
        <translation>Die Berichts-URI „%1“ ist doppelt aufgeführt; sendende Server stellen jeden Bericht womöglich zweimal zu.</translation>
    </message>
    <message>
        <source>Valid TLS-RPT record; reports go to %1.</source>
        <translation>Gültiger TLS-RPT-Eintrag; Berichte gehen an %1.</translation>
    </message>
    <message>
        <source>no address follows &quot;mailto:&quot;</source>
        <translation>auf „mailto:“ folgt keine Adresse</translation>
    </message>
    <message>
        <source>the address has no local part and domain separated by &quot;@&quot;</source>
        <translation>die Adresse hat keinen durch „@“ getrennten lokalen Teil und Domainteil</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is invalid: %2</source>
        <translation>die Domain „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not fully qualified</source>
        <translation>die Domain „%1“ ist nicht voll qualifiziert</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>sie hat keinen Host</translation>
    </message>
    <message>
        <source>it contains user information, which senders do not use</source>
        <translation>sie enthält Benutzerinformationen, die sendende Server nicht verwenden</translation>
    </message>
    <message>
        <source>Waiting for %1: no complete reply within %2 s.</source>
        <translation>Beim Warten auf %1: keine vollständige Antwort innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent something that is not a valid SMTP reply: %2.</source>
        <translation>Beim Warten auf %1 hat der Server etwas gesendet, das keine gültige SMTP-Antwort ist: %2.</translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent a reply that is too large: %2.</source>
        <translation>Beim Warten auf %1 hat der Server eine zu große Antwort gesendet: %2.</translation>
    </message>
    <message>
        <source>Reply lines end with a bare LF instead of CRLF (first seen in %1). Many senders tolerate it, strict ones do not.</source>
        <translation>Antwortzeilen enden mit einem einzelnen LF statt CRLF (zuerst beim Warten auf %1). Viele sendende Server tolerieren das, strenge nicht.</translation>
    </message>
    <message>
        <source>A reply line of %1 octets (in %2); RFC 5321 allows 512 including CRLF, and some senders cut or reject longer lines.</source>
        <translation>Eine Antwortzeile mit %1 Oktetten (beim Warten auf %2); RFC 5321 erlaubt 512 einschließlich CRLF, und manche sendende Server kürzen oder verwerfen längere Zeilen.</translation>
    </message>
    <message>
        <source>In %1 the server sent bytes outside ASCII; only SMTPUTF8 sessions may carry them.</source>
        <translation>Beim Warten auf %1 hat der Server Bytes außerhalb von ASCII gesendet; nur SMTPUTF8-Sitzungen dürfen sie enthalten.</translation>
    </message>
    <message>
        <source>In %1 the server sent control characters, which reply text may not contain.</source>
        <translation>Beim Warten auf %1 hat der Server Steuerzeichen gesendet, die ein Antworttext nicht enthalten darf.</translation>
    </message>
    <message>
        <source>The server closed the connection while StsScope was waiting for %1.</source>
        <translation>Der Server hat die Verbindung geschlossen, während StsScope auf %1 gewartet hat.</translation>
    </message>
    <message>
        <source>The connection failed while StsScope was waiting for %1: %2.</source>
        <translation>Die Verbindung ist fehlgeschlagen, während StsScope auf %1 gewartet hat: %2.</translation>
    </message>
    <message>
        <source>The MX host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation>Der MX-Host %1 löst zu %2 auf, einer Adresse (%3), die sendende Server im Internet nicht erreichen; StsScope hat keine Verbindung dorthin aufgebaut.</translation>
    </message>
    <message>
        <source>The MX host %1 could not be checked from this machine: %2. This says nothing about the host; check it from a network that can reach it.</source>
        <translation>Der MX-Host %1 konnte von diesem Rechner aus nicht geprüft werden: %2. Das sagt nichts über den Host aus; prüfen Sie ihn aus einem Netz, das ihn erreicht.</translation>
    </message>
    <message>
        <source>The domain has %1 MX hosts; only the %2 most preferred were checked, so the verdict covers part of them.</source>
        <translation>Die Domain hat %1 MX-Hosts; nur die %2 bevorzugten wurden geprüft, die Bewertung gilt also nur für einen Teil davon.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation>Der Richtlinien-Host %1 löst zu %2 auf, einer Adresse (%3), die sendende Server im Internet nicht erreichen; StsScope hat keine Verbindung dorthin aufgebaut.</translation>
    </message>
    <message numerus="yes">
        <source>This occurs %n times in the record; the first is shown.</source>
        <translation>
            <numerusform>Das kommt %n-mal im Eintrag vor; der erste Fall wird gezeigt.</numerusform>
            <numerusform>Das kommt %n-mal im Eintrag vor; der erste Fall wird gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record ends in whitespace after its last field, without a &quot;;&quot;; the grammar allows whitespace only around a semicolon. Senders that trim it accept the record, strict ones discard it. Remove the trailing whitespace.</source>
        <translation>Der Eintrag endet nach seinem letzten Feld mit Leerraum, ohne „;“; die Grammatik erlaubt Leerraum nur um ein Semikolon. Sendende Server, die ihn abschneiden, akzeptieren den Eintrag, strenge verwerfen ihn. Entfernen Sie den Leerraum am Ende.</translation>
    </message>
    <message>
        <source>The line contains bytes that are not UTF-8 (such as 0xFF); the grammar allows nothing else. Lenient senders ignore an unknown key&apos;s line, but strict ones (postfix-tlspol) discard the whole policy. Save the file as UTF-8.</source>
        <translation>Die Zeile enthält Bytes, die kein UTF-8 sind (etwa 0xFF); die Grammatik erlaubt nichts anderes. Nachsichtige sendende Server ignorieren die Zeile eines unbekannten Schlüssels, strenge (postfix-tlspol) verwerfen die ganze Richtlinie. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Empty line; the grammar has no empty lines, not even at the end. Lenient senders skip it, but strict ones (postfix-tlspol, Mimecast&apos;s strict mode) discard the whole policy. Remove it.</source>
        <translation>Leere Zeile; die Grammatik sieht keine Leerzeilen vor, auch nicht am Ende. Nachsichtige sendende Server überspringen sie, strenge (postfix-tlspol, Mimecast im strengen Modus) verwerfen die ganze Richtlinie. Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The unknown key &quot;%1&quot; does not follow the extension grammar (a name of at most 32 ASCII letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot; that starts with a letter or digit; a value that is not empty, with single spaces but no tabs). Lenient senders ignore the line, but strict ones (postfix-tlspol, mox) discard the whole policy.</source>
        <translation>Der unbekannte Schlüssel „%1“ entspricht nicht der Grammatik für Erweiterungen (ein Name aus höchstens 32 ASCII-Buchstaben, Ziffern, „_“, „-“ und „.“, der mit einem Buchstaben oder einer Ziffer beginnt; ein Wert, der nicht leer ist, mit einzelnen Leerzeichen, aber ohne Tabulatoren). Nachsichtige sendende Server ignorieren die Zeile, strenge (postfix-tlspol, mox) verwerfen die ganze Richtlinie.</translation>
    </message>
    <message>
        <source>The mx value &quot;%1&quot; is written in Unicode (a U-label); RFC 8461 requires the A-label. Lenient senders convert it, but strict ones (mox) discard the whole policy. Write &quot;mx: %2&quot;.</source>
        <translation>Der mx-Wert „%1“ ist in Unicode geschrieben (ein U-Label); RFC 8461 verlangt das A-Label. Nachsichtige sendende Server wandeln ihn um, strenge (mox) verwerfen die ganze Richtlinie. Schreiben Sie „mx: %2“.</translation>
    </message>
    <message>
        <source>The policy host %1 sent nothing for %2 s after the request; StsScope gave up on the connection, and senders time out on such a server as well.</source>
        <translation>Der Richtlinien-Host %1 hat nach der Anfrage %2 s lang nichts gesendet; StsScope hat die Verbindung aufgegeben, und auch sendende Server brechen bei einem solchen Server wegen Zeitüberschreitung ab.</translation>
    </message>
    <message>
        <source>The certificate names %1 only in its common name (CN) and has no DNS subject alternative name; MTA-STS requires the host name as a subjectAltName, so senders refuse it (TLS-RPT: certificate-host-mismatch). Reissue it with a subjectAltName.</source>
        <translation>Das Zertifikat nennt %1 nur in seinem Common Name (CN) und hat keinen DNS-Namen als Subject Alternative Name; MTA-STS verlangt den Hostnamen als subjectAltName, daher lehnen sendende Server es ab (TLS-RPT: certificate-host-mismatch). Stellen Sie es mit einem subjectAltName neu aus.</translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; appears more than once, which I-JSON forbids; readers disagree on which value counts, and StsScope used the last one.</source>
        <translation>%1: Das Element „%2“ kommt mehr als einmal vor, was I-JSON verbietet; Leseprogramme werten unterschiedliche Werte, StsScope hat den letzten verwendet.</translation>
    </message>
    <message>
        <source>The message is %1, not multipart/report with report-type=&quot;tlsrpt&quot; as RFC 8460 defines for reports by mail; the report in it was read anyway.</source>
        <translation>Die Nachricht ist %1, nicht multipart/report mit report-type=&quot;tlsrpt&quot;, wie RFC 8460 es für Berichte per Mail festlegt; der Bericht darin wurde trotzdem gelesen.</translation>
    </message>
    <message>
        <source>The report is attached as %1 instead of application/tlsrpt+json or application/tlsrpt+gzip; it was read anyway.</source>
        <translation>Der Bericht ist als %1 angehängt statt als application/tlsrpt+json oder application/tlsrpt+gzip; er wurde trotzdem gelesen.</translation>
    </message>
    <message>
        <source>Cannot delete the reports; none was deleted: %1</source>
        <translation>Die Berichte können nicht gelöscht werden; keiner wurde gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 passes DANE: the TLSA record %2 authenticates its certificate.</source>
        <translation>%1 besteht DANE: Der TLSA-Eintrag %2 authentifiziert sein Zertifikat.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 authenticates the certificate it presents (%2); senders that validate DANE do not deliver to it. The record for the key in use is &quot;%3&quot;.</source>
        <translation>Kein TLSA-Eintrag von %1 authentifiziert das vorgelegte Zertifikat (%2); sendende Server, die DANE validieren, stellen nicht dorthin zu. Der Eintrag für den verwendeten Schlüssel lautet „%3“.</translation>
    </message>
    <message>
        <source>%1 publishes TLSA records, so senders that validate DANE require TLS, but no address completed STARTTLS (%2); they do not deliver to it.</source>
        <translation>%1 veröffentlicht TLSA-Einträge, daher verlangen sendende Server, die DANE validieren, TLS, aber keine Adresse hat STARTTLS abgeschlossen (%2); sie stellen nicht dorthin zu.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation (%2); senders that validate DANE do not deliver to it.</source>
        <translation>Die TLSA-Einträge von %1 bestehen die DNSSEC-Validierung nicht (%2); sendende Server, die DANE validieren, stellen nicht dorthin zu.</translation>
    </message>
    <message>
        <source>The TLSA lookup for %1 failed (%2); senders that validate DANE defer mail to it until it answers.</source>
        <translation>Die TLSA-Abfrage für %1 ist fehlgeschlagen (%2); sendende Server, die DANE validieren, stellen Mail dorthin zurück, bis sie antwortet.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 is usable for SMTP (PKIX usages 0 and 1, unknown selectors or matching types, wrong digest lengths): senders that validate DANE require TLS but authenticate no certificate.</source>
        <translation>Kein TLSA-Eintrag von %1 ist für SMTP verwendbar (PKIX-Usages 0 und 1, unbekannte Selektoren oder Matching-Typen, falsche Digest-Längen): Sendende Server, die DANE validieren, verlangen TLS, authentifizieren aber kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so senders ignore them and DANE protects nothing.</source>
        <translation>%1 hat TLSA-Einträge, aber sie sind nicht DNSSEC-signiert; sendende Server ignorieren sie, und DANE schützt nichts.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 cannot be validated from this machine: its resolver drops DNSSEC signatures. Whether DANE protects the host cannot be seen from here.</source>
        <translation>Die TLSA-Einträge von %1 lassen sich von diesem Rechner aus nicht validieren: Sein Resolver verwirft DNSSEC-Signaturen. Ob DANE den Host schützt, ist von hier aus nicht zu sehen.</translation>
    </message>
    <message>
        <source>Every TLSA record of %1 matches the key in use and none a next one: when the key changes, senders that validate DANE stop delivering until a new record is published and the old one has expired from caches.</source>
        <translation>Jeder TLSA-Eintrag von %1 passt zum verwendeten Schlüssel und keiner zu einem nächsten: Wechselt der Schlüssel, stellen sendende Server, die DANE validieren, nicht mehr zu, bis ein neuer Eintrag veröffentlicht und der alte aus den Caches verschwunden ist.</translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy. DANE protects every MX host for senders that validate it; senders that implement only MTA-STS accept any certificate and deliver without STARTTLS if an attacker strips it.</source>
        <translation>Die Domain hat keine MTA-STS-Richtlinie. DANE schützt jeden MX-Host für sendende Server, die DANE validieren; sendende Server, die nur MTA-STS unterstützen, akzeptieren jedes Zertifikat und stellen ohne STARTTLS zu, wenn ein Angreifer es entfernt.</translation>
    </message>
    <message>
        <source>%1 has signed TLSA records, but the MX records of %2 are not DNSSEC-signed: an attacker can forge them, and most DANE senders (Postfix, Exim) then do not use the TLSA records at all.</source>
        <translation>%1 hat signierte TLSA-Einträge, aber die MX-Einträge von %2 sind nicht mit DNSSEC signiert: Ein Angreifer kann sie fälschen, und die meisten sendenden Server mit DANE (Postfix, Exim) verwenden die TLSA-Einträge dann gar nicht.</translation>
    </message>
    <message>
        <source>The policy changed (%1) but the id in _mta-sts did not (still &quot;%2&quot;): senders that cached the old policy keep it for up to %3 seconds. Change the id.</source>
        <translation>Die Richtlinie hat sich geändert (%1), die id in _mta-sts aber nicht (weiterhin „%2“): Sendende Server, die die alte Richtlinie zwischengespeichert haben, behalten sie bis zu %3 Sekunden. Ändern Sie die id.</translation>
    </message>
    <message>
        <source>The id in _mta-sts changed from &quot;%1&quot; to &quot;%2&quot; while the policy stayed the same; senders fetch it again and nothing else happens.</source>
        <translation>Die id in _mta-sts hat sich von „%1“ in „%2“ geändert, während die Richtlinie gleich blieb; sendende Server rufen sie erneut ab, sonst geschieht nichts.</translation>
    </message>
    <message>
        <source>The %1 policy is gone: it is now %2. Senders keep a cached policy until it expires; new senders get no protection.</source>
        <translation>Die Richtlinie im Modus %1 ist weg, ihr Status ist jetzt: %2. Sendende Server behalten eine zwischengespeicherte Richtlinie bis zu ihrem Ablauf; neue sendende Server erhalten keinen Schutz.</translation>
    </message>
    <message>
        <source>The policy mode went down from %1 to %2.</source>
        <translation>Der Modus der Richtlinie wurde von %1 auf %2 herabgesetzt.</translation>
    </message>
    <message>
        <source>The policy&apos;s max_age dropped from %1 to %2 seconds: senders cache it for less time, and an attacker who blocks the refresh waits less.</source>
        <translation>Der max_age der Richtlinie sank von %1 auf %2 Sekunden: Sendende Server speichern sie kürzer zwischen, und ein Angreifer, der die Aktualisierung blockiert, muss weniger lange warten.</translation>
    </message>
    <message>
        <source>The new MX host %1 matches no mx line of the enforce policy: senders do not deliver to it. Add it to the policy and change the id.</source>
        <translation>Der neue MX-Host %1 passt zu keiner mx-Zeile der Richtlinie im Modus enforce: Sendende Server stellen nicht an ihn zu. Nehmen Sie ihn in die Richtlinie auf und ändern Sie die id.</translation>
    </message>
    <message>
        <source>The MX host %1 is no longer covered by the enforce policy&apos;s mx lines: senders stop delivering to it.</source>
        <translation>Der MX-Host %1 wird von den mx-Zeilen der Richtlinie im Modus enforce nicht mehr abgedeckt: Sendende Server stellen nicht mehr an ihn zu.</translation>
    </message>
    <message>
        <source>The MX hosts changed from %1 to %2.</source>
        <translation>Die MX-Hosts haben sich von %1 in %2 geändert.</translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, before senders that fetch the enforce policy today stop using it (max_age %3 seconds): unless it is renewed in time, they refuse the host.</source>
        <translation>Das Zertifikat von %1 läuft am %2 ab, bevor sendende Server, die die Richtlinie im Modus enforce heute abrufen, sie nicht mehr verwenden (max_age %3 Sekunden): Wird es nicht rechtzeitig erneuert, weisen sie den Host ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, within %3 days.</source>
        <translation>Das Zertifikat von %1 läuft am %2 ab, innerhalb von %3 Tagen.</translation>
    </message>
    <message>
        <source>The certificate of %1 at %2 no longer names the host (it names %3).</source>
        <translation>Das Zertifikat von %1 unter %2 nennt den Host nicht mehr (es nennt %3).</translation>
    </message>
    <message>
        <source>%1 at %2 no longer offers STARTTLS.</source>
        <translation>%1 unter %2 bietet STARTTLS nicht mehr an.</translation>
    </message>
    <message>
        <source>%1 at %2 offers STARTTLS, but the TLS handshake no longer succeeds: %3.</source>
        <translation>%1 unter %2 bietet STARTTLS an, aber der TLS-Handshake gelingt nicht mehr: %3.</translation>
    </message>
    <message>
        <source>The domain was %1 and is now broken: %2</source>
        <translation>Die Domain war %1 und ist jetzt fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The TLSA records of %1 no longer match its certificate (DANE: %2); senders that validate DANE stop delivering to it.</source>
        <translation>Die TLSA-Einträge von %1 passen nicht mehr zu seinem Zertifikat (DANE: %2); sendende Server, die DANE validieren, stellen nicht mehr an ihn zu.</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>der Verlauf %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>cannot open the history %1: it was written by a newer StsScope</source>
        <translation>der Verlauf %1 lässt sich nicht öffnen: ihn hat ein neueres StsScope geschrieben</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>der Verlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write the check of %1 to the history: %2</source>
        <translation>die Prüfung von %1 lässt sich nicht in den Verlauf schreiben: %2</translation>
    </message>
    <message>
        <source>the watch list in %1 cannot be read: %2</source>
        <translation>die Überwachungsliste in %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation>%1 hat die Änderung abgelehnt: %2</translation>
    </message>
    <message>
        <source>nothing was deleted: %1</source>
        <translation>nichts wurde gelöscht: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>libunbound could not create a context</source>
        <translation>libunbound konnte keinen Kontext anlegen</translation>
    </message>
    <message>
        <source>libunbound option %1: %2</source>
        <translation>libunbound-Option %1: %2</translation>
    </message>
    <message>
        <source>resolver address &quot;%1&quot;: %2</source>
        <translation>Resolver-Adresse „%1“: %2</translation>
    </message>
    <message>
        <source>root hints %1: %2</source>
        <translation>Root-Hints %1: %2</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>beim Lesen von %1: %2</translation>
    </message>
    <message>
        <source>trust anchor file %1 does not exist</source>
        <translation>die Vertrauensanker-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>trust anchor %1: %2</source>
        <translation>Vertrauensanker %1: %2</translation>
    </message>
    <message>
        <source>the DNS resolver has no file descriptor</source>
        <translation>der DNS-Resolver hat keinen Dateideskriptor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SOCKS5 proxy URL like socks5://127.0.0.1:1080</source>
        <translation>„%1“ ist keine SOCKS5-Proxy-URL wie socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>a SOCKS5 proxy is given as socks5://HOST:PORT, with a port and nothing else</source>
        <translation>ein SOCKS5-Proxy wird als socks5://HOST:PORT angegeben, mit Port und sonst nichts</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>keine Adresse für die Verbindung</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>die Antwort auf EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>die Antwort auf STARTTLS</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>den TLS-Handshake</translation>
    </message>
    <message>
        <source>the reply to EHLO after the TLS handshake</source>
        <translation>die Antwort auf EHLO nach dem TLS-Handshake</translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation>die Antwort auf QUIT</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP-Verbindungsaufbau</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO nach TLS</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation>privat (RFC 1918)</translation>
    </message>
    <message>
        <source>carrier-grade NAT (RFC 6598)</source>
        <translation>Carrier-Grade-NAT (RFC 6598)</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>Link-lokal</translation>
    </message>
    <message>
        <source>unique local (RFC 4193)</source>
        <translation>Unique Local (RFC 4193)</translation>
    </message>
    <message>
        <source>reserved for documentation</source>
        <translation>für Dokumentation reserviert</translation>
    </message>
    <message>
        <source>reserved, not routed on the internet</source>
        <translation>reserviert, im Internet nicht geroutet</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, more than such a file holds; it was not read.</source>
        <translation>%1 ist größer als %2 Bytes, mehr als eine solche Datei enthält; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: no domain has been checked yet.</source>
        <translation>Nichts wurde nach %1 geschrieben: Es wurde noch keine Domain geprüft.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address; the resolver is given as ADDR or ADDR@PORT.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse; der Resolver wird als ADDR oder ADDR@PORT angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number between 1 and 65535.</source>
        <translation>„%1“ ist keine Portnummer zwischen 1 und 65535.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nicht geschützt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation>MTA-STS-Richtlinie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation>gültig, id %1</translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation>keiner oder ungültig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>mx</source>
        <translation>mx</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation>TLS-RPT-Eintrag</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation>mx-Muster</translation>
    </message>
    <message>
        <source>Senders deliver</source>
        <translation>Sendende Server stellen zu</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>gültig (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Risk and fix</source>
        <translation>Risiko und Behebung</translation>
    </message>
    <message>
        <source>Mail transport security of %1</source>
        <translation>Mail-Transportsicherheit von %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms by StsScope %4</source>
        <translation>Geprüft am %1 über %2 in %3 ms mit StsScope %4</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht beurteilbar</translation>
    </message>
    <message>
        <source>not observable from here (%1)</source>
        <translation>von hier aus nicht beobachtbar (%1)</translation>
    </message>
    <message>
        <source>pass (%1)</source>
        <translation>bestanden (%1)</translation>
    </message>
    <message>
        <source>fail (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation>Geschützt gegen</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the response header is larger than %1 bytes</source>
        <translation>der Antwort-Header ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response</source>
        <translation>der Server hat die Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the response does not start with an HTTP/1.x status line</source>
        <translation>die Antwort beginnt nicht mit einer HTTP/1.x-Statuszeile</translation>
    </message>
    <message>
        <source>the status line has no three-digit status code</source>
        <translation>die Statuszeile enthält keinen dreistelligen Statuscode</translation>
    </message>
    <message>
        <source>the response uses obsolete header line folding</source>
        <translation>die Antwort verwendet die veraltete Header-Zeilenfaltung</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>the response has more than %1 header fields</source>
        <translation>die Antwort hat mehr als %1 Header-Felder</translation>
    </message>
    <message>
        <source>unsupported transfer coding &quot;%1&quot;</source>
        <translation>nicht unterstützte Transfer-Kodierung „%1“</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>ungültige Content-Length „%1“</translation>
    </message>
    <message>
        <source>a chunk is not followed by CRLF</source>
        <translation>auf einen Chunk folgt kein CRLF</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1024 bytes</source>
        <translation>eine Chunk-Größenzeile ist länger als 1024 Bytes</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;</source>
        <translation>ungültige Chunk-Größe „%1“</translation>
    </message>
    <message>
        <source>the body is sent with the transfer coding &quot;%1&quot;; only plain chunked is read, and senders need the policy uncompressed</source>
        <translation>der Inhalt wird mit der Transfer-Kodierung „%1“ gesendet; gelesen wird nur reines chunked, und sendende Server brauchen die Richtlinie unkomprimiert</translation>
    </message>
    <message>
        <source>the chunked trailer is larger than %1 bytes</source>
        <translation>der Trailer nach dem letzten Chunk ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(no policy domain)</source>
        <translation>(keine Richtliniendomain)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>ResultComparison</name>
    <message>
        <source>MX address</source>
        <translation>MX-Adresse</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS-Version</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>certificate (SHA-256)</source>
        <translation>Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>Zertifikat gültig bis</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>mx lines</source>
        <translation>mx-Zeilen</translation>
    </message>
    <message>
        <source>text changed, id did not</source>
        <translation>Text geändert, id nicht</translation>
    </message>
    <message>
        <source>senders keep the old policy</source>
        <translation>sendende Server behalten die alte Richtlinie</translation>
    </message>
    <message>
        <source>change the id</source>
        <translation>ändern Sie die id</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation>TLS-RPT-Eintrag</translation>
    </message>
    <message>
        <source>rua</source>
        <translation>rua</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation>TLSA-Einträge</translation>
    </message>
</context>
<context>
    <name>ResultTypeAdvice</name>
    <message>
        <source>The MX host does not offer STARTTLS</source>
        <translation>Der MX-Host bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>The sender connected to your MX host, but the server did not offer STARTTLS in its EHLO answer, or the TLS handshake could not be started. Under an MTA-STS policy in enforce mode the sender does not deliver; otherwise the mail went without encryption.</source>
        <translation>Der sendende Server hat sich mit Ihrem MX-Host verbunden, aber der Server hat in seiner EHLO-Antwort kein STARTTLS angeboten, oder der TLS-Handshake konnte nicht begonnen werden. Bei einer MTA-STS-Richtlinie im Modus enforce stellt der sendende Server nicht zu; andernfalls wurde die Mail unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>STARTTLS switched off or not configured on that MX host; a load balancer, firewall or &quot;SMTP inspection&quot; box that strips STARTTLS from the EHLO answer; a handshake that fails because server and sender share no protocol version or cipher.</source>
        <translation>STARTTLS ist auf diesem MX-Host ausgeschaltet oder nicht eingerichtet; ein Load Balancer, eine Firewall oder eine „SMTP-Inspektion“, die STARTTLS aus der EHLO-Antwort entfernt; ein Handshake, der scheitert, weil Server und Sender keine gemeinsame Protokollversion oder Cipher haben.</translation>
    </message>
    <message>
        <source>Check the MX host named in the failure details with StsScope: does its EHLO answer list STARTTLS and does the handshake succeed? Enable TLS in the mail server and remove whatever in front of it rewrites SMTP.</source>
        <translation>Prüfen Sie den in den Fehlerdetails genannten MX-Host mit StsScope: Führt seine EHLO-Antwort STARTTLS auf, und gelingt der Handshake? Aktivieren Sie TLS im Mailserver und entfernen Sie alles davor, was SMTP umschreibt.</translation>
    </message>
    <message>
        <source>The certificate does not name the MX host</source>
        <translation>Das Zertifikat nennt den MX-Host nicht</translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose names (subject alternative names) do not include the host name the sender connected to, so the sender could not be sure it was talking to your server.</source>
        <translation>Der MX-Host hat ein Zertifikat vorgelegt, dessen Namen (Subject Alternative Names) den Hostnamen, mit dem sich der sendende Server verbunden hat, nicht enthalten; daher konnte der Sender nicht sicher sein, mit Ihrem Server zu sprechen.</translation>
    </message>
    <message>
        <source>A certificate issued for another name (the web server&apos;s, or the provider&apos;s default); a new MX host added to DNS without a new certificate; several MX names behind one address with only one of them in the certificate; a wildcard that does not cover the name.</source>
        <translation>Ein für einen anderen Namen ausgestelltes Zertifikat (das des Webservers oder das Standardzertifikat des Providers); ein neuer MX-Host, der ohne neues Zertifikat ins DNS eingetragen wurde; mehrere MX-Namen hinter einer Adresse, von denen nur einer im Zertifikat steht; eine Wildcard, die den Namen nicht abdeckt.</translation>
    </message>
    <message>
        <source>Issue a certificate that lists every MX host name exactly as it appears in the MX records and in the policy&apos;s mx: lines, and install it on every MX host.</source>
        <translation>Stellen Sie ein Zertifikat aus, das jeden MX-Hostnamen genau so aufführt, wie er in den MX-Einträgen und in den mx:-Zeilen der Richtlinie steht, und installieren Sie es auf jedem MX-Host.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose validity period had ended (or not yet begun) when the sender connected.</source>
        <translation>Der MX-Host hat ein Zertifikat vorgelegt, dessen Gültigkeitszeitraum zum Zeitpunkt der Verbindung bereits abgelaufen war (oder noch nicht begonnen hatte).</translation>
    </message>
    <message>
        <source>Automatic renewal that stopped working; a renewed certificate that the mail server never reloaded; an old certificate left on one of several MX hosts; a wrong clock on the sending or receiving side.</source>
        <translation>Eine automatische Erneuerung, die nicht mehr funktioniert; ein erneuertes Zertifikat, das der Mailserver nie neu geladen hat; ein altes Zertifikat, das auf einem von mehreren MX-Hosts liegen geblieben ist; eine falsch gehende Uhr auf der sendenden oder empfangenden Seite.</translation>
    </message>
    <message>
        <source>Renew the certificate, reload or restart the mail server, and check every MX host and address with StsScope. Monitor the days left so that it does not happen again.</source>
        <translation>Erneuern Sie das Zertifikat, laden Sie den Mailserver neu oder starten Sie ihn neu, und prüfen Sie jeden MX-Host und jede Adresse mit StsScope. Überwachen Sie die Restlaufzeit, damit es nicht wieder passiert.</translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation>Das Zertifikat ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The sender could not build a chain from the MX host&apos;s certificate to a certificate authority it trusts.</source>
        <translation>Der sendende Server konnte keine Kette vom Zertifikat des MX-Hosts zu einer Zertifizierungsstelle bilden, der er vertraut.</translation>
    </message>
    <message>
        <source>A self-signed certificate or one from a private CA; a missing intermediate certificate (the server sends only its own certificate); a chain in the wrong order; a CA that public trust stores have dropped.</source>
        <translation>Ein selbstsigniertes Zertifikat oder eines einer privaten CA; ein fehlendes Zwischenzertifikat (der Server sendet nur sein eigenes Zertifikat); eine Kette in falscher Reihenfolge; eine CA, die aus den öffentlichen Vertrauensspeichern entfernt wurde.</translation>
    </message>
    <message>
        <source>Use a certificate from a publicly trusted CA and configure the server to send the full chain (leaf and intermediates). StsScope&apos;s certificate view shows which link is missing.</source>
        <translation>Verwenden Sie ein Zertifikat einer öffentlich vertrauenswürdigen CA und konfigurieren Sie den Server so, dass er die vollständige Kette sendet (Serverzertifikat und Zwischenzertifikate). Die Zertifikatsansicht von StsScope zeigt, welches Glied fehlt.</translation>
    </message>
    <message>
        <source>The certificate could not be validated</source>
        <translation>Das Zertifikat konnte nicht validiert werden</translation>
    </message>
    <message>
        <source>A general failure of certificate or policy validation that fits none of the more specific result types.</source>
        <translation>Ein allgemeiner Fehler bei der Validierung von Zertifikat oder Richtlinie, der zu keinem der spezifischeren Ergebnistypen passt.</translation>
    </message>
    <message>
        <source>A revoked certificate; an unsupported key or signature algorithm; broken certificate extensions; a TLS handshake that failed for reasons the sender could not classify.</source>
        <translation>Ein widerrufenes Zertifikat; ein nicht unterstützter Schlüssel- oder Signaturalgorithmus; fehlerhafte Zertifikatserweiterungen; ein TLS-Handshake, der aus Gründen fehlschlug, die der Sender nicht einordnen konnte.</translation>
    </message>
    <message>
        <source>Read the failure reason code and additional information the sender gave, check the MX host&apos;s certificate and TLS settings, and compare with other senders&apos; reports for the same host.</source>
        <translation>Lesen Sie den Fehlergrund-Code und die zusätzlichen Informationen, die der Sender angegeben hat, prüfen Sie Zertifikat und TLS-Einstellungen des MX-Hosts und vergleichen Sie mit den Berichten anderer Sender für denselben Host.</translation>
    </message>
    <message>
        <source>The TLSA records are invalid</source>
        <translation>Die TLSA-Einträge sind ungültig</translation>
    </message>
    <message>
        <source>The DANE TLSA records published for the MX host are malformed or unusable, so the sender could not use them to check the certificate.</source>
        <translation>Die für den MX-Host veröffentlichten DANE-TLSA-Einträge sind fehlerhaft oder unbrauchbar, daher konnte der sendende Server sie nicht zur Prüfung des Zertifikats verwenden.</translation>
    </message>
    <message>
        <source>Wrong usage, selector or matching type values; a digest of the wrong length; records edited by hand with a typo.</source>
        <translation>Falsche Werte für Usage, Selector oder Matching Type; ein Digest mit falscher Länge; von Hand bearbeitete Einträge mit einem Tippfehler.</translation>
    </message>
    <message>
        <source>Regenerate the TLSA records from the certificate or key actually in use (for example 3 1 1, the SHA-256 of the public key) and publish them at _25._tcp.&lt;mx host&gt;.</source>
        <translation>Erzeugen Sie die TLSA-Einträge neu aus dem tatsächlich verwendeten Zertifikat oder Schlüssel (zum Beispiel 3 1 1, der SHA-256-Hash des öffentlichen Schlüssels) und veröffentlichen Sie sie unter _25._tcp.&lt;MX-Host&gt;.</translation>
    </message>
    <message>
        <source>DNSSEC validation failed</source>
        <translation>DNSSEC-Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sender&apos;s DNSSEC validation of your DNS answers failed (they were bogus), so it could not trust the MX or TLSA records it received.</source>
        <translation>Die DNSSEC-Validierung Ihrer DNS-Antworten durch den sendenden Server ist fehlgeschlagen (sie waren „bogus“), daher konnte er den erhaltenen MX- oder TLSA-Einträgen nicht vertrauen.</translation>
    </message>
    <message>
        <source>Expired DNSSEC signatures; a key rollover that went wrong; DS records at the parent zone that no longer match the zone&apos;s keys; a DNS provider change without moving the keys.</source>
        <translation>Abgelaufene DNSSEC-Signaturen; ein missglückter Schlüsselwechsel (Key Rollover); DS-Einträge in der übergeordneten Zone, die nicht mehr zu den Schlüsseln der Zone passen; ein Wechsel des DNS-Providers, ohne die Schlüssel mitzunehmen.</translation>
    </message>
    <message>
        <source>Check the zone with a DNSSEC debugger, re-sign it, and make the DS record at the registrar match the zone&apos;s current key.</source>
        <translation>Prüfen Sie die Zone mit einem DNSSEC-Debugger, signieren Sie sie neu und sorgen Sie dafür, dass der DS-Eintrag beim Registrar zum aktuellen Schlüssel der Zone passt.</translation>
    </message>
    <message>
        <source>DANE was required but could not be used</source>
        <translation>DANE war erforderlich, konnte aber nicht verwendet werden</translation>
    </message>
    <message>
        <source>The sender requires DANE for your domain (there are TLSA records), but none of them matched the certificate the MX host presented, or the records could not be obtained securely.</source>
        <translation>Der sendende Server verlangt DANE für Ihre Domain (es gibt TLSA-Einträge), aber keiner davon passte zum Zertifikat, das der MX-Host vorgelegt hat, oder die Einträge konnten nicht sicher abgerufen werden.</translation>
    </message>
    <message>
        <source>A certificate or key replaced without first publishing a TLSA record for the new one; TLSA records for the wrong host or port; a server that presents different certificates on different addresses.</source>
        <translation>Ein Zertifikat oder Schlüssel wurde ersetzt, ohne vorher einen TLSA-Eintrag für den neuen zu veröffentlichen; TLSA-Einträge für den falschen Host oder Port; ein Server, der auf verschiedenen Adressen verschiedene Zertifikate vorlegt.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the current and the next certificate before every rollover, and check that each MX address presents a certificate that matches one of them.</source>
        <translation>Veröffentlichen Sie vor jedem Zertifikatswechsel TLSA-Einträge für das aktuelle und das nächste Zertifikat, und prüfen Sie, ob jede MX-Adresse ein Zertifikat vorlegt, das zu einem davon passt.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>Die MTA-STS-Richtlinie konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Your _mta-sts TXT record announces a policy, but the sender could not download it from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt.</source>
        <translation>Ihr _mta-sts-TXT-Eintrag kündigt eine Richtlinie an, aber der sendende Server konnte sie nicht von https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt herunterladen.</translation>
    </message>
    <message>
        <source>The mta-sts host name does not resolve; the web server is down, times out or answers with a redirect or an error status; the file is missing; a firewall blocks HTTPS from the outside.</source>
        <translation>Der Hostname mta-sts lässt sich nicht auflösen; der Webserver ist nicht erreichbar, läuft in eine Zeitüberschreitung oder antwortet mit einer Weiterleitung oder einem Fehlerstatus; die Datei fehlt; eine Firewall blockiert HTTPS von außen.</translation>
    </message>
    <message>
        <source>Fetch the policy URL from outside your network (StsScope&apos;s Policy view shows the HTTP exchange) and make the server answer 200 with the policy file directly, without redirects.</source>
        <translation>Rufen Sie die Richtlinien-URL von außerhalb Ihres Netzes ab (die Richtlinienansicht von StsScope zeigt den HTTP-Austausch) und sorgen Sie dafür, dass der Server direkt mit 200 und der Richtliniendatei antwortet, ohne Weiterleitungen.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is invalid</source>
        <translation>Die MTA-STS-Richtlinie ist ungültig</translation>
    </message>
    <message>
        <source>The sender fetched your MTA-STS policy but could not parse it, or it does not allow the MX host the sender found.</source>
        <translation>Der sendende Server hat Ihre MTA-STS-Richtlinie abgerufen, konnte sie aber nicht parsen, oder sie erlaubt den MX-Host nicht, den der Sender gefunden hat.</translation>
    </message>
    <message>
        <source>A syntax error in mta-sts.txt (missing version, mode or max_age, a typo in a key); a wrong content type; an MX host missing from the policy&apos;s mx: lines after a change of mail provider.</source>
        <translation>Ein Syntaxfehler in mta-sts.txt (fehlendes version, mode oder max_age, ein Tippfehler in einem Schlüssel); ein falscher Content-Type; ein MX-Host, der nach einem Wechsel des Mail-Providers in den mx:-Zeilen der Richtlinie fehlt.</translation>
    </message>
    <message>
        <source>Lint the policy with StsScope (or stsscope-cli policy lint), add an mx: line for every MX host, and change the id in the _mta-sts TXT record after every change so that senders fetch it again.</source>
        <translation>Prüfen Sie die Richtlinie mit StsScope (oder stsscope-cli policy lint), fügen Sie für jeden MX-Host eine mx:-Zeile hinzu und ändern Sie nach jeder Änderung die id im _mta-sts-TXT-Eintrag, damit sendende Server die Richtlinie neu abrufen.</translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate is not valid</source>
        <translation>Das Zertifikat des Richtlinienservers ist nicht gültig</translation>
    </message>
    <message>
        <source>The HTTPS server at mta-sts.&lt;domain&gt; presented a certificate the sender could not validate, so it did not trust the policy it served.</source>
        <translation>Der HTTPS-Server unter mta-sts.&lt;domain&gt; hat ein Zertifikat vorgelegt, das der sendende Server nicht validieren konnte, daher hat er der ausgelieferten Richtlinie nicht vertraut.</translation>
    </message>
    <message>
        <source>A certificate that does not include the mta-sts host name (the usual mistake on shared web hosting); an expired or self-signed certificate; a missing intermediate certificate.</source>
        <translation>Ein Zertifikat, das den Hostnamen mta-sts nicht enthält (der übliche Fehler bei Shared Webhosting); ein abgelaufenes oder selbstsigniertes Zertifikat; ein fehlendes Zwischenzertifikat.</translation>
    </message>
    <message>
        <source>Add mta-sts.&lt;domain&gt; to the web server&apos;s certificate (or give it its own), send the full chain, and check it with StsScope&apos;s certificate view.</source>
        <translation>Nehmen Sie mta-sts.&lt;domain&gt; in das Zertifikat des Webservers auf (oder geben Sie ihm ein eigenes), senden Sie die vollständige Kette und prüfen Sie sie in der Zertifikatsansicht von StsScope.</translation>
    </message>
    <message>
        <source>A result type RFC 8460 does not define</source>
        <translation>Ein Ergebnistyp, den RFC 8460 nicht definiert</translation>
    </message>
    <message>
        <source>The sender reported failures as &quot;%1&quot;, a name that is not among the result types of RFC 8460. Some senders use their own names or names from drafts.</source>
        <translation>Der sendende Server hat Fehler als „%1“ gemeldet, ein Name, der nicht zu den Ergebnistypen von RFC 8460 gehört. Manche Sender verwenden eigene Namen oder Namen aus Entwürfen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Whatever the sender means by it; the failure reason code and the additional information in the failure details usually say more.</source>
        <translation>Was immer der Sender damit meint; der Fehlergrund-Code und die zusätzlichen Informationen in den Fehlerdetails sagen meist mehr.</translation>
    </message>
    <message>
        <source>Read the failure details and the raw report, check the MX hosts they name with StsScope, and ask the sender&apos;s contact if it stays unclear.</source>
        <translation>Lesen Sie die Fehlerdetails und den Rohbericht, prüfen Sie die darin genannten MX-Hosts mit StsScope, und fragen Sie beim Kontakt des Senders nach, wenn es unklar bleibt.</translation>
    </message>
    <message>
        <source>%1 (%2)
What it means: %3
Usual causes: %4
What to do: %5</source>
        <translation>%1 (%2)
Bedeutung: %3
Übliche Ursachen: %4
Was zu tun ist: %5</translation>
    </message>
</context>
<context>
    <name>ServingSnippets</name>
    <message>
        <source>Static hosting</source>
        <translation>Statisches Hosting</translation>
    </message>
</context>
<context>
    <name>Sts::Check::Environment</name>
    <message>
        <source>port 25: open</source>
        <translation>Port 25: offen</translation>
    </message>
    <message>
        <source>port 25: blocked on this network</source>
        <translation>Port 25: in diesem Netz gesperrt</translation>
    </message>
    <message>
        <source>port 25: not tested yet</source>
        <translation>Port 25: noch nicht getestet</translation>
    </message>
    <message>
        <source>IPv6: routable</source>
        <translation>IPv6: routbar</translation>
    </message>
    <message>
        <source>IPv6: no route</source>
        <translation>IPv6: keine Route</translation>
    </message>
    <message>
        <source>IPv6: not seen yet</source>
        <translation>IPv6: noch nicht gesehen</translation>
    </message>
    <message>
        <source>DNSSEC: validated</source>
        <translation>DNSSEC: validiert</translation>
    </message>
    <message>
        <source>DNSSEC: the resolver drops signatures</source>
        <translation>DNSSEC: der Resolver verwirft Signaturen</translation>
    </message>
    <message>
        <source>DNSSEC: not tested yet</source>
        <translation>DNSSEC: noch nicht getestet</translation>
    </message>
    <message>
        <source>proxy: none</source>
        <translation>Proxy: keiner</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>DNSSEC: validated from the root servers (the resolver drops signatures)</source>
        <translation>DNSSEC: ab den Root-Servern validiert (der Resolver verwirft Signaturen)</translation>
    </message>
</context>
<context>
    <name>Sts::Check::ProtectionAssessment</name>
    <message>
        <source>The check did not finish.</source>
        <translation>Die Prüfung wurde nicht beendet.</translation>
    </message>
    <message>
        <source>The domain has no MX host to protect.</source>
        <translation>Die Domain hat keinen MX-Host, der zu schützen wäre.</translation>
    </message>
    <message>
        <source>This machine could not observe every MX host.</source>
        <translation>Dieser Rechner konnte nicht jeden MX-Host beobachten.</translation>
    </message>
    <message>
        <source>%1 of %2 MX hosts are protected.</source>
        <translation>%1 von %2 MX-Hosts sind geschützt.</translation>
    </message>
    <message>
        <source>DANE and the enforce policy</source>
        <translation>DANE und die Richtlinie im Modus enforce</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>the enforce policy</source>
        <translation>die Richtlinie im Modus enforce</translation>
    </message>
    <message>
        <source>The policy is in testing mode: senders report failures but deliver anyway, and there is no DANE.</source>
        <translation>Die Richtlinie ist im Modus testing: Sendende Server melden Fehler, stellen aber trotzdem zu, und es gibt kein DANE.</translation>
    </message>
    <message>
        <source>Neither an enforce MTA-STS policy nor DANE.</source>
        <translation>Weder eine MTA-STS-Richtlinie im Modus enforce noch DANE.</translation>
    </message>
    <message>
        <source>Every MX host offers STARTTLS: senders encrypt.</source>
        <translation>Jeder MX-Host bietet STARTTLS an: Sendende Server verschlüsseln.</translation>
    </message>
    <message>
        <source>No MX host completes STARTTLS: mail travels in clear text.</source>
        <translation>Kein MX-Host schließt STARTTLS ab: Mail wird im Klartext übertragen.</translation>
    </message>
    <message>
        <source>Senders require TLS to every MX host (%1).</source>
        <translation>Sendende Server verlangen TLS zu jedem MX-Host (%1).</translation>
    </message>
    <message>
        <source>Senders authenticate every MX host&apos;s certificate (%1).</source>
        <translation>Sendende Server authentifizieren das Zertifikat jedes MX-Hosts (%1).</translation>
    </message>
    <message>
        <source>The MX records are DNSSEC-signed: validating senders detect forged answers.</source>
        <translation>Die MX-Einträge sind DNSSEC-signiert: Validierende sendende Server erkennen gefälschte Antworten.</translation>
    </message>
    <message>
        <source>This machine&apos;s resolver drops DNSSEC: whether the MX records are signed cannot be seen.</source>
        <translation>Der Resolver dieses Rechners verwirft DNSSEC: Ob die MX-Einträge signiert sind, ist nicht zu sehen.</translation>
    </message>
    <message>
        <source>The MX records are not signed; a cached enforce policy still limits delivery to the hosts its mx patterns name.</source>
        <translation>Die MX-Einträge sind nicht signiert; eine zwischengespeicherte Richtlinie im Modus enforce beschränkt die Zustellung dennoch auf die Hosts, die ihre mx-Muster nennen.</translation>
    </message>
    <message>
        <source>The MX records are not signed and no policy limits the MX hosts.</source>
        <translation>Die MX-Einträge sind nicht signiert, und keine Richtlinie beschränkt die MX-Hosts.</translation>
    </message>
    <message>
        <source>DANE needs no earlier contact: it is checked at every delivery.</source>
        <translation>DANE braucht keinen früheren Kontakt: Es wird bei jeder Zustellung geprüft.</translation>
    </message>
    <message>
        <source>A sender without the policy cached (first contact, or after it expired) can be attacked until it fetches it; DANE would close this gap.</source>
        <translation>Ein sendender Server ohne zwischengespeicherte Richtlinie (Erstkontakt oder nach deren Ablauf) ist angreifbar, bis er sie abruft; DANE würde diese Lücke schließen.</translation>
    </message>
    <message>
        <source>DANE does not expire: the TLSA records are looked up at every delivery.</source>
        <translation>DANE läuft nicht ab: Die TLSA-Einträge werden bei jeder Zustellung abgefragt.</translation>
    </message>
    <message>
        <source>max_age is %1 days: an attacker must block the refresh for that long.</source>
        <translation>max_age beträgt %1 Tage: So lange müsste ein Angreifer die Aktualisierung blockieren.</translation>
    </message>
    <message>
        <source>max_age is only %1 s: a cached policy soon runs out (weeks are recommended).</source>
        <translation>max_age beträgt nur %1 s: Eine zwischengespeicherte Richtlinie läuft bald ab (empfohlen sind Wochen).</translation>
    </message>
    <message>
        <source>TLS-RPT reports tell you about failed deliveries.</source>
        <translation>TLS-RPT-Berichte informieren Sie über fehlgeschlagene Zustellungen.</translation>
    </message>
    <message>
        <source>No TLS-RPT record: nobody tells you when deliveries fail.</source>
        <translation>Kein TLS-RPT-Eintrag: Niemand teilt Ihnen mit, wenn Zustellungen fehlschlagen.</translation>
    </message>
    <message>
        <source>Passive eavesdropping</source>
        <translation>Passives Mitlesen</translation>
    </message>
    <message>
        <source>STARTTLS downgrade</source>
        <translation>STARTTLS-Downgrade</translation>
    </message>
    <message>
        <source>Man-in-the-middle with a forged certificate</source>
        <translation>Man-in-the-Middle mit gefälschtem Zertifikat</translation>
    </message>
    <message>
        <source>Spoofed MX records</source>
        <translation>Gefälschte MX-Einträge</translation>
    </message>
    <message>
        <source>Attack on first contact</source>
        <translation>Angriff beim Erstkontakt</translation>
    </message>
    <message>
        <source>Cached policy running out</source>
        <translation>Ablauf der zwischengespeicherten Richtlinie</translation>
    </message>
    <message>
        <source>Failures nobody notices</source>
        <translation>Unbemerkte Fehler</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>nicht geschützt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Sts::Check::WatchListFile</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;: %3</source>
        <translation>Zeile %1 „%2“: %3</translation>
    </message>
    <message>
        <source>the list is longer than %1 lines; this line and those after it were not read</source>
        <translation>die Liste ist länger als %1 Zeilen; diese Zeile und die folgenden wurden nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Sts::DomainInput</name>
    <message>
        <source>the text is too long to be a domain name</source>
        <translation>der Text ist zu lang für einen Domainnamen</translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>es wurde nichts eingegeben</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; has no host name</source>
        <translation>die Adresse „%1“ hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>took the host name from the web address</source>
        <translation>den Hostnamen aus der Webadresse übernommen</translation>
    </message>
    <message>
        <source>took the domain of the mail address %1</source>
        <translation>die Domain der E-Mail-Adresse %1 übernommen</translation>
    </message>
    <message>
        <source>there is no domain name in it</source>
        <translation>er enthält keinen Domainnamen</translation>
    </message>
    <message>
        <source>a domain name has no spaces</source>
        <translation>ein Domainname enthält keine Leerzeichen</translation>
    </message>
    <message>
        <source>%1 is an IP address; mail domains are names</source>
        <translation>%1 ist eine IP-Adresse; Mail-Domains sind Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>„%1“ ist kein gültiger internationalisierter Domainname</translation>
    </message>
    <message>
        <source>converted %1 to its ASCII form %2</source>
        <translation>%1 in die ASCII-Form %2 umgewandelt</translation>
    </message>
    <message>
        <source>lower-cased it</source>
        <translation>in Kleinbuchstaben umgewandelt</translation>
    </message>
    <message>
        <source>removed the %1 prefix: the domain is its owner</source>
        <translation>das Präfix %1 entfernt: gemeint ist die Domain, der es gehört</translation>
    </message>
    <message>
        <source>a mail domain has at least two labels, like example.com</source>
        <translation>eine Mail-Domain hat mindestens zwei Labels, etwa example.com</translation>
    </message>
    <message>
        <source>the last label &quot;%1&quot; is all digits, which no top-level domain is</source>
        <translation>das letzte Label „%1“ besteht nur aus Ziffern, was keine Top-Level-Domain tut</translation>
    </message>
</context>
<context>
    <name>Sts::MtaSts::PolicyFetcher</name>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>keine Verbindung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 s lang keine Daten</translation>
    </message>
</context>
<context>
    <name>Sts::Net::Resolver</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>system resolvers (%1)</source>
        <translation>System-Resolver (%1)</translation>
    </message>
    <message>
        <source>DNS response code %1</source>
        <translation>DNS-Antwortcode %1</translation>
    </message>
    <message>
        <source>a malformed %1 record was ignored</source>
        <translation>ein fehlerhafter %1-Eintrag wurde ignoriert</translation>
    </message>
    <message>
        <source>the DNS query could not be sent</source>
        <translation>die DNS-Anfrage konnte nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>Sts::Smtp::SmtpProbe</name>
    <message>
        <source>banner too large: %1</source>
        <translation>Banner zu groß: %1</translation>
    </message>
    <message>
        <source>invalid reply while waiting for %1: %2</source>
        <translation>ungültige Antwort beim Warten auf %1: %2</translation>
    </message>
    <message>
        <source>the server sent a reply before %1 was sent</source>
        <translation>der Server hat eine Antwort gesendet, bevor %1 gesendet wurde</translation>
    </message>
    <message>
        <source>greeting %1 instead of 220</source>
        <translation>Begrüßung %1 statt 220</translation>
    </message>
    <message>
        <source>EHLO answered with %1</source>
        <translation>EHLO mit %1 beantwortet</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS nicht angeboten</translation>
    </message>
    <message>
        <source>STARTTLS answered with %1</source>
        <translation>STARTTLS mit %1 beantwortet</translation>
    </message>
    <message>
        <source>EHLO after the TLS handshake answered with %1</source>
        <translation>EHLO nach dem TLS-Handshake mit %1 beantwortet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>connection closed after STARTTLS, before the TLS handshake</source>
        <translation>Verbindung nach STARTTLS vor dem TLS-Handshake geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connection closed while waiting for %1</source>
        <translation>Verbindung beim Warten auf %1 geschlossen</translation>
    </message>
    <message>
        <source>no banner within %1 s</source>
        <translation>kein Banner innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>kein TLS-Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no reply within %1 s while waiting for %2</source>
        <translation>keine Antwort innerhalb von %1 s beim Warten auf %2</translation>
    </message>
    <message>
        <source>session not finished within %1 s (at step %2)</source>
        <translation>Sitzung nicht innerhalb von %1 s beendet (bei Schritt %2)</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>keine Verbindung innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt</name>
    <message>
        <source>&quot;%1&quot; is no URL: %2</source>
        <translation>„%1“ ist keine URL: %2</translation>
    </message>
    <message>
        <source>The URL must begin with imaps:// (TLS) or imap:// (STARTTLS), not &quot;%1&quot;.</source>
        <translation>Die URL muss mit imaps:// (TLS) oder imap:// (STARTTLS) beginnen, nicht mit „%1“.</translation>
    </message>
    <message>
        <source>The URL holds a password; give it in STSSCOPE_IMAP_PASSWORD or at the prompt instead.</source>
        <translation>Die URL enthält ein Passwort; geben Sie es stattdessen in STSSCOPE_IMAP_PASSWORD oder bei der Abfrage an.</translation>
    </message>
    <message>
        <source>The URL names no user: imaps://USER@HOST/FOLDER.</source>
        <translation>Die URL nennt keinen Benutzer: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The URL names no host: imaps://USER@HOST/FOLDER.</source>
        <translation>Die URL nennt keinen Host: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The URL must end with the folder: imaps://USER@HOST/FOLDER.</source>
        <translation>Die URL muss mit dem Ordner enden: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The folder name in the URL cannot be sent to an IMAP server.</source>
        <translation>Der Ordnername in der URL kann nicht an einen IMAP-Server gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ImapClient</name>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeds %1 bytes.</source>
        <translation>Die Antwort des Servers überschreitet %1 Bytes.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgewiesen (%2).</translation>
    </message>
    <message>
        <source>No trusted TLS connection to %1: %2. If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>Keine vertrauenswürdige TLS-Verbindung zu %1: %2. Verwendet der Server eine private CA, geben Sie deren Zertifikat als CA-Datei an.</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the password would travel in plain text: not logged in. Use imaps:// (port 993), or allow plain text explicitly.</source>
        <translation>%1 bietet kein STARTTLS an, das Passwort würde also im Klartext übertragen: nicht angemeldet. Verwenden Sie imaps:// (Port 993), oder erlauben Sie Klartext ausdrücklich.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1 möglich: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: %2.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>IMAP with %1 failed: %2.</source>
        <translation>IMAP mit %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be sent to an IMAP server.</source>
        <translation>Der Ordnername „%1“ kann nicht an einen IMAP-Server gesendet werden.</translation>
    </message>
    <message>
        <source>The server gave no UIDVALIDITY for the folder &quot;%1&quot;.</source>
        <translation>Der Server hat keinen UIDVALIDITY-Wert für den Ordner „%1“ geliefert.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::MailboxSync</name>
    <message>
        <source>The server gave no UIDNEXT for the folder &quot;%1&quot;.</source>
        <translation>Der Server hat keinen UIDNEXT-Wert für den Ordner „%1“ geliefert.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n Bericht hinzugefügt</numerusform>
            <numerusform>%n Berichte hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored, but not moved to &quot;%1&quot;: %2</source>
        <translation>Gespeichert, aber nicht nach „%1“ verschoben: %2</translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to &quot;%1&quot;: it is a folder that is read.</source>
        <translation>Verarbeitete Nachrichten können nicht nach „%1“ verschoben werden: Dieser Ordner wird gelesen.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ReportLibraryWorker</name>
    <message>
        <source>The report library is not open.</source>
        <translation>Das Berichtsarchiv ist nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n Bericht hinzugefügt</numerusform>
            <numerusform>%n Berichte hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::AboutDialog</name>
    <message>
        <source>About StsScope</source>
        <translation>Über StsScope</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>StsScope logo</source>
        <translation>StsScope-Logo</translation>
    </message>
    <message>
        <source>Shows whether mail to a domain is protected in transit: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, the certificates of every MX, and DNSSEC.</source>
        <translation>Zeigt, ob Mail an eine Domain auf dem Transportweg geschützt ist: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, die Zertifikate jedes MX und DNSSEC.</translation>
    </message>
    <message>
        <source>Copyright © 2026 StsScope authors</source>
        <translation>Copyright © 2026 StsScope-Autoren</translation>
    </message>
    <message>
        <source>StsScope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY; see the Licence tab.</source>
        <translation>StsScope ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt; siehe Reiter „Lizenz“.</translation>
    </message>
    <message>
        <source>The libraries StsScope runs with, as they report themselves:</source>
        <translation>Die Bibliotheken, mit denen StsScope läuft, so wie sie sich selbst melden:</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Komponentenversionen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Co&amp;py versions</source>
        <translation>Versionen ko&amp;pieren</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later; the licence text is missing.</source>
        <translation>GPL-3.0-or-later; der Lizenztext fehlt.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::BarChartView</name>
    <message>
        <source>No data.</source>
        <translation>Keine Daten.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CertificateChainModel</name>
    <message>
        <source>%1 (policy host)</source>
        <translation>%1 (Richtlinien-Host)</translation>
    </message>
    <message>
        <source>valid, matches %1</source>
        <translation>gültig, passt auf %1</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n Tag)</numerusform>
            <numerusform>%1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server / certificate</source>
        <translation>Server / Zertifikat</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>matches TLSA %1</source>
        <translation>passt zu TLSA %1</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CertificatesView</name>
    <message>
        <source>&amp;Export PEM…</source>
        <translation>PEM export&amp;ieren…</translation>
    </message>
    <message>
        <source>Save the selected server&apos;s certificate chain as PEM</source>
        <translation>Die Zertifikatskette des ausgewählten Servers als PEM speichern</translation>
    </message>
    <message>
        <source>Show the leaf certificates of every server side by side</source>
        <translation>Die Serverzertifikate aller Server nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Certificate chains</source>
        <translation>Zertifikatsketten</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>Certificates compared</source>
        <translation>Zertifikate im Vergleich</translation>
    </message>
    <message>
        <source>&lt;p&gt;No server has presented a certificate yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bisher hat kein Server ein Zertifikat vorgelegt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a server or a certificate to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Server oder ein Zertifikat aus, um die Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>valid: trusted and the name matches</source>
        <translation>gültig: vertrauenswürdig, und der Name passt</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>ungültig (%1)</translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation>Vertrauenswürdiges Stammzertifikat</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>keines erreicht</translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation>Passender Name</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Gesendete Zertifikate</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (matches %2)</source>
        <translation>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (passt auf %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Export certificate chain</source>
        <translation>Zertifikatskette exportieren</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Compare a&amp;ll servers</source>
        <translation>Alle Server ver&amp;gleichen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ChainComparisonModel</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber (Subject)</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SPKI SHA-256 (DANE 3 1 1)</source>
        <translation>SPKI SHA-256 (DANE 3 1 1)</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Gesendete Zertifikate</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CoveragePage</name>
    <message>
        <source>mx lines of the draft policy</source>
        <translation>mx-Zeilen des Richtlinienentwurfs</translation>
    </message>
    <message>
        <source>MX hosts and their coverage</source>
        <translation>MX-Hosts und ihre Abdeckung</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Leave these MX hosts out on purpose (for example, they are being retired)</source>
        <translation>Diese MX-Hosts &amp;bewusst auslassen (zum Beispiel, weil sie stillgelegt werden)</translation>
    </message>
    <message>
        <source>Which MX hosts the policy covers</source>
        <translation>Welche MX-Hosts die Richtlinie abdeckt</translation>
    </message>
    <message>
        <source>Senders that follow the policy deliver only to MX hosts an mx line names. A wildcard such as *.example.com covers exactly one label: mx1.example.com, but not mx1.eu.example.com.</source>
        <translation>Sendende Server, die die Richtlinie befolgen, stellen nur an MX-Hosts zu, die eine mx-Zeile nennt. Eine Wildcard wie *.example.com deckt genau ein Label ab: mx1.example.com, aber nicht mx1.eu.example.com.</translation>
    </message>
    <message>
        <source>Automatic: a wildcard where every MX shares a parent</source>
        <translation>Automatisch: eine Wildcard, wenn alle MX dieselbe übergeordnete Domain haben</translation>
    </message>
    <message>
        <source>One line per MX host</source>
        <translation>Eine Zeile je MX-Host</translation>
    </message>
    <message>
        <source>A wildcard wherever possible</source>
        <translation>Wo immer möglich eine Wildcard</translation>
    </message>
    <message>
        <source>How to propose mx lines</source>
        <translation>Wie mx-Zeilen vorgeschlagen werden</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>MX hosts, and what a sender would do in enforce mode with these lines:</source>
        <translation>MX-Hosts und was ein sendender Server mit diesen Zeilen im Modus enforce tun würde:</translation>
    </message>
    <message>
        <source>Left out: %1. No mx line names it, so senders will not deliver to it once the policy is in enforce mode. Add a line for it, or confirm below that this is intended.</source>
        <translation>Ausgelassen: %1. Ohne passende mx-Zeile stellen sendende Server dorthin nicht mehr zu, sobald die Richtlinie im Modus enforce ist. Fügen Sie eine Zeile dafür hinzu oder bestätigen Sie unten, dass dies beabsichtigt ist.</translation>
    </message>
    <message>
        <source>%1 fails validation (%2): in enforce mode senders will not deliver to it until its STARTTLS and certificate are fixed.</source>
        <translation>%1 besteht die Validierung nicht (%2): Im Modus enforce stellen sendende Server nicht an ihn zu, bis STARTTLS und Zertifikat dieses Hosts in Ordnung sind.</translation>
    </message>
    <message>
        <source>The policy needs at least one valid mx line.</source>
        <translation>Die Richtlinie braucht mindestens eine gültige mx-Zeile.</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>The same mx lines as the published policy.</source>
        <translation>Dieselben mx-Zeilen wie in der veröffentlichten Richtlinie.</translation>
    </message>
    <message>
        <source>Against the published policy, this %1.</source>
        <translation>Gegenüber der veröffentlichten Richtlinie: %1.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DateFilterEdit</name>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>A date such as %1 or %2; empty for any date. Alt+Down opens a calendar.</source>
        <translation>Ein Datum wie %1 oder %2; leer für jedes Datum. Alt+Pfeil nach unten öffnet einen Kalender.</translation>
    </message>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation>%1 in einem Kalender wählen</translation>
    </message>
    <message>
        <source>Not a date. Type it as %1 or %2.</source>
        <translation>Kein Datum. Geben Sie es als %1 oder %2 ein.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DnsRecordsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainFailuresModel</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>Empfangender MX</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gemeldet</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainInspector</name>
    <message>
        <source>Chain of trust</source>
        <translation>Vertrauenskette</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>D&amp;NS</translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms</source>
        <translation>Geprüft am %1 über %2 in %3 ms</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>M&amp;X hosts</source>
        <translation>MX-Hos&amp;ts</translation>
    </message>
    <message>
        <source>Cert&amp;ificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation>&amp;Befunde (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 s — %n probe(s) running: %2</source>
        <translation>
            <numerusform>%1 s — %n Prüfung läuft: %2</numerusform>
            <numerusform>%1 s — %n Prüfungen laufen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported fail&amp;ures</source>
        <extracomment>The tab of the failures senders reported (TLS-RPT) for the domain; most letters are taken.</extracomment>
        <translation>Gemeldete &amp;Fehler</translation>
    </message>
    <message>
        <source>TLS-RPT failures that senders reported for this domain</source>
        <translation>Von sendenden Servern gemeldete TLS-RPT-Fehler für diese Domain</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainPage</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Your mail domain</source>
        <translation>Ihre Maildomain</translation>
    </message>
    <message>
        <source>StsScope looks up what the domain publishes today: its MX hosts and their certificates, an existing MTA-STS policy and its records, and the TLS-RPT record. Nothing is changed.</source>
        <translation>StsScope fragt ab, was die Domain heute veröffentlicht: ihre MX-Hosts und deren Zertifikate, eine vorhandene MTA-STS-Richtlinie mit ihren Einträgen und den TLS-RPT-Eintrag. Dabei wird nichts verändert.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Maildomain</translation>
    </message>
    <message>
        <source>What the domain publishes now</source>
        <translation>Was die Domain derzeit veröffentlicht</translation>
    </message>
    <message>
        <source>The published policy</source>
        <translation>Die veröffentlichte Richtlinie</translation>
    </message>
    <message>
        <source>No policy is published.</source>
        <translation>Es ist keine Richtlinie veröffentlicht.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Published policy (mta-sts.txt):</source>
        <translation>Veröffentlichte Richtlinie (mta-sts.txt):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation>„%1“ ist kein Domainname: %2</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1… %n step(s) running</source>
        <translation>
            <numerusform>%1 wird abgefragt… %n Schritt läuft</numerusform>
            <numerusform>%1 wird abgefragt… %n Schritte laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s) found, looked up in %2 s.</source>
        <translation>
            <numerusform>%1: %n MX-Host gefunden, abgefragt in %2 s.</numerusform>
            <numerusform>%1: %n MX-Hosts gefunden, abgefragt in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Look the domain up again to continue.</source>
        <translation>Angehalten. Fragen Sie die Domain erneut ab, um fortzufahren.</translation>
    </message>
    <message>
        <source>The lookup could not run: %1</source>
        <translation>Die Abfrage konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The MX records of %1 were not looked up.</source>
        <translation>Die MX-Einträge von %1 wurden nicht abgefragt.</translation>
    </message>
    <message>
        <source>The MX records of %1 cannot be resolved (%2). Fix the domain&apos;s DNS first.</source>
        <translation>Die MX-Einträge von %1 lassen sich nicht auflösen (%2). Bringen Sie zuerst das DNS der Domain in Ordnung.</translation>
    </message>
    <message>
        <source>%1 accepts no mail (it has a null MX record), so there is nothing for MTA-STS to protect.</source>
        <translation>%1 nimmt keine Mail an (die Domain hat einen Null-MX-Eintrag), daher gibt es für MTA-STS nichts zu schützen.</translation>
    </message>
    <message>
        <source>Looking up %1 (%2)…</source>
        <translation>Schlage %1 nach (%2)…</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainReportsView</name>
    <message>
        <source>TLS-RPT failures of the domain</source>
        <translation>TLS-RPT-Fehler der Domain</translation>
    </message>
    <message>
        <source>What the reports say</source>
        <translation>Was die Berichte sagen</translation>
    </message>
    <message>
        <source>What sending servers report about the domain shows here once it is checked.</source>
        <translation>Was sendende Server über die Domain berichten, erscheint hier, sobald sie geprüft wurde.</translation>
    </message>
    <message>
        <source>The report library holds no TLS-RPT reports for %1. Senders mail them to the address in the domain&apos;s _smtp._tls record; import them in the Reports area.</source>
        <translation>Das Berichtsarchiv enthält keine TLS-RPT-Berichte für %1. Sendende Server schicken sie an die Adresse im _smtp._tls-Eintrag der Domain; importieren Sie sie im Bereich „Berichte“.</translation>
    </message>
    <message>
        <source>No TLS-RPT reports for %1 in the last %2 days (since %3); the latest is from %4.</source>
        <translation>Keine TLS-RPT-Berichte für %1 in den letzten %2 Tagen (seit %3); der neueste stammt vom %4.</translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, %4 of them failed; none came with failure details.</source>
        <translation>
            <numerusform>In den letzten %1 Tagen zählte %n Bericht für %2 %3 Sitzungen, davon %4 fehlgeschlagen; keiner enthielt Fehlerdetails.</numerusform>
            <numerusform>In den letzten %1 Tagen zählten %n Berichte für %2 %3 Sitzungen, davon %4 fehlgeschlagen; keiner enthielt Fehlerdetails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, all successful.</source>
        <translation>
            <numerusform>In den letzten %1 Tagen zählte %n Bericht für %2 %3 Sitzungen, alle erfolgreich.</numerusform>
            <numerusform>In den letzten %1 Tagen zählten %n Berichte für %2 %3 Sitzungen, alle erfolgreich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days (since %2) %n report(s) for %3 counted %4 failed of %5 sessions (success rate %6). By result type and receiving MX:</source>
        <translation>
            <numerusform>In den letzten %1 Tagen (seit %2) zählte %n Bericht für %3 %4 fehlgeschlagene von %5 Sitzungen (Erfolgsquote %6). Nach Ergebnistyp und empfangendem MX:</numerusform>
            <numerusform>In den letzten %1 Tagen (seit %2) zählten %n Berichte für %3 %4 fehlgeschlagene von %5 Sitzungen (Erfolgsquote %6). Nach Ergebnistyp und empfangendem MX:</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::EnvironmentIndicator</name>
    <message>
        <source>This machine&apos;s network</source>
        <translation>Netz dieses Rechners</translation>
    </message>
    <message>
        <source>This network limits the checks</source>
        <translation>Dieses Netz schränkt die Prüfungen ein</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>Dieses Netz</translation>
    </message>
    <message>
        <source>A check run from here cannot see everything a sending mail server would. StsScope does not blame the domains for it: what it could not observe is shown as unknown, and where that decides, the verdict is INCONCLUSIVE. To see what a server sees, set a SOCKS5 proxy on a server that can reach port 25 in Settings (ssh -N -D 1080 a-server makes one).</source>
        <translation>Eine Prüfung von hier aus sieht nicht alles, was ein sendender Mailserver sähe. StsScope lastet das nicht den Domains an: Was nicht beobachtet werden konnte, wird als unbekannt gezeigt, und wo es entscheidet, lautet die Bewertung NICHT BEURTEILBAR. Um zu sehen, was ein Server sieht, tragen Sie in den Einstellungen einen SOCKS5-Proxy auf einem Server ein, der Port 25 erreicht (ssh -N -D 1080 ein-server richtet einen ein).</translation>
    </message>
    <message>
        <source>Nothing found so far hides from a check what a sending mail server would see.</source>
        <translation>Bisher verbirgt nichts einer Prüfung, was ein sendender Mailserver sähe.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailureDetailsModel</name>
    <message>
        <source>Policy domain</source>
        <translation>Richtliniendomain</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Sending MTA IP</source>
        <translation>IP des sendenden Servers</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>Empfangender MX</translation>
    </message>
    <message>
        <source>Receiving MX HELO</source>
        <translation>HELO des empfangenden MX</translation>
    </message>
    <message>
        <source>Receiving IP</source>
        <translation>Empfangende IP</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Fehlergrund-Code</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathModel</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>Empfangender MX</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Richtliniendomain</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gemeldet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>Reported from %1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Gemeldet vom %1 bis %2 (%n Tag)</numerusform>
            <numerusform>Gemeldet vom %1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n report(s)</source>
        <translation>
            <numerusform>in %n Bericht</numerusform>
            <numerusform>in %n Berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathsView</name>
    <message>
        <source>Failures by sender and MX</source>
        <translation>Fehler nach Absender und MX</translation>
    </message>
    <message>
        <source>Which sender failed to reach which MX, for what reason, and since when: the failure details of the reports in the filter, summed per path. Double-click a row for the failure details of its latest report.</source>
        <translation>Welcher Absender welchen MX aus welchem Grund seit wann nicht erreicht hat: die Fehlerdetails der Berichte im Filter, je Weg summiert. Ein Doppelklick auf eine Zeile zeigt die Fehlerdetails ihres neuesten Berichts.</translation>
    </message>
    <message>
        <source>Search sender, MX, result type, domain…</source>
        <translation>Absender, MX, Ergebnistyp, Domain suchen…</translation>
    </message>
    <message>
        <source>Search failures by sender and MX</source>
        <translation>Fehler nach Absender und MX durchsuchen</translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation>Keine Berichte in dieser Auswahl.</translation>
    </message>
    <message>
        <source>The reports count %1 failed sessions but give no failure details, so they cannot be traced to a receiving MX.</source>
        <translation>Die Berichte zählen %1 fehlgeschlagene Sitzungen, nennen aber keine Fehlerdetails; sie lassen sich keinem empfangenden MX zuordnen.</translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation>Keine fehlgeschlagenen Sitzungen in dieser Auswahl.</translation>
    </message>
    <message>
        <source>No failure matches the search.</source>
        <translation>Kein Fehler passt zur Suche.</translation>
    </message>
    <message>
        <source>Check the Policy Domain Now</source>
        <translation>Richtliniendomain jetzt prüfen</translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation>%1 jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FindingsModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FindingsView</name>
    <message>
        <source>Problems (warnings and errors)</source>
        <translation>Probleme (Warnungen und Fehler)</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation>Befunde anzeigen</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Befund erklärt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it means and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Befund aus, um zu sehen, was er bedeutet und wie er sich beheben lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Befund %1</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HelpWindow</name>
    <message>
        <source>StsScope Help</source>
        <translation>StsScope-Hilfe</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation>Befund-&amp;Referenz</translation>
    </message>
    <message>
        <source>%1 is not part of the built-in help; it is in the source tree and in the installed documentation folder.</source>
        <translation>%1 gehört nicht zur eingebauten Hilfe; es liegt im Quellbaum und im installierten Dokumentationsordner.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HistoryView</name>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Changes since the selected check</source>
        <translation>Änderungen seit der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Import-Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n Bericht importiert</numerusform>
            <numerusform>%n Berichte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits im Berichtsarchiv</numerusform>
            <numerusform>%n bereits im Berichtsarchiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 of %n file(s).</source>
        <translation>
            <numerusform>%1 – aus %2 von %n Datei.</numerusform>
            <numerusform>%1 – aus %2 von %n Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Abgebrochen: %n Datei nicht importiert.</numerusform>
            <numerusform>Abgebrochen: %n Dateien nicht importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryModel</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Bereits im Berichtsarchiv</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountDialog</name>
    <message>
        <source>Allow &amp;unencrypted IMAP</source>
        <translation>&amp;Unverschlüsseltes IMAP erlauben</translation>
    </message>
    <message>
        <source>Mailbox Account</source>
        <translation>Postfachkonto</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>0: 993 for TLS, 143 for STARTTLS and plain text</source>
        <translation>0: 993 für TLS, 143 für STARTTLS und Klartext</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>Plain text (no encryption)</source>
        <translation>Klartext (keine Verschlüsselung)</translation>
    </message>
    <message>
        <source>Without TLS the password and the reports cross the network readable by anyone on the way. Use it only on a network you control.</source>
        <translation>Ohne TLS gehen Passwort und Berichte lesbar für jeden auf dem Weg durchs Netz. Verwenden Sie das nur in einem Netz, das Sie kontrollieren.</translation>
    </message>
    <message>
        <source>tlsrpt@example.com</source>
        <translation>tlsrpt@example.com</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>One or more folders, separated by commas.</source>
        <translation>Ein oder mehrere Ordner, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>leave the messages where they are</source>
        <translation>Nachrichten dort lassen, wo sie sind</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>Or&amp;dner:</translation>
    </message>
    <message>
        <source>&amp;Move processed to:</source>
        <translation>Verarbeitete verschieben &amp;nach:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des IMAP-Servers ein.</translation>
    </message>
    <message>
        <source>The server must be a host name or an IP address.</source>
        <translation>Der Server muss ein Hostname oder eine IP-Adresse sein.</translation>
    </message>
    <message>
        <source>Enter the user name (often the mail address).</source>
        <translation>Geben Sie den Benutzernamen ein (oft die Mailadresse).</translation>
    </message>
    <message>
        <source>Enter at least one folder to read, such as INBOX.</source>
        <translation>Geben Sie mindestens einen zu lesenden Ordner an, etwa INBOX.</translation>
    </message>
    <message>
        <source>Plain-text IMAP sends the password unencrypted: tick &quot;Allow unencrypted IMAP&quot; to use it.</source>
        <translation>IMAP im Klartext überträgt das Passwort unverschlüsselt: Setzen Sie das Häkchen bei „Unverschlüsseltes IMAP erlauben“, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to a folder that is read.</source>
        <translation>Verarbeitete Nachrichten können nicht in einen Ordner verschoben werden, der gelesen wird.</translation>
    </message>
    <message>
        <source>The server, port or user name changed: enter the password again.</source>
        <translation>Server, Port oder Benutzername wurden geändert: Geben Sie das Passwort erneut ein.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Mailbox Accounts</source>
        <translation>Postfachkonten</translation>
    </message>
    <message>
        <source>TLS-RPT reports are mailed to the address in your _smtp._tls record. StsScope reads new messages from these IMAP accounts into the report library.</source>
        <translation>TLS-RPT-Berichte werden an die Adresse in Ihrem _smtp._tls-Eintrag geschickt. StsScope liest neue Nachrichten aus diesen IMAP-Konten in das Berichtsarchiv ein.</translation>
    </message>
    <message>
        <source>Mailbox accounts</source>
        <translation>Postfachkonten</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never (only Sync Now)</source>
        <translation>nie (nur „Jetzt synchronisieren“)</translation>
    </message>
    <message>
        <source>While StsScope runs it syncs at start and then every so many hours.</source>
        <translation>Solange StsScope läuft, synchronisiert es beim Start und danach im angegebenen Stundenabstand.</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>Synchronisieren a&amp;lle:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keychain, not in the settings.</source>
        <translation>Das Passwort wird im Schlüsselbund der Arbeitsumgebung gespeichert, nicht in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountsModel</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Messages stay where they are.</source>
        <translation>Nachrichten bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Processed messages are moved to %1.</source>
        <translation>Verarbeitete Nachrichten werden nach %1 verschoben.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxPasswordStore</name>
    <message>
        <source>No keychain is available, so the password is not stored: it is asked for at each sync.</source>
        <translation>Kein Schlüsselbund verfügbar, daher wird das Passwort nicht gespeichert: Es wird bei jeder Synchronisierung abgefragt.</translation>
    </message>
    <message>
        <source>The desktop keychain is not available (%1), so the password is not stored: it is asked for at each sync.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung ist nicht verfügbar (%1), daher wird das Passwort nicht gespeichert: Es wird bei jeder Synchronisierung abgefragt.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxSyncController</name>
    <message>
        <source>%1 was not synced: no password is stored for it.</source>
        <translation>%1 wurde nicht synchronisiert: Dafür ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 wurde nicht synchronisiert: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MainWindow</name>
    <message>
        <source>StsScope</source>
        <translation>StsScope</translation>
    </message>
    <message>
        <source>Type a mail domain and press Enter.</source>
        <translation>Geben Sie eine Maildomain ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Check history is off: %1</source>
        <translation>Prüfverlauf ist deaktiviert: %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checked domains</source>
        <translation>Geprüfte Domains</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New Check…</source>
        <translation>&amp;Neue Prüfung…</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Policy wizard…</source>
        <translation>&amp;Richtlinien-Assistent…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About StsScope</source>
        <translation>Ü&amp;ber StsScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) running</source>
        <translation>
            <numerusform>%n Test läuft</numerusform>
            <numerusform>%n Tests laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a domain first.</source>
        <translation>Prüfen Sie zuerst eine Domain.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>Do&amp;mains</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>B&amp;erichte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1: wird gestartet</translation>
    </message>
    <message>
        <source>Settings saved. The new language shows after a restart.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache wird nach einem Neustart angezeigt.</translation>
    </message>
    <message>
        <source>Settings saved; the next check uses them.</source>
        <translation>Einstellungen gespeichert; die nächste Prüfung verwendet sie.</translation>
    </message>
    <message>
        <source>About the domain entered</source>
        <translation>Zur eingegebenen Domain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation>„%1“ ist kein Domainname: %2.</translation>
    </message>
    <message>
        <source>Checking %1: %2.</source>
        <translation>Prüfe %1: %2.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Pr&amp;üfen</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Aus der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation>Befund-&amp;Referenz</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n domain(s) from the list; their history is kept.</source>
        <translation>
            <numerusform>%n Domain aus der Liste entfernt; ihr Verlauf bleibt erhalten.</numerusform>
            <numerusform>%n Domains aus der Liste entfernt; ihr Verlauf bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation>Zuletzt geprüft %1: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>&amp;Watch This Domain</source>
        <translation>Diese Domain über&amp;wachen</translation>
    </message>
    <message>
        <source>%1 is on the watch list: it is checked again in the background.</source>
        <translation>%1 steht auf der Überwachungsliste: Die Domain wird im Hintergrund erneut geprüft.</translation>
    </message>
    <message>
        <source>&amp;Watch List</source>
        <translation>Überwachungs&amp;liste</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation>Im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window leaves StsScope in the system tray, watching your domains.</source>
        <translation>Beim Schließen des Fensters bleibt StsScope im Infobereich und überwacht Ihre Domains.</translation>
    </message>
    <message>
        <source>TLS-RPT reports</source>
        <translation>TLS-RPT-Berichte</translation>
    </message>
    <message>
        <source>Could not delete the check history: %1</source>
        <translation>Der Prüfverlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check(s) from the history.</source>
        <translation>
            <numerusform>%n Prüfung aus dem Verlauf gelöscht.</numerusform>
            <numerusform>%n Prüfungen aus dem Verlauf gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ModePage</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode and max_age</source>
        <translation>Modus und max_age</translation>
    </message>
    <message>
        <source>The mode says what senders do when an MX fails the check; max_age says how long they remember the policy.</source>
        <translation>Der Modus legt fest, was sendende Server tun, wenn ein MX die Prüfung nicht besteht; max_age legt fest, wie lange sie sich die Richtlinie merken.</translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation>&amp;testing</translation>
    </message>
    <message>
        <source>Senders check every MX against the policy and report failures to you, but still deliver when a check fails. Nothing can break; you learn what would.</source>
        <translation>Sendende Server prüfen jeden MX gegen die Richtlinie und melden Ihnen Fehler, stellen aber auch dann zu, wenn eine Prüfung fehlschlägt. Nichts kann kaputtgehen; Sie erfahren, was kaputtgehen würde.</translation>
    </message>
    <message>
        <source>&amp;Enforce</source>
        <translation>&amp;enforce</translation>
    </message>
    <message>
        <source>Senders deliver only over TLS, with a valid certificate, to an MX the policy names. Nobody can downgrade or intercept the connection any more, and an MX that fails the check gets no mail.</source>
        <translation>Sendende Server stellen nur über TLS, mit gültigem Zertifikat und an einen MX zu, den die Richtlinie nennt. Niemand kann die Verbindung mehr herabstufen oder abfangen, und ein MX, der die Prüfung nicht besteht, erhält keine Mail.</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>n&amp;one</translation>
    </message>
    <message>
        <source>Switches MTA-STS off: senders forget the policy they remembered. This is how to withdraw a policy safely.</source>
        <translation>Schaltet MTA-STS ab: Sendende Server vergessen die Richtlinie, die sie sich gemerkt hatten. So ziehen Sie eine Richtlinie sicher zurück.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age amount</source>
        <translation>max_age-Wert</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>max_age unit</source>
        <translation>max_age-Einheit</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>Senders remember the policy for</source>
        <translation>Sendende Server merken sich die Richtlinie für</translation>
    </message>
    <message>
        <source>Recommended rollout</source>
        <translation>Empfohlene Einführung</translation>
    </message>
    <message>
        <source>&amp;Use the recommended setting</source>
        <translation>Empfohlene Einstellung &amp;verwenden</translation>
    </message>
    <message>
        <source>Step 1: testing mode with a max_age of one day. Keep it for two to four weeks while the TLS-RPT reports come in, and fix every failure they show.
Step 2: enforce mode with a max_age of weeks (start with two weeks, later up to a year).</source>
        <translation>Schritt 1: Modus testing mit einem max_age von einem Tag. Behalten Sie ihn zwei bis vier Wochen bei, während die TLS-RPT-Berichte eintreffen, und beheben Sie jeden Fehler, den sie zeigen.
Schritt 2: Modus enforce mit einem max_age von Wochen (beginnen Sie mit zwei Wochen, später bis zu einem Jahr).</translation>
    </message>
    <message>
        <source>%1 is in testing mode (step 1). Step 2: once the TLS-RPT reports have shown no failures for two weeks or more, switch to enforce with a max_age of two weeks, and later raise it up to a year.</source>
        <translation>%1 ist im Modus testing (Schritt 1). Schritt 2: Sobald die TLS-RPT-Berichte zwei Wochen oder länger keine Fehler gezeigt haben, wechseln Sie zu enforce mit einem max_age von zwei Wochen und erhöhen ihn später auf bis zu ein Jahr.</translation>
    </message>
    <message>
        <source>%1 is in enforce mode. Keep it, with a max_age of at least a week; many domains use one to twelve months.</source>
        <translation>%1 ist im Modus enforce. Behalten Sie ihn bei, mit einem max_age von mindestens einer Woche; viele Domains verwenden einen bis zwölf Monate.</translation>
    </message>
    <message>
        <source>= %1 seconds (%2)</source>
        <translation>= %1 Sekunden (%2)</translation>
    </message>
    <message>
        <source>= %1 seconds</source>
        <translation>= %1 Sekunden</translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds (one year); senders reject a policy with a larger value.</source>
        <translation>max_age muss zwischen 0 und 31557600 Sekunden (ein Jahr) liegen; sendende Server lehnen eine Richtlinie mit einem größeren Wert ab.</translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to an MX that fails the check. Switch only when the reports of a testing period show that every MX passes.</source>
        <translation>Im Modus enforce verweigern sendende Server die Zustellung an einen MX, der die Prüfung nicht besteht. Wechseln Sie erst, wenn die Berichte einer Testphase zeigen, dass jeder MX besteht.</translation>
    </message>
    <message>
        <source>A max_age under a week gives little protection in enforce mode: once it expires, an attacker who blocks the policy fetch can strip TLS again. Use weeks.</source>
        <translation>Ein max_age unter einer Woche bietet im Modus enforce wenig Schutz: Sobald er abgelaufen ist, kann ein Angreifer, der den Abruf der Richtlinie blockiert, TLS wieder aushebeln. Verwenden Sie Wochen.</translation>
    </message>
    <message>
        <source>A long max_age while testing makes senders keep this policy for %1; a day lets you change course quickly.</source>
        <translation>Ein langer max_age während der Testphase lässt sendende Server diese Richtlinie %1 lang behalten; mit einem Tag können Sie schnell umsteuern.</translation>
    </message>
    <message>
        <source>Under a day, senders fetch the policy again and again, and protection lapses quickly.</source>
        <translation>Unter einem Tag rufen sendende Server die Richtlinie immer wieder ab, und der Schutz erlischt schnell.</translation>
    </message>
    <message>
        <source>To withdraw the policy: publish mode none with a new id, keep it for at least the old max_age (%1), then remove the records.</source>
        <translation>So ziehen Sie die Richtlinie zurück: Veröffentlichen Sie den Modus none mit einer neuen id, behalten Sie ihn mindestens für den alten max_age (%1) bei und entfernen Sie dann die Einträge.</translation>
    </message>
    <message>
        <source>No policy is published, so there is nothing to withdraw; mode none protects nothing.</source>
        <translation>Es ist keine Richtlinie veröffentlicht, daher gibt es nichts zurückzuziehen; der Modus none schützt nichts.</translation>
    </message>
    <message>
        <source>Reading the TLS-RPT reports of %1 for the last two weeks…</source>
        <translation>TLS-RPT-Berichte von %1 aus den letzten zwei Wochen werden gelesen…</translation>
    </message>
    <message>
        <source>No TLS-RPT reports are loaded, so nothing shows that enforce is safe for %1. Import the reports of the last two weeks (Reports, Import reports…) to have them checked here, or confirm below that you have checked them.</source>
        <translation>Es sind keine TLS-RPT-Berichte geladen, daher belegt nichts, dass der Modus enforce für %1 sicher ist. Importieren Sie die Berichte der letzten zwei Wochen (Berichte, Berichte importieren…), um sie hier prüfen zu lassen, oder bestätigen Sie unten, dass Sie sie geprüft haben.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded report(s) covers %1 between %2 and %3 (UTC), so nothing shows that enforce is safe. Import the recent reports, or confirm below that you have checked them.</source>
        <translation>
            <numerusform>Der geladene Bericht (%n) deckt %1 zwischen %2 und %3 (UTC) nicht ab, daher belegt nichts, dass der Modus enforce sicher ist. Importieren Sie die aktuellen Berichte, oder bestätigen Sie unten, dass Sie sie geprüft haben.</numerusform>
            <numerusform>Keiner der %n geladenen Berichte deckt %1 zwischen %2 und %3 (UTC) ab, daher belegt nichts, dass der Modus enforce sicher ist. Importieren Sie die aktuellen Berichte, oder bestätigen Sie unten, dass Sie sie geprüft haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n report(s)). In enforce mode senders would refuse that mail: fix the failures first (Reports shows which sender failed at which MX, and why).</source>
        <translation>
            <numerusform>Warnung: Die TLS-RPT-Berichte für %1 von %2 bis %3 (UTC) zeigen %4 fehlgeschlagene von %5 Sitzungen (%n Bericht). Im Modus enforce würden sendende Server diese Mail abweisen: Beheben Sie zuerst die Fehler (der Bereich „Berichte“ zeigt, welcher sendende Server an welchem MX scheiterte und warum).</numerusform>
            <numerusform>Warnung: Die TLS-RPT-Berichte für %1 von %2 bis %3 (UTC) zeigen %4 fehlgeschlagene von %5 Sitzungen (%n Berichte). Im Modus enforce würden sendende Server diese Mail abweisen: Beheben Sie zuerst die Fehler (der Bereich „Berichte“ zeigt, welcher sendende Server an welchem MX scheiterte und warum).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n report(s)), so nothing shows that enforce is safe.</source>
        <translation>
            <numerusform>Die TLS-RPT-Berichte für %1 von %2 bis %3 (UTC) zählen überhaupt keine Sitzungen (%n Bericht), daher belegt nichts, dass der Modus enforce sicher ist.</numerusform>
            <numerusform>Die TLS-RPT-Berichte für %1 von %2 bis %3 (UTC) zählen überhaupt keine Sitzungen (%n Berichte), daher belegt nichts, dass der Modus enforce sicher ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in %n report(s), all successful.</source>
        <translation>
            <numerusform>Die TLS-RPT-Berichte für %1 von %2 bis %3 (UTC) zeigen keine Fehler: %4 Sitzungen in %n Bericht, alle erfolgreich.</numerusform>
            <numerusform>Die TLS-RPT-Berichte für %1 von %2 bis %3 (UTC) zeigen keine Fehler: %4 Sitzungen in %n Berichten, alle erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforce anyway: I have checked that the TLS-&amp;RPT reports for %1 show no failures for at least two weeks</source>
        <translation>Trotzdem enforce: Ich habe geprüft, dass die TLS-&amp;RPT-Berichte für %1 seit mindestens zwei Wochen keine Fehler zeigen</translation>
    </message>
    <message>
        <source>The TLS-RPT reports for %1 show no failures, but they cover only %2 of the %3 days from %4 to %5 (UTC), the first on %6: too little to show that enforce is safe. Wait for two weeks of reports, or confirm below that you have checked them.</source>
        <translation>Die TLS-RPT-Berichte für %1 zeigen keine Fehler, decken aber nur %2 der %3 Tage von %4 bis %5 (UTC) ab, der erste am %6: zu wenig, um zu belegen, dass der Modus enforce sicher ist. Warten Sie Berichte aus zwei Wochen ab, oder bestätigen Sie unten, dass Sie sie geprüft haben.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MxHostsModel</name>
    <message>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>wird aufgelöst…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation>mx-Muster</translation>
    </message>
    <message>
        <source>Would deliver</source>
        <translation>Würde zustellen</translation>
    </message>
    <message>
        <source>TLS-RPT result</source>
        <translation>TLS-RPT-Ergebnis</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (MTA-STS only: %2)</source>
        <translation>%1 (nur MTA-STS: %2)</translation>
    </message>
    <message>
        <source>Authenticated by %1</source>
        <translation>Authentifiziert durch %1</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MxLinesModel</name>
    <message>
        <source>Covers none of the domain&apos;s MX hosts.</source>
        <translation>Deckt keinen der MX-Hosts der Domain ab.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>mx line</source>
        <extracomment>a line &quot;mx: &lt;pattern&gt;&quot; of the MTA-STS policy</extracomment>
        <translation>mx-Zeile</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Deckt ab</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OutputPage</name>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Everything needed to publish the policy. Publish in this order: the policy file on the web server, then the TLS-RPT record, and the _mta-sts record last, because senders look for the policy once they see the record and fetch it again only when its id changes.</source>
        <translation>Alles, was Sie zum Veröffentlichen der Richtlinie brauchen. Veröffentlichen Sie in dieser Reihenfolge: zuerst die Richtliniendatei auf dem Webserver, dann den TLS-RPT-Eintrag und zuletzt den _mta-sts-Eintrag, denn sendende Server suchen nach der Richtlinie, sobald sie den Eintrag sehen, und rufen sie erst wieder ab, wenn sich dessen id ändert.</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation>Alle in Ordner &amp;speichern…</translation>
    </message>
    <message>
        <source>DNS records for a provider&apos;s web form</source>
        <translation>DNS-Einträge für das Webformular eines Providers</translation>
    </message>
    <message>
        <source>C&amp;opy name</source>
        <translation>&amp;Name kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>W&amp;ert kopieren</translation>
    </message>
    <message>
        <source>Enter each value without quotes. Most forms want the name within the domain; hover over a name for the full one. The policy host mta-sts.%1 also needs an address record (A/AAAA or CNAME) pointing at the web server.</source>
        <translation>Geben Sie jeden Wert ohne Anführungszeichen ein. Die meisten Formulare erwarten den Namen relativ zur Domain; fahren Sie mit der Maus über einen Namen, um den vollständigen zu sehen. Der Richtlinien-Host mta-sts.%1 braucht außerdem einen Adresseintrag (A/AAAA oder CNAME), der auf den Webserver zeigt.</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>%1 &amp;kopieren</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>The DNS records as plain values for a provider&apos;s web form</source>
        <translation>Die DNS-Einträge als einfache Werte für das Webformular eines Providers</translation>
    </message>
    <message>
        <source>&amp;Copy the changes</source>
        <translation>Änderungen &amp;kopieren</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The draft against the published policy: - removed, + added</source>
        <translation>Der Entwurf im Vergleich zur veröffentlichten Richtlinie: - entfernt, + hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing can be generated: %1</source>
        <translation>Es kann nichts erzeugt werden: %1</translation>
    </message>
    <message>
        <source>New policy with id %1.</source>
        <translation>Neue Richtlinie mit id %1.</translation>
    </message>
    <message>
        <source>The policy text is the same as the published one, so the id stays %1 and the _mta-sts record does not change.</source>
        <translation>Der Richtlinientext ist derselbe wie der veröffentlichte, daher bleibt die id %1, und der _mta-sts-Eintrag ändert sich nicht.</translation>
    </message>
    <message>
        <source>The policy changed (see Changes), so the id changes from %1 to %2: update the _mta-sts record after the new file is online, or senders keep the old policy.</source>
        <translation>Die Richtlinie hat sich geändert (siehe Änderungen), daher ändert sich die id von %1 auf %2: Aktualisieren Sie den _mta-sts-Eintrag, nachdem die neue Datei online ist, sonst behalten sendende Server die alte Richtlinie.</translation>
    </message>
    <message>
        <source>%1 Mode %2, max_age %3 s.</source>
        <translation>%1 Modus %2, max_age %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save all files to folder</source>
        <translation>Alle Dateien in Ordner speichern</translation>
    </message>
    <message>
        <source>Copy the &amp;TLSA records</source>
        <translation>&amp;TLSA-Einträge kopieren</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>TLSA records for the keys the MX hosts present now, with the rollover advice</source>
        <translation>TLSA-Einträge für die Schlüssel, die die MX-Hosts jetzt vorlegen, mit dem Rat zum Key Rollover</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OverviewModel</name>
    <message>
        <source>_mta-sts record</source>
        <translation>_mta-sts-Eintrag</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>wird abgefragt…</translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation>gültig, id %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Policy host %1</source>
        <translation>Richtlinien-Host %1</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>wird abgerufen…</translation>
    </message>
    <message>
        <source>HTTPS %1, certificate valid</source>
        <translation>HTTPS %1, Zertifikat gültig</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>mode %1, max_age %2 s, mx %3</source>
        <translation>Modus %1, max_age %2 s, mx %3</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>ungültig (%1)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <source>senders deliver</source>
        <translation>sendende Server stellen zu</translation>
    </message>
    <message>
        <source>senders do not deliver</source>
        <translation>sendende Server stellen nicht zu</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>STARTTLS, %1, %2</source>
        <translation>STARTTLS, %1, %2</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>valid for %1, %n day(s) left</source>
        <translation>
            <numerusform>gültig für %1, noch %n Tag</numerusform>
            <numerusform>gültig für %1, noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>_smtp._tls record</source>
        <translation>_smtp._tls-Eintrag</translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation>keiner oder ungültig</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>not observable from here: %1</source>
        <translation>von hier aus nicht beobachtbar: %1</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>lookup failed: %1 (%2)</source>
        <translation>Abfrage fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation>Geschützt gegen</translation>
    </message>
    <message>
        <source>%1 of %2 threats</source>
        <translation>%1 von %2 Bedrohungen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyView</name>
    <message>
        <source>Policy lines</source>
        <translation>Richtlinienzeilen</translation>
    </message>
    <message>
        <source>HTTP response headers</source>
        <translation>HTTP-Antwort-Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No policy was fetched: %1.</source>
        <translation>Es wurde keine Richtlinie abgerufen: %1.</translation>
    </message>
    <message>
        <source>Fetching the policy…</source>
        <translation>Richtlinie wird abgerufen…</translation>
    </message>
    <message>
        <source>mode &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 days), mx: %4</source>
        <translation>Modus &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 Tage), mx: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Certificate of %1: valid, matches %2 (see Certificates).</source>
        <translation>Zertifikat von %1: gültig, passt auf %2 (siehe Zertifikate).</translation>
    </message>
    <message>
        <source>Certificate of %1: &lt;b&gt;invalid&lt;/b&gt; (%2; see Certificates).</source>
        <translation>Zertifikat von %1: &lt;b&gt;ungültig&lt;/b&gt; (%2; siehe Zertifikate).</translation>
    </message>
    <message>
        <source>No HTTP response (%1 ms).</source>
        <translation>Keine HTTP-Antwort (%1 ms).</translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4 bytes in %5 ms over %6</source>
        <translation>%1 %2 %3 — %4 Bytes in %5 ms über %6</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyWizard</name>
    <message>
        <source>MTA-STS Policy Wizard</source>
        <translation>MTA-STS-Richtlinien-Assistent</translation>
    </message>
    <message>
        <source>The files have not been saved.</source>
        <translation>Die Dateien wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing is published or written until you save the files and put them online yourself. Closing now discards this draft.</source>
        <translation>Nichts wird veröffentlicht oder geschrieben, bis Sie die Dateien speichern und selbst online stellen. Wenn Sie jetzt schließen, wird dieser Entwurf verworfen.</translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation>Alle in Ordner &amp;speichern…</translation>
    </message>
    <message>
        <source>Discard this policy draft?</source>
        <translation>Diesen Richtlinienentwurf verwerfen?</translation>
    </message>
    <message>
        <source>The wizard has not written any file yet; what you entered on its pages will be lost.</source>
        <translation>Der Assistent hat noch keine Datei geschrieben; was Sie auf seinen Seiten eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Ohne Speichern s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PreflightPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>MX hosts under the draft</source>
        <translation>MX-Hosts unter dem Entwurf</translation>
    </message>
    <message>
        <source>Why MX hosts would fail</source>
        <translation>Warum MX-Hosts scheitern würden</translation>
    </message>
    <message>
        <source>Pre-flight: the draft against your MX hosts</source>
        <translation>Vorabprüfung: der Entwurf gegen Ihre MX-Hosts</translation>
    </message>
    <message>
        <source>StsScope connects to every MX host as a sender would and judges it against the draft, as if the draft were already published.</source>
        <translation>StsScope verbindet sich wie ein sendender Server mit jedem MX-Host und bewertet ihn anhand des Entwurfs, als wäre dieser bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Checking %1 against the draft…</source>
        <translation>%1 wird gegen den Entwurf geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 against the draft… %n step(s) running</source>
        <translation>
            <numerusform>%1 wird gegen den Entwurf geprüft… %n Schritt läuft</numerusform>
            <numerusform>%1 wird gegen den Entwurf geprüft… %n Schritte laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Run the pre-flight again to continue.</source>
        <translation>Angehalten. Führen Sie die Vorabprüfung erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Geprüft in %1 s.</translation>
    </message>
    <message>
        <source>Publish the files of the next page, in the order given there.</source>
        <translation>Veröffentlichen Sie die Dateien der nächsten Seite in der dort angegebenen Reihenfolge.</translation>
    </message>
    <message>
        <source>%1 does not serve a policy yet. That is expected before you publish: the next page has the policy file and the web server configuration.</source>
        <translation>%1 liefert noch keine Richtlinie aus. Das ist vor der Veröffentlichung zu erwarten: Die nächste Seite enthält die Richtliniendatei und die Webserver-Konfiguration.</translation>
    </message>
    <message>
        <source>%1 already serves this draft.</source>
        <translation>%1 liefert diesen Entwurf bereits aus.</translation>
    </message>
    <message>
        <source>%1 serves the published policy; replace it with the new mta-sts.txt, then change the id.</source>
        <translation>%1 liefert die veröffentlichte Richtlinie aus; ersetzen Sie sie durch die neue mta-sts.txt und ändern Sie dann die id.</translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would deliver to none of the MX hosts. Go back and fix the mx lines or the MX hosts, or publish in testing mode first.</source>
        <translation>Mit diesem Entwurf im Modus enforce würden sendende Server an keinen der MX-Hosts zustellen. Gehen Sie zurück und korrigieren Sie die mx-Zeilen oder die MX-Hosts, oder veröffentlichen Sie zunächst im Modus testing.</translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would not deliver to %1. Fix its STARTTLS and certificate, or publish in testing mode first.</source>
        <translation>Mit diesem Entwurf im Modus enforce würden sendende Server nicht an %1 zustellen. Bringen Sie STARTTLS und Zertifikat dieses Hosts in Ordnung, oder veröffentlichen Sie zunächst im Modus testing.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProviderRecordsModel</name>
    <message>
        <source>Full name: %1</source>
        <translation>Vollständiger Name: %1</translation>
    </message>
    <message>
        <source>MTA-STS: a policy exists, and its id</source>
        <translation>MTA-STS: dass eine Richtlinie existiert, und ihre id</translation>
    </message>
    <message>
        <source>TLS-RPT: where senders send their reports</source>
        <translation>TLS-RPT: wohin sendende Server ihre Berichte schicken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value (without quotes)</source>
        <translation>Wert (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProxyTester</name>
    <message>
        <source>No proxy is set.</source>
        <translation>Es ist kein Proxy eingetragen.</translation>
    </message>
    <message>
        <source>%1: no connection within %2 s</source>
        <translation>%1: keine Verbindung innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Port 25 is reachable through the proxy: %1 answered.</source>
        <translation>Port 25 ist über den Proxy erreichbar: %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>No MX answered on port 25 through the proxy (%1).</source>
        <translation>Über den Proxy hat kein MX auf Port 25 geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportChart</name>
    <message>
        <source>No data in this selection.</source>
        <translation>Keine Daten in dieser Auswahl.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDashboard</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Failed sessions by type</source>
        <translation>Fehlgeschlagene Sitzungen nach Typ</translation>
    </message>
    <message>
        <source>Top sending organisations</source>
        <translation>Häufigste sendende Organisationen</translation>
    </message>
    <message>
        <source>Failed sessions per receiving MX</source>
        <translation>Fehlgeschlagene Sitzungen pro empfangendem MX</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Success rate %1&lt;/b&gt; · %2 sessions (%3 successful, %4 failed) · %5 senders · %6 reports · %7 policy domains</source>
        <translation>&lt;b&gt;Erfolgsquote %1&lt;/b&gt; · %2 Sitzungen (%3 erfolgreich, %4 fehlgeschlagen) · %5 Absender · %6 Berichte · %7 Richtliniendomains</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>⚠ The failure details account for %1 of the %2 failed sessions; the charts by type and by MX show the failure details.</source>
        <translation>⚠ Die Fehlerdetails erfassen %1 der %2 fehlgeschlagenen Sitzungen; die Diagramme nach Typ und nach MX zeigen die Fehlerdetails.</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>other types</source>
        <translation>weitere Typen</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>other senders</source>
        <translation>weitere Absender</translation>
    </message>
    <message>
        <source>other hosts</source>
        <translation>weitere Hosts</translation>
    </message>
    <message>
        <source>Failures by Sender and MX…</source>
        <translation>Fehler nach Absender und MX…</translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, for what reason, since when.</source>
        <translation>Welcher Absender welchen MX aus welchem Grund seit wann nicht erreicht.</translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation>Keine Berichte in dieser Auswahl.</translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation>Keine fehlgeschlagenen Sitzungen in dieser Auswahl.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No reports yet.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;Import TLS-RPT reports…&lt;/a&gt; (File ▸ Import Reports…), or drop files and folders on the window.</source>
        <translation>&lt;b&gt;Noch keine Berichte.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;TLS-RPT-Berichte importieren…&lt;/a&gt; (Datei ▸ Berichte importieren…) oder Dateien und Ordner auf das Fenster ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No reports in this selection.&lt;/b&gt; The library holds %n report(s), from %1 to %2. &lt;a href=&quot;#reset&quot;&gt;Show all dates and domains&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Keine Berichte in dieser Auswahl.&lt;/b&gt; Das Berichtsarchiv enthält %n Bericht, vom %1 bis %2. &lt;a href=&quot;#reset&quot;&gt;Alle Daten und Domains zeigen&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Keine Berichte in dieser Auswahl.&lt;/b&gt; Das Berichtsarchiv enthält %n Berichte, vom %1 bis %2. &lt;a href=&quot;#reset&quot;&gt;Alle Daten und Domains zeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation>%1 jetzt prüfen</translation>
    </message>
    <message>
        <source>Show Failures by Sender</source>
        <translation>Fehler nach Absender anzeigen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDetailsView</name>
    <message>
        <source>Policies of the report</source>
        <translation>Richtlinien des Berichts</translation>
    </message>
    <message>
        <source>Failure details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Polici&amp;es</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>Fai&amp;lure details</source>
        <translation>&amp;Fehlerdetails</translation>
    </message>
    <message>
        <source>Raw report</source>
        <translation>Rohbericht</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>Roh-&amp;JSON</translation>
    </message>
    <message>
        <source>Select a report to see its policies, failure details and raw JSON.</source>
        <translation>Wählen Sie einen Bericht aus, um seine Richtlinien, Fehlerdetails und das Roh-JSON zu sehen.</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>%1 to %2 · contact: %3</source>
        <translation>%1 bis %2 · Kontakt: %3</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Gelesen aus %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Bericht wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportListNotice</name>
    <message>
        <source>Show all r&amp;eports</source>
        <translation>Alle Berichte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Berichte importieren…</translation>
    </message>
    <message>
        <source>No reports imported yet. Import the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml or .mbox files.</source>
        <translation>Noch keine Berichte importiert. Importieren Sie die TLS-RPT-Berichte, die sendende Server Ihnen geschickt haben: .json-, .json.gz-, .zip-, .eml- oder .mbox-Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n report(s) in the library is in the chosen date range, domain and search.</source>
        <translation>
            <numerusform>Der Bericht im Berichtsarchiv (%n) passt nicht zum gewählten Zeitraum, zur Domain und zur Suche.</numerusform>
            <numerusform>Keiner der %n Berichte im Berichtsarchiv passt zum gewählten Zeitraum, zur Domain und zur Suche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportPoliciesModel</name>
    <message>
        <source>The failure details add up to %1 failed sessions, the summary says %2.</source>
        <translation>Die Fehlerdetails ergeben zusammen %1 fehlgeschlagene Sitzungen, die Zusammenfassung nennt %2.</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Richtlinientyp</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Richtliniendomain</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>In failure details</source>
        <translation>In Fehlerdetails</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableModel</name>
    <message numerus="yes">
        <source>%n session(s) failed</source>
        <translation>
            <numerusform>%n Sitzung fehlgeschlagen</numerusform>
            <numerusform>%n Sitzungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Richtliniendomain</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Richtlinientyp</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Failure types</source>
        <translation>Fehlertypen</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableView</name>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportingPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Where reports go (TLS-RPT)</source>
        <translation>Wohin Berichte gehen (TLS-RPT)</translation>
    </message>
    <message>
        <source>Senders that support TLS reporting (RFC 8460) send a daily summary of the connections that worked and the ones that failed. In testing mode these reports tell you when enforce is safe.</source>
        <translation>Sendende Server, die TLS-Reporting (RFC 8460) unterstützen, schicken täglich eine Zusammenfassung der erfolgreichen und der fehlgeschlagenen Verbindungen. Im Modus testing zeigen Ihnen diese Berichte, wann enforce gefahrlos möglich ist.</translation>
    </message>
    <message>
        <source>Report addresses</source>
        <translation>Berichtsadressen</translation>
    </message>
    <message>
        <source>mailto:tlsrpt@example.com or https://reports.example.com/tlsrpt</source>
        <translation>mailto:tlsrpt@example.com oder https://reports.example.com/tlsrpt</translation>
    </message>
    <message>
        <source>New report address</source>
        <translation>Neue Berichtsadresse</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a&amp;ddress:</source>
        <translation>Neue A&amp;dresse:</translation>
    </message>
    <message>
        <source>Use a mailbox that someone reads, or a report service; the reports are JSON, usually gzip-compressed, and StsScope can read them.</source>
        <translation>Verwenden Sie ein Postfach, das jemand liest, oder einen Berichtsdienst; die Berichte sind JSON, meist gzip-komprimiert, und StsScope kann sie lesen.</translation>
    </message>
    <message>
        <source>Without a report address no TLS-RPT record is published, and you will not learn which senders fail to reach your MX hosts; a testing period then tells you nothing.</source>
        <translation>Ohne Berichtsadresse wird kein TLS-RPT-Eintrag veröffentlicht, und Sie erfahren nicht, welche sendenden Server Ihre MX-Hosts nicht erreichen; eine Testphase sagt Ihnen dann nichts.</translation>
    </message>
    <message>
        <source>Record: %1 TXT &quot;%2&quot;</source>
        <translation>Eintrag: %1 TXT &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportsPage</name>
    <message>
        <source>Import &amp;Reports…</source>
        <translation>Berichte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Report &amp;Folder…</source>
        <translation>Berichts&amp;ordner importieren…</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports: .json, .json.gz, .zip, .eml and .mbox files.</source>
        <translation>TLS-RPT-Berichte importieren: .json-, .json.gz-, .zip-, .eml- und .mbox-Dateien.</translation>
    </message>
    <message>
        <source>Import every TLS-RPT report in a folder and its subfolders.</source>
        <translation>Alle TLS-RPT-Berichte in einem Ordner und seinen Unterordnern importieren.</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Berich&amp;te</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Richtliniendomain</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>Domai&amp;n</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>Import abbre&amp;chen</translation>
    </message>
    <message>
        <source>Drop report files or folders here.</source>
        <translation>Berichtsdateien oder -ordner hierher ziehen.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Search sender, domain, failure type, report ID…</source>
        <translation>Absender, Domain, Fehlertyp, Berichts-ID suchen…</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Berichte durchsuchen</translation>
    </message>
    <message>
        <source>Search Reports</source>
        <translation>Berichte durchsuchen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Opening the report library…</source>
        <translation>Berichtsarchiv wird geöffnet…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Canceling after the current file…</source>
        <translation>Wird nach der aktuellen Datei abgebrochen…</translation>
    </message>
    <message>
        <source>Import TLS-RPT Reports</source>
        <translation>TLS-RPT-Berichte importieren</translation>
    </message>
    <message>
        <source>TLS-RPT reports (*.json *.gz *.zip *.eml *.mbox *.mbx);;All files (*)</source>
        <translation>TLS-RPT-Berichte (*.json *.gz *.zip *.eml *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of TLS-RPT Reports</source>
        <translation>Ordner mit TLS-RPT-Berichten importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the library. Drop files or folders here to add more.</source>
        <translation>
            <numerusform>%n Bericht im Berichtsarchiv. Ziehen Sie Dateien oder Ordner hierher, um weitere hinzuzufügen.</numerusform>
            <numerusform>%n Berichte im Berichtsarchiv. Ziehen Sie Dateien oder Ordner hierher, um weitere hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender × M&amp;X</source>
        <extracomment>The tab of failures by sending organisation and receiving MX host; the mnemonic is free in the window.</extracomment>
        <translation>Absender &amp;und MX</translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, since when</source>
        <translation>Welcher Absender welchen MX seit wann nicht erreicht</translation>
    </message>
    <message>
        <source>&amp;Delete Reports…</source>
        <translation>Berichte &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected reports from the library.</source>
        <translation>Die ausgewählten Berichte aus dem Berichtsarchiv löschen.</translation>
    </message>
    <message>
        <source>Delete Reports</source>
        <translation>Berichte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n report(s) from the library?</source>
        <translation>
            <numerusform>%n Bericht aus dem Berichtsarchiv löschen?</numerusform>
            <numerusform>%n Berichte aus dem Berichtsarchiv löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their policies and failure details go with them. Importing the files again brings them back.</source>
        <translation>Ihre Richtlinien und Fehlerdetails werden mit gelöscht. Ein erneuter Import der Dateien bringt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Report(s)</source>
        <translation>
            <numerusform>%n Bericht löschen</numerusform>
            <numerusform>%n Berichte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n report(s)…</source>
        <translation>
            <numerusform>%n Bericht wird gelöscht…</numerusform>
            <numerusform>%n Berichte werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) deleted from the library.</source>
        <translation>
            <numerusform>%n Bericht aus dem Berichtsarchiv gelöscht.</numerusform>
            <numerusform>%n Berichte aus dem Berichtsarchiv gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Mailbox Accounts…</source>
        <translation>Postfachkonten…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Read new report mail from the mailbox accounts</source>
        <translation>Neue Berichtsmails aus den Postfachkonten lesen</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Postfach-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>%v of %m messages</source>
        <translation>%v von %m Nachrichten</translation>
    </message>
    <message>
        <source>Syncing the mailbox accounts…</source>
        <translation>Postfachkonten werden synchronisiert…</translation>
    </message>
    <message>
        <source>Mailboxes synced.</source>
        <translation>Postfächer synchronisiert.</translation>
    </message>
    <message>
        <source>New TLS-RPT reports count %1 failed sessions.</source>
        <translation>Neue TLS-RPT-Berichte zählen %1 fehlgeschlagene Sitzungen.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ResultTypeAdviceView</name>
    <message>
        <source>What the failure types mean</source>
        <translation>Was die Fehlertypen bedeuten</translation>
    </message>
    <message>
        <source>No failed sessions reported: nothing to explain.</source>
        <translation>Keine fehlgeschlagenen Sitzungen gemeldet: Es gibt nichts zu erklären.</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>Usual causes:</source>
        <translation>Übliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::SessionsChartView</name>
    <message>
        <source>k</source>
        <extracomment>SI prefixes of the count axis&apos; labels (thousand, million, … 10^18)</extracomment>
        <translation>k</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 failed, success rate %4</source>
        <translation>%1: %2 erfolgreich, %3 fehlgeschlagen, Erfolgsquote %4</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::SettingsDialog</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>system resolvers</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, optionally with a port: 192.0.2.53 or 2001:db8::53@5353</source>
        <translation>Eine IPv4- oder IPv6-Adresse, optional mit Port: 192.0.2.53 oder 2001:db8::53@5353</translation>
    </message>
    <message>
        <source>DNS &amp;resolver:</source>
        <translation>DNS-&amp;Resolver:</translation>
    </message>
    <message>
        <source>the DNS root&apos;s (dns-root-data)</source>
        <translation>Vertrauensanker der DNS-Root (dns-root-data)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a DNSSEC trust anchor file</source>
        <translation>DNSSEC-Vertrauensanker-Datei auswählen</translation>
    </message>
    <message>
        <source>DNSSEC &amp;trust anchor:</source>
        <translation>DNSSEC-&amp;Vertrauensanker:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add trusted CA files</source>
        <translation>Vertrauenswürdige CA-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected CA files</source>
        <translation>Ausgewählte CA-Dateien entfernen</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CAs:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Network ti&amp;meout:</source>
        <translation>Netzwerk-&amp;Zeitüberschreitung:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Warn about certificates e&amp;xpiring within:</source>
        <translation>&amp;Warnen bei Zertifikatsablauf innerhalb von:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows after StsScope is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von StsScope angezeigt.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>DNS resolver: %1</source>
        <translation>DNS-Resolver: %1</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor: %1</source>
        <translation>DNSSEC-Vertrauensanker: %1</translation>
    </message>
    <message>
        <source>Extra trusted CAs: %1</source>
        <translation>Zusätzliche vertrauenswürdige CAs: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Speichern nicht möglich:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>Vertrauensanker (*.key *.ds *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>none: connect directly</source>
        <translation>keiner: direkt verbinden</translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:1080, for example from ssh -N -D 1080 a-server: SMTP sessions and policy fetches go through it, DNS stays local.</source>
        <translation>socks5://127.0.0.1:1080, etwa von ssh -N -D 1080 ein-server: SMTP-Sitzungen und Abrufe der Richtlinie laufen über ihn, DNS bleibt lokal.</translation>
    </message>
    <message>
        <source>Te&amp;st the proxy</source>
        <translation>Pro&amp;xy testen</translation>
    </message>
    <message>
        <source>SOCKS5 &amp;proxy:</source>
        <translation>SOCKS5-&amp;Proxy:</translation>
    </message>
    <message>
        <source>Testing port 25 through the proxy…</source>
        <translation>Port 25 wird über den Proxy getestet…</translation>
    </message>
    <message>
        <source>Allo&amp;w MX and policy hosts on private and loopback addresses (test networks)</source>
        <translation>MX- und Richtlinien-Hosts auf privaten und Loopback-Adressen zu&amp;lassen (Testnetze)</translation>
    </message>
    <message>
        <source>Off, such hosts get a finding and no connection: senders on the internet cannot reach them, and a hostile domain cannot make a check reach into your network.</source>
        <translation>Aus: Solche Hosts erhalten einen Befund und keine Verbindung: Sendende Server im Internet erreichen sie nicht, und eine feindliche Domain kann eine Prüfung nicht in Ihr Netz greifen lassen.</translation>
    </message>
    <message>
        <source>SOCKS5 proxy: %1</source>
        <translation>SOCKS5-Proxy: %1</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>St&amp;andardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Each connect, DNS query and server reply, and the longest silence of a policy host; a whole policy fetch gets three times as long, a whole SMTP probe six times.</source>
        <translation>Jeder Verbindungsaufbau, jede DNS-Abfrage und jede Serverantwort sowie die längste Stille eines Richtlinien-Hosts; ein ganzer Abruf der Richtlinie bekommt dreimal so lange, eine ganze SMTP-Prüfung sechsmal.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::StartPage</name>
    <message>
        <source>Check a &amp;domain</source>
        <translation>D&amp;omain prüfen</translation>
    </message>
    <message>
        <source>Type a mail domain in the entry above and press Enter.</source>
        <translation>Geben Sie oben eine Mail-Domain ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>Berichte &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml, .mbox files or whole folders.</source>
        <translation>Die TLS-RPT-Berichte lesen, die sendende Server Ihnen gemailt haben: .json-, .json.gz-, .zip-, .eml-, .mbox-Dateien oder ganze Ordner.</translation>
    </message>
    <message>
        <source>Create a &amp;policy…</source>
        <translation>Richtlinie e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Walk from no MTA-STS policy, or the published one, to a checked deployment.</source>
        <translation>Schritt für Schritt von keiner MTA-STS-Richtlinie, oder der veröffentlichten, zu einer geprüften Bereitstellung.</translation>
    </message>
    <message>
        <source>Domains you check are listed here with their last verdict.</source>
        <translation>Die Domains, die Sie prüfen, stehen hier mit ihrer letzten Bewertung.</translation>
    </message>
    <message>
        <source>Is mail to your domain protected in transit?</source>
        <translation>Ist Mail an Ihre Domain auf dem Transportweg geschützt?</translation>
    </message>
    <message>
        <source>StsScope checks MTA-STS, TLS-RPT, STARTTLS and the certificates of every MX host, reads TLS-RPT reports and helps you publish a policy.</source>
        <translation>StsScope prüft MTA-STS, TLS-RPT, STARTTLS und die Zertifikate jedes MX-Hosts, liest TLS-RPT-Berichte und hilft Ihnen, eine Richtlinie zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Last verdict</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Recent domains</source>
        <translation>Zuletzt geprüfte Domains</translation>
    </message>
    <message>
        <source>Rec&amp;ent domains (double-click or Enter checks again):</source>
        <translation>&amp;Zuletzt geprüfte Domains (Doppelklick oder Eingabetaste prüft erneut):</translation>
    </message>
    <message>
        <source>&amp;Remove from Recent</source>
        <translation>Aus der Liste der zuletzt geprüften Domains &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Domains…</source>
        <translation>Liste der zuletzt geprüften Domains &amp;leeren…</translation>
    </message>
    <message>
        <source>Take the selected domains off this list; their check history is kept.</source>
        <translation>Die ausgewählten Domains von dieser Liste nehmen; ihr Prüfverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Take every domain off this list, and optionally delete their check history.</source>
        <translation>Alle Domains von dieser Liste nehmen und wahlweise ihren Prüfverlauf löschen.</translation>
    </message>
    <message>
        <source>Clear Recent Domains</source>
        <translation>Zuletzt geprüfte Domains leeren</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n domain(s) off the list of recent domains?</source>
        <translation>
            <numerusform>%n Domain von der Liste der zuletzt geprüften Domains nehmen?</numerusform>
            <numerusform>Alle %n Domains von der Liste der zuletzt geprüften Domains nehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their check history is kept: a domain comes back when you check it again, with its earlier checks in the History tab.</source>
        <translation>Ihr Prüfverlauf bleibt erhalten: Eine Domain erscheint wieder, wenn Sie sie erneut prüfen, mit ihren früheren Prüfungen im Reiter „Verlauf“.</translation>
    </message>
    <message>
        <source>Also &amp;delete their check history</source>
        <translation>Auch ihren Prüf&amp;verlauf löschen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineModel</name>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>TLS-RPT failures that day</source>
        <translation>TLS-RPT-Fehler an diesem Tag</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>zuvor %1</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineView</name>
    <message>
        <source>Timeline: verdict over time and TLS-RPT failures per day</source>
        <translation>Zeitachse: Bewertung im Zeitverlauf und TLS-RPT-Fehler pro Tag</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Verdict changed</source>
        <translation>Bewertung geändert</translation>
    </message>
    <message>
        <source>Failed sessions (TLS-RPT, per day)</source>
        <translation>Fehlgeschlagene Sitzungen (TLS-RPT, pro Tag)</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>fehlgeschlagene Sitzungen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>COULD NOT CHECK</source>
        <translation>PRÜFUNG NICHT MÖGLICH</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Show the finding</source>
        <translation>Befund anzeigen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchListModel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Policy mode</source>
        <translation>Richtlinienmodus</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Nächster Ablauf</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Keine Bewertung: %1</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Richtlinie</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n Tag)</numerusform>
            <numerusform>%1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no verdict)</source>
        <translation>%1 (keine Bewertung)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (seit %n Tag abgelaufen)</numerusform>
            <numerusform>%1 (seit %n Tagen abgelaufen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchNotifier</name>
    <message>
        <source>StsScope: watching your domains</source>
        <translation>StsScope: überwacht Ihre Domains</translation>
    </message>
    <message>
        <source>&amp;Open StsScope</source>
        <translation>StsScope ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Check All Watched Domains Now</source>
        <translation>&amp;Alle überwachten Domains jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Snooze the Last Domain for 24 Hours</source>
        <translation>Letzte Domain 24 Stunden &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new problem(s)</source>
        <translation>
            <numerusform>%1: %n neues Problem</numerusform>
            <numerusform>%1: %n neue Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze %1 for 24 Hours</source>
        <translation>%1 24 Stunden &amp;stummschalten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>New problems on %n watched domain(s)</source>
        <translation>
            <numerusform>Neue Probleme bei %n überwachten Domain</numerusform>
            <numerusform>Neue Probleme bei %n überwachten Domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchPage</name>
    <message>
        <source>Check All &amp;Now</source>
        <translation>Alle &amp;jetzt prüfen</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Überwachungsliste</translation>
    </message>
    <message>
        <source>StsScope checks these domains again in the background while it runs and tells you when something changes that can stop mail: a policy changed without a new id, an MX the policy does not cover, a certificate that expires before senders&apos; cached policy does.</source>
        <translation>StsScope prüft diese Domains im Hintergrund erneut, solange es läuft, und meldet sich, wenn sich etwas ändert, das Mail aufhalten kann: eine Richtlinie, die ohne neue id geändert wurde, ein MX, den die Richtlinie nicht abdeckt, ein Zertifikat, das vor der zwischengespeicherten Richtlinie der sendenden Server abläuft.</translation>
    </message>
    <message>
        <source>Add &amp;domains:</source>
        <translation>Domains hin&amp;zufügen:</translation>
    </message>
    <message>
        <source>example.com example.org (or paste a list)</source>
        <translation>example.com example.org (oder eine Liste einfügen)</translation>
    </message>
    <message>
        <source>Domains to watch</source>
        <translation>Zu überwachende Domains</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Über&amp;wachen</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>Liste exportie&amp;ren…</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Filter the watched domains</source>
        <translation>Überwachte Domains filtern</translation>
    </message>
    <message>
        <source>Re-check &amp;every</source>
        <translation>Erneu&amp;t prüfen alle</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never (off)</source>
        <translation>nie (aus)</translation>
    </message>
    <message>
        <source>Hours between background checks</source>
        <translation>Stunden zwischen Prüfungen im Hintergrund</translation>
    </message>
    <message>
        <source>Watched domains</source>
        <translation>Überwachte Domains</translation>
    </message>
    <message>
        <source>What became of the domains added</source>
        <translation>Was aus den hinzugefügten Domains wurde</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Open in the Inspector</source>
        <translation>In der &amp;Domainansicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Snooze Notices for 24 Hours</source>
        <translation>Hinweise 24 Stunden &amp;stummschalten</translation>
    </message>
    <message>
        <source>No notices for the selected domains until tomorrow at this time.</source>
        <translation>Bis morgen um diese Uhrzeit keine Hinweise zu den ausgewählten Domains.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Watch List</source>
        <translation>Aus der Überwachungsliste &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n domain(s) to the watch list.</source>
        <translation>
            <numerusform>%n Domain zur Überwachungsliste hinzugefügt.</numerusform>
            <numerusform>%n Domains zur Überwachungsliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already watched.</source>
        <translation>
            <numerusform>%n wurde bereits überwacht.</numerusform>
            <numerusform>%n wurden bereits überwacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, as no domain:</source>
        <translation>Nicht hinzugefügt, da keine Domain:</translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n domain(s); their history is kept.</source>
        <translation>
            <numerusform>Überwachung von %n Domain beendet; ihr Verlauf bleibt erhalten.</numerusform>
            <numerusform>Überwachung von %n Domains beendet; ihr Verlauf bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n domain(s) added.</source>
        <translation>
            <numerusform>%1 importiert: %n Domain hinzugefügt.</numerusform>
            <numerusform>%1 importiert: %n Domains hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lines are no domain and were left out:</source>
        <translation>Diese Zeilen sind keine Domains und wurden ausgelassen:</translation>
    </message>
    <message>
        <source>Import a Watch List</source>
        <translation>Überwachungsliste importieren</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list);;All files (*)</source>
        <translation>Domainlisten (*.txt *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the Watch List</source>
        <translation>Überwachungsliste exportieren</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list)</source>
        <translation>Domainlisten (*.txt *.list)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) watched</source>
        <translation>
            <numerusform>%n Domain überwacht</numerusform>
            <numerusform>%n Domains überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source> · background checks are off</source>
        <translation> · Prüfungen im Hintergrund sind aus</translation>
    </message>
    <message>
        <source> · %1 checking, %2 waiting</source>
        <translation> · %1 werden geprüft, %2 warten</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>Die Überwachungsliste konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>VerdictJudge</name>
    <message>
        <source>The MX records of %1 cannot be resolved (%2); senders cannot deliver mail.</source>
        <translation>Die MX-Einträge von %1 lassen sich nicht auflösen (%2); sendende Server können keine Mail zustellen.</translation>
    </message>
    <message>
        <source>No MX host of %1 would receive mail from a sender following the standards.</source>
        <translation>Kein MX-Host von %1 würde Mail von einem standardkonformen sendenden Server annehmen.</translation>
    </message>
    <message>
        <source>Fix the DNS of the domain (delegation, DNSSEC signatures) so that its MX records resolve.</source>
        <translation>Bringen Sie das DNS der Domain in Ordnung (Delegierung, DNSSEC-Signaturen), damit sich ihre MX-Einträge auflösen lassen.</translation>
    </message>
    <message>
        <source>Make at least one MX host reachable with STARTTLS and a valid certificate for its name.</source>
        <translation>Machen Sie mindestens einen MX-Host mit STARTTLS und einem für seinen Namen gültigen Zertifikat erreichbar.</translation>
    </message>
    <message>
        <source>Senders enforcing the policy will not deliver to %1.</source>
        <translation>Sendende Server, die die Richtlinie befolgen, stellen nicht an %1 zu.</translation>
    </message>
    <message>
        <source>Fix the failing MX hosts (see their findings) or cover them in the policy; switch to testing mode until they pass.</source>
        <translation>Beheben Sie die Fehler der betroffenen MX-Hosts (siehe deren Befunde) oder nehmen Sie sie in die Richtlinie auf; wechseln Sie in den Modus testing, bis sie die Prüfung bestehen.</translation>
    </message>
    <message>
        <source>Mail to %1 is protected: an enforce policy and every MX host passes validation.</source>
        <translation>Mail an %1 ist geschützt: Richtlinie im Modus enforce, und jeder MX-Host besteht die Validierung.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record to learn about failures.</source>
        <translation>Veröffentlichen Sie einen TLS-RPT-Eintrag, um von Fehlern zu erfahren.</translation>
    </message>
    <message>
        <source>Testing mode: senders report TLS failures but still deliver without protection.</source>
        <translation>Modus testing: Sendende Server melden TLS-Fehler, stellen aber weiterhin ohne Schutz zu.</translation>
    </message>
    <message>
        <source>Every MX passes: once TLS-RPT reports show no failures, switch the policy to enforce and raise max_age.</source>
        <translation>Alle MX-Hosts bestehen die Prüfung: Sobald die TLS-RPT-Berichte keine Fehler mehr zeigen, stellen Sie die Richtlinie auf Modus enforce um und erhöhen Sie den max_age.</translation>
    </message>
    <message>
        <source>Fix the MX hosts that fail validation before switching to enforce.</source>
        <translation>Beheben Sie die Fehler der MX-Hosts, die die Validierung nicht bestehen, bevor Sie auf Modus enforce umstellen.</translation>
    </message>
    <message>
        <source>Mail to %1 is not protected against STARTTLS downgrade or forged certificates.</source>
        <translation>Mail an %1 ist nicht gegen STARTTLS-Downgrade oder gefälschte Zertifikate geschützt.</translation>
    </message>
    <message>
        <source>Publish an MTA-STS policy in testing mode (Tools → Policy wizard).</source>
        <translation>Veröffentlichen Sie eine MTA-STS-Richtlinie im Modus testing (Extras → Richtlinien-Assistent).</translation>
    </message>
    <message>
        <source>Fix the policy so that senders can fetch and parse it (see the findings).</source>
        <translation>Korrigieren Sie die Richtlinie, damit sendende Server sie abrufen und parsen können (siehe Befunde).</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled before it finished. What it observed is shown, but it is no verdict on the domain.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen, bevor sie fertig war. Was sie beobachtet hat, wird angezeigt, ist aber keine Bewertung der Domain.</translation>
    </message>
    <message>
        <source>Check the domain again to get a verdict.</source>
        <translation>Prüfen Sie die Domain erneut, um eine Bewertung zu erhalten.</translation>
    </message>
    <message>
        <source>this machine has no IPv6 route</source>
        <translation>dieser Rechner hat keine IPv6-Route</translation>
    </message>
    <message>
        <source>outbound port 25 is blocked on this machine&apos;s network</source>
        <translation>ausgehender Port 25 ist im Netz dieses Rechners gesperrt</translation>
    </message>
    <message>
        <source>only %1 of its %2 MX hosts were checked</source>
        <translation>nur %1 ihrer %2 MX-Hosts wurden geprüft</translation>
    </message>
    <message>
        <source>This machine cannot see what a sending server would see of %1 (%2), so there is no verdict on the domain.</source>
        <translation>Dieser Rechner sieht von %1 nicht, was ein sendender Server sähe (%2), daher gibt es keine Bewertung der Domain.</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 failed: %2</source>
        <translation>der SOCKS5-Proxy %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Check again from a network that can reach the MX hosts on port 25 (and over IPv6 where they have IPv6 addresses), or through a SOCKS5 proxy on such a server (Settings, or --proxy; ssh -N -D 1080 a-server makes one).</source>
        <translation>Prüfen Sie erneut aus einem Netz, das die MX-Hosts auf Port 25 erreicht (und über IPv6, wo sie IPv6-Adressen haben), oder über einen SOCKS5-Proxy auf einem solchen Server (Einstellungen oder --proxy; ssh -N -D 1080 ein-server richtet einen ein).</translation>
    </message>
    <message>
        <source>its TLSA records cannot be validated here</source>
        <translation>seine TLSA-Einträge lassen sich hier nicht validieren</translation>
    </message>
    <message>
        <source>Senders that validate DANE will not deliver to %1.</source>
        <translation>Sendende Server, die DANE validieren, werden nicht an %1 zustellen.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificates in use, and keep their DNSSEC valid (see the DANE findings).</source>
        <translation>Veröffentlichen Sie TLSA-Einträge, die zu den verwendeten Zertifikaten passen, und halten Sie ihr DNSSEC gültig (siehe die DANE-Befunde).</translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE and an enforce MTA-STS policy: every MX host passes both.</source>
        <translation>Mail an %1 ist durch DANE und eine MTA-STS-Richtlinie im Modus enforce geschützt: Jeder MX-Host besteht beides.</translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE: every MX host&apos;s certificate matches its DNSSEC-signed TLSA records.</source>
        <translation>Mail an %1 ist durch DANE geschützt: Das Zertifikat jedes MX-Hosts passt zu seinen DNSSEC-signierten TLSA-Einträgen.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation.</source>
        <translation>Die TLSA-Einträge von %1 bestehen die DNSSEC-Validierung nicht.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 matches the certificate it presents.</source>
        <translation>Kein TLSA-Eintrag von %1 passt zu dem Zertifikat, das er vorlegt.</translation>
    </message>
    <message>
        <source>%1 is not covered by the policy&apos;s mx lines.</source>
        <translation>%1 wird von keiner mx-Zeile der Richtlinie abgedeckt.</translation>
    </message>
    <message>
        <source>%1 does not complete an SMTP session (%2).</source>
        <translation>%1 schließt keine SMTP-Sitzung ab (%2).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 fails (%2).</source>
        <translation>Der TLS-Handshake mit %1 schlägt fehl (%2).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS.</source>
        <translation>%1 bietet kein STARTTLS an.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not %1.</source>
        <translation>Das Zertifikat von %1 gilt für %2, nicht für %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not verify (%2).</source>
        <translation>Das Zertifikat von %1 lässt sich nicht verifizieren (%2).</translation>
    </message>
    <message>
        <source>Looking up %1 and connecting to its policy host and every MX host as a sender would…</source>
        <translation>Frage %1 ab und verbinde mich mit dem Richtlinien-Host und jedem MX-Host, wie es ein sendender Server täte …</translation>
    </message>
</context>
<context>
    <name>ViewCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>WatchChangeDetector</name>
    <message>
        <source>the check could not run: %1</source>
        <translation>die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the check did not finish</source>
        <translation>die Prüfung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the check is inconclusive from this machine&apos;s network</source>
        <translation>die Prüfung ist vom Netzwerk dieses Rechners aus nicht eindeutig</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether mail to a domain is protected in transit (MTA-STS, TLS-RPT, STARTTLS, DANE).</source>
        <translation>Zeigt, ob Mail an eine Domain auf dem Transportweg geschützt ist (MTA-STS, TLS-RPT, STARTTLS, DANE).</translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation>DNS-Resolver, der statt des System-Resolvers verwendet wird.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation>DNSSEC-Vertrauensanker-Datei statt des Root-Vertrauensankers.</translation>
    </message>
    <message>
        <source>Domains to check at start, and TLS-RPT report files or folders to import.</source>
        <translation>Beim Start zu prüfende Domains sowie zu importierende TLS-RPT-Berichtsdateien oder -ordner.</translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks).</source>
        <translation>Auch MX- und Richtlinien-Hosts auf Loopback- und privaten Adressen verbinden (Testnetze).</translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy; DNS stays local.</source>
        <translation>Über diesen SOCKS5-Proxy prüfen; DNS bleibt lokal.</translation>
    </message>
</context>
</TS>
