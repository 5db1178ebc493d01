<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckResult</name>
    <message>
        <source>still being fetched</source>
        <translation>en cours de récupération</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>no policy published</source>
        <translation>aucune politique publiée</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>récupération impossible</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>interrogation en cours</translation>
    </message>
    <message>
        <source>no TLSA records</source>
        <translation>aucun enregistrement TLSA</translation>
    </message>
    <message>
        <source>unsigned: ignored</source>
        <translation>non signés : ignorés</translation>
    </message>
    <message>
        <source>cannot be validated from here</source>
        <translation>non validable d&apos;ici</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>non valide (bogus)</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>PROTÉGÉ</translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation>EN TEST</translation>
    </message>
    <message>
        <source>NOT PROTECTED</source>
        <translation>NON PROTÉGÉ</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>DÉFAILLANT</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NON CONCLUANT</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>stsscope-cli: unknown verb &quot;%1&quot;.</source>
        <translation>stsscope-cli&#xa0;: verbe inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>stsscope-cli policy lint: cannot read %1: %2</source>
        <translation>stsscope-cli policy lint&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checks an _mta-sts TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation>Vérifie un jeu d&apos;enregistrements TXT _mta-sts&#xa0;: un argument par enregistrement TXT, chaînes de caractères (character-strings) concaténées.</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Checks a _smtp._tls TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation>Vérifie un jeu d&apos;enregistrements TXT _smtp._tls&#xa0;: un argument par enregistrement TXT, chaînes de caractères (character-strings) concaténées.</translation>
    </message>
    <message>
        <source>Checks an MTA-STS policy file (mta-sts.txt); &quot;-&quot; reads stdin.</source>
        <translation>Vérifie un fichier de politique MTA-STS (mta-sts.txt)&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Tells whether an MTA-STS mx pattern covers a host name (RFC 8461 §4.1). Exit code 0 when it matches, 1 when it does not or the pattern is invalid.</source>
        <translation>Indique si un motif mx MTA-STS couvre un nom d&apos;hôte (RFC 8461 §4.1). Code de sortie 0 en cas de correspondance, 1 dans le cas contraire ou si le motif n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 correspond à %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>Writes an MTA-STS policy, the DNS records that publish it and web server snippets that serve it. Without --out, prints the policy and the records.</source>
        <translation>Écrit une politique MTA-STS, les enregistrements DNS qui la publient et des extraits de configuration de serveur web qui la servent. Sans --out, affiche la politique et les enregistrements.</translation>
    </message>
    <message>
        <source>The mail domain.</source>
        <translation>Le domaine de messagerie.</translation>
    </message>
    <message>
        <source>enforce, testing or none.</source>
        <translation>enforce, testing ou none.</translation>
    </message>
    <message>
        <source>An mx pattern; repeat for each.</source>
        <translation>Un motif mx&#xa0;; à répéter pour chaque motif.</translation>
    </message>
    <message>
        <source>Policy lifetime in seconds.</source>
        <translation>Durée de vie de la politique en secondes.</translation>
    </message>
    <message>
        <source>A TLS-RPT report URI; repeat for each.</source>
        <translation>Une URI de rapport TLS-RPT&#xa0;; à répéter pour chaque URI.</translation>
    </message>
    <message>
        <source>The policy id (default: the current UTC time).</source>
        <translation>L&apos;id de la politique (par défaut&#xa0;: l&apos;heure UTC actuelle).</translation>
    </message>
    <message>
        <source>Directory to write the files into.</source>
        <translation>Répertoire dans lequel écrire les fichiers.</translation>
    </message>
    <message>
        <source>--domain is required.</source>
        <translation>--domain est obligatoire.</translation>
    </message>
    <message>
        <source>--mode must be enforce, testing or none.</source>
        <translation>--mode doit valoir enforce, testing ou none.</translation>
    </message>
    <message>
        <source>--max-age must be a number of seconds.</source>
        <translation>--max-age doit être un nombre de secondes.</translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: %1</source>
        <translation>stsscope-cli policy generate&#xa0;: %1</translation>
    </message>
    <message>
        <source># %1</source>
        <translation># %1</translation>
    </message>
    <message>
        <source># DNS records</source>
        <translation># Enregistrements DNS</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing generated:</source>
        <translation>Rien n&apos;a été généré&#xa0;:</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>réussies&#xa0;: %1, en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source> (%1 % successful)</source>
        <translation> (%1&#xa0;% de réussite)</translation>
    </message>
    <message>
        <source>%1, report %2, %3 to %4</source>
        <translation>%1, rapport %2, du %3 au %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>no policy domain</source>
        <translation>aucun domaine de politique</translation>
    </message>
    <message>
        <source>Totals: %1 reports, %2</source>
        <translation>Totaux&#xa0;: %1 rapport(s), %2</translation>
    </message>
    <message>
        <source>Failed sessions by result type (failure details):</source>
        <translation>Sessions en échec par type de résultat (détails d&apos;échec)&#xa0;:</translation>
    </message>
    <message>
        <source>Read before, counted once:</source>
        <translation>Déjà lus, comptés une seule fois&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (first read from %2)</source>
        <translation>%1 (lu une première fois depuis %2)</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>Non lus&#xa0;:</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Reads TLS-RPT reports (RFC 8460) from .json, .json.gz, .zip, .eml and .mbox files and folders, and prints them with their totals. A report read twice is counted once.</source>
        <translation>Lit les rapports TLS-RPT (RFC 8460) dans des fichiers .json, .json.gz, .zip, .eml et .mbox et dans des dossiers, puis les affiche avec leurs totaux. Un rapport lu deux fois n&apos;est compté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Print one CSV row per policy and one per failure detail.</source>
        <translation>Affiche une ligne CSV par politique et une par détail d&apos;échec.</translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or later.</source>
        <translation>Uniquement les rapports de ce jour (UTC) ou postérieurs.</translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or earlier.</source>
        <translation>Uniquement les rapports de ce jour (UTC) ou antérieurs.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json et --csv s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>--since est postérieur à --until.</translation>
    </message>
    <message>
        <source>stsscope-cli report: no report could be read.</source>
        <translation>stsscope-cli report&#xa0;: aucun rapport n&apos;a pu être lu.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Affiche le résultat au format JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Usage: stsscope-cli %1 [options] %2</source>
        <translation>Utilisation&#xa0;: stsscope-cli %1 [options] %2</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Argument manquant.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Trop d&apos;arguments.</translation>
    </message>
    <message>
        <source>Try &apos;stsscope-cli %1 --help&apos;.</source>
        <translation>Essayez «&#xa0;stsscope-cli %1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Politique&#xa0;: %1</translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <translation>MX %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>would deliver</source>
        <translation>livraison possible</translation>
    </message>
    <message>
        <source>would NOT deliver</source>
        <translation>livraison IMPOSSIBLE</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>certificat valide</translation>
    </message>
    <message>
        <source>certificate invalid</source>
        <translation>certificat non valide</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>échec à l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>Checked in %1 ms via %2</source>
        <translation>Vérifié en %1 ms via %2</translation>
    </message>
    <message>
        <source>Checks the mail transport security of domains: MTA-STS record and policy, TLS-RPT record, and STARTTLS with the certificate of every MX address.</source>
        <translation>Vérifie la sécurité du transport du courrier des domaines&#xa0;: enregistrement et politique MTA-STS, enregistrement TLS-RPT, et STARTTLS avec le certificat de chaque adresse MX.</translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation>Résolveur DNS à utiliser à la place de celui du système.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM); repeatable.</source>
        <translation>Certificats d&apos;AC de confiance supplémentaires (PEM)&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation>Fichier d&apos;ancre de confiance DNSSEC à utiliser à la place de celle de la racine.</translation>
    </message>
    <message>
        <source>Seconds per network step.</source>
        <translation>Délai en secondes pour chaque étape réseau.</translation>
    </message>
    <message>
        <source>Domains checked at the same time.</source>
        <translation>Nombre de domaines vérifiés en parallèle.</translation>
    </message>
    <message>
        <source>Warn about certificates expiring within this many days.</source>
        <translation>Signaler les certificats qui expirent d&apos;ici ce nombre de jours.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600.</source>
        <translation>--timeout doit être un nombre de secondes compris entre 0 et 600.</translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 1024.</source>
        <translation>--concurrency doit être compris entre 1 et 1024.</translation>
    </message>
    <message>
        <source>--expiry-warning must be a number of days.</source>
        <translation>--expiry-warning doit être un nombre de jours.</translation>
    </message>
    <message>
        <source>stsscope-cli check: %1: %2</source>
        <translation>stsscope-cli check&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine : %2.</translation>
    </message>
    <message>
        <source>stsscope-cli check: checking %1: %2.</source>
        <translation>stsscope-cli check : vérification de %1 : %2.</translation>
    </message>
    <message>
        <source>cannot be judged from here: %1</source>
        <translation>impossible à juger d&apos;ici : %1</translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks); without it they get a finding and no connection.</source>
        <translation>Se connecter aussi aux hôtes MX et de politique sur des adresses de bouclage et privées (réseaux de test) ; sinon ils reçoivent un constat et aucune connexion.</translation>
    </message>
    <message>
        <source>An always-on MX host for the port 25 self-test, instead of the built-in ones; repeatable; &quot;none&quot; turns the self-test off.</source>
        <translation>Un hôte MX toujours disponible pour l&apos;autotest du port 25, à la place de ceux intégrés ; répétable ; « none » désactive l&apos;autotest.</translation>
    </message>
    <message>
        <source>An always-on web host (port 443) for the port 25 self-test, instead of the built-in ones; repeatable.</source>
        <translation>Un hôte web toujours disponible (port 443) pour l&apos;autotest du port 25, à la place de ceux intégrés ; répétable.</translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy (e.g. from ssh -N -D 1080 server): the SMTP sessions and the policy fetch go through it, DNS stays local.</source>
        <translation>Sonder via ce proxy SOCKS5 (par exemple issu de ssh -N -D 1080 serveur) : les sessions SMTP et la récupération de la politique passent par lui, le DNS reste local.</translation>
    </message>
    <message>
        <source>Root servers (a root hints file) to ask directly when the resolver strips DNSSEC, instead of the internet&apos;s; for lab networks.</source>
        <translation>Serveurs racine (un fichier root hints) à interroger directement quand le résolveur supprime DNSSEC, au lieu de ceux d&apos;Internet ; pour les réseaux de laboratoire.</translation>
    </message>
    <message>
        <source>cannot read the root hints file %1.</source>
        <translation>impossible de lire le fichier root hints %1.</translation>
    </message>
    <message>
        <source>DANE: %1</source>
        <translation>DANE : %1</translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would deliver</source>
        <translation>un expéditeur limité à MTA-STS livrerait</translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would NOT deliver</source>
        <translation>un expéditeur limité à MTA-STS ne livrerait PAS</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Protection :</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause : %1</translation>
    </message>
    <message>
        <source>stsscope-cli: cannot read CA file %1</source>
        <translation>stsscope-cli&#xa0;: impossible de lire le fichier d&apos;AC %1</translation>
    </message>
    <message>
        <source>Mailbox %1: %2 new messages read, %3 without a report, %4 moved</source>
        <translation>Boîte aux lettres %1&#xa0;: %2 nouveaux messages lus, %3 sans rapport, %4 déplacés</translation>
    </message>
    <message>
        <source>Library %1: %2 reports added, %3 already there</source>
        <translation>Base de rapports %1&#xa0;: %2 rapports ajoutés, %3 déjà présents</translation>
    </message>
    <message>
        <source>stsscope-cli report: the library stopped taking reports: %1</source>
        <translation>stsscope-cli report&#xa0;: la base de rapports n&apos;accepte plus de rapports&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>stsscope-cli report fetch: %1</source>
        <translation>stsscope-cli report fetch&#xa0;: %1</translation>
    </message>
    <message>
        <source>canceled.</source>
        <translation>annulé.</translation>
    </message>
    <message>
        <source>Fetches the new messages of an IMAP folder and reads the TLS-RPT reports in them. URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) or imap://USER@HOST[:PORT]/FOLDER (STARTTLS required). The password comes from STSSCOPE_IMAP_PASSWORD or is asked for on the terminal. With --library, the reports are added to that library and the next run fetches only messages that arrived since.</source>
        <translation>Récupère les nouveaux messages d&apos;un dossier IMAP et lit les rapports TLS-RPT qu&apos;ils contiennent. URL&#xa0;: imaps://USER@HOST[:PORT]/FOLDER (TLS) ou imap://USER@HOST[:PORT]/FOLDER (STARTTLS obligatoire). Le mot de passe provient de STSSCOPE_IMAP_PASSWORD ou est demandé dans le terminal. Avec --library, les rapports sont ajoutés à cette base et l&apos;exécution suivante ne récupère que les messages arrivés depuis.</translation>
    </message>
    <message>
        <source>Add the reports to this report library (the GUI&apos;s SQLite file) and remember there how far the folder was read.</source>
        <translation>Ajoute les rapports à cette base de rapports (le fichier SQLite de l&apos;interface graphique) et y mémorise jusqu&apos;où le dossier a été lu.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>Fait aussi confiance aux certificats d&apos;AC de ce fichier PEM (une AC privée).</translation>
    </message>
    <message>
        <source>Seconds to wait for the server to connect or answer (default 30).</source>
        <translation>Délai en secondes pour la connexion au serveur ou sa réponse (30 par défaut).</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &quot;%1&quot;.</source>
        <translation>--ca-file&#xa0;: impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 3600 seconds.</source>
        <translation>--timeout accepte de 1 à 3600 secondes.</translation>
    </message>
    <message>
        <source>No password: set STSSCOPE_IMAP_PASSWORD, or run on a terminal to be asked for it.</source>
        <translation>Aucun mot de passe&#xa0;: définissez STSSCOPE_IMAP_PASSWORD, ou lancez la commande dans un terminal pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <source>Also add the reports to this report library (the GUI&apos;s SQLite file); reports already in it are not added twice.</source>
        <translation>Ajoute aussi les rapports à cette base de rapports (le fichier SQLite de l&apos;interface graphique)&#xa0;; les rapports déjà présents ne sont pas ajoutés deux fois.</translation>
    </message>
    <message>
        <source>%1: not compared: %2</source>
        <translation>%1&#xa0;: non comparé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: first check (%2), kept to compare with</source>
        <translation>%1&#xa0;: première vérification (%2), conservée pour comparaison</translation>
    </message>
    <message>
        <source>%1: no new change (%2)</source>
        <translation>%1&#xa0;: aucun nouveau changement (%2)</translation>
    </message>
    <message>
        <source>The watch list: one domain per line; blank lines and lines starting with # are ignored.</source>
        <translation>La liste de surveillance&#xa0;: un domaine par ligne&#xa0;; les lignes vides et celles qui commencent par # sont ignorées.</translation>
    </message>
    <message>
        <source>The check history to compare with and keep the checks in (default: the desktop app&apos;s, %1).</source>
        <translation>L&apos;historique des vérifications avec lequel comparer et où conserver les vérifications (par défaut&#xa0;: celui de l&apos;application de bureau, %1).</translation>
    </message>
    <message>
        <source>--list FILE is required.</source>
        <translation>--list FILE est obligatoire.</translation>
    </message>
    <message>
        <source>stsscope-cli watch: cannot read %1: %2</source>
        <translation>stsscope-cli watch&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a watch list?</source>
        <translation>%1 dépasse %2 Mio&#xa0;; est-ce bien une liste de surveillance&#xa0;?</translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1: %2</source>
        <translation>stsscope-cli watch&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 lists no domain.</source>
        <translation>%1 ne contient aucun domaine.</translation>
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
        <translation>Utilisation&#xa0;: stsscope-cli VERBE [options] [arguments]

Vérifie les enregistrements et les politiques MTA-STS (RFC 8461) et TLS-RPT (RFC 8460).

Verbes&#xa0;:
  check DOMAIN... [--resolver ADDR[@PORT]] [--ca-file F] [--trust-anchor F] [--timeout S]
                                vérifie des domaines en direct&#xa0;: DNS, politique, chaque MX avec STARTTLS
  txt lint RECORD...            vérifie un jeu d&apos;enregistrements TXT _mta-sts (un argument par enregistrement)
  tlsrpt-record lint RECORD...  vérifie un jeu d&apos;enregistrements TXT _smtp._tls
  policy lint FILE|-            vérifie un fichier de politique mta-sts.txt
  policy generate --domain D --mode M --mx H... [--max-age S] [--rua URI...] [--out DIR]
                                écrit une politique et ses enregistrements DNS
  mx-match PATTERN HOST         indique si un motif mx couvre un hôte
  report FILE|DIR... [--csv] [--since DATE] [--until DATE] [--library FILE]
                                lit des rapports TLS-RPT (.json, .gz, .zip, .eml, .mbox) et en fait la somme
  watch --list FILE [--state FILE] [options de vérification]
                                revérifie les domaines listés, affiche ce qui a changé depuis la dernière exécution
  report fetch URL [--library FILE] [--ca-file F] [--allow-plaintext] [--timeout S]
                                lit les rapports envoyés dans un dossier IMAP (imaps://USER@HOST/FOLDER)

Chaque verbe accepte --json et --help.
Codes de sortie&#xa0;: 0 aucun problème, 1 constats de niveau erreur, 2 erreur d&apos;utilisation, 3 exécution impossible.

Options&#xa0;:
  -h, --help     affiche cette aide
  -v, --version  affiche la version
</translation>
    </message>
    <message>
        <source>For imap:// URLs: STARTTLS when the server offers it, else log in without TLS. The password may travel readable.</source>
        <translation>Pour les URL imap://&#xa0;: STARTTLS si le serveur le propose, sinon connexion sans TLS. Le mot de passe peut alors circuler en clair.</translation>
    </message>
    <message>
        <source>Re-checks the domains of a watch list, compares each with its last check in the history the desktop app keeps, and prints what changed, each change once. Exit 1 when a new change is a problem (a warning or an error), even when other domains could not be checked; otherwise exit 3 when a domain could not be checked.</source>
        <translation>Revérifie les domaines d&apos;une liste de surveillance, compare chacun à sa dernière vérification dans l&apos;historique tenu par l&apos;application de bureau et affiche ce qui a changé, chaque changement une seule fois. Code de sortie 1 lorsqu&apos;un nouveau changement est un problème (un avertissement ou une erreur), même si d&apos;autres domaines n&apos;ont pas pu être vérifiés&#xa0;; sinon, code de sortie 3 lorsqu&apos;un domaine n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: using %1: %2.</source>
        <translation>stsscope-cli policy generate : utilisation de %1 : %2.</translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1</source>
        <translation>stsscope-cli watch : %1</translation>
    </message>
</context>
<context>
    <name>DaneVerifier</name>
    <message>
        <source>this OpenSSL cannot verify DANE</source>
        <translation>cette version d&apos;OpenSSL ne sait pas vérifier DANE</translation>
    </message>
    <message>
        <source>OpenSSL could not set up DANE for %1</source>
        <translation>OpenSSL n&apos;a pas pu préparer DANE pour %1</translation>
    </message>
    <message>
        <source>no TLSA record is usable for SMTP</source>
        <translation>aucun enregistrement TLSA n&apos;est utilisable pour SMTP</translation>
    </message>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation>un certificat de la chaîne est illisible</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>le serveur n&apos;a présenté aucun certificat</translation>
    </message>
    <message>
        <source>OpenSSL could not start the verification</source>
        <translation>OpenSSL n&apos;a pas pu lancer la vérification</translation>
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
        <translation>La politique, servie à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>DNS records in zone-file form</source>
        <translation>Enregistrements DNS au format fichier de zone</translation>
    </message>
    <message>
        <source>DNS records as plain values for a provider&apos;s form</source>
        <translation>Enregistrements DNS sous forme de valeurs brutes, pour le formulaire d&apos;un hébergeur DNS</translation>
    </message>
    <message>
        <source>Serving the policy with %1</source>
        <translation>Servir la politique avec %1</translation>
    </message>
</context>
<context>
    <name>DnssecDisplay</name>
    <message>
        <source>secure</source>
        <translation>sécurisé</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>non valide (bogus)</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>non sécurisé</translation>
    </message>
    <message>
        <source>Signed and validated from the trust anchor: this answer cannot be forged.</source>
        <translation>Signée et validée à partir de l&apos;ancre de confiance&#xa0;: cette réponse ne peut pas être falsifiée.</translation>
    </message>
    <message>
        <source>Signed, but the signatures do not validate: validating resolvers refuse this answer.</source>
        <translation>Signée, mais les signatures ne sont pas valides&#xa0;: les résolveurs validants refusent cette réponse.</translation>
    </message>
    <message>
        <source>Not signed: an attacker on the path could forge this answer (DANE needs it signed).</source>
        <translation>Non signée&#xa0;: un attaquant sur le chemin pourrait falsifier cette réponse (DANE exige qu&apos;elle soit signée).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Not validated: the resolver this machine uses drops DNSSEC signatures, so whether the answer is signed cannot be seen from here.</source>
        <translation>Non validée : le résolveur de cette machine supprime les signatures DNSSEC ; impossible de voir d&apos;ici si la réponse est signée.</translation>
    </message>
</context>
<context>
    <name>FindingAdvice</name>
    <message>
        <source>Senders discover MTA-STS through the _mta-sts TXT record. Without one valid record they never fetch the policy. Publish exactly one record starting with &quot;v=STSv1; id=&quot; and change the id whenever the policy changes.</source>
        <translation>Les expéditeurs découvrent MTA-STS grâce à l&apos;enregistrement TXT _mta-sts. Sans un enregistrement valide, et un seul, ils ne récupèrent jamais la politique. Publiez exactement un enregistrement commençant par «&#xa0;v=STSv1; id=&#xa0;» et changez l&apos;id à chaque modification de la politique.</translation>
    </message>
    <message>
        <source>Senders fetch the policy from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt. It must answer 200 with text/plain, without redirects, with a certificate valid for mta-sts.&lt;domain&gt;. Usual causes: a missing DNS record for mta-sts, a virtual host that is not configured, a catch-all redirect to https://www, or a certificate without the mta-sts name.</source>
        <translation>Les expéditeurs récupèrent la politique à l&apos;adresse https://mta-sts.&lt;domaine&gt;/.well-known/mta-sts.txt. Elle doit être servie avec le code 200 et le type text/plain, sans redirection, avec un certificat valide pour mta-sts.&lt;domaine&gt;. Causes habituelles&#xa0;: enregistrement DNS manquant pour mta-sts, hôte virtuel non configuré, redirection générale vers https://www, ou certificat sans le nom mta-sts.</translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is checked like any web server&apos;s. Add mta-sts.&lt;domain&gt; to the certificate of that virtual host.</source>
        <translation>Le certificat de l&apos;hôte de la politique est vérifié comme celui de n&apos;importe quel serveur web. Ajoutez mta-sts.&lt;domaine&gt; au certificat de cet hôte virtuel.</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse. Lines are &quot;key: value&quot;; version, mode, max_age and at least one mx are required. Use the policy wizard to write a correct file.</source>
        <translation>Les expéditeurs ignorent une politique qu&apos;ils ne parviennent pas à analyser. Les lignes sont de la forme «&#xa0;clé: valeur&#xa0;»&#xa0;; version, mode, max_age et au moins une ligne mx sont obligatoires. Utilisez l&apos;assistant de politique pour rédiger un fichier correct.</translation>
    </message>
    <message>
        <source>Each mx line of the policy names an MX host, or &quot;*.&quot; and a parent domain for exactly one more label. An MX that no line covers gets no mail in enforce mode.</source>
        <translation>Chaque ligne mx de la politique désigne un serveur MX, ou «&#xa0;*.&#xa0;» suivi d&apos;un domaine parent pour exactement un label de plus. Un MX qu&apos;aucune ligne ne couvre ne reçoit aucun courrier en mode enforce.</translation>
    </message>
    <message>
        <source>Without MTA-STS (or DANE), STARTTLS is opportunistic: senders accept any certificate and continue in clear text when STARTTLS is missing. Publish a policy in testing mode, watch the TLS-RPT reports, then switch to enforce.</source>
        <translation>Sans MTA-STS (ni DANE), STARTTLS est opportuniste&#xa0;: les expéditeurs acceptent n&apos;importe quel certificat et continuent en clair si STARTTLS est absent. Publiez une politique en mode testing, surveillez les rapports TLS-RPT, puis passez en mode enforce.</translation>
    </message>
    <message>
        <source>A record points to a policy that senders cannot use; until it is fixed, senders that have no cached policy deliver without protection.</source>
        <translation>Un enregistrement renvoie à une politique que les expéditeurs ne peuvent pas utiliser&#xa0;; tant que ce n&apos;est pas corrigé, les expéditeurs qui n&apos;ont pas de politique en cache livrent sans protection.</translation>
    </message>
    <message>
        <source>Add an mx line for this host (or a wildcard that covers it) to the policy and change the id of the _mta-sts record so that senders refetch it.</source>
        <translation>Ajoutez à la politique une ligne mx pour ce serveur (ou un joker qui le couvre) et changez l&apos;id de l&apos;enregistrement _mta-sts pour que les expéditeurs la récupèrent à nouveau.</translation>
    </message>
    <message>
        <source>In enforce mode senders deliver only over TLS with a certificate that is trusted, current and valid for the MX name. Fix the certificate or STARTTLS of this host before enforcing.</source>
        <translation>En mode enforce, les expéditeurs ne livrent qu&apos;en TLS, avec un certificat de confiance, en cours de validité et valide pour le nom du MX. Corrigez le certificat ou STARTTLS sur ce serveur avant de passer en mode enforce.</translation>
    </message>
    <message>
        <source>Check that the host accepts connections on port 25 from the internet (firewall, listening address) and answers with a 220 greeting.</source>
        <translation>Vérifiez que le serveur accepte les connexions sur le port 25 depuis Internet (pare-feu, adresse d&apos;écoute) et qu&apos;il répond par une bannière 220.</translation>
    </message>
    <message>
        <source>Signing the zone with DNSSEC protects the MX records themselves and allows DANE for the MX hosts.</source>
        <translation>Signer la zone avec DNSSEC protège les enregistrements MX eux-mêmes et permet d&apos;utiliser DANE pour les serveurs MX.</translation>
    </message>
    <message>
        <source>DNS answers that fail (SERVFAIL, bogus signatures) stop delivery by validating senders. Check the delegation, the DS record at the parent and the signatures&apos; expiry.</source>
        <translation>Les réponses DNS en échec (SERVFAIL, signatures invalides) bloquent la livraison par les expéditeurs qui valident DNSSEC. Vérifiez la délégation, l&apos;enregistrement DS dans la zone parente et l&apos;expiration des signatures.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the MX (for Postfix: smtpd_tls_security_level = may with smtpd_tls_chain_files) and check that nothing in front of it (a firewall&apos;s SMTP inspection) removes the STARTTLS keyword.</source>
        <translation>Activez STARTTLS sur le MX (pour Postfix&#xa0;: smtpd_tls_security_level = may avec smtpd_tls_chain_files) et vérifiez que rien en amont (l&apos;inspection SMTP d&apos;un pare-feu, par exemple) ne supprime le mot-clé STARTTLS.</translation>
    </message>
    <message>
        <source>The TLS session after STARTTLS failed or was weak. Check the server&apos;s TLS configuration: protocol versions (TLS 1.2 or later), key and certificate files, and that the full chain is served.</source>
        <translation>La session TLS après STARTTLS a échoué ou était faible. Vérifiez la configuration TLS du serveur&#xa0;: versions du protocole (TLS 1.2 ou ultérieure), fichiers de clé et de certificat, et envoi de la chaîne complète.</translation>
    </message>
    <message>
        <source>The SMTP dialogue did not go as RFC 5321 requires; senders may defer or give up. Check the server&apos;s logs for the session.</source>
        <translation>Le dialogue SMTP ne s&apos;est pas déroulé comme l&apos;exige la RFC 5321&#xa0;; les expéditeurs peuvent différer l&apos;envoi ou abandonner. Consultez les journaux du serveur pour cette session.</translation>
    </message>
    <message>
        <source>Senders that validate (MTA-STS enforce, DANE) refuse such a certificate; the others cannot tell it from an attacker&apos;s. Issue a certificate from a public CA for every MX name, e.g. with ACME, and renew it automatically.</source>
        <translation>Les expéditeurs qui valident (MTA-STS en mode enforce, DANE) refusent un tel certificat&#xa0;; les autres ne peuvent pas le distinguer de celui d&apos;un attaquant. Faites émettre par une AC publique un certificat pour chaque nom de MX, par exemple avec ACME, et renouvelez-le automatiquement.</translation>
    </message>
    <message>
        <source>The server must send its certificate followed by every intermediate up to (not including) a root that senders trust.</source>
        <translation>Le serveur doit envoyer son certificat suivi de tous les certificats intermédiaires jusqu&apos;à une racine à laquelle les expéditeurs font confiance (racine non comprise).</translation>
    </message>
    <message>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; at _smtp._tls.&lt;domain&gt; to receive daily reports of failed TLS sessions, and open them with StsScope.</source>
        <translation>Publiez «&#xa0;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domaine&gt;&#xa0;» sur _smtp._tls.&lt;domaine&gt; pour recevoir chaque jour des rapports sur les sessions TLS en échec, et ouvrez-les avec StsScope.</translation>
    </message>
    <message>
        <source>Each rua entry is a mailto: or https: URI that accepts reports.</source>
        <translation>Chaque entrée rua est une URI mailto: ou https: qui accepte des rapports.</translation>
    </message>
    <message>
        <source>STARTTLS downgrade: an attacker on the network path can remove STARTTLS from the server&apos;s reply, and senders fall back to clear text.</source>
        <translation>Connexion dégradée forcée (STARTTLS)&#xa0;: un attaquant sur le chemin réseau peut supprimer STARTTLS de la réponse du serveur, et les expéditeurs se rabattent sur une connexion en clair.</translation>
    </message>
    <message>
        <source>Man-in-the-middle: an attacker can present any certificate, and senders that cannot require a valid one deliver to the attacker.</source>
        <translation>Attaque de l&apos;homme du milieu&#xa0;: un attaquant peut présenter n&apos;importe quel certificat, et les expéditeurs qui ne peuvent pas en exiger un valide livrent le courrier à l&apos;attaquant.</translation>
    </message>
    <message>
        <source>DNS spoofing: forged MX answers can send mail to an attacker&apos;s server until a policy is cached.</source>
        <translation>Usurpation DNS&#xa0;: de fausses réponses MX peuvent envoyer le courrier vers le serveur d&apos;un attaquant tant qu&apos;aucune politique n&apos;est en cache.</translation>
    </message>
    <message>
        <source>Mail loss: senders that follow the standards stop delivering to this host.</source>
        <translation>Perte de courrier&#xa0;: les expéditeurs qui respectent les normes cessent de livrer à ce serveur.</translation>
    </message>
    <message>
        <source>Blindness: failed deliveries and attacks are not reported to you.</source>
        <translation>Absence de visibilité&#xa0;: les livraisons en échec et les attaques ne vous sont pas signalées.</translation>
    </message>
    <message>
        <source>Publish the host&apos;s public address in its A and AAAA records; a split-horizon DNS may be answering with the internal one.</source>
        <translation>Publiez l&apos;adresse publique de l&apos;hôte dans ses enregistrements A et AAAA ; un DNS à horizon partagé répond peut-être avec l&apos;adresse interne.</translation>
    </message>
    <message>
        <source>Nothing to fix on the domain: check again from a network that can reach the MX on port 25 (and over IPv6 where it has IPv6 addresses).</source>
        <translation>Rien à corriger sur le domaine : revérifiez depuis un réseau qui atteint le MX sur le port 25 (et en IPv6 s&apos;il a des adresses IPv6).</translation>
    </message>
    <message>
        <source>Remove MX records of hosts that no longer receive mail; the hosts past the cap were not checked.</source>
        <translation>Supprimez les enregistrements MX des hôtes qui ne reçoivent plus de courrier ; les hôtes au-delà de la limite n&apos;ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>Senders that validate DANE (Postfix, Exim, Microsoft 365 and others) deliver to an MX with DNSSEC-signed TLSA records only when a record matches the certificate it presents. Publish &quot;3 1 1&quot; records for the key in use and the next one, keep the zone&apos;s DNSSEC valid, and after a key change update the records first and wait for their TTL.</source>
        <translation>Les expéditeurs qui valident DANE (Postfix, Exim, Microsoft 365 et d&apos;autres) ne livrent à un MX doté d&apos;enregistrements TLSA signés par DNSSEC que si un enregistrement correspond au certificat présenté. Publiez des enregistrements « 3 1 1 » pour la clé en service et la suivante, gardez le DNSSEC de la zone valide et, lors d&apos;un changement de clé, mettez d&apos;abord les enregistrements à jour puis attendez leur TTL.</translation>
    </message>
    <message>
        <source>DANE needs the TLSA records signed: sign the zone of the MX host with DNSSEC and publish its DS record at the parent.</source>
        <translation>DANE exige des enregistrements TLSA signés : signez la zone du serveur MX avec DNSSEC et publiez son enregistrement DS dans la zone parente.</translation>
    </message>
    <message>
        <source>For SMTP only DANE-TA(2) and DANE-EE(3) records count. Replace the records with &quot;3 1 1&quot; records of the server&apos;s public key (the current and the next).</source>
        <translation>Pour SMTP, seuls les enregistrements DANE-TA(2) et DANE-EE(3) comptent. Remplacez-les par des enregistrements « 3 1 1 » de la clé publique du serveur (l&apos;actuelle et la suivante).</translation>
    </message>
    <message>
        <source>Nothing on the domain: check again from a network whose resolver passes DNSSEC, or that lets StsScope ask the root servers itself.</source>
        <translation>Rien à corriger sur le domaine : vérifiez de nouveau depuis un réseau dont le résolveur laisse passer DNSSEC, ou qui permet à StsScope d&apos;interroger lui-même les serveurs racine.</translation>
    </message>
    <message>
        <source>DANE starts at the domain&apos;s MX records: only when they are DNSSEC-signed can a sender trust the MX host names whose TLSA records it then looks up. Sign the domain&apos;s zone (and publish its DS record at the parent); until then, MTA-STS is what protects mail to it.</source>
        <translation>DANE commence par les enregistrements MX du domaine&#xa0;: un expéditeur ne peut se fier aux noms des serveurs MX dont il consulte ensuite les enregistrements TLSA que s&apos;ils sont signés DNSSEC. Signez la zone du domaine (et publiez son enregistrement DS dans la zone parente)&#xa0;; d&apos;ici là, c&apos;est MTA-STS qui protège le courrier qui lui est destiné.</translation>
    </message>
    <message>
        <source>DANE protects mail from senders that validate DNSSEC and TLSA records; many large senders implement only MTA-STS, and to them STARTTLS stays opportunistic. Publish an MTA-STS policy as well (RFC 8461 §2: a sender that does both uses DANE), in testing mode first, then enforce.</source>
        <translation>DANE protège le courrier envoyé par les expéditeurs qui valident DNSSEC et les enregistrements TLSA&#xa0;; de nombreux grands expéditeurs n&apos;implémentent que MTA-STS, et pour eux STARTTLS reste opportuniste. Publiez aussi une politique MTA-STS (RFC 8461 §2&#xa0;: un expéditeur qui gère les deux utilise DANE), d&apos;abord en mode testing, puis en mode enforce.</translation>
    </message>
    <message>
        <source>Senders fetch the policy again only when the id in the _mta-sts TXT record changes. Publish a new id (e.g. the date and time, 20260301120000) every time the policy file changes.</source>
        <translation>Les expéditeurs ne récupèrent à nouveau la politique que lorsque l&apos;id de l&apos;enregistrement TXT _mta-sts change. Publiez un nouvel id (par exemple la date et l&apos;heure, 20260301120000) à chaque modification du fichier de politique.</translation>
    </message>
    <message>
        <source>The published policy protects less than it did. If that was not intended, restore the policy file (mode enforce, the max_age you had) and change the id.</source>
        <translation>La politique publiée protège moins qu&apos;auparavant. Si ce n&apos;était pas voulu, restaurez le fichier de politique (mode enforce, le max_age d&apos;origine) et changez l&apos;id.</translation>
    </message>
    <message>
        <source>Every MX host must match an mx line of an enforce policy. Add the host (or a wildcard covering it) to the policy first, change the id, wait for the old max_age, and only then publish the MX record.</source>
        <translation>Chaque serveur MX doit correspondre à une ligne mx d&apos;une politique en mode enforce. Ajoutez d&apos;abord l&apos;hôte (ou un joker qui le couvre) à la politique, changez l&apos;id, attendez l&apos;ancien max_age, et publiez seulement ensuite l&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>Renew the certificate well before it expires, automatically (ACME), with every name the host serves, and check the renewal from outside.</source>
        <translation>Renouvelez le certificat bien avant son expiration, automatiquement (ACME), avec tous les noms que sert l&apos;hôte, et vérifiez le renouvellement depuis l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Turn STARTTLS back on (for Postfix: smtpd_tls_security_level = may with a certificate) and check that nothing in front of the server removes it.</source>
        <translation>Réactivez STARTTLS (pour Postfix&#xa0;: smtpd_tls_security_level = may avec un certificat) et vérifiez que rien devant le serveur ne le supprime.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration after the last change: the key and certificate files, the protocol versions and the ciphers it accepts.</source>
        <translation>Vérifiez la configuration TLS du serveur depuis la dernière modification&#xa0;: les fichiers de clé et de certificat, les versions de protocole et les suites de chiffrement acceptées.</translation>
    </message>
    <message>
        <source>Something that worked at the last check does not now. The check&apos;s own findings name the cause; if it was a passing outage, the next check says so.</source>
        <translation>Quelque chose qui fonctionnait lors de la dernière vérification ne fonctionne plus. Les constats de la vérification elle-même en indiquent la cause&#xa0;; s&apos;il s&apos;agissait d&apos;une panne passagère, la prochaine vérification le montrera.</translation>
    </message>
    <message>
        <source>After a key or certificate change, publish the TLSA record of the new key before it is used, wait for the record&apos;s TTL, then switch.</source>
        <translation>Après un changement de clé ou de certificat, publiez l&apos;enregistrement TLSA de la nouvelle clé avant qu&apos;elle ne soit utilisée, attendez le TTL de l&apos;enregistrement, puis basculez.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The %1 lookup for %2 failed: %3.</source>
        <translation>La requête %1 pour %2 a échoué&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures for %1 do not validate (%2); validating senders cannot resolve it at all.</source>
        <translation>Les signatures DNSSEC de %1 ne sont pas valides (%2)&#xa0;; les expéditeurs qui valident DNSSEC ne peuvent pas du tout le résoudre.</translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-signed; MTA-STS protects against their spoofing only once a policy is cached, and DANE is not possible.</source>
        <translation>Les enregistrements MX de %1 ne sont pas signés avec DNSSEC&#xa0;; MTA-STS ne protège contre leur usurpation qu&apos;une fois la politique en cache, et DANE n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>The domain has no MX host to deliver to.</source>
        <translation>Le domaine n&apos;a aucun serveur MX vers lequel livrer.</translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation>Le domaine publie un MX nul&#xa0;: il n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <source>The domain has no MX record; senders deliver to its own address. Publish an MX record so that a policy can name the host.</source>
        <translation>Le domaine n&apos;a pas d&apos;enregistrement MX&#xa0;; les expéditeurs livrent à l&apos;adresse du domaine lui-même. Publiez un enregistrement MX pour que la politique puisse désigner le serveur.</translation>
    </message>
    <message>
        <source>The MX host %1 has no address (A: %2, AAAA: %3).</source>
        <translation>Le serveur MX %1 n&apos;a pas d&apos;adresse (A&#xa0;: %2, AAAA&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; in enforce mode senders do not deliver to it. Add &quot;mx: %1&quot; (or a wildcard covering it) to the policy and change the id.</source>
        <translation>Le serveur MX %1 ne correspond à aucun motif mx de la politique&#xa0;; en mode enforce, les expéditeurs ne lui livrent pas le courrier. Ajoutez «&#xa0;mx: %1&#xa0;» (ou un joker qui le couvre) à la politique et changez l&apos;id.</translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; senders report this and would refuse it in enforce mode. Add it to the policy before enforcing.</source>
        <translation>Le serveur MX %1 ne correspond à aucun motif mx de la politique&#xa0;; les expéditeurs le signalent et le refuseraient en mode enforce. Ajoutez-le à la politique avant de passer en mode enforce.</translation>
    </message>
    <message>
        <source>No address of the MX host %1 completed an SMTP session; senders cannot deliver to it.</source>
        <translation>Aucune adresse du serveur MX %1 n&apos;a mené une session SMTP à son terme&#xa0;; les expéditeurs ne peuvent pas lui livrer le courrier.</translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); in enforce mode senders do not deliver to it.</source>
        <translation>Le serveur MX %1 échoue à la validation MTA-STS (%2)&#xa0;; en mode enforce, les expéditeurs ne lui livrent pas le courrier.</translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); senders still deliver in testing mode and report it, but enforce mode would stop mail to it.</source>
        <translation>Le serveur MX %1 échoue à la validation MTA-STS (%2)&#xa0;; en mode testing, les expéditeurs livrent quand même et le signalent, mais le mode enforce bloquerait le courrier à destination de ce serveur.</translation>
    </message>
    <message>
        <source>An _mta-sts record is published but senders cannot use the policy (%1); mail is delivered without MTA-STS protection.</source>
        <translation>Un enregistrement _mta-sts est publié, mais les expéditeurs ne peuvent pas utiliser la politique (%1)&#xa0;; le courrier est livré sans la protection de MTA-STS.</translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy: an attacker on the path can strip STARTTLS or present any certificate, and senders deliver anyway.</source>
        <translation>Le domaine n&apos;a pas de politique MTA-STS&#xa0;: un attaquant placé sur le chemin peut supprimer STARTTLS ou présenter n&apos;importe quel certificat, et les expéditeurs livrent quand même.</translation>
    </message>
    <message>
        <source>A policy file is served at %1, but no valid _mta-sts TXT record points to it, so senders never fetch it.</source>
        <translation>Un fichier de politique est servi à l&apos;adresse %1, mais aucun enregistrement TXT _mta-sts valide n&apos;y renvoie&#xa0;; les expéditeurs ne le récupèrent donc jamais.</translation>
    </message>
    <message>
        <source>The check was cancelled; the results are incomplete.</source>
        <translation>La vérification a été annulée&#xa0;; les résultats sont incomplets.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>le nom dépasse 253 caractères</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>il contient un label vide</translation>
    </message>
    <message>
        <source>a label is longer than 63 characters</source>
        <translation>un label dépasse 63 caractères</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; has characters other than letters, digits and hyphens</source>
        <translation>le label «&#xa0;%1&#xa0;» contient des caractères autres que des lettres, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>le label «&#xa0;%1&#xa0;» commence ou se termine par un tiret</translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=STSv1;&quot;: senders treat the domain as having no MTA-STS policy.</source>
        <translation>Aucun enregistrement TXT ne commence par «&#xa0;v=STSv1;&#xa0;»&#xa0;: les expéditeurs considèrent que le domaine n&apos;a pas de politique MTA-STS.</translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=STSv1;&quot;; senders discard them all and treat the domain as having no MTA-STS policy. Publish exactly one.</source>
        <translation>%1 enregistrements TXT commencent par «&#xa0;v=STSv1;&#xa0;»&#xa0;; les expéditeurs les ignorent tous et considèrent que le domaine n&apos;a pas de politique MTA-STS. Publiez-en exactement un.</translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=STSv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation>Un enregistrement TXT qui ne commence pas par «&#xa0;v=STSv1;&#xa0;» est ignoré&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This record looks like an MTA-STS record but does not start with exactly &quot;v=STSv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation>Cet enregistrement ressemble à un enregistrement MTA-STS mais ne commence pas exactement par «&#xa0;v=STSv1;&#xa0;» (sensible à la casse, en premier, suivi d&apos;un point-virgule)&#xa0;; les expéditeurs l&apos;ignorent donc&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=STSv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=STSv1;&quot; discard the record. Remove the space.</source>
        <translation>Des espaces entre «&#xa0;v=STSv1&#xa0;» et «&#xa0;;&#xa0;» sont permis par la grammaire, mais les expéditeurs qui cherchent le préfixe littéral «&#xa0;v=STSv1;&#xa0;» ignorent l&apos;enregistrement. Supprimez l&apos;espace.</translation>
    </message>
    <message>
        <source>The record consists of %1 character-strings; they are joined without spaces before parsing.</source>
        <translation>L&apos;enregistrement se compose de %1 chaînes de caractères (character-strings)&#xa0;; elles sont concaténées sans espace avant l&apos;analyse.</translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none.</source>
        <translation>L&apos;enregistrement contient des octets hors de l&apos;ASCII imprimable&#xa0;; la grammaire n&apos;en autorise aucun.</translation>
    </message>
    <message>
        <source>The record has an empty field (two semicolons in a row), which makes it syntactically invalid.</source>
        <translation>L&apos;enregistrement contient un champ vide (deux points-virgules à la suite), ce qui le rend syntaxiquement incorrect.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not of the form name=value; the record is syntactically invalid.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas de la forme nom=valeur&#xa0;; l&apos;enregistrement est syntaxiquement incorrect.</translation>
    </message>
    <message>
        <source>Field names are case-sensitive: senders read &quot;%1&quot; as an unknown field and ignore it. Write it in lower case.</source>
        <translation>Les noms de champ sont sensibles à la casse&#xa0;: les expéditeurs lisent «&#xa0;%1&#xa0;» comme un champ inconnu et l&apos;ignorent. Écrivez-le en minuscules.</translation>
    </message>
    <message>
        <source>The record has no &quot;id&quot; field; it is required.</source>
        <translation>L&apos;enregistrement n&apos;a pas de champ «&#xa0;id&#xa0;»&#xa0;; ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits (no dashes, dots, colons or spaces).</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il doit comporter de 1 à 32 lettres et chiffres (ni tirets, ni points, ni deux-points, ni espaces).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is %2 characters long; at most 32 are allowed.</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» fait %2 caractères&#xa0;; 32 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either value. Keep one.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» apparaît plusieurs fois&#xa0;; les expéditeurs peuvent lire l&apos;une ou l&apos;autre valeur. N&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <source>The extension field &quot;%1&quot; does not follow the grammar (name: letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, at most 32; value: printable ASCII without &quot;;&quot;, &quot;=&quot; or spaces); the record is syntactically invalid.</source>
        <translation>Le champ d&apos;extension «&#xa0;%1&#xa0;» ne respecte pas la grammaire (nom&#xa0;: lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;-&#xa0;», «&#xa0;.&#xa0;», 32 au maximum&#xa0;; valeur&#xa0;: ASCII imprimable sans «&#xa0;;&#xa0;», «&#xa0;=&#xa0;» ni espace)&#xa0;; l&apos;enregistrement est syntaxiquement incorrect.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored by senders.</source>
        <translation>Le champ inconnu «&#xa0;%1&#xa0;» est ignoré par les expéditeurs.</translation>
    </message>
    <message>
        <source>Valid MTA-STS record with id &quot;%1&quot;.</source>
        <translation>Enregistrement MTA-STS valide avec l&apos;id «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation>La politique est vide.</translation>
    </message>
    <message>
        <source>The policy is %1 bytes long; senders reject policies over 65536 bytes (64 KiB).</source>
        <translation>La politique fait %1 octets&#xa0;; les expéditeurs rejettent les politiques de plus de 65536 octets (64 Kio).</translation>
    </message>
    <message>
        <source>The policy starts with a UTF-8 byte order mark, so its first key is not read as &quot;version&quot;. Save the file without BOM.</source>
        <translation>La politique commence par un BOM UTF-8 (indicateur d&apos;ordre des octets)&#xa0;; sa première clé n&apos;est donc pas lue comme «&#xa0;version&#xa0;». Enregistrez le fichier sans BOM.</translation>
    </message>
    <message>
        <source>The line contains a control character (byte %1) that the policy grammar does not allow.</source>
        <translation>La ligne contient un caractère de contrôle (octet %1) que la grammaire de la politique n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>Lines end with a bare CR; only LF and CRLF separate lines, so the whole policy reads as one line.</source>
        <translation>Les lignes se terminent par un CR seul&#xa0;; seuls LF et CRLF séparent les lignes, la politique entière se lit donc comme une seule ligne.</translation>
    </message>
    <message>
        <source>The policy mixes LF and CRLF line endings; both are allowed, but one style is easier to maintain.</source>
        <translation>La politique mélange des fins de ligne LF et CRLF&#xa0;; les deux sont autorisées, mais un style unique est plus facile à maintenir.</translation>
    </message>
    <message>
        <source>The line starts with whitespace; the grammar does not allow it and strict senders reject the policy.</source>
        <translation>La ligne commence par un espace&#xa0;; la grammaire ne l&apos;autorise pas et les expéditeurs stricts rejettent la politique.</translation>
    </message>
    <message>
        <source>Whitespace between the key &quot;%1&quot; and the colon; the grammar does not allow it and strict senders reject the policy.</source>
        <translation>Espace entre la clé «&#xa0;%1&#xa0;» et le deux-points&#xa0;; la grammaire ne l&apos;autorise pas et les expéditeurs stricts rejettent la politique.</translation>
    </message>
    <message>
        <source>The line is not of the form &quot;key: value&quot;: &quot;%1&quot;.</source>
        <translation>La ligne n&apos;est pas de la forme «&#xa0;clé: valeur&#xa0;»&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: &quot;%1&quot; is not &quot;%2&quot; and is ignored as an unknown key.</source>
        <translation>Les clés sont sensibles à la casse&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas «&#xa0;%2&#xa0;» et est ignorée comme clé inconnue.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; is ignored by senders.</source>
        <translation>La clé inconnue «&#xa0;%1&#xa0;» est ignorée par les expéditeurs.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears again; senders use the first value (&quot;%2&quot;) and ignore this one (&quot;%3&quot;).</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît de nouveau&#xa0;; les expéditeurs utilisent la première valeur («&#xa0;%2&#xa0;») et ignorent celle-ci («&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing; senders treat the policy as invalid.</source>
        <translation>La clé obligatoire «&#xa0;%1&#xa0;» est absente&#xa0;; les expéditeurs considèrent la politique comme non valide.</translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; it must be &quot;STSv1&quot;.</source>
        <translation>La version est «&#xa0;%1&#xa0;»&#xa0;; elle doit être «&#xa0;STSv1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not the first line; the order of keys does not matter to senders, but it is customary to start with it.</source>
        <translation>«&#xa0;version&#xa0;» n&apos;est pas la première ligne&#xa0;; l&apos;ordre des clés est sans importance pour les expéditeurs, mais il est d&apos;usage de commencer par elle.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is invalid; it must be &quot;enforce&quot;, &quot;testing&quot; or &quot;none&quot; (lower case).</source>
        <translation>Le mode «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; il doit valoir «&#xa0;enforce&#xa0;», «&#xa0;testing&#xa0;» ou «&#xa0;none&#xa0;» (en minuscules).</translation>
    </message>
    <message>
        <source>The max_age &quot;%1&quot; is not a whole number of seconds (1 to 10 digits).</source>
        <translation>La valeur max_age «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de secondes (1 à 10 chiffres).</translation>
    </message>
    <message>
        <source>The max_age %1 exceeds the maximum of 31557600 seconds (one year).</source>
        <translation>La valeur max_age %1 dépasse le maximum de 31557600 secondes (un an).</translation>
    </message>
    <message>
        <source>The max_age of %1 seconds is shorter than a day; senders refetch the policy often and an attacker who blocks the fetch can strip it quickly. Use at least 86400, and weeks (604800 or more) in enforce mode.</source>
        <translation>Un max_age de %1 secondes est inférieur à un jour&#xa0;; les expéditeurs récupèrent souvent la politique, et un attaquant qui bloque la récupération peut rapidement la faire disparaître. Utilisez au moins 86400, et plusieurs semaines (604800 ou plus) en mode enforce.</translation>
    </message>
    <message>
        <source>The policy in mode &quot;%1&quot; lists no &quot;mx&quot; pattern; no MX host can match it.</source>
        <translation>La politique en mode «&#xa0;%1&#xa0;» ne contient aucun motif «&#xa0;mx&#xa0;»&#xa0;; aucun serveur MX ne peut y correspondre.</translation>
    </message>
    <message>
        <source>The policy in mode &quot;none&quot; lists no &quot;mx&quot; pattern. RFC 8461 allows this in mode none, but some parsers require an mx line in every mode and reject the policy; adding one is harmless.</source>
        <translation>La politique en mode «&#xa0;none&#xa0;» ne contient aucun motif «&#xa0;mx&#xa0;». La RFC 8461 l&apos;autorise en mode none, mais certains analyseurs exigent une ligne mx quel que soit le mode et rejettent la politique&#xa0;; en ajouter une est sans risque.</translation>
    </message>
    <message>
        <source>An &quot;mx&quot; line has no value.</source>
        <translation>Une ligne «&#xa0;mx&#xa0;» n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Mode &quot;none&quot;: senders drop any earlier policy and deliver opportunistically. This is how a domain withdraws MTA-STS.</source>
        <translation>Mode «&#xa0;none&#xa0;»&#xa0;: les expéditeurs abandonnent toute politique antérieure et livrent de manière opportuniste. C&apos;est ainsi qu&apos;un domaine retire MTA-STS.</translation>
    </message>
    <message>
        <source>Mode &quot;testing&quot;: senders report failures (TLS-RPT) but still deliver over unauthenticated or plain connections. Switch to &quot;enforce&quot; once reports show no failures.</source>
        <translation>Mode «&#xa0;testing&#xa0;»&#xa0;: les expéditeurs signalent les échecs (TLS-RPT) mais livrent quand même sur des connexions non authentifiées ou en clair. Passez à «&#xa0;enforce&#xa0;» lorsque les rapports ne montrent plus d&apos;échec.</translation>
    </message>
    <message>
        <source>Valid policy: mode %1, max_age %2, %3 mx pattern(s).</source>
        <translation>Politique valide&#xa0;: mode %1, max_age %2, %3 motif(s) mx.</translation>
    </message>
    <message>
        <source>The mx pattern is empty.</source>
        <translation>Le motif mx est vide.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is not a valid host name: %2</source>
        <translation>Le motif mx «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; has a wildcard that is not the whole leftmost label followed by &quot;.&quot;; only &quot;*.domain&quot; is allowed.</source>
        <translation>Le motif mx «&#xa0;%1&#xa0;» contient un joker qui n&apos;occupe pas à lui seul le label le plus à gauche suivi d&apos;un «&#xa0;.&#xa0;»&#xa0;; seul «&#xa0;*.domaine&#xa0;» est autorisé.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; covers every host directly under a top-level domain; it protects nothing.</source>
        <translation>Le motif mx «&#xa0;%1&#xa0;» couvre tous les hôtes situés directement sous un domaine de premier niveau&#xa0;; il ne protège rien.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; ends with a dot; it is compared without it, but not every sender strips it. Write the name without the final dot.</source>
        <translation>Le motif mx «&#xa0;%1&#xa0;» se termine par un point&#xa0;; il est comparé sans ce point, mais tous les expéditeurs ne le suppriment pas. Écrivez le nom sans le point final.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is written in Unicode; the grammar expects A-labels. Write &quot;%2&quot;.</source>
        <translation>Le motif mx «&#xa0;%1&#xa0;» est écrit en Unicode&#xa0;; la grammaire attend des A-labels. Écrivez «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is an IP address; MX records and patterns name hosts, and certificates are checked against host names.</source>
        <translation>Le motif mx «&#xa0;%1&#xa0;» est une adresse IP&#xa0;; les enregistrements MX et les motifs désignent des hôtes, et les certificats sont vérifiés par rapport à des noms d&apos;hôte.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name: %2</source>
        <translation>Le domaine «&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds; %1 is out of range.</source>
        <translation>max_age doit être compris entre 0 et 31557600 secondes&#xa0;; %1 est hors limites.</translation>
    </message>
    <message>
        <source>A policy in mode &quot;%1&quot; needs at least one mx pattern.</source>
        <translation>Une politique en mode «&#xa0;%1&#xa0;» nécessite au moins un motif mx.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits.</source>
        <translation>L&apos;id «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: il doit comporter de 1 à 32 lettres et chiffres.</translation>
    </message>
    <message>
        <source>The generated %1 does not pass its own check (%2); please report this as a bug.</source>
        <translation>L&apos;élément généré %1 ne passe pas sa propre vérification (%2)&#xa0;; veuillez signaler ce bogue.</translation>
    </message>
    <message>
        <source>The policy host %1 has no address (%2): senders cannot fetch the policy and treat the domain as having none. Publish an A or AAAA record for it.</source>
        <translation>L&apos;hôte de la politique %1 n&apos;a pas d&apos;adresse (%2)&#xa0;: les expéditeurs ne peuvent pas récupérer la politique et considèrent que le domaine n&apos;en a pas. Publiez un enregistrement A ou AAAA pour cet hôte.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port 443: %2.</source>
        <translation>Impossible de se connecter à %1 sur le port 443&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>La négociation TLS avec %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is not valid for %1 (%2); senders refuse the policy (TLS-RPT: sts-webpki-invalid).</source>
        <translation>Le certificat de l&apos;hôte de la politique n&apos;est pas valide pour %1 (%2)&#xa0;; les expéditeurs refusent la politique (TLS-RPT&#xa0;: sts-webpki-invalid).</translation>
    </message>
    <message>
        <source>The policy fetch from %1 did not complete within %2 s; senders give up as well.</source>
        <translation>La récupération de la politique depuis %1 ne s&apos;est pas terminée en %2 s&#xa0;; les expéditeurs abandonnent eux aussi.</translation>
    </message>
    <message>
        <source>The HTTP response from %1 is malformed: %2.</source>
        <translation>La réponse HTTP de %1 est mal formée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The policy URL answers with a redirect (HTTP %1 to %2); senders must not follow redirects. Serve the file directly at /.well-known/mta-sts.txt.</source>
        <translation>L&apos;URL de la politique répond par une redirection (HTTP %1 vers %2)&#xa0;; les expéditeurs ne doivent pas suivre les redirections. Servez le fichier directement à l&apos;adresse /.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>The policy URL answers HTTP %1 %2 instead of 200.</source>
        <translation>L&apos;URL de la politique répond HTTP %1 %2 au lieu de 200.</translation>
    </message>
    <message>
        <source>The policy is served as &quot;%1&quot;; it must be text/plain, and senders reject other types.</source>
        <translation>La politique est servie avec le type «&#xa0;%1&#xa0;»&#xa0;; elle doit l&apos;être en text/plain, et les expéditeurs rejettent les autres types.</translation>
    </message>
    <message>
        <source>The policy body is larger than 64 KiB; senders stop reading and reject it.</source>
        <translation>Le corps de la politique dépasse 64 Kio&#xa0;; les expéditeurs arrêtent la lecture et la rejettent.</translation>
    </message>
    <message>
        <source>Policy fetched from %1 (%2) in %3 ms.</source>
        <translation>Politique récupérée depuis %1 (%2) en %3 ms.</translation>
    </message>
    <message>
        <source>it is not a valid internationalized name</source>
        <translation>ce n&apos;est pas un nom internationalisé valide</translation>
    </message>
    <message>
        <source>The connection to %1 port %2 was refused: nothing accepts mail there.</source>
        <translation>La connexion à %1 sur le port %2 a été refusée&#xa0;: rien n&apos;y accepte de courrier.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2 within %3 s: the address does not answer (a firewall may drop the packets).</source>
        <translation>Pas de connexion à %1 sur le port %2 en %3 s&#xa0;: l&apos;adresse ne répond pas (un pare-feu bloque peut-être les paquets sans réponse).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Impossible de se connecter à %1 sur le port %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No complete greeting within %1 s (%2 bytes received so far). Senders give up on servers that are this slow to greet.</source>
        <translation>Pas de bannière complète en %1 s (%2 octets reçus jusqu&apos;ici). Les expéditeurs abandonnent face à des serveurs aussi lents à envoyer leur bannière.</translation>
    </message>
    <message>
        <source>The server greets with %1 instead of 220 (&quot;%2&quot;): it refuses the session, and senders cannot deliver here.</source>
        <translation>Le serveur envoie une bannière %1 au lieu de 220 («&#xa0;%2&#xa0;»)&#xa0;: il refuse la session, et les expéditeurs ne peuvent pas livrer ici.</translation>
    </message>
    <message>
        <source>The greeting is not an SMTP reply: %1. Senders cannot talk to this server.</source>
        <translation>La bannière n&apos;est pas une réponse SMTP&#xa0;: %1. Les expéditeurs ne peuvent pas dialoguer avec ce serveur.</translation>
    </message>
    <message>
        <source>The greeting is too large: %1. StsScope stops reading there, as senders do.</source>
        <translation>La bannière est trop longue&#xa0;: %1. StsScope arrête la lecture à cet endroit, comme les expéditeurs.</translation>
    </message>
    <message>
        <source>The server sent a reply before StsScope sent %1, when no command had asked for one (&quot;%2&quot;). A client could take it for the answer to its next command.</source>
        <translation>Le serveur a envoyé une réponse avant que StsScope n&apos;envoie %1, alors qu&apos;aucune commande n&apos;en demandait («&#xa0;%2&#xa0;»). Un client pourrait la prendre pour la réponse à sa commande suivante.</translation>
    </message>
    <message>
        <source>The SMTP session did not finish within %1 s; it was stopped at step %2.</source>
        <translation>La session SMTP ne s&apos;est pas terminée en %1 s&#xa0;; elle a été interrompue à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>The SMTP session was cancelled at step %1.</source>
        <translation>La session SMTP a été annulée à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>The server answers EHLO with %1 (&quot;%2&quot;); without EHLO there is no STARTTLS.</source>
        <translation>Le serveur répond %1 à EHLO («&#xa0;%2&#xa0;»)&#xa0;; sans EHLO, pas de STARTTLS.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it travels in clear text, and senders that enforce MTA-STS do not deliver (TLS-RPT: starttls-not-supported).</source>
        <translation>Le serveur ne propose pas STARTTLS&#xa0;: le courrier qui lui est destiné circule en clair, et les expéditeurs qui appliquent MTA-STS en mode enforce ne livrent pas (TLS-RPT&#xa0;: starttls-not-supported).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but answers it with %1 (&quot;%2&quot;); senders fall back to clear text or, under an enforced policy, do not deliver.</source>
        <translation>Le serveur propose STARTTLS mais y répond %1 («&#xa0;%2&#xa0;»)&#xa0;; les expéditeurs se rabattent sur une connexion en clair ou, avec une politique en mode enforce, ne livrent pas.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes after its 220 reply to STARTTLS, before the TLS handshake; they were discarded, as clients must.</source>
        <translation>Le serveur a envoyé %1 octets après sa réponse 220 à STARTTLS, avant la négociation TLS&#xa0;; ils ont été ignorés, comme les clients doivent le faire.</translation>
    </message>
    <message>
        <source>The server accepted STARTTLS and then closed the connection before the TLS handshake completed (TLS-RPT: validation-failure).</source>
        <translation>Le serveur a accepté STARTTLS puis fermé la connexion avant la fin de la négociation TLS (TLS-RPT&#xa0;: validation-failure).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1 (TLS-RPT: validation-failure).</source>
        <translation>La négociation TLS a échoué&#xa0;: %1 (TLS-RPT&#xa0;: validation-failure).</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete within %1 s (TLS-RPT: validation-failure).</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s (TLS-RPT&#xa0;: validation-failure).</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.0 and 1.1 are deprecated. Enable TLS 1.2 and 1.3.</source>
        <translation>Le serveur a négocié %1&#xa0;; TLS 1.0 et 1.1 sont obsolètes. Activez TLS 1.2 et 1.3.</translation>
    </message>
    <message>
        <source>The certificate chain does not pass MTA-STS validation for %1 (TLS-RPT: %2); see the certificate findings.</source>
        <translation>La chaîne de certificats ne passe pas la validation MTA-STS pour %1 (TLS-RPT&#xa0;: %2)&#xa0;; voir les constats relatifs aux certificats.</translation>
    </message>
    <message>
        <source>The EHLO reply after the TLS handshake still offers STARTTLS; servers should not.</source>
        <translation>La réponse à EHLO après la négociation TLS propose encore STARTTLS&#xa0;; les serveurs ne devraient pas le faire.</translation>
    </message>
    <message>
        <source>STARTTLS with %1, cipher %2, key exchange %3.</source>
        <translation>STARTTLS avec %1, suite de chiffrement %2, échange de clés %3.</translation>
    </message>
    <message>
        <source>The certificate chain verifies to the trusted root &quot;%1&quot; and the name &quot;%2&quot; in the certificate matches %3.</source>
        <translation>La chaîne de certificats est validée jusqu&apos;à la racine de confiance «&#xa0;%1&#xa0;» et le nom «&#xa0;%2&#xa0;» du certificat correspond à %3.</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>Certificate %1 of the presented chain cannot be decoded.</source>
        <translation>Le certificat %1 de la chaîne présentée ne peut pas être décodé.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2; senders refuse it. Renew it and install the new certificate on the server.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a expiré le %2&#xa0;; les expéditeurs le refusent. Renouvelez-le et installez le nouveau certificat sur le serveur.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid only from %2; senders refuse it until then. Check the server&apos;s clock and the certificate&apos;s dates.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n&apos;est valide qu&apos;à partir du %2&#xa0;; d&apos;ici là, les expéditeurs le refusent. Vérifiez l&apos;horloge du serveur et les dates du certificat.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expires on %2, in %3 days. Renew it before then; check that automatic renewal works and reloads the mail server.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» expire le %2, dans %3 jours. Renouvelez-le d&apos;ici là&#xa0;; vérifiez que le renouvellement automatique fonctionne et qu&apos;il recharge le serveur de messagerie.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2. Add %1 to the certificate&apos;s subject alternative names.</source>
        <translation>Le certificat n&apos;est pas valide pour %1&#xa0;; il désigne %2. Ajoutez %1 aux noms alternatifs du sujet (SAN) du certificat.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is self-signed; MTA-STS requires a chain to a root that senders trust. Use a certificate from a public CA, e.g. through ACME.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» est auto-signé&#xa0;; MTA-STS exige une chaîne menant à une racine à laquelle les expéditeurs font confiance. Utilisez un certificat émis par une AC publique, par exemple via ACME.</translation>
    </message>
    <message>
        <source>The chain ends in &quot;%1&quot;, which is not a trusted root.</source>
        <translation>La chaîne se termine par «&#xa0;%1&#xa0;», qui n&apos;est pas une racine de confiance.</translation>
    </message>
    <message>
        <source>The server sends &quot;%1&quot; without the certificate of its issuer &quot;%2&quot;; senders do not fetch missing intermediates. Configure the full chain file (leaf first, then the intermediates).</source>
        <translation>Le serveur envoie «&#xa0;%1&#xa0;» sans le certificat de son émetteur «&#xa0;%2&#xa0;»&#xa0;; les expéditeurs ne vont pas chercher les intermédiaires manquants. Configurez le fichier de chaîne complète (certificat feuille d&apos;abord, puis les intermédiaires).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has a %2 key of %3 bits; senders with current defaults refuse keys below 2048 bits (RSA) or 224 bits (EC).</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a une clé %2 de %3 bits&#xa0;; avec leurs réglages par défaut actuels, les expéditeurs refusent les clés de moins de 2048 bits (RSA) ou de 224 bits (EC).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed with %2, which current senders no longer accept. Reissue it with SHA-256 or better.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» est signé avec %2, que les expéditeurs actuels n&apos;acceptent plus. Faites-le réémettre avec SHA-256 ou mieux.</translation>
    </message>
    <message>
        <source>Verification of &quot;%1&quot; failed: %2.</source>
        <translation>La vérification de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 could not be read as PEM certificates; it was ignored.</source>
        <translation>Le fichier d&apos;ancres de confiance %1 n&apos;a pas pu être lu comme des certificats PEM&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>The report is not valid JSON: %1 (at byte %2).</source>
        <translation>Le rapport n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels; a TLS-RPT report needs five. Refused as hostile or broken.</source>
        <translation>Le JSON est imbriqué sur plus de %1 niveaux&#xa0;; un rapport TLS-RPT en nécessite cinq. Refusé comme malveillant ou corrompu.</translation>
    </message>
    <message>
        <source>The JSON document is not an object, so it is not a TLS-RPT report.</source>
        <translation>Le document JSON n&apos;est pas un objet&#xa0;; ce n&apos;est donc pas un rapport TLS-RPT.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing, empty or not of the expected type (%2); the report cannot be counted.</source>
        <translation>Le champ obligatoire «&#xa0;%1&#xa0;» est absent, vide ou n&apos;est pas du type attendu (%2)&#xa0;; le rapport ne peut pas être comptabilisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The date range ends (%2) before it starts (%1).</source>
        <translation>La période se termine (%2) avant de commencer (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of sessions from 0 up, not %2; the report cannot be counted.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de sessions, à partir de 0, et non %2&#xa0;; le rapport ne peut pas être comptabilisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2; the report cannot be counted.</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2&#xa0;; le rapport ne peut pas être comptabilisé.</translation>
    </message>
    <message>
        <source>A failure detail (%1) has no result-type, so its failed sessions cannot be attributed.</source>
        <translation>Un détail d&apos;échec (%1) n&apos;a pas de result-type&#xa0;; ses sessions en échec ne peuvent donc pas être attribuées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone (&quot;%2&quot;), as Microsoft sends it; read as UTC.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de fuseau horaire («&#xa0;%2&#xa0;»), comme chez Microsoft&#xa0;; interprété comme UTC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time (&quot;%2&quot;); read as midnight UTC.</source>
        <translation>«&#xa0;%1&#xa0;» est une date sans heure («&#xa0;%2&#xa0;»)&#xa0;; interprété comme minuit UTC.</translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is null; the sender gave no contact.</source>
        <translation>«&#xa0;contact-info&#xa0;» vaut null&#xa0;; l&apos;expéditeur n&apos;a indiqué aucun contact.</translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is missing; the sender gave no contact.</source>
        <translation>«&#xa0;contact-info&#xa0;» est absent&#xa0;; l&apos;expéditeur n&apos;a indiqué aucun contact.</translation>
    </message>
    <message>
        <source>The report lists no policies, so it reports no sessions.</source>
        <translation>Le rapport ne contient aucune politique&#xa0;; il ne rend donc compte d&apos;aucune session.</translation>
    </message>
    <message>
        <source>%1: policy-type &quot;%2&quot; is none of sts, tlsa, no-policy-found; its sessions are counted under that name.</source>
        <translation>%1&#xa0;: le policy-type «&#xa0;%2&#xa0;» n&apos;est ni sts, ni tlsa, ni no-policy-found&#xa0;; ses sessions sont comptées sous ce nom.</translation>
    </message>
    <message>
        <source>%1 (%2) has no policy-domain; its sessions are counted without a domain.</source>
        <translation>%1 (%2) n&apos;a pas de policy-domain&#xa0;; ses sessions sont comptées sans domaine.</translation>
    </message>
    <message>
        <source>%1: policy-string holds one string that is itself a JSON list (as Microsoft sends TLSA records); read as %2 entries.</source>
        <translation>%1&#xa0;: policy-string contient une seule chaîne qui est elle-même une liste JSON (c&apos;est ainsi que Microsoft envoie les enregistrements TLSA)&#xa0;; interprété comme %2 entrées.</translation>
    </message>
    <message>
        <source>%1: policy-string is a single string, not a list; read as a list of one.</source>
        <translation>%1&#xa0;: policy-string est une chaîne unique, pas une liste&#xa0;; interprété comme une liste d&apos;un seul élément.</translation>
    </message>
    <message>
        <source>%1: mx-host is a single string, not a list (as in the RFC&apos;s own example); read as a list of one.</source>
        <translation>%1&#xa0;: mx-host est une chaîne unique, pas une liste (comme dans l&apos;exemple de la RFC elle-même)&#xa0;; interprété comme une liste d&apos;un seul élément.</translation>
    </message>
    <message>
        <source>%1: mx-host &quot;%2&quot; carries the policy&apos;s &quot;mx:&quot; key; read as &quot;%3&quot;.</source>
        <translation>%1&#xa0;: mx-host «&#xa0;%2&#xa0;» contient la clé «&#xa0;mx:&#xa0;» de la politique&#xa0;; interprété comme «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing; read as 0, as encoders that drop zero values mean it.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est absent&#xa0;; interprété comme 0, ce que veulent dire les encodeurs qui omettent les valeurs nulles.</translation>
    </message>
    <message>
        <source>%1: the failure details add up to %2 failed sessions, the summary says %3. Both numbers are kept; totals use the summary.</source>
        <translation>%1&#xa0;: les détails d&apos;échec totalisent %2 sessions en échec, le résumé en indique %3. Les deux nombres sont conservés&#xa0;; les totaux reprennent le résumé.</translation>
    </message>
    <message>
        <source>%1: result-type &quot;%2&quot; is not defined by RFC 8460; kept as written.</source>
        <translation>%1&#xa0;: le result-type «&#xa0;%2&#xa0;» n&apos;est pas défini par la RFC 8460&#xa0;; conservé tel quel.</translation>
    </message>
    <message>
        <source>%1: the failure detail names no sending-mta-ip.</source>
        <translation>%1&#xa0;: le détail d&apos;échec n&apos;indique pas de sending-mta-ip.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an empty string; read as absent.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est une chaîne vide&#xa0;; considéré comme absent.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;; kept as written.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IP&#xa0;: «&#xa0;%3&#xa0;»&#xa0;; conservé tel quel.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a name from a draft of RFC 8460; read as &quot;%3&quot;.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est un nom issu d&apos;une version préliminaire (draft) de la RFC 8460&#xa0;; interprété comme «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3; ignored.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas de type %3&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; is ignored.</source>
        <translation>%1&#xa0;: le champ inconnu «&#xa0;%2&#xa0;» est ignoré.</translation>
    </message>
    <message>
        <source>%1 (%2) carries no policy-string; the policy the sender saw is unknown.</source>
        <translation>%1 (%2) ne contient pas de policy-string&#xa0;; la politique vue par l&apos;expéditeur est inconnue.</translation>
    </message>
    <message>
        <source>The JSON starts with a byte order mark, which RFC 8259 forbids; skipped.</source>
        <translation>Le JSON commence par un BOM (indicateur d&apos;ordre des octets), ce que la RFC 8259 interdit&#xa0;; BOM ignoré.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is %1 bytes; files over %2 bytes are not read.</source>
        <translation>Le fichier fait %1 octets&#xa0;; les fichiers de plus de %2 octets ne sont pas lus.</translation>
    </message>
    <message>
        <source>The content is neither JSON, gzip, zip, an e-mail message nor an mbox file.</source>
        <translation>Le contenu n&apos;est ni du JSON, ni du gzip, ni une archive zip, ni un message électronique, ni un fichier mbox.</translation>
    </message>
    <message>
        <source>The report unpacks to more than %1 bytes; refused as a decompression bomb.</source>
        <translation>Le rapport se décompresse en plus de %1 octets&#xa0;; refusé comme bombe de décompression.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 bytes in all; the rest is not read.</source>
        <translation>Le fichier se décompresse en plus de %1 octets au total&#xa0;; le reste n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The data expands more than %1 times; refused as a decompression bomb.</source>
        <translation>Les données se décompressent avec un facteur supérieur à %1&#xa0;; refusées comme bombe de décompression.</translation>
    </message>
    <message>
        <source>The gzip data is damaged: %1</source>
        <translation>Les données gzip sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The gzip data ends before its end marker; the file is truncated.</source>
        <translation>Les données gzip s&apos;arrêtent avant leur marqueur de fin&#xa0;; le fichier est tronqué.</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the gzip data are ignored.</source>
        <translation>%1 octets après la fin des données gzip sont ignorés.</translation>
    </message>
    <message>
        <source>The zip archive cannot be read: %1</source>
        <translation>L&apos;archive zip ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The zip archive has %1 entries; archives with more than %2 are not read.</source>
        <translation>L&apos;archive zip contient %1 entrées&#xa0;; les archives de plus de %2 entrées ne sont pas lues.</translation>
    </message>
    <message>
        <source>The zip entry is encrypted and cannot be read.</source>
        <translation>L&apos;entrée zip est chiffrée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Archives and messages are nested more than %1 deep; the inner content is not read.</source>
        <translation>Les archives et messages sont imbriqués sur plus de %1 niveaux&#xa0;; le contenu intérieur n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The e-mail message cannot be parsed.</source>
        <translation>Le message électronique ne peut pas être analysé.</translation>
    </message>
    <message>
        <source>The message&apos;s MIME parts nest more than %1 deep; deeper parts are not read.</source>
        <translation>Les parties MIME du message sont imbriquées sur plus de %1 niveaux&#xa0;; les parties plus profondes ne sont pas lues.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is declared as %2 but holds neither JSON nor gzip.</source>
        <translation>La pièce jointe «&#xa0;%1&#xa0;» est déclarée comme %2 mais ne contient ni JSON ni gzip.</translation>
    </message>
    <message>
        <source>No TLS-RPT report was found in it.</source>
        <translation>Aucun rapport TLS-RPT n&apos;y a été trouvé.</translation>
    </message>
    <message>
        <source>The file holds more than %1 reports; the rest is not read.</source>
        <translation>Le fichier contient plus de %1 rapports&#xa0;; le reste n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The import was canceled before this file was read to its end.</source>
        <translation>L&apos;import a été annulé avant la lecture complète de ce fichier.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>%1 parts hold no report and were skipped (e.g. &quot;%2&quot;).</source>
        <translation>%1 parties ne contiennent aucun rapport et ont été ignorées (par exemple «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; from %2 was read before (%3); it is counted once.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» de %2 a déjà été lu (%3)&#xa0;; il n&apos;est compté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Cannot open the report library %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de rapports %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report library %1 has schema version %2; this StsScope knows up to %3. Use a newer StsScope.</source>
        <translation>La base de rapports %1 est au schéma version %2&#xa0;; cette version de StsScope connaît jusqu&apos;à la version %3. Utilisez une version plus récente de StsScope.</translation>
    </message>
    <message>
        <source>Cannot store the reports; nothing from this file was kept: %1</source>
        <translation>Impossible d&apos;enregistrer les rapports&#xa0;; rien de ce fichier n&apos;a été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the report library: %1</source>
        <translation>Impossible de lire la base de rapports&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>impossible de créer son dossier</translation>
    </message>
    <message>
        <source>Qt has no SQLite driver</source>
        <translation>Qt ne dispose pas du pilote SQLite</translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation>il s&apos;agit de la base de données d&apos;un autre programme</translation>
    </message>
    <message>
        <source>the library is closed</source>
        <translation>la base est fermée</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>list of strings</source>
        <translation>liste de chaînes</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=TLSRPTv1;&quot;: senders send no TLS reports, so delivery failures stay invisible to you.</source>
        <translation>Aucun enregistrement TXT ne commence par «&#xa0;v=TLSRPTv1;&#xa0;»&#xa0;: les expéditeurs n&apos;envoient pas de rapports TLS, et les échecs de livraison vous restent donc invisibles.</translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=TLSRPTv1;&quot;; senders then send no reports at all. Publish exactly one, with all addresses in its rua field.</source>
        <translation>%1 enregistrements TXT commencent par «&#xa0;v=TLSRPTv1;&#xa0;»&#xa0;; les expéditeurs n&apos;envoient alors aucun rapport. Publiez-en exactement un, avec toutes les adresses dans son champ rua.</translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=TLSRPTv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation>Un enregistrement TXT qui ne commence pas par «&#xa0;v=TLSRPTv1;&#xa0;» est ignoré&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This record looks like a TLS-RPT record but does not start with exactly &quot;v=TLSRPTv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation>Cet enregistrement ressemble à un enregistrement TLS-RPT mais ne commence pas exactement par «&#xa0;v=TLSRPTv1;&#xa0;» (sensible à la casse, en premier, suivi d&apos;un point-virgule)&#xa0;; les expéditeurs l&apos;ignorent donc&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=TLSRPTv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=TLSRPTv1;&quot; discard the record. Remove the space.</source>
        <translation>Des espaces entre «&#xa0;v=TLSRPTv1&#xa0;» et «&#xa0;;&#xa0;» sont permis par la grammaire, mais les expéditeurs qui cherchent le préfixe littéral «&#xa0;v=TLSRPTv1;&#xa0;» ignorent l&apos;enregistrement. Supprimez l&apos;espace.</translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none (encode them in the URI).</source>
        <translation>L&apos;enregistrement contient des octets hors de l&apos;ASCII imprimable&#xa0;; la grammaire n&apos;en autorise aucun (encodez-les dans l&apos;URI).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either. Put every report address into one rua field, separated by commas.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» apparaît plusieurs fois&#xa0;; les expéditeurs peuvent lire l&apos;un ou l&apos;autre. Mettez toutes les adresses de rapport dans un seul champ rua, séparées par des virgules.</translation>
    </message>
    <message>
        <source>The record has no &quot;rua&quot; field, so senders do not know where to send reports.</source>
        <translation>L&apos;enregistrement n&apos;a pas de champ «&#xa0;rua&#xa0;»&#xa0;; les expéditeurs ne savent donc pas où envoyer les rapports.</translation>
    </message>
    <message>
        <source>The rua field contains an empty URI (a stray comma or nothing after &quot;rua=&quot;).</source>
        <translation>Le champ rua contient une URI vide (une virgule en trop ou rien après «&#xa0;rua=&#xa0;»).</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; uses neither &quot;mailto:&quot; nor &quot;https:&quot;, the only schemes senders support.</source>
        <translation>L&apos;URI de rapport «&#xa0;%1&#xa0;» n&apos;utilise ni «&#xa0;mailto:&#xa0;» ni «&#xa0;https:&#xa0;», les seuls schémas pris en charge par les expéditeurs.</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable mailto: address: %2</source>
        <translation>L&apos;URI de rapport «&#xa0;%1&#xa0;» n&apos;est pas une adresse mailto: utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable https: URL: %2</source>
        <translation>L&apos;URI de rapport «&#xa0;%1&#xa0;» n&apos;est pas une URL https: utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; contains &quot;%2&quot;, which must be percent-encoded. Several addresses are separated by commas, not spaces.</source>
        <translation>L&apos;URI de rapport «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qui doit être encodé en pourcentage (percent-encoding). Plusieurs adresses se séparent par des virgules, pas par des espaces.</translation>
    </message>
    <message>
        <source>The scheme of &quot;%1&quot; is not in lower case; this is allowed, but some senders only recognise &quot;mailto:&quot; and &quot;https:&quot;.</source>
        <translation>Le schéma de «&#xa0;%1&#xa0;» n&apos;est pas en minuscules&#xa0;; c&apos;est permis, mais certains expéditeurs ne reconnaissent que «&#xa0;mailto:&#xa0;» et «&#xa0;https:&#xa0;».</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is listed twice; senders may deliver each report twice.</source>
        <translation>L&apos;URI de rapport «&#xa0;%1&#xa0;» figure deux fois&#xa0;; les expéditeurs risquent d&apos;envoyer chaque rapport en double.</translation>
    </message>
    <message>
        <source>Valid TLS-RPT record; reports go to %1.</source>
        <translation>Enregistrement TLS-RPT valide&#xa0;; les rapports sont envoyés à %1.</translation>
    </message>
    <message>
        <source>no address follows &quot;mailto:&quot;</source>
        <translation>aucune adresse ne suit «&#xa0;mailto:&#xa0;»</translation>
    </message>
    <message>
        <source>the address has no local part and domain separated by &quot;@&quot;</source>
        <translation>l&apos;adresse n&apos;a pas de partie locale et de domaine séparés par «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is invalid: %2</source>
        <translation>le domaine «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not fully qualified</source>
        <translation>le domaine «&#xa0;%1&#xa0;» n&apos;est pas pleinement qualifié (FQDN)</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>elle n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>it contains user information, which senders do not use</source>
        <translation>elle contient des informations d&apos;utilisateur, que les expéditeurs n&apos;utilisent pas</translation>
    </message>
    <message>
        <source>Waiting for %1: no complete reply within %2 s.</source>
        <translation>En attendant %1&#xa0;: pas de réponse complète en %2 s.</translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent something that is not a valid SMTP reply: %2.</source>
        <translation>En attendant %1, le serveur a envoyé quelque chose qui n&apos;est pas une réponse SMTP valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent a reply that is too large: %2.</source>
        <translation>En attendant %1, le serveur a envoyé une réponse trop longue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reply lines end with a bare LF instead of CRLF (first seen in %1). Many senders tolerate it, strict ones do not.</source>
        <translation>Les lignes de réponse se terminent par un LF seul au lieu de CRLF (constaté d&apos;abord dans %1). Beaucoup d&apos;expéditeurs le tolèrent, les plus stricts non.</translation>
    </message>
    <message>
        <source>A reply line of %1 octets (in %2); RFC 5321 allows 512 including CRLF, and some senders cut or reject longer lines.</source>
        <translation>Une ligne de réponse de %1 octets (dans %2)&#xa0;; la RFC 5321 autorise 512 octets, CRLF compris, et certains expéditeurs tronquent ou rejettent les lignes plus longues.</translation>
    </message>
    <message>
        <source>In %1 the server sent bytes outside ASCII; only SMTPUTF8 sessions may carry them.</source>
        <translation>Dans %1, le serveur a envoyé des octets hors ASCII&#xa0;; seules les sessions SMTPUTF8 peuvent en contenir.</translation>
    </message>
    <message>
        <source>In %1 the server sent control characters, which reply text may not contain.</source>
        <translation>Dans %1, le serveur a envoyé des caractères de contrôle, que le texte d&apos;une réponse ne peut pas contenir.</translation>
    </message>
    <message>
        <source>The server closed the connection while StsScope was waiting for %1.</source>
        <translation>Le serveur a fermé la connexion pendant que StsScope attendait %1.</translation>
    </message>
    <message>
        <source>The connection failed while StsScope was waiting for %1: %2.</source>
        <translation>La connexion a échoué pendant que StsScope attendait %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The MX host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation>L&apos;hôte MX %1 se résout en %2, une adresse %3 que les serveurs expéditeurs sur Internet ne peuvent pas atteindre ; StsScope ne s&apos;y est pas connecté.</translation>
    </message>
    <message>
        <source>The MX host %1 could not be checked from this machine: %2. This says nothing about the host; check it from a network that can reach it.</source>
        <translation>L&apos;hôte MX %1 n&apos;a pas pu être vérifié depuis cette machine : %2. Cela ne dit rien de l&apos;hôte ; vérifiez-le depuis un réseau qui l&apos;atteint.</translation>
    </message>
    <message>
        <source>The domain has %1 MX hosts; only the %2 most preferred were checked, so the verdict covers part of them.</source>
        <translation>Le domaine a %1 hôtes MX ; seuls les %2 préférés ont été vérifiés, le verdict n&apos;en couvre donc qu&apos;une partie.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation>L&apos;hôte de politique %1 se résout en %2, une adresse %3 que les serveurs expéditeurs sur Internet ne peuvent pas atteindre ; StsScope ne s&apos;y est pas connecté.</translation>
    </message>
    <message numerus="yes">
        <source>This occurs %n times in the record; the first is shown.</source>
        <translation>
            <numerusform>Cela se produit %n fois dans l&apos;enregistrement&#xa0;; le premier cas est affiché.</numerusform>
            <numerusform>Cela se produit %n fois dans l&apos;enregistrement&#xa0;; le premier cas est affiché.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record ends in whitespace after its last field, without a &quot;;&quot;; the grammar allows whitespace only around a semicolon. Senders that trim it accept the record, strict ones discard it. Remove the trailing whitespace.</source>
        <translation>L&apos;enregistrement se termine par des espaces après son dernier champ, sans «&#xa0;;&#xa0;»&#xa0;; la grammaire n&apos;autorise les espaces qu&apos;autour d&apos;un point-virgule. Les expéditeurs qui les suppriment acceptent l&apos;enregistrement, les plus stricts l&apos;écartent. Supprimez les espaces finales.</translation>
    </message>
    <message>
        <source>The line contains bytes that are not UTF-8 (such as 0xFF); the grammar allows nothing else. Lenient senders ignore an unknown key&apos;s line, but strict ones (postfix-tlspol) discard the whole policy. Save the file as UTF-8.</source>
        <translation>La ligne contient des octets qui ne sont pas de l&apos;UTF-8 (comme 0xFF)&#xa0;; la grammaire n&apos;autorise rien d&apos;autre. Les expéditeurs tolérants ignorent la ligne d&apos;une clé inconnue, mais les plus stricts (postfix-tlspol) écartent toute la politique. Enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>Empty line; the grammar has no empty lines, not even at the end. Lenient senders skip it, but strict ones (postfix-tlspol, Mimecast&apos;s strict mode) discard the whole policy. Remove it.</source>
        <translation>Ligne vide&#xa0;; la grammaire ne prévoit aucune ligne vide, pas même à la fin. Les expéditeurs tolérants l&apos;ignorent, mais les plus stricts (postfix-tlspol, Mimecast en mode strict) écartent toute la politique. Supprimez-la.</translation>
    </message>
    <message>
        <source>The unknown key &quot;%1&quot; does not follow the extension grammar (a name of at most 32 ASCII letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot; that starts with a letter or digit; a value that is not empty, with single spaces but no tabs). Lenient senders ignore the line, but strict ones (postfix-tlspol, mox) discard the whole policy.</source>
        <translation>La clé inconnue «&#xa0;%1&#xa0;» ne respecte pas la grammaire des extensions (un nom d&apos;au plus 32 lettres ASCII, chiffres, «&#xa0;_&#xa0;», «&#xa0;-&#xa0;» et «&#xa0;.&#xa0;» qui commence par une lettre ou un chiffre&#xa0;; une valeur non vide, avec des espaces simples mais sans tabulations). Les expéditeurs tolérants ignorent la ligne, mais les plus stricts (postfix-tlspol, mox) écartent toute la politique.</translation>
    </message>
    <message>
        <source>The mx value &quot;%1&quot; is written in Unicode (a U-label); RFC 8461 requires the A-label. Lenient senders convert it, but strict ones (mox) discard the whole policy. Write &quot;mx: %2&quot;.</source>
        <translation>La valeur mx «&#xa0;%1&#xa0;» est écrite en Unicode (un U-label)&#xa0;; la RFC 8461 exige le A-label. Les expéditeurs tolérants la convertissent, mais les plus stricts (mox) écartent toute la politique. Écrivez «&#xa0;mx: %2&#xa0;».</translation>
    </message>
    <message>
        <source>The policy host %1 sent nothing for %2 s after the request; StsScope gave up on the connection, and senders time out on such a server as well.</source>
        <translation>L&apos;hôte de la politique %1 n&apos;a rien envoyé pendant %2 s après la requête&#xa0;; StsScope a abandonné la connexion, et les expéditeurs abandonnent eux aussi face à un tel serveur après leur délai d&apos;attente.</translation>
    </message>
    <message>
        <source>The certificate names %1 only in its common name (CN) and has no DNS subject alternative name; MTA-STS requires the host name as a subjectAltName, so senders refuse it (TLS-RPT: certificate-host-mismatch). Reissue it with a subjectAltName.</source>
        <translation>Le certificat ne nomme %1 que dans son nom commun (CN) et n&apos;a pas de nom alternatif du sujet (SAN) de type DNS&#xa0;; MTA-STS exige le nom d&apos;hôte en subjectAltName, les expéditeurs le refusent donc (TLS-RPT&#xa0;: certificate-host-mismatch). Faites-le réémettre avec un subjectAltName.</translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; appears more than once, which I-JSON forbids; readers disagree on which value counts, and StsScope used the last one.</source>
        <translation>%1&#xa0;: le membre «&#xa0;%2&#xa0;» apparaît plus d&apos;une fois, ce qu&apos;I-JSON interdit&#xa0;; les lecteurs ne s&apos;accordent pas sur la valeur qui compte, et StsScope a retenu la dernière.</translation>
    </message>
    <message>
        <source>The message is %1, not multipart/report with report-type=&quot;tlsrpt&quot; as RFC 8460 defines for reports by mail; the report in it was read anyway.</source>
        <translation>Le message est de type %1 et non multipart/report avec report-type=&quot;tlsrpt&quot; comme la RFC 8460 le définit pour les rapports par e-mail&#xa0;; le rapport qu&apos;il contient a tout de même été lu.</translation>
    </message>
    <message>
        <source>The report is attached as %1 instead of application/tlsrpt+json or application/tlsrpt+gzip; it was read anyway.</source>
        <translation>Le rapport est joint en tant que %1 au lieu de application/tlsrpt+json ou application/tlsrpt+gzip&#xa0;; il a tout de même été lu.</translation>
    </message>
    <message>
        <source>Cannot delete the reports; none was deleted: %1</source>
        <translation>Impossible de supprimer les rapports&#xa0;; aucun n&apos;a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 passes DANE: the TLSA record %2 authenticates its certificate.</source>
        <translation>%1 réussit DANE : l&apos;enregistrement TLSA %2 authentifie son certificat.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 authenticates the certificate it presents (%2); senders that validate DANE do not deliver to it. The record for the key in use is &quot;%3&quot;.</source>
        <translation>Aucun enregistrement TLSA de %1 n&apos;authentifie le certificat présenté (%2) ; les expéditeurs qui valident DANE ne lui livrent pas. L&apos;enregistrement de la clé en service est « %3 ».</translation>
    </message>
    <message>
        <source>%1 publishes TLSA records, so senders that validate DANE require TLS, but no address completed STARTTLS (%2); they do not deliver to it.</source>
        <translation>%1 publie des enregistrements TLSA, donc les expéditeurs qui valident DANE exigent TLS, mais aucune adresse n&apos;a mené STARTTLS à bien (%2) ; ils ne lui livrent pas.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation (%2); senders that validate DANE do not deliver to it.</source>
        <translation>Les enregistrements TLSA de %1 échouent à la validation DNSSEC (%2) ; les expéditeurs qui valident DANE ne lui livrent pas.</translation>
    </message>
    <message>
        <source>The TLSA lookup for %1 failed (%2); senders that validate DANE defer mail to it until it answers.</source>
        <translation>La requête TLSA pour %1 a échoué (%2) ; les expéditeurs qui valident DANE diffèrent le courrier jusqu&apos;à ce qu&apos;elle réponde.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 is usable for SMTP (PKIX usages 0 and 1, unknown selectors or matching types, wrong digest lengths): senders that validate DANE require TLS but authenticate no certificate.</source>
        <translation>Aucun enregistrement TLSA de %1 n&apos;est utilisable pour SMTP (usages PKIX 0 et 1, sélecteurs ou types de correspondance inconnus, longueurs d&apos;empreinte erronées) : les expéditeurs qui valident DANE exigent TLS mais n&apos;authentifient aucun certificat.</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so senders ignore them and DANE protects nothing.</source>
        <translation>%1 a des enregistrements TLSA, mais ils ne sont pas signés par DNSSEC : les expéditeurs les ignorent et DANE ne protège rien.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 cannot be validated from this machine: its resolver drops DNSSEC signatures. Whether DANE protects the host cannot be seen from here.</source>
        <translation>Les enregistrements TLSA de %1 ne peuvent pas être validés depuis cette machine : son résolveur supprime les signatures DNSSEC. On ne peut pas voir d&apos;ici si DANE protège le serveur.</translation>
    </message>
    <message>
        <source>Every TLSA record of %1 matches the key in use and none a next one: when the key changes, senders that validate DANE stop delivering until a new record is published and the old one has expired from caches.</source>
        <translation>Chaque enregistrement TLSA de %1 correspond à la clé en service et aucun à une clé suivante : au changement de clé, les expéditeurs qui valident DANE cessent de livrer jusqu&apos;à ce qu&apos;un nouvel enregistrement soit publié et que l&apos;ancien ait expiré des caches.</translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy. DANE protects every MX host for senders that validate it; senders that implement only MTA-STS accept any certificate and deliver without STARTTLS if an attacker strips it.</source>
        <translation>Le domaine n&apos;a pas de politique MTA-STS. DANE protège chaque serveur MX pour les expéditeurs qui le valident&#xa0;; les expéditeurs qui n&apos;implémentent que MTA-STS acceptent n&apos;importe quel certificat et livrent sans STARTTLS si un attaquant le supprime.</translation>
    </message>
    <message>
        <source>%1 has signed TLSA records, but the MX records of %2 are not DNSSEC-signed: an attacker can forge them, and most DANE senders (Postfix, Exim) then do not use the TLSA records at all.</source>
        <translation>%1 a des enregistrements TLSA signés, mais les enregistrements MX de %2 ne sont pas signés DNSSEC&#xa0;: un attaquant peut les falsifier, et la plupart des expéditeurs DANE (Postfix, Exim) n&apos;utilisent alors pas du tout les enregistrements TLSA.</translation>
    </message>
    <message>
        <source>The policy changed (%1) but the id in _mta-sts did not (still &quot;%2&quot;): senders that cached the old policy keep it for up to %3 seconds. Change the id.</source>
        <translation>La politique a changé (%1) mais pas l&apos;id dans _mta-sts (toujours «&#xa0;%2&#xa0;»)&#xa0;: les expéditeurs qui ont mis l&apos;ancienne politique en cache la conservent jusqu&apos;à %3 secondes. Changez l&apos;id.</translation>
    </message>
    <message>
        <source>The id in _mta-sts changed from &quot;%1&quot; to &quot;%2&quot; while the policy stayed the same; senders fetch it again and nothing else happens.</source>
        <translation>L&apos;id dans _mta-sts est passé de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;» alors que la politique est restée identique&#xa0;; les expéditeurs la récupèrent à nouveau, sans autre effet.</translation>
    </message>
    <message>
        <source>The %1 policy is gone: it is now %2. Senders keep a cached policy until it expires; new senders get no protection.</source>
        <translation>La politique en mode %1 a disparu&#xa0;: son état est maintenant %2. Les expéditeurs conservent une politique en cache jusqu&apos;à son expiration&#xa0;; les nouveaux expéditeurs ne bénéficient d&apos;aucune protection.</translation>
    </message>
    <message>
        <source>The policy mode went down from %1 to %2.</source>
        <translation>Le mode de la politique est descendu de %1 à %2.</translation>
    </message>
    <message>
        <source>The policy&apos;s max_age dropped from %1 to %2 seconds: senders cache it for less time, and an attacker who blocks the refresh waits less.</source>
        <translation>Le max_age de la politique est passé de %1 à %2 secondes&#xa0;: les expéditeurs la gardent moins longtemps en cache, et un attaquant qui bloque l&apos;actualisation attend moins.</translation>
    </message>
    <message>
        <source>The new MX host %1 matches no mx line of the enforce policy: senders do not deliver to it. Add it to the policy and change the id.</source>
        <translation>Le nouveau serveur MX %1 ne correspond à aucune ligne mx de la politique en mode enforce&#xa0;: les expéditeurs ne lui livrent pas le courrier. Ajoutez-le à la politique et changez l&apos;id.</translation>
    </message>
    <message>
        <source>The MX host %1 is no longer covered by the enforce policy&apos;s mx lines: senders stop delivering to it.</source>
        <translation>Le serveur MX %1 n&apos;est plus couvert par les lignes mx de la politique en mode enforce&#xa0;: les expéditeurs cessent de lui livrer le courrier.</translation>
    </message>
    <message>
        <source>The MX hosts changed from %1 to %2.</source>
        <translation>Les serveurs MX sont passés de %1 à %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, before senders that fetch the enforce policy today stop using it (max_age %3 seconds): unless it is renewed in time, they refuse the host.</source>
        <translation>Le certificat de %1 expire le %2, avant que les expéditeurs qui récupèrent aujourd&apos;hui la politique en mode enforce cessent de l&apos;utiliser (max_age %3 secondes)&#xa0;: s&apos;il n&apos;est pas renouvelé à temps, ils refuseront l&apos;hôte.</translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, within %3 days.</source>
        <translation>Le certificat de %1 expire le %2, dans moins de %3 jours.</translation>
    </message>
    <message>
        <source>The certificate of %1 at %2 no longer names the host (it names %3).</source>
        <translation>Le certificat de %1 à l&apos;adresse %2 ne nomme plus l&apos;hôte (il nomme %3).</translation>
    </message>
    <message>
        <source>%1 at %2 no longer offers STARTTLS.</source>
        <translation>%1 à l&apos;adresse %2 ne propose plus STARTTLS.</translation>
    </message>
    <message>
        <source>%1 at %2 offers STARTTLS, but the TLS handshake no longer succeeds: %3.</source>
        <translation>%1 à l&apos;adresse %2 propose STARTTLS, mais la négociation TLS n&apos;aboutit plus&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The domain was %1 and is now broken: %2</source>
        <translation>Le domaine était %1 et il est maintenant défaillant&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TLSA records of %1 no longer match its certificate (DANE: %2); senders that validate DANE stop delivering to it.</source>
        <translation>Les enregistrements TLSA de %1 ne correspondent plus à son certificat (DANE&#xa0;: %2)&#xa0;; les expéditeurs qui valident DANE cessent de lui livrer le courrier.</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>impossible d’ouvrir l’historique %1 : %2</translation>
    </message>
    <message>
        <source>cannot open the history %1: it was written by a newer StsScope</source>
        <translation>impossible d’ouvrir l’historique %1 : il a été écrit par un StsScope plus récent</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>l’historique n’est pas ouvert</translation>
    </message>
    <message>
        <source>cannot write the check of %1 to the history: %2</source>
        <translation>impossible d’écrire la vérification de %1 dans l’historique : %2</translation>
    </message>
    <message>
        <source>the watch list in %1 cannot be read: %2</source>
        <translation>la liste de surveillance dans %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation>%1 a refusé la modification : %2</translation>
    </message>
    <message>
        <source>nothing was deleted: %1</source>
        <translation>rien n’a été supprimé : %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>libunbound could not create a context</source>
        <translation>libunbound n&apos;a pas pu créer de contexte</translation>
    </message>
    <message>
        <source>libunbound option %1: %2</source>
        <translation>option libunbound %1 : %2</translation>
    </message>
    <message>
        <source>resolver address &quot;%1&quot;: %2</source>
        <translation>adresse du résolveur « %1 » : %2</translation>
    </message>
    <message>
        <source>root hints %1: %2</source>
        <translation>indications racine %1 : %2</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>lecture de %1 : %2</translation>
    </message>
    <message>
        <source>trust anchor file %1 does not exist</source>
        <translation>le fichier d&apos;ancre de confiance %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>trust anchor %1: %2</source>
        <translation>ancre de confiance %1 : %2</translation>
    </message>
    <message>
        <source>the DNS resolver has no file descriptor</source>
        <translation>le résolveur DNS n&apos;a pas de descripteur de fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SOCKS5 proxy URL like socks5://127.0.0.1:1080</source>
        <translation>« %1 » n&apos;est pas une URL de proxy SOCKS5 comme socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>a SOCKS5 proxy is given as socks5://HOST:PORT, with a port and nothing else</source>
        <translation>un proxy SOCKS5 s&apos;écrit socks5://HÔTE:PORT, avec un port et rien d&apos;autre</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>aucune adresse à laquelle se connecter</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>pas de Content-Type</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>la bannière</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>la réponse à EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>la réponse à STARTTLS</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>la négociation TLS</translation>
    </message>
    <message>
        <source>the reply to EHLO after the TLS handshake</source>
        <translation>la réponse à EHLO après la négociation TLS</translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation>la réponse à QUIT</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>connexion TCP</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>bannière</translation>
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
        <translation>négociation TLS</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO après TLS</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>de bouclage</translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation>privée (RFC 1918)</translation>
    </message>
    <message>
        <source>carrier-grade NAT (RFC 6598)</source>
        <translation>NAT d&apos;opérateur (RFC 6598)</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>lien-local</translation>
    </message>
    <message>
        <source>unique local (RFC 4193)</source>
        <translation>locale unique (RFC 4193)</translation>
    </message>
    <message>
        <source>reserved for documentation</source>
        <translation>réservée à la documentation</translation>
    </message>
    <message>
        <source>reserved, not routed on the internet</source>
        <translation>réservée, non routée sur Internet</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, more than such a file holds; it was not read.</source>
        <translation>%1 dépasse %2 octets, plus qu’un tel fichier n’en contient ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: no domain has been checked yet.</source>
        <translation>Rien n’a été écrit dans %1 : aucun domaine n’a encore été vérifié.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address; the resolver is given as ADDR or ADDR@PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6&#xa0;; le résolveur s&apos;indique sous la forme ADDR ou ADDR@PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number between 1 and 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Non protégé</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Défaillant</translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation>Politique MTA-STS</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation>valide, id %1</translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation>absent ou non valide</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
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
        <translation>Enregistrement TLS-RPT</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Serveurs MX</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation>Motif de la politique</translation>
    </message>
    <message>
        <source>Senders deliver</source>
        <translation>Les expéditeurs livrent</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>échec à l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>valide (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Risk and fix</source>
        <translation>Risque et correction</translation>
    </message>
    <message>
        <source>Mail transport security of %1</source>
        <translation>Sécurité du transport du courrier pour %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms by StsScope %4</source>
        <translation>Vérifié le %1 via %2 en %3 ms par StsScope %4</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>not observable from here (%1)</source>
        <translation>non observable d&apos;ici (%1)</translation>
    </message>
    <message>
        <source>pass (%1)</source>
        <translation>réussi (%1)</translation>
    </message>
    <message>
        <source>fail (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation>Protégé contre</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
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
        <translation>l&apos;en-tête de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response</source>
        <translation>le serveur a fermé la connexion au milieu de la réponse</translation>
    </message>
    <message>
        <source>the response does not start with an HTTP/1.x status line</source>
        <translation>la réponse ne commence pas par une ligne d&apos;état HTTP/1.x</translation>
    </message>
    <message>
        <source>the status line has no three-digit status code</source>
        <translation>la ligne d&apos;état ne contient pas de code d&apos;état à trois chiffres</translation>
    </message>
    <message>
        <source>the response uses obsolete header line folding</source>
        <translation>la réponse utilise le pliage obsolète des lignes d&apos;en-tête</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>the response has more than %1 header fields</source>
        <translation>la réponse comporte plus de %1 champs d&apos;en-tête</translation>
    </message>
    <message>
        <source>unsupported transfer coding &quot;%1&quot;</source>
        <translation>codage de transfert «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>Content-Length «&#xa0;%1&#xa0;» non valide</translation>
    </message>
    <message>
        <source>a chunk is not followed by CRLF</source>
        <translation>un bloc (chunk) n&apos;est pas suivi de CRLF</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1024 bytes</source>
        <translation>une ligne de taille de bloc dépasse 1024 octets</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;</source>
        <translation>taille de bloc «&#xa0;%1&#xa0;» non valide</translation>
    </message>
    <message>
        <source>the body is sent with the transfer coding &quot;%1&quot;; only plain chunked is read, and senders need the policy uncompressed</source>
        <translation>le corps est envoyé avec le codage de transfert «&#xa0;%1&#xa0;»&#xa0;; seul le codage chunked simple est lu, et les expéditeurs ont besoin de la politique non compressée</translation>
    </message>
    <message>
        <source>the chunked trailer is larger than %1 bytes</source>
        <translation>le trailer après le dernier bloc dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>(no policy domain)</source>
        <translation>(aucun domaine de politique)</translation>
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
        <translation>Adresse MX</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>version TLS</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>certificate (SHA-256)</source>
        <translation>certificat (SHA-256)</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>certificat valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
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
        <translation>lignes mx</translation>
    </message>
    <message>
        <source>text changed, id did not</source>
        <translation>texte modifié, id inchangé</translation>
    </message>
    <message>
        <source>senders keep the old policy</source>
        <translation>les expéditeurs conservent l&apos;ancienne politique</translation>
    </message>
    <message>
        <source>change the id</source>
        <translation>changez l&apos;id</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation>Enregistrement TLS-RPT</translation>
    </message>
    <message>
        <source>rua</source>
        <translation>rua</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Serveurs MX</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation>enregistrements TLSA</translation>
    </message>
</context>
<context>
    <name>ResultTypeAdvice</name>
    <message>
        <source>The MX host does not offer STARTTLS</source>
        <translation>Le serveur MX ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>The sender connected to your MX host, but the server did not offer STARTTLS in its EHLO answer, or the TLS handshake could not be started. Under an MTA-STS policy in enforce mode the sender does not deliver; otherwise the mail went without encryption.</source>
        <translation>L&apos;expéditeur s&apos;est connecté à votre serveur MX, mais celui-ci n&apos;a pas proposé STARTTLS dans sa réponse à EHLO, ou la négociation TLS n&apos;a pas pu commencer. Avec une politique MTA-STS en mode enforce, l&apos;expéditeur ne livre pas&#xa0;; sinon, le courrier est parti sans chiffrement.</translation>
    </message>
    <message>
        <source>STARTTLS switched off or not configured on that MX host; a load balancer, firewall or &quot;SMTP inspection&quot; box that strips STARTTLS from the EHLO answer; a handshake that fails because server and sender share no protocol version or cipher.</source>
        <translation>STARTTLS désactivé ou non configuré sur ce serveur MX&#xa0;; un répartiteur de charge, un pare-feu ou un boîtier d&apos;«&#xa0;inspection SMTP&#xa0;» qui retire STARTTLS de la réponse à EHLO&#xa0;; une négociation qui échoue parce que le serveur et l&apos;expéditeur n&apos;ont aucune version de protocole ni suite de chiffrement en commun.</translation>
    </message>
    <message>
        <source>Check the MX host named in the failure details with StsScope: does its EHLO answer list STARTTLS and does the handshake succeed? Enable TLS in the mail server and remove whatever in front of it rewrites SMTP.</source>
        <translation>Vérifiez avec StsScope le serveur MX indiqué dans les détails d&apos;échec&#xa0;: sa réponse à EHLO annonce-t-elle STARTTLS, et la négociation réussit-elle&#xa0;? Activez TLS sur le serveur de messagerie et supprimez ce qui, en amont, réécrit le SMTP.</translation>
    </message>
    <message>
        <source>The certificate does not name the MX host</source>
        <translation>Le certificat ne désigne pas le serveur MX</translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose names (subject alternative names) do not include the host name the sender connected to, so the sender could not be sure it was talking to your server.</source>
        <translation>Le serveur MX a présenté un certificat dont les noms (noms alternatifs du sujet) ne comprennent pas le nom d&apos;hôte auquel l&apos;expéditeur s&apos;est connecté&#xa0;; l&apos;expéditeur ne pouvait donc pas être sûr de dialoguer avec votre serveur.</translation>
    </message>
    <message>
        <source>A certificate issued for another name (the web server&apos;s, or the provider&apos;s default); a new MX host added to DNS without a new certificate; several MX names behind one address with only one of them in the certificate; a wildcard that does not cover the name.</source>
        <translation>Un certificat émis pour un autre nom (celui du serveur web, ou celui de l&apos;hébergeur par défaut)&#xa0;; un nouveau serveur MX ajouté au DNS sans nouveau certificat&#xa0;; plusieurs noms de MX derrière une même adresse, dont un seul figure dans le certificat&#xa0;; un joker qui ne couvre pas le nom.</translation>
    </message>
    <message>
        <source>Issue a certificate that lists every MX host name exactly as it appears in the MX records and in the policy&apos;s mx: lines, and install it on every MX host.</source>
        <translation>Faites émettre un certificat qui contient chaque nom de serveur MX exactement tel qu&apos;il apparaît dans les enregistrements MX et dans les lignes mx: de la politique, et installez-le sur chaque serveur MX.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose validity period had ended (or not yet begun) when the sender connected.</source>
        <translation>Le serveur MX a présenté un certificat dont la période de validité était terminée (ou pas encore commencée) au moment où l&apos;expéditeur s&apos;est connecté.</translation>
    </message>
    <message>
        <source>Automatic renewal that stopped working; a renewed certificate that the mail server never reloaded; an old certificate left on one of several MX hosts; a wrong clock on the sending or receiving side.</source>
        <translation>Un renouvellement automatique qui ne fonctionne plus&#xa0;; un certificat renouvelé que le serveur de messagerie n&apos;a jamais rechargé&#xa0;; un ancien certificat resté sur l&apos;un des serveurs MX&#xa0;; une horloge déréglée côté expéditeur ou côté destinataire.</translation>
    </message>
    <message>
        <source>Renew the certificate, reload or restart the mail server, and check every MX host and address with StsScope. Monitor the days left so that it does not happen again.</source>
        <translation>Renouvelez le certificat, rechargez ou redémarrez le serveur de messagerie, et vérifiez chaque serveur MX et chaque adresse avec StsScope. Surveillez le nombre de jours restants pour que cela ne se reproduise pas.</translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation>Le certificat n&apos;est pas de confiance</translation>
    </message>
    <message>
        <source>The sender could not build a chain from the MX host&apos;s certificate to a certificate authority it trusts.</source>
        <translation>L&apos;expéditeur n&apos;a pas pu construire de chaîne entre le certificat du serveur MX et une autorité de certification à laquelle il fait confiance.</translation>
    </message>
    <message>
        <source>A self-signed certificate or one from a private CA; a missing intermediate certificate (the server sends only its own certificate); a chain in the wrong order; a CA that public trust stores have dropped.</source>
        <translation>Un certificat auto-signé ou émis par une AC privée&#xa0;; un certificat intermédiaire manquant (le serveur n&apos;envoie que son propre certificat)&#xa0;; une chaîne dans le mauvais ordre&#xa0;; une AC retirée des magasins de certificats publics.</translation>
    </message>
    <message>
        <source>Use a certificate from a publicly trusted CA and configure the server to send the full chain (leaf and intermediates). StsScope&apos;s certificate view shows which link is missing.</source>
        <translation>Utilisez un certificat d&apos;une AC publiquement reconnue et configurez le serveur pour qu&apos;il envoie la chaîne complète (certificat feuille et intermédiaires). La vue des certificats de StsScope montre le maillon manquant.</translation>
    </message>
    <message>
        <source>The certificate could not be validated</source>
        <translation>Le certificat n&apos;a pas pu être validé</translation>
    </message>
    <message>
        <source>A general failure of certificate or policy validation that fits none of the more specific result types.</source>
        <translation>Un échec général de la validation du certificat ou de la politique, qui ne correspond à aucun des types de résultat plus précis.</translation>
    </message>
    <message>
        <source>A revoked certificate; an unsupported key or signature algorithm; broken certificate extensions; a TLS handshake that failed for reasons the sender could not classify.</source>
        <translation>Un certificat révoqué&#xa0;; un algorithme de clé ou de signature non pris en charge&#xa0;; des extensions de certificat défectueuses&#xa0;; une négociation TLS qui a échoué pour des raisons que l&apos;expéditeur n&apos;a pas pu classer.</translation>
    </message>
    <message>
        <source>Read the failure reason code and additional information the sender gave, check the MX host&apos;s certificate and TLS settings, and compare with other senders&apos; reports for the same host.</source>
        <translation>Lisez le code de raison de l&apos;échec et les informations complémentaires fournies par l&apos;expéditeur, vérifiez le certificat et les réglages TLS du serveur MX, et comparez avec les rapports d&apos;autres expéditeurs pour le même serveur.</translation>
    </message>
    <message>
        <source>The TLSA records are invalid</source>
        <translation>Les enregistrements TLSA ne sont pas valides</translation>
    </message>
    <message>
        <source>The DANE TLSA records published for the MX host are malformed or unusable, so the sender could not use them to check the certificate.</source>
        <translation>Les enregistrements TLSA (DANE) publiés pour le serveur MX sont mal formés ou inutilisables&#xa0;; l&apos;expéditeur n&apos;a donc pas pu s&apos;en servir pour vérifier le certificat.</translation>
    </message>
    <message>
        <source>Wrong usage, selector or matching type values; a digest of the wrong length; records edited by hand with a typo.</source>
        <translation>Des valeurs d&apos;usage, de sélecteur ou de type de correspondance erronées&#xa0;; une empreinte de mauvaise longueur&#xa0;; des enregistrements modifiés à la main avec une faute de frappe.</translation>
    </message>
    <message>
        <source>Regenerate the TLSA records from the certificate or key actually in use (for example 3 1 1, the SHA-256 of the public key) and publish them at _25._tcp.&lt;mx host&gt;.</source>
        <translation>Régénérez les enregistrements TLSA à partir du certificat ou de la clé réellement utilisés (par exemple 3 1 1, le SHA-256 de la clé publique) et publiez-les sur _25._tcp.&lt;hôte mx&gt;.</translation>
    </message>
    <message>
        <source>DNSSEC validation failed</source>
        <translation>La validation DNSSEC a échoué</translation>
    </message>
    <message>
        <source>The sender&apos;s DNSSEC validation of your DNS answers failed (they were bogus), so it could not trust the MX or TLSA records it received.</source>
        <translation>La validation DNSSEC de vos réponses DNS par l&apos;expéditeur a échoué (réponses «&#xa0;bogus&#xa0;»)&#xa0;; il ne pouvait donc pas faire confiance aux enregistrements MX ou TLSA reçus.</translation>
    </message>
    <message>
        <source>Expired DNSSEC signatures; a key rollover that went wrong; DS records at the parent zone that no longer match the zone&apos;s keys; a DNS provider change without moving the keys.</source>
        <translation>Des signatures DNSSEC expirées&#xa0;; un roulement de clés qui a mal tourné&#xa0;; des enregistrements DS dans la zone parente qui ne correspondent plus aux clés de la zone&#xa0;; un changement d&apos;hébergeur DNS sans transfert des clés.</translation>
    </message>
    <message>
        <source>Check the zone with a DNSSEC debugger, re-sign it, and make the DS record at the registrar match the zone&apos;s current key.</source>
        <translation>Vérifiez la zone avec un outil de diagnostic DNSSEC, signez-la de nouveau, et faites correspondre l&apos;enregistrement DS déclaré auprès du bureau d&apos;enregistrement à la clé actuelle de la zone.</translation>
    </message>
    <message>
        <source>DANE was required but could not be used</source>
        <translation>DANE était exigé mais n&apos;a pas pu être utilisé</translation>
    </message>
    <message>
        <source>The sender requires DANE for your domain (there are TLSA records), but none of them matched the certificate the MX host presented, or the records could not be obtained securely.</source>
        <translation>L&apos;expéditeur exige DANE pour votre domaine (des enregistrements TLSA existent), mais aucun ne correspond au certificat présenté par le serveur MX, ou les enregistrements n&apos;ont pas pu être obtenus de façon sécurisée.</translation>
    </message>
    <message>
        <source>A certificate or key replaced without first publishing a TLSA record for the new one; TLSA records for the wrong host or port; a server that presents different certificates on different addresses.</source>
        <translation>Un certificat ou une clé remplacés sans publier d&apos;abord un enregistrement TLSA pour le nouveau&#xa0;; des enregistrements TLSA pour le mauvais hôte ou le mauvais port&#xa0;; un serveur qui présente des certificats différents selon l&apos;adresse.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the current and the next certificate before every rollover, and check that each MX address presents a certificate that matches one of them.</source>
        <translation>Publiez des enregistrements TLSA pour le certificat actuel et pour le suivant avant chaque renouvellement, et vérifiez que chaque adresse MX présente un certificat qui correspond à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>La politique MTA-STS n&apos;a pas pu être récupérée</translation>
    </message>
    <message>
        <source>Your _mta-sts TXT record announces a policy, but the sender could not download it from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt.</source>
        <translation>Votre enregistrement TXT _mta-sts annonce une politique, mais l&apos;expéditeur n&apos;a pas pu la télécharger depuis https://mta-sts.&lt;domaine&gt;/.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>The mta-sts host name does not resolve; the web server is down, times out or answers with a redirect or an error status; the file is missing; a firewall blocks HTTPS from the outside.</source>
        <translation>Le nom d&apos;hôte mta-sts ne se résout pas&#xa0;; le serveur web est arrêté, ne répond pas à temps ou répond par une redirection ou un code d&apos;erreur&#xa0;; le fichier est absent&#xa0;; un pare-feu bloque le HTTPS depuis l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Fetch the policy URL from outside your network (StsScope&apos;s Policy view shows the HTTP exchange) and make the server answer 200 with the policy file directly, without redirects.</source>
        <translation>Récupérez l&apos;URL de la politique depuis l&apos;extérieur de votre réseau (la vue Politique de StsScope montre l&apos;échange HTTP) et faites en sorte que le serveur réponde 200 avec le fichier de politique directement, sans redirection.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is invalid</source>
        <translation>La politique MTA-STS n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The sender fetched your MTA-STS policy but could not parse it, or it does not allow the MX host the sender found.</source>
        <translation>L&apos;expéditeur a récupéré votre politique MTA-STS mais n&apos;a pas pu l&apos;analyser, ou elle n&apos;autorise pas le serveur MX trouvé par l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>A syntax error in mta-sts.txt (missing version, mode or max_age, a typo in a key); a wrong content type; an MX host missing from the policy&apos;s mx: lines after a change of mail provider.</source>
        <translation>Une erreur de syntaxe dans mta-sts.txt (version, mode ou max_age manquant, faute de frappe dans une clé)&#xa0;; un mauvais type de contenu&#xa0;; un serveur MX absent des lignes mx: de la politique après un changement de prestataire de messagerie.</translation>
    </message>
    <message>
        <source>Lint the policy with StsScope (or stsscope-cli policy lint), add an mx: line for every MX host, and change the id in the _mta-sts TXT record after every change so that senders fetch it again.</source>
        <translation>Vérifiez la politique avec StsScope (ou stsscope-cli policy lint), ajoutez une ligne mx: pour chaque serveur MX, et changez l&apos;id dans l&apos;enregistrement TXT _mta-sts après chaque modification pour que les expéditeurs la récupèrent à nouveau.</translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate is not valid</source>
        <translation>Le certificat de l&apos;hôte de la politique n&apos;est pas valide</translation>
    </message>
    <message>
        <source>The HTTPS server at mta-sts.&lt;domain&gt; presented a certificate the sender could not validate, so it did not trust the policy it served.</source>
        <translation>Le serveur HTTPS de mta-sts.&lt;domaine&gt; a présenté un certificat que l&apos;expéditeur n&apos;a pas pu valider&#xa0;; il n&apos;a donc pas fait confiance à la politique servie.</translation>
    </message>
    <message>
        <source>A certificate that does not include the mta-sts host name (the usual mistake on shared web hosting); an expired or self-signed certificate; a missing intermediate certificate.</source>
        <translation>Un certificat qui ne comprend pas le nom d&apos;hôte mta-sts (l&apos;erreur habituelle sur les hébergements web mutualisés)&#xa0;; un certificat expiré ou auto-signé&#xa0;; un certificat intermédiaire manquant.</translation>
    </message>
    <message>
        <source>Add mta-sts.&lt;domain&gt; to the web server&apos;s certificate (or give it its own), send the full chain, and check it with StsScope&apos;s certificate view.</source>
        <translation>Ajoutez mta-sts.&lt;domaine&gt; au certificat du serveur web (ou donnez-lui son propre certificat), envoyez la chaîne complète et vérifiez-la avec la vue des certificats de StsScope.</translation>
    </message>
    <message>
        <source>A result type RFC 8460 does not define</source>
        <translation>Un type de résultat que la RFC 8460 ne définit pas</translation>
    </message>
    <message>
        <source>The sender reported failures as &quot;%1&quot;, a name that is not among the result types of RFC 8460. Some senders use their own names or names from drafts.</source>
        <translation>L&apos;expéditeur a signalé des échecs sous le nom «&#xa0;%1&#xa0;», qui ne fait pas partie des types de résultat de la RFC 8460. Certains expéditeurs utilisent leurs propres noms ou des noms issus de versions préliminaires.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Whatever the sender means by it; the failure reason code and the additional information in the failure details usually say more.</source>
        <translation>Ce que l&apos;expéditeur entend par là&#xa0;; le code de raison de l&apos;échec et les informations complémentaires des détails d&apos;échec en disent généralement plus.</translation>
    </message>
    <message>
        <source>Read the failure details and the raw report, check the MX hosts they name with StsScope, and ask the sender&apos;s contact if it stays unclear.</source>
        <translation>Lisez les détails d&apos;échec et le rapport brut, vérifiez avec StsScope les serveurs MX qu&apos;ils mentionnent, et contactez l&apos;expéditeur si cela reste obscur.</translation>
    </message>
    <message>
        <source>%1 (%2)
What it means: %3
Usual causes: %4
What to do: %5</source>
        <translation>%1 (%2)
Ce que cela signifie&#xa0;: %3
Causes habituelles&#xa0;: %4
Que faire&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>ServingSnippets</name>
    <message>
        <source>Static hosting</source>
        <translation>Hébergement statique</translation>
    </message>
</context>
<context>
    <name>Sts::Check::Environment</name>
    <message>
        <source>port 25: open</source>
        <translation>port 25 : ouvert</translation>
    </message>
    <message>
        <source>port 25: blocked on this network</source>
        <translation>port 25 : bloqué sur ce réseau</translation>
    </message>
    <message>
        <source>port 25: not tested yet</source>
        <translation>port 25 : pas encore testé</translation>
    </message>
    <message>
        <source>IPv6: routable</source>
        <translation>IPv6 : routable</translation>
    </message>
    <message>
        <source>IPv6: no route</source>
        <translation>IPv6 : aucune route</translation>
    </message>
    <message>
        <source>IPv6: not seen yet</source>
        <translation>IPv6 : pas encore observé</translation>
    </message>
    <message>
        <source>DNSSEC: validated</source>
        <translation>DNSSEC : validé</translation>
    </message>
    <message>
        <source>DNSSEC: the resolver drops signatures</source>
        <translation>DNSSEC : le résolveur supprime les signatures</translation>
    </message>
    <message>
        <source>DNSSEC: not tested yet</source>
        <translation>DNSSEC : pas encore testé</translation>
    </message>
    <message>
        <source>proxy: none</source>
        <translation>proxy : aucun</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>proxy : %1</translation>
    </message>
    <message>
        <source>DNSSEC: validated from the root servers (the resolver drops signatures)</source>
        <translation>DNSSEC : validé depuis les serveurs racine (le résolveur supprime les signatures)</translation>
    </message>
</context>
<context>
    <name>Sts::Check::ProtectionAssessment</name>
    <message>
        <source>The check did not finish.</source>
        <translation>La vérification ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>The domain has no MX host to protect.</source>
        <translation>Le domaine n&apos;a aucun serveur MX à protéger.</translation>
    </message>
    <message>
        <source>This machine could not observe every MX host.</source>
        <translation>Cette machine n&apos;a pas pu observer tous les serveurs MX.</translation>
    </message>
    <message>
        <source>%1 of %2 MX hosts are protected.</source>
        <translation>%1 serveurs MX sur %2 sont protégés.</translation>
    </message>
    <message>
        <source>DANE and the enforce policy</source>
        <translation>DANE et la politique en mode enforce</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>the enforce policy</source>
        <translation>la politique en mode enforce</translation>
    </message>
    <message>
        <source>The policy is in testing mode: senders report failures but deliver anyway, and there is no DANE.</source>
        <translation>La politique est en mode testing : les expéditeurs signalent les échecs mais livrent quand même, et il n&apos;y a pas de DANE.</translation>
    </message>
    <message>
        <source>Neither an enforce MTA-STS policy nor DANE.</source>
        <translation>Ni politique MTA-STS en mode enforce, ni DANE.</translation>
    </message>
    <message>
        <source>Every MX host offers STARTTLS: senders encrypt.</source>
        <translation>Chaque serveur MX propose STARTTLS : les expéditeurs chiffrent.</translation>
    </message>
    <message>
        <source>No MX host completes STARTTLS: mail travels in clear text.</source>
        <translation>Aucun serveur MX ne mène STARTTLS à bien : le courrier circule en clair.</translation>
    </message>
    <message>
        <source>Senders require TLS to every MX host (%1).</source>
        <translation>Les expéditeurs exigent TLS vers chaque serveur MX (%1).</translation>
    </message>
    <message>
        <source>Senders authenticate every MX host&apos;s certificate (%1).</source>
        <translation>Les expéditeurs authentifient le certificat de chaque serveur MX (%1).</translation>
    </message>
    <message>
        <source>The MX records are DNSSEC-signed: validating senders detect forged answers.</source>
        <translation>Les enregistrements MX sont signés par DNSSEC : les expéditeurs qui valident détectent les réponses falsifiées.</translation>
    </message>
    <message>
        <source>This machine&apos;s resolver drops DNSSEC: whether the MX records are signed cannot be seen.</source>
        <translation>Le résolveur de cette machine supprime DNSSEC : on ne peut pas voir si les enregistrements MX sont signés.</translation>
    </message>
    <message>
        <source>The MX records are not signed; a cached enforce policy still limits delivery to the hosts its mx patterns name.</source>
        <translation>Les enregistrements MX ne sont pas signés ; une politique en mode enforce en cache limite toutefois la livraison aux serveurs que nomment ses motifs mx.</translation>
    </message>
    <message>
        <source>The MX records are not signed and no policy limits the MX hosts.</source>
        <translation>Les enregistrements MX ne sont pas signés et aucune politique ne limite les serveurs MX.</translation>
    </message>
    <message>
        <source>DANE needs no earlier contact: it is checked at every delivery.</source>
        <translation>DANE n&apos;a besoin d&apos;aucun contact préalable : il est vérifié à chaque livraison.</translation>
    </message>
    <message>
        <source>A sender without the policy cached (first contact, or after it expired) can be attacked until it fetches it; DANE would close this gap.</source>
        <translation>Un expéditeur sans la politique en cache (premier contact, ou après son expiration) peut être attaqué jusqu&apos;à ce qu&apos;il la récupère ; DANE comblerait cette faille.</translation>
    </message>
    <message>
        <source>DANE does not expire: the TLSA records are looked up at every delivery.</source>
        <translation>DANE n&apos;expire pas : les enregistrements TLSA sont interrogés à chaque livraison.</translation>
    </message>
    <message>
        <source>max_age is %1 days: an attacker must block the refresh for that long.</source>
        <translation>max_age vaut %1 jours : un attaquant doit bloquer le rafraîchissement aussi longtemps.</translation>
    </message>
    <message>
        <source>max_age is only %1 s: a cached policy soon runs out (weeks are recommended).</source>
        <translation>max_age ne vaut que %1 s : une politique en cache expire vite (des semaines sont recommandées).</translation>
    </message>
    <message>
        <source>TLS-RPT reports tell you about failed deliveries.</source>
        <translation>Les rapports TLS-RPT vous signalent les livraisons échouées.</translation>
    </message>
    <message>
        <source>No TLS-RPT record: nobody tells you when deliveries fail.</source>
        <translation>Aucun enregistrement TLS-RPT : personne ne vous signale les livraisons échouées.</translation>
    </message>
    <message>
        <source>Passive eavesdropping</source>
        <translation>Écoute passive</translation>
    </message>
    <message>
        <source>STARTTLS downgrade</source>
        <translation>Dégradation de STARTTLS</translation>
    </message>
    <message>
        <source>Man-in-the-middle with a forged certificate</source>
        <translation>Homme du milieu avec un certificat falsifié</translation>
    </message>
    <message>
        <source>Spoofed MX records</source>
        <translation>Enregistrements MX usurpés</translation>
    </message>
    <message>
        <source>Attack on first contact</source>
        <translation>Attaque au premier contact</translation>
    </message>
    <message>
        <source>Cached policy running out</source>
        <translation>Expiration de la politique en cache</translation>
    </message>
    <message>
        <source>Failures nobody notices</source>
        <translation>Échecs que personne ne remarque</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>non protégé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Sts::Check::WatchListFile</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… et %n autre ligne</numerusform>
            <numerusform>… et %n autres lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;: %3</source>
        <translation>ligne %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>the list is longer than %1 lines; this line and those after it were not read</source>
        <translation>la liste dépasse %1 lignes&#xa0;; cette ligne et les suivantes n&apos;ont pas été lues</translation>
    </message>
</context>
<context>
    <name>Sts::DomainInput</name>
    <message>
        <source>the text is too long to be a domain name</source>
        <translation>le texte est trop long pour un nom de domaine</translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>rien n&apos;a été saisi</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; has no host name</source>
        <translation>l&apos;adresse « %1 » n&apos;a pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>took the host name from the web address</source>
        <translation>nom d&apos;hôte repris de l&apos;adresse web</translation>
    </message>
    <message>
        <source>took the domain of the mail address %1</source>
        <translation>domaine repris de l&apos;adresse e-mail %1</translation>
    </message>
    <message>
        <source>there is no domain name in it</source>
        <translation>il ne contient aucun nom de domaine</translation>
    </message>
    <message>
        <source>a domain name has no spaces</source>
        <translation>un nom de domaine ne contient pas d&apos;espaces</translation>
    </message>
    <message>
        <source>%1 is an IP address; mail domains are names</source>
        <translation>%1 est une adresse IP ; les domaines de messagerie sont des noms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>« %1 » n&apos;est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>converted %1 to its ASCII form %2</source>
        <translation>%1 converti en sa forme ASCII %2</translation>
    </message>
    <message>
        <source>lower-cased it</source>
        <translation>mis en minuscules</translation>
    </message>
    <message>
        <source>removed the %1 prefix: the domain is its owner</source>
        <translation>préfixe %1 retiré : le domaine est son propriétaire</translation>
    </message>
    <message>
        <source>a mail domain has at least two labels, like example.com</source>
        <translation>un domaine de messagerie a au moins deux labels, comme example.com</translation>
    </message>
    <message>
        <source>the last label &quot;%1&quot; is all digits, which no top-level domain is</source>
        <translation>le dernier label « %1 » n&apos;a que des chiffres, ce qu&apos;aucun domaine de premier niveau n&apos;a</translation>
    </message>
</context>
<context>
    <name>Sts::MtaSts::PolicyFetcher</name>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>pas de connexion en %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée pendant %1 s</translation>
    </message>
</context>
<context>
    <name>Sts::Net::Resolver</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>system resolvers (%1)</source>
        <translation>résolveurs du système (%1)</translation>
    </message>
    <message>
        <source>DNS response code %1</source>
        <translation>Code de réponse DNS %1</translation>
    </message>
    <message>
        <source>a malformed %1 record was ignored</source>
        <translation>un enregistrement %1 mal formé a été ignoré</translation>
    </message>
    <message>
        <source>the DNS query could not be sent</source>
        <translation>la requête DNS n&apos;a pas pu être envoyée</translation>
    </message>
</context>
<context>
    <name>Sts::Smtp::SmtpProbe</name>
    <message>
        <source>banner too large: %1</source>
        <translation>bannière trop longue&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid reply while waiting for %1: %2</source>
        <translation>réponse non valide en attendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server sent a reply before %1 was sent</source>
        <translation>le serveur a envoyé une réponse avant l&apos;envoi de %1</translation>
    </message>
    <message>
        <source>greeting %1 instead of 220</source>
        <translation>bannière %1 au lieu de 220</translation>
    </message>
    <message>
        <source>EHLO answered with %1</source>
        <translation>réponse %1 à EHLO</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS non proposé</translation>
    </message>
    <message>
        <source>STARTTLS answered with %1</source>
        <translation>réponse %1 à STARTTLS</translation>
    </message>
    <message>
        <source>EHLO after the TLS handshake answered with %1</source>
        <translation>réponse %1 à EHLO après la négociation TLS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>connection closed after STARTTLS, before the TLS handshake</source>
        <translation>connexion fermée après STARTTLS, avant la négociation TLS</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection closed while waiting for %1</source>
        <translation>connexion fermée en attendant %1</translation>
    </message>
    <message>
        <source>no banner within %1 s</source>
        <translation>pas de bannière en %1 s</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>pas de négociation TLS en %1 s</translation>
    </message>
    <message>
        <source>no reply within %1 s while waiting for %2</source>
        <translation>pas de réponse en %1 s en attendant %2</translation>
    </message>
    <message>
        <source>session not finished within %1 s (at step %2)</source>
        <translation>session non terminée en %1 s (à l&apos;étape %2)</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>pas de connexion en %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt</name>
    <message>
        <source>&quot;%1&quot; is no URL: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL&#xa0;: %2</translation>
    </message>
    <message>
        <source>The URL must begin with imaps:// (TLS) or imap:// (STARTTLS), not &quot;%1&quot;.</source>
        <translation>L&apos;URL doit commencer par imaps:// (TLS) ou imap:// (STARTTLS), et non par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The URL holds a password; give it in STSSCOPE_IMAP_PASSWORD or at the prompt instead.</source>
        <translation>L&apos;URL contient un mot de passe&#xa0;; indiquez-le plutôt dans STSSCOPE_IMAP_PASSWORD ou à l&apos;invite.</translation>
    </message>
    <message>
        <source>The URL names no user: imaps://USER@HOST/FOLDER.</source>
        <translation>L&apos;URL n&apos;indique aucun utilisateur&#xa0;: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The URL names no host: imaps://USER@HOST/FOLDER.</source>
        <translation>L&apos;URL n&apos;indique aucun hôte&#xa0;: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The URL must end with the folder: imaps://USER@HOST/FOLDER.</source>
        <translation>L&apos;URL doit se terminer par le dossier&#xa0;: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The folder name in the URL cannot be sent to an IMAP server.</source>
        <translation>Le nom de dossier de l&apos;URL ne peut pas être envoyé à un serveur IMAP.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ImapClient</name>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>Impossible d&apos;initialiser libcurl.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeds %1 bytes.</source>
        <translation>La réponse du serveur dépasse %1 octets.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe (%2).</translation>
    </message>
    <message>
        <source>No trusted TLS connection to %1: %2. If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>Aucune connexion TLS de confiance avec %1&#xa0;: %2. Si le serveur utilise une AC privée, indiquez son certificat comme fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the password would travel in plain text: not logged in. Use imaps:// (port 993), or allow plain text explicitly.</source>
        <translation>%1 ne propose pas STARTTLS, le mot de passe circulerait donc en clair&#xa0;: connexion non effectuée. Utilisez imaps:// (port 993), ou autorisez explicitement le texte en clair.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: %2.</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>IMAP with %1 failed: %2.</source>
        <translation>Échec IMAP avec %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be sent to an IMAP server.</source>
        <translation>Le nom de dossier «&#xa0;%1&#xa0;» ne peut pas être envoyé à un serveur IMAP.</translation>
    </message>
    <message>
        <source>The server gave no UIDVALIDITY for the folder &quot;%1&quot;.</source>
        <translation>Le serveur n&apos;a fourni aucun UIDVALIDITY pour le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::MailboxSync</name>
    <message>
        <source>The server gave no UIDNEXT for the folder &quot;%1&quot;.</source>
        <translation>Le serveur n&apos;a fourni aucun UIDNEXT pour le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n rapport ajouté</numerusform>
            <numerusform>%n rapports ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored, but not moved to &quot;%1&quot;: %2</source>
        <translation>Enregistré, mais pas déplacé vers «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to &quot;%1&quot;: it is a folder that is read.</source>
        <translation>Les messages traités ne peuvent pas être déplacés vers «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un dossier qui est lu.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ReportLibraryWorker</name>
    <message>
        <source>The report library is not open.</source>
        <translation>La base de rapports n&apos;est pas ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n rapport ajouté</numerusform>
            <numerusform>%n rapports ajoutés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::AboutDialog</name>
    <message>
        <source>About StsScope</source>
        <translation>À propos de StsScope</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Composants</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>StsScope logo</source>
        <translation>Logo de StsScope</translation>
    </message>
    <message>
        <source>Shows whether mail to a domain is protected in transit: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, the certificates of every MX, and DNSSEC.</source>
        <translation>Indique si le courrier à destination d&apos;un domaine est protégé en transit&#xa0;: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, les certificats de chaque MX, et DNSSEC.</translation>
    </message>
    <message>
        <source>Copyright © 2026 StsScope authors</source>
        <translation>Copyright © 2026 les auteurs de StsScope</translation>
    </message>
    <message>
        <source>StsScope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY; see the Licence tab.</source>
        <translation>StsScope est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni SANS AUCUNE GARANTIE&#xa0;; voir l&apos;onglet Licence.</translation>
    </message>
    <message>
        <source>The libraries StsScope runs with, as they report themselves:</source>
        <translation>Les bibliothèques avec lesquelles StsScope fonctionne, telles qu&apos;elles se déclarent elles-mêmes&#xa0;:</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Versions des composants</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>Co&amp;py versions</source>
        <translation>Copier les &amp;versions</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later; the licence text is missing.</source>
        <translation>GPL-3.0-or-later&#xa0;; le texte de la licence est absent.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::BarChartView</name>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CertificateChainModel</name>
    <message>
        <source>%1 (policy host)</source>
        <translation>%1 (hôte de la politique)</translation>
    </message>
    <message>
        <source>valid, matches %1</source>
        <translation>valide, correspond à %1</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n jour)</numerusform>
            <numerusform>%1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server / certificate</source>
        <translation>Serveur / certificat</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>matches TLSA %1</source>
        <translation>correspond à TLSA %1</translation>
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
        <translation>&amp;Exporter en PEM…</translation>
    </message>
    <message>
        <source>Save the selected server&apos;s certificate chain as PEM</source>
        <translation>Enregistrer au format PEM la chaîne de certificats du serveur sélectionné</translation>
    </message>
    <message>
        <source>Show the leaf certificates of every server side by side</source>
        <translation>Afficher côte à côte les certificats feuilles de tous les serveurs</translation>
    </message>
    <message>
        <source>Certificate chains</source>
        <translation>Chaînes de certificats</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Certificates compared</source>
        <translation>Comparaison des certificats</translation>
    </message>
    <message>
        <source>&lt;p&gt;No server has presented a certificate yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun serveur n&apos;a encore présenté de certificat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a server or a certificate to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un serveur ou un certificat pour en afficher les détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>valid: trusted and the name matches</source>
        <translation>valide&#xa0;: de confiance et le nom correspond</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>non valide (%1)</translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation>Racine de confiance</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>aucune atteinte</translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation>Nom correspondant</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Certificats envoyés</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (matches %2)</source>
        <translation>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (correspond à %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
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
        <translation>Exporter la chaîne de certificats</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Compare a&amp;ll servers</source>
        <translation>Comparer &amp;tous les serveurs</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ChainComparisonModel</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>SPKI SHA-256 (DANE 3 1 1)</source>
        <translation>SPKI SHA-256 (DANE 3 1 1)</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Certificats envoyés</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CoveragePage</name>
    <message>
        <source>mx lines of the draft policy</source>
        <translation>Lignes mx du brouillon de politique</translation>
    </message>
    <message>
        <source>MX hosts and their coverage</source>
        <translation>Serveurs MX et leur couverture</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>S&amp;upprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Leave these MX hosts out on purpose (for example, they are being retired)</source>
        <translation>&amp;Laisser volontairement ces serveurs MX de côté (par exemple parce qu&apos;ils vont être retirés)</translation>
    </message>
    <message>
        <source>Which MX hosts the policy covers</source>
        <translation>Serveurs MX couverts par la politique</translation>
    </message>
    <message>
        <source>Senders that follow the policy deliver only to MX hosts an mx line names. A wildcard such as *.example.com covers exactly one label: mx1.example.com, but not mx1.eu.example.com.</source>
        <translation>Les expéditeurs qui suivent la politique ne livrent qu&apos;aux serveurs MX désignés par une ligne mx. Un joker tel que *.example.com couvre exactement un label&#xa0;: mx1.example.com, mais pas mx1.eu.example.com.</translation>
    </message>
    <message>
        <source>Automatic: a wildcard where every MX shares a parent</source>
        <translation>Automatique&#xa0;: un joker lorsque tous les MX ont le même parent</translation>
    </message>
    <message>
        <source>One line per MX host</source>
        <translation>Une ligne par serveur MX</translation>
    </message>
    <message>
        <source>A wildcard wherever possible</source>
        <translation>Un joker partout où c&apos;est possible</translation>
    </message>
    <message>
        <source>How to propose mx lines</source>
        <translation>Façon de proposer les lignes mx</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>P&amp;roposer</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>St&amp;yle&#xa0;:</translation>
    </message>
    <message>
        <source>MX hosts, and what a sender would do in enforce mode with these lines:</source>
        <translation>Serveurs MX, et ce que ferait un expéditeur en mode enforce avec ces lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Left out: %1. No mx line names it, so senders will not deliver to it once the policy is in enforce mode. Add a line for it, or confirm below that this is intended.</source>
        <translation>Non couvert(s)&#xa0;: %1. Aucune ligne mx ne désigne le ou les serveurs concernés&#xa0;; les expéditeurs ne leur livreront plus de courrier une fois la politique en mode enforce. Ajoutez une ligne, ou confirmez ci-dessous que c&apos;est voulu.</translation>
    </message>
    <message>
        <source>%1 fails validation (%2): in enforce mode senders will not deliver to it until its STARTTLS and certificate are fixed.</source>
        <translation>%1 échoue à la validation (%2)&#xa0;: en mode enforce, les expéditeurs ne lui livreront pas de courrier tant que son STARTTLS et son certificat n&apos;auront pas été corrigés.</translation>
    </message>
    <message>
        <source>The policy needs at least one valid mx line.</source>
        <translation>La politique nécessite au moins une ligne mx valide.</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>ajoute %1</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>retire %1</translation>
    </message>
    <message>
        <source>The same mx lines as the published policy.</source>
        <translation>Les mêmes lignes mx que la politique publiée.</translation>
    </message>
    <message>
        <source>Against the published policy, this %1.</source>
        <translation>Par rapport à la politique publiée, ce brouillon %1.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DateFilterEdit</name>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>A date such as %1 or %2; empty for any date. Alt+Down opens a calendar.</source>
        <translation>Une date comme %1 ou %2&#xa0;; vide pour toute date. Alt+Bas ouvre un calendrier.</translation>
    </message>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation>Choisir %1 dans un calendrier</translation>
    </message>
    <message>
        <source>Not a date. Type it as %1 or %2.</source>
        <translation>Ce n&apos;est pas une date. Saisissez-la sous la forme %1 ou %2.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DnsRecordsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainFailuresModel</name>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Type de résultat</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>MX destinataire</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessions en échec</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Expéditeurs</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier signalement</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier signalement</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainInspector</name>
    <message>
        <source>Chain of trust</source>
        <translation>Chaîne de confiance</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Politique</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms</source>
        <translation>Vérifié le %1 via %2 en %3 ms</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Serveurs MX</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <source>M&amp;X hosts</source>
        <translation>Serveurs &amp;MX</translation>
    </message>
    <message>
        <source>Cert&amp;ificates</source>
        <translation>Cert&amp;ificats</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation>&amp;Constats (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 s — %n probe(s) running: %2</source>
        <translation>
            <numerusform>%1 s — %n sonde en cours : %2</numerusform>
            <numerusform>%1 s — %n sondes en cours : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported fail&amp;ures</source>
        <extracomment>The tab of the failures senders reported (TLS-RPT) for the domain; most letters are taken.</extracomment>
        <translation>Échecs rappor&amp;tés</translation>
    </message>
    <message>
        <source>TLS-RPT failures that senders reported for this domain</source>
        <translation>Échecs TLS-RPT signalés par les expéditeurs pour ce domaine</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainPage</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Your mail domain</source>
        <translation>Votre domaine de messagerie</translation>
    </message>
    <message>
        <source>StsScope looks up what the domain publishes today: its MX hosts and their certificates, an existing MTA-STS policy and its records, and the TLS-RPT record. Nothing is changed.</source>
        <translation>StsScope relève ce que le domaine publie aujourd&apos;hui&#xa0;: ses serveurs MX et leurs certificats, une éventuelle politique MTA-STS et ses enregistrements, ainsi que l&apos;enregistrement TLS-RPT. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Domaine de messagerie</translation>
    </message>
    <message>
        <source>What the domain publishes now</source>
        <translation>Ce que le domaine publie actuellement</translation>
    </message>
    <message>
        <source>The published policy</source>
        <translation>La politique publiée</translation>
    </message>
    <message>
        <source>No policy is published.</source>
        <translation>Aucune politique n&apos;est publiée.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Published policy (mta-sts.txt):</source>
        <translation>Politique publiée (mta-sts.txt)&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine&#xa0;: %2</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1… %n step(s) running</source>
        <translation>
            <numerusform>Analyse de %1… %n étape en cours</numerusform>
            <numerusform>Analyse de %1… %n étapes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s) found, looked up in %2 s.</source>
        <translation>
            <numerusform>%1&#xa0;: %n serveur MX trouvé, analyse effectuée en %2 s.</numerusform>
            <numerusform>%1&#xa0;: %n serveurs MX trouvés, analyse effectuée en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Look the domain up again to continue.</source>
        <translation>Arrêté. Relancez l&apos;analyse du domaine pour continuer.</translation>
    </message>
    <message>
        <source>The lookup could not run: %1</source>
        <translation>L&apos;analyse n&apos;a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The MX records of %1 were not looked up.</source>
        <translation>Les enregistrements MX de %1 n&apos;ont pas été interrogés.</translation>
    </message>
    <message>
        <source>The MX records of %1 cannot be resolved (%2). Fix the domain&apos;s DNS first.</source>
        <translation>Les enregistrements MX de %1 ne peuvent pas être résolus (%2). Corrigez d&apos;abord le DNS du domaine.</translation>
    </message>
    <message>
        <source>%1 accepts no mail (it has a null MX record), so there is nothing for MTA-STS to protect.</source>
        <translation>%1 n&apos;accepte aucun courrier (il publie un MX nul)&#xa0;; MTA-STS n&apos;a donc rien à protéger.</translation>
    </message>
    <message>
        <source>Looking up %1 (%2)…</source>
        <translation>Recherche de %1 (%2)…</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainReportsView</name>
    <message>
        <source>TLS-RPT failures of the domain</source>
        <translation>Échecs TLS-RPT du domaine</translation>
    </message>
    <message>
        <source>What the reports say</source>
        <translation>Ce que disent les rapports</translation>
    </message>
    <message>
        <source>What sending servers report about the domain shows here once it is checked.</source>
        <translation>Ce que les serveurs expéditeurs signalent à propos du domaine s&apos;affiche ici une fois qu&apos;il a été vérifié.</translation>
    </message>
    <message>
        <source>The report library holds no TLS-RPT reports for %1. Senders mail them to the address in the domain&apos;s _smtp._tls record; import them in the Reports area.</source>
        <translation>La base de rapports ne contient aucun rapport TLS-RPT pour %1. Les expéditeurs les envoient à l&apos;adresse indiquée dans l&apos;enregistrement _smtp._tls du domaine&#xa0;; importez-les dans la zone Rapports.</translation>
    </message>
    <message>
        <source>No TLS-RPT reports for %1 in the last %2 days (since %3); the latest is from %4.</source>
        <translation>Aucun rapport TLS-RPT pour %1 au cours des %2 derniers jours (depuis le %3)&#xa0;; le plus récent date du %4.</translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, %4 of them failed; none came with failure details.</source>
        <translation>
            <numerusform>Au cours des %1 derniers jours, %n rapport pour %2 a compté %3 sessions, dont %4 en échec&#xa0;; aucun n&apos;était accompagné de détails d&apos;échec.</numerusform>
            <numerusform>Au cours des %1 derniers jours, %n rapports pour %2 ont compté %3 sessions, dont %4 en échec&#xa0;; aucun n&apos;était accompagné de détails d&apos;échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, all successful.</source>
        <translation>
            <numerusform>Au cours des %1 derniers jours, %n rapport pour %2 a compté %3 sessions, toutes réussies.</numerusform>
            <numerusform>Au cours des %1 derniers jours, %n rapports pour %2 ont compté %3 sessions, toutes réussies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days (since %2) %n report(s) for %3 counted %4 failed of %5 sessions (success rate %6). By result type and receiving MX:</source>
        <translation>
            <numerusform>Au cours des %1 derniers jours (depuis le %2), %n rapport pour %3 a compté %4 sessions en échec sur %5 (taux de réussite %6). Par type de résultat et MX destinataire&#xa0;:</numerusform>
            <numerusform>Au cours des %1 derniers jours (depuis le %2), %n rapports pour %3 ont compté %4 sessions en échec sur %5 (taux de réussite %6). Par type de résultat et MX destinataire&#xa0;:</numerusform>
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
        <translation>Réseau de cette machine</translation>
    </message>
    <message>
        <source>This network limits the checks</source>
        <translation>Ce réseau limite les vérifications</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>Ce réseau</translation>
    </message>
    <message>
        <source>A check run from here cannot see everything a sending mail server would. StsScope does not blame the domains for it: what it could not observe is shown as unknown, and where that decides, the verdict is INCONCLUSIVE. To see what a server sees, set a SOCKS5 proxy on a server that can reach port 25 in Settings (ssh -N -D 1080 a-server makes one).</source>
        <translation>Une vérification lancée d&apos;ici ne voit pas tout ce que verrait un serveur de messagerie expéditeur. StsScope n&apos;en accuse pas les domaines : ce qui n&apos;a pas pu être observé est affiché comme inconnu et, là où cela décide, le verdict est NON CONCLUANT. Pour voir ce que voit un serveur, indiquez dans les Paramètres un proxy SOCKS5 sur un serveur qui atteint le port 25 (ssh -N -D 1080 un-serveur en crée un).</translation>
    </message>
    <message>
        <source>Nothing found so far hides from a check what a sending mail server would see.</source>
        <translation>Rien de ce qui a été constaté jusqu&apos;ici ne cache à une vérification ce que verrait un serveur expéditeur.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Retester</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailureDetailsModel</name>
    <message>
        <source>Policy domain</source>
        <translation>Domaine de politique</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Type de résultat</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessions en échec</translation>
    </message>
    <message>
        <source>Sending MTA IP</source>
        <translation>IP du MTA expéditeur</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>MX destinataire</translation>
    </message>
    <message>
        <source>Receiving MX HELO</source>
        <translation>HELO du MX destinataire</translation>
    </message>
    <message>
        <source>Receiving IP</source>
        <translation>IP destinataire</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code de raison</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Informations complémentaires</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathModel</name>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>MX destinataire</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Type de résultat</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Domaine de politique</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessions en échec</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Premier signalement</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier signalement</translation>
    </message>
    <message numerus="yes">
        <source>Reported from %1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Signalé du %1 au %2 (%n jour)</numerusform>
            <numerusform>Signalé du %1 au %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n report(s)</source>
        <translation>
            <numerusform>dans %n rapport</numerusform>
            <numerusform>dans %n rapports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathsView</name>
    <message>
        <source>Failures by sender and MX</source>
        <translation>Échecs par expéditeur et MX</translation>
    </message>
    <message>
        <source>Which sender failed to reach which MX, for what reason, and since when: the failure details of the reports in the filter, summed per path. Double-click a row for the failure details of its latest report.</source>
        <translation>Quel expéditeur n&apos;a pas pu joindre quel MX, pour quelle raison et depuis quand&#xa0;: les détails d&apos;échec des rapports du filtre, additionnés par chemin. Double-cliquez sur une ligne pour les détails d&apos;échec de son rapport le plus récent.</translation>
    </message>
    <message>
        <source>Search sender, MX, result type, domain…</source>
        <translation>Rechercher un expéditeur, un MX, un type de résultat, un domaine…</translation>
    </message>
    <message>
        <source>Search failures by sender and MX</source>
        <translation>Rechercher dans les échecs par expéditeur et MX</translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation>Aucun rapport dans cette sélection.</translation>
    </message>
    <message>
        <source>The reports count %1 failed sessions but give no failure details, so they cannot be traced to a receiving MX.</source>
        <translation>Les rapports comptent %1 sessions en échec mais ne donnent aucun détail d&apos;échec&#xa0;; elles ne peuvent pas être rattachées à un MX destinataire.</translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation>Aucune session en échec dans cette sélection.</translation>
    </message>
    <message>
        <source>No failure matches the search.</source>
        <translation>Aucun échec ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Check the Policy Domain Now</source>
        <translation>Vérifier maintenant le domaine de politique</translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation>Vérifier %1 maintenant</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
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
        <translation>Problèmes (avertissements et erreurs)</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation>Constats à afficher</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Explication du constat</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it means and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un constat pour savoir ce qu&apos;il signifie et comment y remédier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risque&#xa0;:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Correction&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affich&amp;er :</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Constat %1</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HelpWindow</name>
    <message>
        <source>StsScope Help</source>
        <translation>Aide de StsScope</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texte d&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation>Référence des &amp;constats</translation>
    </message>
    <message>
        <source>%1 is not part of the built-in help; it is in the source tree and in the installed documentation folder.</source>
        <translation>%1 ne fait pas partie de l&apos;aide intégrée ; il se trouve dans les sources et dans le dossier de documentation installé.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HistoryView</name>
    <message>
        <source>Checked</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Vérifications précédentes</translation>
    </message>
    <message>
        <source>Changes since the selected check</source>
        <translation>Modifications depuis la vérification sélectionnée</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucun changement.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n rapport importé</numerusform>
            <numerusform>%n rapports importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la base</numerusform>
            <numerusform>%n déjà dans la base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 of %n file(s).</source>
        <translation>
            <numerusform>%1, à partir de %2 sur %n fichier.</numerusform>
            <numerusform>%1, à partir de %2 sur %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fichier non importé.</numerusform>
            <numerusform>Annulé&#xa0;: %n fichiers non importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryModel</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Déjà dans la base</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountDialog</name>
    <message>
        <source>Allow &amp;unencrypted IMAP</source>
        <translation>Autoriser l&apos;IMAP &amp;non chiffré</translation>
    </message>
    <message>
        <source>Mailbox Account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>0: 993 for TLS, 143 for STARTTLS and plain text</source>
        <translation>0&#xa0;: 993 pour TLS, 143 pour STARTTLS et le texte en clair</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Plain text (no encryption)</source>
        <translation>Texte en clair (sans chiffrement)</translation>
    </message>
    <message>
        <source>Without TLS the password and the reports cross the network readable by anyone on the way. Use it only on a network you control.</source>
        <translation>Sans TLS, le mot de passe et les rapports traversent le réseau lisibles par quiconque se trouve sur le trajet. N&apos;utilisez cette option que sur un réseau que vous contrôlez.</translation>
    </message>
    <message>
        <source>tlsrpt@example.com</source>
        <translation>tlsrpt@example.com</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>mot de passe ou mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>One or more folders, separated by commas.</source>
        <translation>Un ou plusieurs dossiers, séparés par des virgules.</translation>
    </message>
    <message>
        <source>leave the messages where they are</source>
        <translation>laisser les messages où ils sont</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Dossiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move processed to:</source>
        <translation>Déplacer les messages traités &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s host name.</source>
        <translation>Saisissez le nom d&apos;hôte du serveur IMAP.</translation>
    </message>
    <message>
        <source>The server must be a host name or an IP address.</source>
        <translation>Le serveur doit être un nom d&apos;hôte ou une adresse IP.</translation>
    </message>
    <message>
        <source>Enter the user name (often the mail address).</source>
        <translation>Saisissez le nom d&apos;utilisateur (souvent l&apos;adresse e-mail).</translation>
    </message>
    <message>
        <source>Enter at least one folder to read, such as INBOX.</source>
        <translation>Saisissez au moins un dossier à lire, par exemple INBOX.</translation>
    </message>
    <message>
        <source>Plain-text IMAP sends the password unencrypted: tick &quot;Allow unencrypted IMAP&quot; to use it.</source>
        <translation>L&apos;IMAP en texte clair envoie le mot de passe sans chiffrement&#xa0;: cochez «&#xa0;Autoriser l&apos;IMAP non chiffré&#xa0;» pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to a folder that is read.</source>
        <translation>Les messages traités ne peuvent pas être déplacés vers un dossier qui est lu.</translation>
    </message>
    <message>
        <source>The server, port or user name changed: enter the password again.</source>
        <translation>Le serveur, le port ou le nom d&apos;utilisateur a changé&#xa0;: saisissez à nouveau le mot de passe.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Mailbox Accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>TLS-RPT reports are mailed to the address in your _smtp._tls record. StsScope reads new messages from these IMAP accounts into the report library.</source>
        <translation>Les rapports TLS-RPT sont envoyés à l&apos;adresse indiquée dans votre enregistrement _smtp._tls. StsScope lit les nouveaux messages de ces comptes IMAP et les ajoute à la base de rapports.</translation>
    </message>
    <message>
        <source>Mailbox accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never (only Sync Now)</source>
        <translation>jamais (uniquement «&#xa0;Synchroniser maintenant&#xa0;»)</translation>
    </message>
    <message>
        <source>While StsScope runs it syncs at start and then every so many hours.</source>
        <translation>Tant que StsScope s&apos;exécute, il synchronise au démarrage, puis selon l&apos;intervalle indiqué en heures.</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>&amp;Intervalle de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keychain, not in the settings.</source>
        <translation>Le mot de passe est conservé dans le trousseau du bureau, pas dans les paramètres.</translation>
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
        <translation>texte en clair</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Messages stay where they are.</source>
        <translation>Les messages restent où ils sont.</translation>
    </message>
    <message>
        <source>Processed messages are moved to %1.</source>
        <translation>Les messages traités sont déplacés vers %1.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxPasswordStore</name>
    <message>
        <source>No keychain is available, so the password is not stored: it is asked for at each sync.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;; le mot de passe n&apos;est donc pas enregistré&#xa0;: il est demandé à chaque synchronisation.</translation>
    </message>
    <message>
        <source>The desktop keychain is not available (%1), so the password is not stored: it is asked for at each sync.</source>
        <translation>Le trousseau du bureau n&apos;est pas disponible (%1)&#xa0;; le mot de passe n&apos;est donc pas enregistré&#xa0;: il est demandé à chaque synchronisation.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxSyncController</name>
    <message>
        <source>%1 was not synced: no password is stored for it.</source>
        <translation>%1 n&apos;a pas été synchronisé&#xa0;: aucun mot de passe n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 n&apos;a pas été synchronisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Saisissez un domaine de messagerie et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Check history is off: %1</source>
        <translation>L&apos;historique des vérifications est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Checked domains</source>
        <translation>Domaines vérifiés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New Check…</source>
        <translation>&amp;Nouvelle vérification…</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Policy wizard…</source>
        <translation>Assistant de &amp;politique…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About StsScope</source>
        <translation>À &amp;propos de StsScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification en cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) running</source>
        <translation>
            <numerusform>%n sonde en cours</numerusform>
            <numerusform>%n sondes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a domain first.</source>
        <translation>Vérifiez d&apos;abord un domaine.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
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
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>Domai&amp;nes</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domaines</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1&#xa0;: démarrage</translation>
    </message>
    <message>
        <source>Settings saved. The new language shows after a restart.</source>
        <translation>Paramètres enregistrés. La nouvelle langue s&apos;affichera après un redémarrage.</translation>
    </message>
    <message>
        <source>Settings saved; the next check uses them.</source>
        <translation>Paramètres enregistrés&#xa0;; la prochaine vérification les utilisera.</translation>
    </message>
    <message>
        <source>About the domain entered</source>
        <translation>À propos du domaine saisi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine : %2.</translation>
    </message>
    <message>
        <source>Checking %1: %2.</source>
        <translation>Vérification de %1 : %2.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>V&amp;érifier</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation>Référence des &amp;constats</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n domain(s) from the list; their history is kept.</source>
        <translation>
            <numerusform>%n domaine retiré de la liste ; son historique est conservé.</numerusform>
            <numerusform>%n domaines retirés de la liste ; leur historique est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation>Dernière vérification %1 : %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>&amp;Watch This Domain</source>
        <translation>&amp;Surveiller ce domaine</translation>
    </message>
    <message>
        <source>%1 is on the watch list: it is checked again in the background.</source>
        <translation>%1 est dans la liste de surveillance&#xa0;: il est revérifié en arrière-plan.</translation>
    </message>
    <message>
        <source>&amp;Watch List</source>
        <translation>Liste de &amp;surveillance</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation>Continuer dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>Closing the window leaves StsScope in the system tray, watching your domains.</source>
        <translation>À la fermeture de la fenêtre, StsScope reste dans la zone de notification et surveille vos domaines.</translation>
    </message>
    <message>
        <source>TLS-RPT reports</source>
        <translation>Rapports TLS-RPT</translation>
    </message>
    <message>
        <source>Could not delete the check history: %1</source>
        <translation>Impossible de supprimer l&apos;historique des vérifications&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check(s) from the history.</source>
        <translation>
            <numerusform>%n vérification supprimée de l&apos;historique.</numerusform>
            <numerusform>%n vérifications supprimées de l&apos;historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ModePage</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode and max_age</source>
        <translation>Mode et max_age</translation>
    </message>
    <message>
        <source>The mode says what senders do when an MX fails the check; max_age says how long they remember the policy.</source>
        <translation>Le mode indique ce que font les expéditeurs lorsqu&apos;un MX échoue à la vérification&#xa0;; max_age indique combien de temps ils mémorisent la politique.</translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation>Mode &amp;testing</translation>
    </message>
    <message>
        <source>Senders check every MX against the policy and report failures to you, but still deliver when a check fails. Nothing can break; you learn what would.</source>
        <translation>Les expéditeurs vérifient chaque MX par rapport à la politique et vous signalent les échecs, mais livrent quand même lorsqu&apos;une vérification échoue. Rien ne peut casser&#xa0;; vous découvrez ce qui casserait.</translation>
    </message>
    <message>
        <source>&amp;Enforce</source>
        <translation>Mode &amp;enforce</translation>
    </message>
    <message>
        <source>Senders deliver only over TLS, with a valid certificate, to an MX the policy names. Nobody can downgrade or intercept the connection any more, and an MX that fails the check gets no mail.</source>
        <translation>Les expéditeurs ne livrent qu&apos;en TLS, avec un certificat valide, à un MX désigné par la politique. Plus personne ne peut forcer une connexion dégradée ni l&apos;intercepter, et un MX qui échoue à la vérification ne reçoit plus de courrier.</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>Mode n&amp;one</translation>
    </message>
    <message>
        <source>Switches MTA-STS off: senders forget the policy they remembered. This is how to withdraw a policy safely.</source>
        <translation>Désactive MTA-STS&#xa0;: les expéditeurs oublient la politique qu&apos;ils avaient mémorisée. C&apos;est ainsi qu&apos;on retire une politique sans risque.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>max_age amount</source>
        <translation>Valeur de max_age</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>max_age unit</source>
        <translation>Unité de max_age</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>Senders remember the policy for</source>
        <translation>Les expéditeurs mémorisent la politique pendant</translation>
    </message>
    <message>
        <source>Recommended rollout</source>
        <translation>Déploiement recommandé</translation>
    </message>
    <message>
        <source>&amp;Use the recommended setting</source>
        <translation>&amp;Utiliser le réglage recommandé</translation>
    </message>
    <message>
        <source>Step 1: testing mode with a max_age of one day. Keep it for two to four weeks while the TLS-RPT reports come in, and fix every failure they show.
Step 2: enforce mode with a max_age of weeks (start with two weeks, later up to a year).</source>
        <translation>Étape 1&#xa0;: mode testing avec un max_age d&apos;un jour. Conservez-le deux à quatre semaines, le temps de recevoir les rapports TLS-RPT, et corrigez chaque échec qu&apos;ils signalent.
Étape 2&#xa0;: mode enforce avec un max_age de plusieurs semaines (commencez par deux semaines, puis allez jusqu&apos;à un an).</translation>
    </message>
    <message>
        <source>%1 is in testing mode (step 1). Step 2: once the TLS-RPT reports have shown no failures for two weeks or more, switch to enforce with a max_age of two weeks, and later raise it up to a year.</source>
        <translation>%1 est en mode testing (étape 1). Étape 2&#xa0;: lorsque les rapports TLS-RPT n&apos;ont montré aucun échec pendant au moins deux semaines, passez en mode enforce avec un max_age de deux semaines, puis augmentez-le progressivement jusqu&apos;à un an.</translation>
    </message>
    <message>
        <source>%1 is in enforce mode. Keep it, with a max_age of at least a week; many domains use one to twelve months.</source>
        <translation>%1 est en mode enforce. Restez-y, avec un max_age d&apos;au moins une semaine&#xa0;; de nombreux domaines utilisent un à douze mois.</translation>
    </message>
    <message>
        <source>= %1 seconds (%2)</source>
        <translation>= %1 secondes (%2)</translation>
    </message>
    <message>
        <source>= %1 seconds</source>
        <translation>= %1 secondes</translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds (one year); senders reject a policy with a larger value.</source>
        <translation>max_age doit être compris entre 0 et 31557600 secondes (un an)&#xa0;; les expéditeurs rejettent une politique dont la valeur est supérieure.</translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to an MX that fails the check. Switch only when the reports of a testing period show that every MX passes.</source>
        <translation>En mode enforce, les expéditeurs refusent de livrer à un MX qui échoue à la vérification. Ne basculez que lorsque les rapports d&apos;une période de test montrent que chaque MX passe la vérification.</translation>
    </message>
    <message>
        <source>A max_age under a week gives little protection in enforce mode: once it expires, an attacker who blocks the policy fetch can strip TLS again. Use weeks.</source>
        <translation>Un max_age inférieur à une semaine protège peu en mode enforce&#xa0;: dès qu&apos;il expire, un attaquant qui bloque la récupération de la politique peut de nouveau supprimer TLS. Comptez en semaines.</translation>
    </message>
    <message>
        <source>A long max_age while testing makes senders keep this policy for %1; a day lets you change course quickly.</source>
        <translation>Un max_age long pendant la phase de test fait conserver cette politique aux expéditeurs pendant %1&#xa0;; avec un jour, vous pouvez changer de cap rapidement.</translation>
    </message>
    <message>
        <source>Under a day, senders fetch the policy again and again, and protection lapses quickly.</source>
        <translation>En dessous d&apos;un jour, les expéditeurs récupèrent la politique sans cesse, et la protection expire vite.</translation>
    </message>
    <message>
        <source>To withdraw the policy: publish mode none with a new id, keep it for at least the old max_age (%1), then remove the records.</source>
        <translation>Pour retirer la politique&#xa0;: publiez le mode none avec un nouvel id, conservez-le au moins pendant l&apos;ancien max_age (%1), puis supprimez les enregistrements.</translation>
    </message>
    <message>
        <source>No policy is published, so there is nothing to withdraw; mode none protects nothing.</source>
        <translation>Aucune politique n&apos;est publiée&#xa0;; il n&apos;y a donc rien à retirer, et le mode none ne protège rien.</translation>
    </message>
    <message>
        <source>Reading the TLS-RPT reports of %1 for the last two weeks…</source>
        <translation>Lecture des rapports TLS-RPT de %1 des deux dernières semaines…</translation>
    </message>
    <message>
        <source>No TLS-RPT reports are loaded, so nothing shows that enforce is safe for %1. Import the reports of the last two weeks (Reports, Import reports…) to have them checked here, or confirm below that you have checked them.</source>
        <translation>Aucun rapport TLS-RPT n&apos;est chargé&#xa0;; rien ne montre donc que le mode enforce est sans risque pour %1. Importez les rapports des deux dernières semaines (Rapports, Importer des rapports…) pour qu&apos;ils soient vérifiés ici, ou confirmez ci-dessous que vous les avez vérifiés.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded report(s) covers %1 between %2 and %3 (UTC), so nothing shows that enforce is safe. Import the recent reports, or confirm below that you have checked them.</source>
        <translation>
            <numerusform>Le rapport chargé (%n) ne couvre pas %1 entre %2 et %3 (UTC)&#xa0;; rien ne montre donc que le mode enforce est sans risque. Importez les rapports récents, ou confirmez ci-dessous que vous les avez vérifiés.</numerusform>
            <numerusform>Aucun des %n rapports chargés ne couvre %1 entre %2 et %3 (UTC)&#xa0;; rien ne montre donc que le mode enforce est sans risque. Importez les rapports récents, ou confirmez ci-dessous que vous les avez vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n report(s)). In enforce mode senders would refuse that mail: fix the failures first (Reports shows which sender failed at which MX, and why).</source>
        <translation>
            <numerusform>Avertissement&#xa0;: les rapports TLS-RPT pour %1 entre %2 et %3 (UTC) indiquent %4 sessions en échec sur %5 (%n rapport). En mode enforce, les expéditeurs refuseraient ce courrier&#xa0;: corrigez d&apos;abord les échecs (la zone Rapports indique quel expéditeur a échoué sur quel MX, et pourquoi).</numerusform>
            <numerusform>Avertissement&#xa0;: les rapports TLS-RPT pour %1 entre %2 et %3 (UTC) indiquent %4 sessions en échec sur %5 (%n rapports). En mode enforce, les expéditeurs refuseraient ce courrier&#xa0;: corrigez d&apos;abord les échecs (la zone Rapports indique quel expéditeur a échoué sur quel MX, et pourquoi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n report(s)), so nothing shows that enforce is safe.</source>
        <translation>
            <numerusform>Les rapports TLS-RPT pour %1 entre %2 et %3 (UTC) ne comptent aucune session (%n rapport)&#xa0;; rien ne montre donc que le mode enforce est sans risque.</numerusform>
            <numerusform>Les rapports TLS-RPT pour %1 entre %2 et %3 (UTC) ne comptent aucune session (%n rapports)&#xa0;; rien ne montre donc que le mode enforce est sans risque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in %n report(s), all successful.</source>
        <translation>
            <numerusform>Les rapports TLS-RPT pour %1 entre %2 et %3 (UTC) n&apos;indiquent aucun échec&#xa0;: %4 sessions dans %n rapport, toutes réussies.</numerusform>
            <numerusform>Les rapports TLS-RPT pour %1 entre %2 et %3 (UTC) n&apos;indiquent aucun échec&#xa0;: %4 sessions dans %n rapports, toutes réussies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforce anyway: I have checked that the TLS-&amp;RPT reports for %1 show no failures for at least two weeks</source>
        <translation>Passer quand même en enforce&#xa0;: j&apos;ai vérifié que les rapports TLS-&amp;RPT pour %1 n&apos;indiquent aucun échec depuis au moins deux semaines</translation>
    </message>
    <message>
        <source>The TLS-RPT reports for %1 show no failures, but they cover only %2 of the %3 days from %4 to %5 (UTC), the first on %6: too little to show that enforce is safe. Wait for two weeks of reports, or confirm below that you have checked them.</source>
        <translation>Les rapports TLS-RPT pour %1 n&apos;indiquent aucun échec, mais ils ne couvrent que %2 des %3 jours entre %4 et %5 (UTC), le premier le %6&#xa0;: c&apos;est trop peu pour montrer que le mode enforce est sans risque. Attendez deux semaines de rapports, ou confirmez ci-dessous que vous les avez vérifiés.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MxHostsModel</name>
    <message>
        <source>implicit</source>
        <translation>implicite</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>résolution…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>échec à l&apos;étape %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Préf.</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Serveur MX</translation>
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
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation>Motif de la politique</translation>
    </message>
    <message>
        <source>Would deliver</source>
        <translation>Livraison possible</translation>
    </message>
    <message>
        <source>TLS-RPT result</source>
        <translation>Résultat TLS-RPT</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>inconnu : %1</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 (MTA-STS only: %2)</source>
        <translation>%1 (MTA-STS seul : %2)</translation>
    </message>
    <message>
        <source>Authenticated by %1</source>
        <translation>Authentifié par %1</translation>
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
        <translation>Ne couvre aucun des serveurs MX du domaine.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>mx line</source>
        <extracomment>a line &quot;mx: &lt;pattern&gt;&quot; of the MTA-STS policy</extracomment>
        <translation>Ligne mx</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OutputPage</name>
    <message>
        <source>Publish</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Everything needed to publish the policy. Publish in this order: the policy file on the web server, then the TLS-RPT record, and the _mta-sts record last, because senders look for the policy once they see the record and fetch it again only when its id changes.</source>
        <translation>Tout ce qu&apos;il faut pour publier la politique. Publiez dans cet ordre&#xa0;: le fichier de politique sur le serveur web, puis l&apos;enregistrement TLS-RPT, et l&apos;enregistrement _mta-sts en dernier, car les expéditeurs cherchent la politique dès qu&apos;ils voient l&apos;enregistrement et ne la récupèrent de nouveau que lorsque son id change.</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Fichiers générés</translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation>&amp;Enregistrer tout dans un dossier…</translation>
    </message>
    <message>
        <source>DNS records for a provider&apos;s web form</source>
        <translation>Enregistrements DNS pour le formulaire web d&apos;un hébergeur DNS</translation>
    </message>
    <message>
        <source>C&amp;opy name</source>
        <translation>C&amp;opier le nom</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Enter each value without quotes. Most forms want the name within the domain; hover over a name for the full one. The policy host mta-sts.%1 also needs an address record (A/AAAA or CNAME) pointing at the web server.</source>
        <translation>Saisissez chaque valeur sans guillemets. La plupart des formulaires attendent le nom relatif au domaine&#xa0;; survolez un nom pour voir le nom complet. L&apos;hôte de la politique mta-sts.%1 a aussi besoin d&apos;un enregistrement d&apos;adresse (A/AAAA ou CNAME) pointant vers le serveur web.</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>&amp;Copier %1</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>The DNS records as plain values for a provider&apos;s web form</source>
        <translation>Les enregistrements DNS sous forme de valeurs brutes, pour le formulaire web d&apos;un hébergeur DNS</translation>
    </message>
    <message>
        <source>&amp;Copy the changes</source>
        <translation>&amp;Copier les modifications</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>The draft against the published policy: - removed, + added</source>
        <translation>Le brouillon par rapport à la politique publiée&#xa0;: - supprimé, + ajouté</translation>
    </message>
    <message>
        <source>Nothing can be generated: %1</source>
        <translation>Impossible de générer quoi que ce soit&#xa0;: %1</translation>
    </message>
    <message>
        <source>New policy with id %1.</source>
        <translation>Nouvelle politique avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>The policy text is the same as the published one, so the id stays %1 and the _mta-sts record does not change.</source>
        <translation>Le texte de la politique est identique à celui qui est publié&#xa0;; l&apos;id reste donc %1 et l&apos;enregistrement _mta-sts ne change pas.</translation>
    </message>
    <message>
        <source>The policy changed (see Changes), so the id changes from %1 to %2: update the _mta-sts record after the new file is online, or senders keep the old policy.</source>
        <translation>La politique a changé (voir Modifications)&#xa0;; l&apos;id passe donc de %1 à %2&#xa0;: mettez à jour l&apos;enregistrement _mta-sts une fois le nouveau fichier en ligne, sinon les expéditeurs conservent l&apos;ancienne politique.</translation>
    </message>
    <message>
        <source>%1 Mode %2, max_age %3 s.</source>
        <translation>%1 Mode %2, max_age %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save all files to folder</source>
        <translation>Enregistrer tous les fichiers dans un dossier</translation>
    </message>
    <message>
        <source>Copy the &amp;TLSA records</source>
        <translation>Copier les enregistrements &amp;TLSA</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>TLSA records for the keys the MX hosts present now, with the rollover advice</source>
        <translation>Enregistrements TLSA pour les clés que présentent maintenant les serveurs MX, avec le conseil de renouvellement</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OverviewModel</name>
    <message>
        <source>_mta-sts record</source>
        <translation>Enregistrement _mta-sts</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>résolution…</translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation>valide, id %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>Policy host %1</source>
        <translation>Hôte de la politique %1</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>récupération…</translation>
    </message>
    <message>
        <source>HTTPS %1, certificate valid</source>
        <translation>HTTPS %1, certificat valide</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>mode %1, max_age %2 s, mx %3</source>
        <translation>mode %1, max_age %2 s, mx %3</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>non valide (%1)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Enregistrements MX</translation>
    </message>
    <message>
        <source>senders deliver</source>
        <translation>les expéditeurs livrent</translation>
    </message>
    <message>
        <source>senders do not deliver</source>
        <translation>les expéditeurs ne livrent pas</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>STARTTLS, %1, %2</source>
        <translation>STARTTLS, %1, %2</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>échec à l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message numerus="yes">
        <source>valid for %1, %n day(s) left</source>
        <translation>
            <numerusform>valide pour %1, %n jour restant</numerusform>
            <numerusform>valide pour %1, %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>_smtp._tls record</source>
        <translation>Enregistrement _smtp._tls</translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation>absent ou non valide</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not observable from here: %1</source>
        <translation>non observable d&apos;ici : %1</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>échec de la requête : %1</translation>
    </message>
    <message>
        <source>lookup failed: %1 (%2)</source>
        <translation>échec de la requête : %1 (%2)</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation>Protégé contre</translation>
    </message>
    <message>
        <source>%1 of %2 threats</source>
        <translation>%1 menaces sur %2</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyView</name>
    <message>
        <source>Policy lines</source>
        <translation>Lignes de la politique</translation>
    </message>
    <message>
        <source>HTTP response headers</source>
        <translation>En-têtes de la réponse HTTP</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No policy was fetched: %1.</source>
        <translation>Aucune politique n&apos;a été récupérée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Fetching the policy…</source>
        <translation>Récupération de la politique…</translation>
    </message>
    <message>
        <source>mode &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 days), mx: %4</source>
        <translation>mode &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 jours), mx&#xa0;: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Certificate of %1: valid, matches %2 (see Certificates).</source>
        <translation>Certificat de %1&#xa0;: valide, correspond à %2 (voir Certificats).</translation>
    </message>
    <message>
        <source>Certificate of %1: &lt;b&gt;invalid&lt;/b&gt; (%2; see Certificates).</source>
        <translation>Certificat de %1&#xa0;: &lt;b&gt;non valide&lt;/b&gt; (%2&#xa0;; voir Certificats).</translation>
    </message>
    <message>
        <source>No HTTP response (%1 ms).</source>
        <translation>Aucune réponse HTTP (%1 ms).</translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4 bytes in %5 ms over %6</source>
        <translation>%1 %2 %3 — %4 octets en %5 ms via %6</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyWizard</name>
    <message>
        <source>MTA-STS Policy Wizard</source>
        <translation>Assistant de politique MTA-STS</translation>
    </message>
    <message>
        <source>The files have not been saved.</source>
        <translation>Les fichiers n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>Nothing is published or written until you save the files and put them online yourself. Closing now discards this draft.</source>
        <translation>Rien n&apos;est publié ni écrit tant que vous n&apos;avez pas enregistré les fichiers et ne les avez pas mis en ligne vous-même. Fermer maintenant abandonne ce brouillon.</translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation>&amp;Enregistrer tout dans un dossier…</translation>
    </message>
    <message>
        <source>Discard this policy draft?</source>
        <translation>Abandonner ce brouillon de politique ?</translation>
    </message>
    <message>
        <source>The wizard has not written any file yet; what you entered on its pages will be lost.</source>
        <translation>L&apos;assistant n&apos;a encore écrit aucun fichier ; ce que vous avez saisi dans ses pages sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PreflightPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>MX hosts under the draft</source>
        <translation>Serveurs MX avec le brouillon</translation>
    </message>
    <message>
        <source>Why MX hosts would fail</source>
        <translation>Pourquoi des serveurs MX échoueraient</translation>
    </message>
    <message>
        <source>Pre-flight: the draft against your MX hosts</source>
        <translation>Vérification préalable&#xa0;: le brouillon face à vos serveurs MX</translation>
    </message>
    <message>
        <source>StsScope connects to every MX host as a sender would and judges it against the draft, as if the draft were already published.</source>
        <translation>StsScope se connecte à chaque serveur MX comme le ferait un expéditeur et l&apos;évalue par rapport au brouillon, comme si celui-ci était déjà publié.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Checking %1 against the draft…</source>
        <translation>Vérification de %1 par rapport au brouillon…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 against the draft… %n step(s) running</source>
        <translation>
            <numerusform>Vérification de %1 par rapport au brouillon… %n étape en cours</numerusform>
            <numerusform>Vérification de %1 par rapport au brouillon… %n étapes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Run the pre-flight again to continue.</source>
        <translation>Arrêté. Relancez la vérification préalable pour continuer.</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Vérifié en %1 s.</translation>
    </message>
    <message>
        <source>Publish the files of the next page, in the order given there.</source>
        <translation>Publiez les fichiers de la page suivante, dans l&apos;ordre qui y est indiqué.</translation>
    </message>
    <message>
        <source>%1 does not serve a policy yet. That is expected before you publish: the next page has the policy file and the web server configuration.</source>
        <translation>%1 ne sert pas encore de politique. C&apos;est normal avant la publication&#xa0;: la page suivante contient le fichier de politique et la configuration du serveur web.</translation>
    </message>
    <message>
        <source>%1 already serves this draft.</source>
        <translation>%1 sert déjà ce brouillon.</translation>
    </message>
    <message>
        <source>%1 serves the published policy; replace it with the new mta-sts.txt, then change the id.</source>
        <translation>%1 sert la politique publiée&#xa0;; remplacez-la par le nouveau mta-sts.txt, puis changez l&apos;id.</translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would deliver to none of the MX hosts. Go back and fix the mx lines or the MX hosts, or publish in testing mode first.</source>
        <translation>Avec ce brouillon en mode enforce, les expéditeurs ne livreraient à aucun des serveurs MX. Revenez en arrière pour corriger les lignes mx ou les serveurs MX, ou publiez d&apos;abord en mode testing.</translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would not deliver to %1. Fix its STARTTLS and certificate, or publish in testing mode first.</source>
        <translation>Avec ce brouillon en mode enforce, les expéditeurs ne livreraient pas à %1. Corrigez son STARTTLS et son certificat, ou publiez d&apos;abord en mode testing.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProviderRecordsModel</name>
    <message>
        <source>Full name: %1</source>
        <translation>Nom complet&#xa0;: %1</translation>
    </message>
    <message>
        <source>MTA-STS: a policy exists, and its id</source>
        <translation>MTA-STS&#xa0;: une politique existe, et son id</translation>
    </message>
    <message>
        <source>TLS-RPT: where senders send their reports</source>
        <translation>TLS-RPT&#xa0;: où les expéditeurs envoient leurs rapports</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value (without quotes)</source>
        <translation>Valeur (sans guillemets)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProxyTester</name>
    <message>
        <source>No proxy is set.</source>
        <translation>Aucun proxy n&apos;est défini.</translation>
    </message>
    <message>
        <source>%1: no connection within %2 s</source>
        <translation>%1 : pas de connexion en %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Port 25 is reachable through the proxy: %1 answered.</source>
        <translation>Le port 25 est joignable via le proxy : %1 a répondu.</translation>
    </message>
    <message>
        <source>No MX answered on port 25 through the proxy (%1).</source>
        <translation>Aucun MX n&apos;a répondu sur le port 25 via le proxy (%1).</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportChart</name>
    <message>
        <source>No data in this selection.</source>
        <translation>Aucune donnée dans cette sélection.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDashboard</name>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sessions par jour</translation>
    </message>
    <message>
        <source>Failed sessions by type</source>
        <translation>Sessions en échec par type</translation>
    </message>
    <message>
        <source>Top sending organisations</source>
        <translation>Principales organisations expéditrices</translation>
    </message>
    <message>
        <source>Failed sessions per receiving MX</source>
        <translation>Sessions en échec par MX destinataire</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Success rate %1&lt;/b&gt; · %2 sessions (%3 successful, %4 failed) · %5 senders · %6 reports · %7 policy domains</source>
        <translation>&lt;b&gt;Taux de réussite&#xa0;: %1&lt;/b&gt; · %2 sessions (%3 réussies, %4 en échec) · %5 expéditeurs · %6 rapports · %7 domaines de politique</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>⚠ The failure details account for %1 of the %2 failed sessions; the charts by type and by MX show the failure details.</source>
        <translation>⚠ Les détails d&apos;échec couvrent %1 des %2 sessions en échec&#xa0;; les graphiques par type et par MX reposent sur les détails d&apos;échec.</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>other types</source>
        <translation>autres types</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessions en échec</translation>
    </message>
    <message>
        <source>other senders</source>
        <translation>autres expéditeurs</translation>
    </message>
    <message>
        <source>other hosts</source>
        <translation>autres hôtes</translation>
    </message>
    <message>
        <source>Failures by Sender and MX…</source>
        <translation>Échecs par expéditeur et MX…</translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, for what reason, since when.</source>
        <translation>Quel expéditeur ne parvient pas à joindre quel MX, pour quelle raison, depuis quand.</translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation>Aucun rapport dans cette sélection.</translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation>Aucune session en échec dans cette sélection.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No reports yet.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;Import TLS-RPT reports…&lt;/a&gt; (File ▸ Import Reports…), or drop files and folders on the window.</source>
        <translation>&lt;b&gt;Aucun rapport pour l&apos;instant.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;Importer des rapports TLS-RPT…&lt;/a&gt; (Fichier ▸ Importer des rapports…), ou déposez des fichiers et des dossiers sur la fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No reports in this selection.&lt;/b&gt; The library holds %n report(s), from %1 to %2. &lt;a href=&quot;#reset&quot;&gt;Show all dates and domains&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Aucun rapport dans cette sélection.&lt;/b&gt; La base contient %n rapport, du %1 au %2. &lt;a href=&quot;#reset&quot;&gt;Afficher toutes les dates et tous les domaines&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;Aucun rapport dans cette sélection.&lt;/b&gt; La base contient %n rapports, du %1 au %2. &lt;a href=&quot;#reset&quot;&gt;Afficher toutes les dates et tous les domaines&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation>Vérifier %1 maintenant</translation>
    </message>
    <message>
        <source>Show Failures by Sender</source>
        <translation>Afficher les échecs par expéditeur</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDetailsView</name>
    <message>
        <source>Policies of the report</source>
        <translation>Politiques du rapport</translation>
    </message>
    <message>
        <source>Failure details</source>
        <translation>Détails d&apos;échec</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Polici&amp;es</source>
        <translation>Politi&amp;ques</translation>
    </message>
    <message>
        <source>Fai&amp;lure details</source>
        <translation>Détails d&apos;é&amp;chec</translation>
    </message>
    <message>
        <source>Raw report</source>
        <translation>Rapport brut</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>JSON &amp;brut</translation>
    </message>
    <message>
        <source>Select a report to see its policies, failure details and raw JSON.</source>
        <translation>Sélectionnez un rapport pour afficher ses politiques, ses détails d&apos;échec et son JSON brut.</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>rapport %1</translation>
    </message>
    <message>
        <source>%1 to %2 · contact: %3</source>
        <translation>du %1 au %2 · contact&#xa0;: %3</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lu depuis %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportListNotice</name>
    <message>
        <source>Show all r&amp;eports</source>
        <translation>Affic&amp;her tous les rapports</translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Importer des rapports…</translation>
    </message>
    <message>
        <source>No reports imported yet. Import the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml or .mbox files.</source>
        <translation>Aucun rapport importé pour l&apos;instant. Importez les rapports TLS-RPT que les serveurs expéditeurs vous ont envoyés&#xa0;: fichiers .json, .json.gz, .zip, .eml ou .mbox.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n report(s) in the library is in the chosen date range, domain and search.</source>
        <translation>
            <numerusform>Le rapport de la base (%n) ne correspond pas à la plage de dates, au domaine et à la recherche choisis.</numerusform>
            <numerusform>Aucun des %n rapports de la base ne correspond à la plage de dates, au domaine et à la recherche choisis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportPoliciesModel</name>
    <message>
        <source>The failure details add up to %1 failed sessions, the summary says %2.</source>
        <translation>Les détails d&apos;échec totalisent %1 sessions en échec, le résumé en indique %2.</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Type de politique</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Domaine de politique</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>In failure details</source>
        <translation>Dans les détails d&apos;échec</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Serveurs MX</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableModel</name>
    <message numerus="yes">
        <source>%n session(s) failed</source>
        <translation>
            <numerusform>%n session en échec</numerusform>
            <numerusform>%n sessions en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Domaine de politique</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Type de politique</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Failure types</source>
        <translation>Types d&apos;échec</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>ID du rapport</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableView</name>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportingPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Where reports go (TLS-RPT)</source>
        <translation>Destination des rapports (TLS-RPT)</translation>
    </message>
    <message>
        <source>Senders that support TLS reporting (RFC 8460) send a daily summary of the connections that worked and the ones that failed. In testing mode these reports tell you when enforce is safe.</source>
        <translation>Les expéditeurs qui prennent en charge les rapports TLS (RFC 8460) envoient chaque jour un résumé des connexions réussies et de celles qui ont échoué. En mode testing, ces rapports vous indiquent quand le passage en mode enforce est sans risque.</translation>
    </message>
    <message>
        <source>Report addresses</source>
        <translation>Adresses de rapport</translation>
    </message>
    <message>
        <source>mailto:tlsrpt@example.com or https://reports.example.com/tlsrpt</source>
        <translation>mailto:tlsrpt@example.com ou https://reports.example.com/tlsrpt</translation>
    </message>
    <message>
        <source>New report address</source>
        <translation>Nouvelle adresse de rapport</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a&amp;ddress:</source>
        <translation>Ajouter une a&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Use a mailbox that someone reads, or a report service; the reports are JSON, usually gzip-compressed, and StsScope can read them.</source>
        <translation>Utilisez une boîte aux lettres que quelqu&apos;un consulte, ou un service de traitement des rapports&#xa0;; les rapports sont au format JSON, généralement compressés avec gzip, et StsScope sait les lire.</translation>
    </message>
    <message>
        <source>Without a report address no TLS-RPT record is published, and you will not learn which senders fail to reach your MX hosts; a testing period then tells you nothing.</source>
        <translation>Sans adresse de rapport, aucun enregistrement TLS-RPT n&apos;est publié, et vous ne saurez pas quels expéditeurs n&apos;arrivent pas à joindre vos serveurs MX&#xa0;; une période de test ne vous apprend alors rien.</translation>
    </message>
    <message>
        <source>Record: %1 TXT &quot;%2&quot;</source>
        <translation>Enregistrement&#xa0;: %1 TXT &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportsPage</name>
    <message>
        <source>Import &amp;Reports…</source>
        <translation>Importer des &amp;rapports…</translation>
    </message>
    <message>
        <source>Import Report &amp;Folder…</source>
        <translation>Importer un &amp;dossier de rapports…</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports: .json, .json.gz, .zip, .eml and .mbox files.</source>
        <translation>Importer des rapports TLS-RPT&#xa0;: fichiers .json, .json.gz, .zip, .eml et .mbox.</translation>
    </message>
    <message>
        <source>Import every TLS-RPT report in a folder and its subfolders.</source>
        <translation>Importer tous les rapports TLS-RPT d&apos;un dossier et de ses sous-dossiers.</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Domaine de politique</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domaine</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Date de début (UTC)</translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation>Date de fin (UTC)</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>Dep&amp;uis</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;à</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v sur %m fichiers</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>Annul&amp;er l&apos;importation</translation>
    </message>
    <message>
        <source>Drop report files or folders here.</source>
        <translation>Déposez ici des fichiers ou des dossiers de rapports.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Search sender, domain, failure type, report ID…</source>
        <translation>Rechercher un expéditeur, un domaine, un type d&apos;échec, un ID de rapport…</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Rechercher des rapports</translation>
    </message>
    <message>
        <source>Search Reports</source>
        <translation>Rechercher dans les rapports</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Opening the report library…</source>
        <translation>Ouverture de la base de rapports…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Canceling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <source>Import TLS-RPT Reports</source>
        <translation>Importer des rapports TLS-RPT</translation>
    </message>
    <message>
        <source>TLS-RPT reports (*.json *.gz *.zip *.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Rapports TLS-RPT (*.json *.gz *.zip *.eml *.mbox *.mbx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of TLS-RPT Reports</source>
        <translation>Importer un dossier de rapports TLS-RPT</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the library. Drop files or folders here to add more.</source>
        <translation>
            <numerusform>%n rapport dans la base. Déposez ici des fichiers ou des dossiers pour en ajouter d&apos;autres.</numerusform>
            <numerusform>%n rapports dans la base. Déposez ici des fichiers ou des dossiers pour en ajouter d&apos;autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sender × M&amp;X</source>
        <extracomment>The tab of failures by sending organisation and receiving MX host; the mnemonic is free in the window.</extracomment>
        <translation>Expéditeur × M&amp;X</translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, since when</source>
        <translation>Quel expéditeur ne parvient pas à joindre quel MX, depuis quand</translation>
    </message>
    <message>
        <source>&amp;Delete Reports…</source>
        <translation>&amp;Supprimer les rapports…</translation>
    </message>
    <message>
        <source>Delete the selected reports from the library.</source>
        <translation>Supprimer les rapports sélectionnés de la base de rapports.</translation>
    </message>
    <message>
        <source>Delete Reports</source>
        <translation>Supprimer les rapports</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n report(s) from the library?</source>
        <translation>
            <numerusform>Supprimer %n rapport de la base de rapports&#xa0;?</numerusform>
            <numerusform>Supprimer %n rapports de la base de rapports&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their policies and failure details go with them. Importing the files again brings them back.</source>
        <translation>Leurs politiques et détails d&apos;échec sont supprimés avec eux. Importer à nouveau les fichiers les rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Report(s)</source>
        <translation>
            <numerusform>Supprimer %n rapport</numerusform>
            <numerusform>Supprimer %n rapports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n report(s)…</source>
        <translation>
            <numerusform>Suppression de %n rapport…</numerusform>
            <numerusform>Suppression de %n rapports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) deleted from the library.</source>
        <translation>
            <numerusform>%n rapport supprimé de la base de rapports.</numerusform>
            <numerusform>%n rapports supprimés de la base de rapports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>Mailbox Accounts…</source>
        <translation>Comptes de messagerie…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Read new report mail from the mailbox accounts</source>
        <translation>Lire les nouveaux courriers de rapport dans les comptes de messagerie</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Mot de passe de la boîte aux lettres</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>%v of %m messages</source>
        <translation>%v messages sur %m</translation>
    </message>
    <message>
        <source>Syncing the mailbox accounts…</source>
        <translation>Synchronisation des comptes de messagerie…</translation>
    </message>
    <message>
        <source>Mailboxes synced.</source>
        <translation>Boîtes aux lettres synchronisées.</translation>
    </message>
    <message>
        <source>New TLS-RPT reports count %1 failed sessions.</source>
        <translation>Les nouveaux rapports TLS-RPT comptent %1 sessions en échec.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ResultTypeAdviceView</name>
    <message>
        <source>What the failure types mean</source>
        <translation>Signification des types d&apos;échec</translation>
    </message>
    <message>
        <source>No failed sessions reported: nothing to explain.</source>
        <translation>Aucune session en échec signalée&#xa0;: rien à expliquer.</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Ce que cela signifie&#xa0;:</translation>
    </message>
    <message>
        <source>Usual causes:</source>
        <translation>Causes habituelles&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
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
        <translation>%1&#xa0;: %2 réussies, %3 en échec, taux de réussite %4</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::SettingsDialog</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>system resolvers</source>
        <translation>résolveurs du système</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, optionally with a port: 192.0.2.53 or 2001:db8::53@5353</source>
        <translation>Une adresse IPv4 ou IPv6, éventuellement suivie d&apos;un port&#xa0;: 192.0.2.53 ou 2001:db8::53@5353</translation>
    </message>
    <message>
        <source>DNS &amp;resolver:</source>
        <translation>Ré&amp;solveur DNS&#xa0;:</translation>
    </message>
    <message>
        <source>the DNS root&apos;s (dns-root-data)</source>
        <translation>celle de la racine DNS (dns-root-data)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a DNSSEC trust anchor file</source>
        <translation>Choisir un fichier d&apos;ancre de confiance DNSSEC</translation>
    </message>
    <message>
        <source>DNSSEC &amp;trust anchor:</source>
        <translation>A&amp;ncre de confiance DNSSEC&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Ajou&amp;ter…</translation>
    </message>
    <message>
        <source>Add trusted CA files</source>
        <translation>Ajouter des fichiers d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>Remove the selected CA files</source>
        <translation>Retirer les fichiers d&apos;AC sélectionnés</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation>AC de &amp;confiance supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Network ti&amp;meout:</source>
        <translation>&amp;Délai d&apos;attente réseau&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn about certificates e&amp;xpiring within:</source>
        <translation>Signaler les certificats e&amp;xpirant d&apos;ici&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows after StsScope is restarted.</source>
        <translation>Une nouvelle langue s&apos;affiche après le redémarrage de StsScope.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>DNS resolver: %1</source>
        <translation>Résolveur DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor: %1</source>
        <translation>Ancre de confiance DNSSEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Extra trusted CAs: %1</source>
        <translation>AC de confiance supplémentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Enregistrement impossible&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Certificats d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>Ancre de confiance DNSSEC</translation>
    </message>
    <message>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>Ancres de confiance (*.key *.ds *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>none: connect directly</source>
        <translation>aucun : connexion directe</translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:1080, for example from ssh -N -D 1080 a-server: SMTP sessions and policy fetches go through it, DNS stays local.</source>
        <translation>socks5://127.0.0.1:1080, par exemple issu de ssh -N -D 1080 un-serveur : les sessions SMTP et les récupérations de politique passent par lui, le DNS reste local.</translation>
    </message>
    <message>
        <source>Te&amp;st the proxy</source>
        <translation>T&amp;ester le proxy</translation>
    </message>
    <message>
        <source>SOCKS5 &amp;proxy:</source>
        <translation>Prox&amp;y SOCKS5 :</translation>
    </message>
    <message>
        <source>Testing port 25 through the proxy…</source>
        <translation>Test du port 25 via le proxy…</translation>
    </message>
    <message>
        <source>Allo&amp;w MX and policy hosts on private and loopback addresses (test networks)</source>
        <translation>Autoriser les &amp;hôtes MX et de politique sur des adresses privées et de bouclage (réseaux de test)</translation>
    </message>
    <message>
        <source>Off, such hosts get a finding and no connection: senders on the internet cannot reach them, and a hostile domain cannot make a check reach into your network.</source>
        <translation>Désactivé, ces hôtes reçoivent un constat et aucune connexion : les expéditeurs sur Internet ne peuvent pas les atteindre, et un domaine hostile ne peut pas faire entrer une vérification dans votre réseau.</translation>
    </message>
    <message>
        <source>SOCKS5 proxy: %1</source>
        <translation>Proxy SOCKS5 : %1</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>Co&amp;uleurs :</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Valeurs par dé&amp;faut</translation>
    </message>
    <message>
        <source>Each connect, DNS query and server reply, and the longest silence of a policy host; a whole policy fetch gets three times as long, a whole SMTP probe six times.</source>
        <translation>Chaque connexion, requête DNS et réponse de serveur, et le plus long silence d&apos;un serveur de politique ; une récupération complète de la politique dispose de trois fois plus, une sonde SMTP complète de six fois plus.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::StartPage</name>
    <message>
        <source>Check a &amp;domain</source>
        <translation>Vérifier un &amp;domaine</translation>
    </message>
    <message>
        <source>Type a mail domain in the entry above and press Enter.</source>
        <translation>Saisissez un domaine de messagerie dans le champ ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Importer des rapports…</translation>
    </message>
    <message>
        <source>Read the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml, .mbox files or whole folders.</source>
        <translation>Lire les rapports TLS-RPT que les serveurs expéditeurs vous ont envoyés : fichiers .json, .json.gz, .zip, .eml, .mbox ou dossiers entiers.</translation>
    </message>
    <message>
        <source>Create a &amp;policy…</source>
        <translation>Créer une &amp;politique…</translation>
    </message>
    <message>
        <source>Walk from no MTA-STS policy, or the published one, to a checked deployment.</source>
        <translation>Passer pas à pas d&apos;aucune politique MTA-STS, ou de celle publiée, à un déploiement vérifié.</translation>
    </message>
    <message>
        <source>Domains you check are listed here with their last verdict.</source>
        <translation>Les domaines que vous vérifiez apparaissent ici avec leur dernier verdict.</translation>
    </message>
    <message>
        <source>Is mail to your domain protected in transit?</source>
        <translation>Le courrier à destination de votre domaine est-il protégé en transit ?</translation>
    </message>
    <message>
        <source>StsScope checks MTA-STS, TLS-RPT, STARTTLS and the certificates of every MX host, reads TLS-RPT reports and helps you publish a policy.</source>
        <translation>StsScope vérifie MTA-STS, TLS-RPT, STARTTLS et les certificats de chaque serveur MX, lit les rapports TLS-RPT et vous aide à publier une politique.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Last verdict</source>
        <translation>Dernier verdict</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Recent domains</source>
        <translation>Domaines récents</translation>
    </message>
    <message>
        <source>Rec&amp;ent domains (double-click or Enter checks again):</source>
        <translation>Domaines réc&amp;ents (double-clic ou Entrée pour vérifier à nouveau) :</translation>
    </message>
    <message>
        <source>&amp;Remove from Recent</source>
        <translation>&amp;Retirer des domaines récents</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Domains…</source>
        <translation>&amp;Vider la liste des domaines récents…</translation>
    </message>
    <message>
        <source>Take the selected domains off this list; their check history is kept.</source>
        <translation>Retirer les domaines sélectionnés de cette liste&#xa0;; leur historique de vérification est conservé.</translation>
    </message>
    <message>
        <source>Take every domain off this list, and optionally delete their check history.</source>
        <translation>Retirer tous les domaines de cette liste et, si vous le souhaitez, supprimer leur historique de vérification.</translation>
    </message>
    <message>
        <source>Clear Recent Domains</source>
        <translation>Vider la liste des domaines récents</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n domain(s) off the list of recent domains?</source>
        <translation>
            <numerusform>Retirer %n domaine de la liste des domaines récents&#xa0;?</numerusform>
            <numerusform>Retirer les %n domaines de la liste des domaines récents&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their check history is kept: a domain comes back when you check it again, with its earlier checks in the History tab.</source>
        <translation>Leur historique de vérification est conservé&#xa0;: un domaine réapparaît lorsque vous le vérifiez à nouveau, avec ses vérifications précédentes dans l&apos;onglet Historique.</translation>
    </message>
    <message>
        <source>Also &amp;delete their check history</source>
        <translation>Supprimer aussi leur &amp;historique de vérification</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineModel</name>
    <message>
        <source>Checked</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>TLS-RPT failures that day</source>
        <translation>Échecs TLS-RPT ce jour-là</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>avant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineView</name>
    <message>
        <source>Timeline: verdict over time and TLS-RPT failures per day</source>
        <translation>Chronologie&#xa0;: verdict au fil du temps et échecs TLS-RPT par jour</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Verdict changed</source>
        <translation>Verdict modifié</translation>
    </message>
    <message>
        <source>Failed sessions (TLS-RPT, per day)</source>
        <translation>Sessions en échec (TLS-RPT, par jour)</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>sessions en échec</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>COULD NOT CHECK</source>
        <translation>VÉRIFICATION IMPOSSIBLE</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the finding</source>
        <translation>Afficher le constat</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchListModel</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Policy mode</source>
        <translation>Mode de la politique</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Expiration la plus proche</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Aucun verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>vérification en cours</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>aucune politique</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n jour)</numerusform>
            <numerusform>%1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no verdict)</source>
        <translation>%1 (aucun verdict)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (expiré depuis %n jour)</numerusform>
            <numerusform>%1 (expiré depuis %n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchNotifier</name>
    <message>
        <source>StsScope: watching your domains</source>
        <translation>StsScope&#xa0;: surveillance de vos domaines</translation>
    </message>
    <message>
        <source>&amp;Open StsScope</source>
        <translation>&amp;Ouvrir StsScope</translation>
    </message>
    <message>
        <source>&amp;Check All Watched Domains Now</source>
        <translation>&amp;Vérifier maintenant tous les domaines surveillés</translation>
    </message>
    <message>
        <source>&amp;Snooze the Last Domain for 24 Hours</source>
        <translation>Mettre le dernier domaine en &amp;sourdine pendant 24 heures</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new problem(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n nouveau problème</numerusform>
            <numerusform>%1&#xa0;: %n nouveaux problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze %1 for 24 Hours</source>
        <translation>Mettre %1 en &amp;sourdine pendant 24 heures</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>New problems on %n watched domain(s)</source>
        <translation>
            <numerusform>Nouveaux problèmes sur %n domaine surveillé</numerusform>
            <numerusform>Nouveaux problèmes sur %n domaines surveillés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchPage</name>
    <message>
        <source>Check All &amp;Now</source>
        <translation>Tout vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Liste de surveillance</translation>
    </message>
    <message>
        <source>StsScope checks these domains again in the background while it runs and tells you when something changes that can stop mail: a policy changed without a new id, an MX the policy does not cover, a certificate that expires before senders&apos; cached policy does.</source>
        <translation>Tant qu&apos;il s&apos;exécute, StsScope revérifie ces domaines en arrière-plan et vous prévient lorsqu&apos;un changement risque de bloquer le courrier&#xa0;: une politique modifiée sans nouvel id, un MX que la politique ne couvre pas, un certificat qui expire avant la politique mise en cache par les expéditeurs.</translation>
    </message>
    <message>
        <source>Add &amp;domains:</source>
        <translation>Ajouter des &amp;domaines&#xa0;:</translation>
    </message>
    <message>
        <source>example.com example.org (or paste a list)</source>
        <translation>example.com example.org (ou collez une liste)</translation>
    </message>
    <message>
        <source>Domains to watch</source>
        <translation>Domaines à surveiller</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Surveiller</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltre&#xa0;:</translation>
    </message>
    <message>
        <source>Filter the watched domains</source>
        <translation>Filtrer les domaines surveillés</translation>
    </message>
    <message>
        <source>Re-check &amp;every</source>
        <translation>Revérifier &amp;toutes les</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never (off)</source>
        <translation>jamais (désactivé)</translation>
    </message>
    <message>
        <source>Hours between background checks</source>
        <translation>Heures entre les vérifications en arrière-plan</translation>
    </message>
    <message>
        <source>Watched domains</source>
        <translation>Domaines surveillés</translation>
    </message>
    <message>
        <source>What became of the domains added</source>
        <translation>Ce que sont devenus les domaines ajoutés</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Open in the Inspector</source>
        <translation>&amp;Ouvrir dans l&apos;inspecteur</translation>
    </message>
    <message>
        <source>&amp;Snooze Notices for 24 Hours</source>
        <translation>Mettre les alertes en &amp;sourdine pendant 24 heures</translation>
    </message>
    <message>
        <source>No notices for the selected domains until tomorrow at this time.</source>
        <translation>Aucune alerte pour les domaines sélectionnés jusqu&apos;à demain à la même heure.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Watch List</source>
        <translation>&amp;Retirer de la liste de surveillance</translation>
    </message>
    <message numerus="yes">
        <source>Added %n domain(s) to the watch list.</source>
        <translation>
            <numerusform>%n domaine ajouté à la liste de surveillance.</numerusform>
            <numerusform>%n domaines ajoutés à la liste de surveillance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already watched.</source>
        <translation>
            <numerusform>%n était déjà surveillé.</numerusform>
            <numerusform>%n étaient déjà surveillés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, as no domain:</source>
        <translation>Non ajouté, car ce n&apos;est pas un domaine&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n domain(s); their history is kept.</source>
        <translation>
            <numerusform>Surveillance arrêtée pour %n domaine&#xa0;; son historique est conservé.</numerusform>
            <numerusform>Surveillance arrêtée pour %n domaines&#xa0;; leur historique est conservé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n domain(s) added.</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n domaine ajouté.</numerusform>
            <numerusform>%1 importé&#xa0;: %n domaines ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lines are no domain and were left out:</source>
        <translation>Ces lignes ne sont pas des domaines et ont été ignorées&#xa0;:</translation>
    </message>
    <message>
        <source>Import a Watch List</source>
        <translation>Importer une liste de surveillance</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list);;All files (*)</source>
        <translation>Listes de domaines (*.txt *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the Watch List</source>
        <translation>Exporter la liste de surveillance</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list)</source>
        <translation>Listes de domaines (*.txt *.list)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) watched</source>
        <translation>
            <numerusform>%n domaine surveillé</numerusform>
            <numerusform>%n domaines surveillés</numerusform>
        </translation>
    </message>
    <message>
        <source> · background checks are off</source>
        <translation> · vérifications en arrière-plan désactivées</translation>
    </message>
    <message>
        <source> · %1 checking, %2 waiting</source>
        <translation> · %1 en cours de vérification, %2 en attente</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>La liste de surveillance n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>VerdictJudge</name>
    <message>
        <source>The MX records of %1 cannot be resolved (%2); senders cannot deliver mail.</source>
        <translation>Les enregistrements MX de %1 ne peuvent pas être résolus (%2)&#xa0;; les expéditeurs ne peuvent pas livrer le courrier.</translation>
    </message>
    <message>
        <source>No MX host of %1 would receive mail from a sender following the standards.</source>
        <translation>Aucun serveur MX de %1 ne recevrait le courrier d&apos;un expéditeur qui respecte les normes.</translation>
    </message>
    <message>
        <source>Fix the DNS of the domain (delegation, DNSSEC signatures) so that its MX records resolve.</source>
        <translation>Corrigez le DNS du domaine (délégation, signatures DNSSEC) pour que ses enregistrements MX se résolvent.</translation>
    </message>
    <message>
        <source>Make at least one MX host reachable with STARTTLS and a valid certificate for its name.</source>
        <translation>Rendez au moins un serveur MX joignable avec STARTTLS et un certificat valide pour son nom.</translation>
    </message>
    <message>
        <source>Senders enforcing the policy will not deliver to %1.</source>
        <translation>Les expéditeurs qui appliquent la politique ne livreront pas à %1.</translation>
    </message>
    <message>
        <source>Fix the failing MX hosts (see their findings) or cover them in the policy; switch to testing mode until they pass.</source>
        <translation>Corrigez les serveurs MX en échec (voir leurs constats) ou couvrez-les dans la politique&#xa0;; passez en mode testing jusqu&apos;à ce qu&apos;ils passent la validation.</translation>
    </message>
    <message>
        <source>Mail to %1 is protected: an enforce policy and every MX host passes validation.</source>
        <translation>Le courrier à destination de %1 est protégé&#xa0;: politique en mode enforce, et chaque serveur MX passe la validation.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record to learn about failures.</source>
        <translation>Publiez un enregistrement TLS-RPT pour être informé des échecs.</translation>
    </message>
    <message>
        <source>Testing mode: senders report TLS failures but still deliver without protection.</source>
        <translation>Mode testing&#xa0;: les expéditeurs signalent les échecs TLS mais livrent quand même sans protection.</translation>
    </message>
    <message>
        <source>Every MX passes: once TLS-RPT reports show no failures, switch the policy to enforce and raise max_age.</source>
        <translation>Tous les MX passent la validation&#xa0;: dès que les rapports TLS-RPT ne montrent plus d&apos;échec, passez la politique en mode enforce et augmentez max_age.</translation>
    </message>
    <message>
        <source>Fix the MX hosts that fail validation before switching to enforce.</source>
        <translation>Corrigez les serveurs MX qui échouent à la validation avant de passer en mode enforce.</translation>
    </message>
    <message>
        <source>Mail to %1 is not protected against STARTTLS downgrade or forged certificates.</source>
        <translation>Le courrier à destination de %1 n&apos;est protégé ni contre une connexion dégradée forcée (STARTTLS) ni contre des certificats falsifiés.</translation>
    </message>
    <message>
        <source>Publish an MTA-STS policy in testing mode (Tools → Policy wizard).</source>
        <translation>Publiez une politique MTA-STS en mode testing (Outils → Assistant de politique).</translation>
    </message>
    <message>
        <source>Fix the policy so that senders can fetch and parse it (see the findings).</source>
        <translation>Corrigez la politique pour que les expéditeurs puissent la récupérer et l&apos;analyser (voir les constats).</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled before it finished. What it observed is shown, but it is no verdict on the domain.</source>
        <translation>La vérification de %1 a été annulée avant la fin. Ce qu&apos;elle a observé est affiché, mais ce n&apos;est pas un verdict sur le domaine.</translation>
    </message>
    <message>
        <source>Check the domain again to get a verdict.</source>
        <translation>Revérifiez le domaine pour obtenir un verdict.</translation>
    </message>
    <message>
        <source>this machine has no IPv6 route</source>
        <translation>cette machine n&apos;a pas de route IPv6</translation>
    </message>
    <message>
        <source>outbound port 25 is blocked on this machine&apos;s network</source>
        <translation>le port 25 sortant est bloqué sur le réseau de cette machine</translation>
    </message>
    <message>
        <source>only %1 of its %2 MX hosts were checked</source>
        <translation>seuls %1 de ses %2 hôtes MX ont été vérifiés</translation>
    </message>
    <message>
        <source>This machine cannot see what a sending server would see of %1 (%2), so there is no verdict on the domain.</source>
        <translation>Cette machine ne voit pas de %1 ce que verrait un serveur expéditeur (%2) ; il n&apos;y a donc pas de verdict sur le domaine.</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 failed: %2</source>
        <translation>le proxy SOCKS5 %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Check again from a network that can reach the MX hosts on port 25 (and over IPv6 where they have IPv6 addresses), or through a SOCKS5 proxy on such a server (Settings, or --proxy; ssh -N -D 1080 a-server makes one).</source>
        <translation>Revérifiez depuis un réseau qui atteint les hôtes MX sur le port 25 (et en IPv6 là où ils ont des adresses IPv6), ou via un proxy SOCKS5 sur un tel serveur (Paramètres, ou --proxy ; ssh -N -D 1080 un-serveur en crée un).</translation>
    </message>
    <message>
        <source>its TLSA records cannot be validated here</source>
        <translation>ses enregistrements TLSA ne peuvent pas être validés ici</translation>
    </message>
    <message>
        <source>Senders that validate DANE will not deliver to %1.</source>
        <translation>Les expéditeurs qui valident DANE ne livreront pas à %1.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificates in use, and keep their DNSSEC valid (see the DANE findings).</source>
        <translation>Publiez des enregistrements TLSA correspondant aux certificats en service et gardez leur DNSSEC valide (voir les constats DANE).</translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE and an enforce MTA-STS policy: every MX host passes both.</source>
        <translation>Le courrier vers %1 est protégé par DANE et une politique MTA-STS en mode enforce : chaque serveur MX réussit les deux.</translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE: every MX host&apos;s certificate matches its DNSSEC-signed TLSA records.</source>
        <translation>Le courrier vers %1 est protégé par DANE : le certificat de chaque serveur MX correspond à ses enregistrements TLSA signés par DNSSEC.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation.</source>
        <translation>Les enregistrements TLSA de %1 échouent à la validation DNSSEC.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 matches the certificate it presents.</source>
        <translation>Aucun enregistrement TLSA de %1 ne correspond au certificat qu&apos;il présente.</translation>
    </message>
    <message>
        <source>%1 is not covered by the policy&apos;s mx lines.</source>
        <translation>%1 n&apos;est couvert par aucune ligne mx de la politique.</translation>
    </message>
    <message>
        <source>%1 does not complete an SMTP session (%2).</source>
        <translation>%1 ne mène pas une session SMTP à bien (%2).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 fails (%2).</source>
        <translation>La négociation TLS avec %1 échoue (%2).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS.</source>
        <translation>%1 ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not %1.</source>
        <translation>Le certificat de %1 est pour %2, pas pour %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not verify (%2).</source>
        <translation>Le certificat de %1 ne se vérifie pas (%2).</translation>
    </message>
    <message>
        <source>Looking up %1 and connecting to its policy host and every MX host as a sender would…</source>
        <translation>Interrogation de %1 et connexion à son serveur de politique et à chaque serveur MX, comme le ferait un expéditeur…</translation>
    </message>
</context>
<context>
    <name>ViewCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>WatchChangeDetector</name>
    <message>
        <source>the check could not run: %1</source>
        <translation>la vérification n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>la vérification a été annulée</translation>
    </message>
    <message>
        <source>the check did not finish</source>
        <translation>la vérification ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>the check is inconclusive from this machine&apos;s network</source>
        <translation>la vérification n&apos;est pas concluante depuis le réseau de cette machine</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether mail to a domain is protected in transit (MTA-STS, TLS-RPT, STARTTLS, DANE).</source>
        <translation>Indique si le courrier à destination d&apos;un domaine est protégé en transit (MTA-STS, TLS-RPT, STARTTLS, DANE).</translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation>Résolveur DNS à utiliser à la place de celui du système.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Certificats d&apos;AC de confiance supplémentaires (PEM).</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation>Fichier d&apos;ancre de confiance DNSSEC à utiliser à la place de celle de la racine.</translation>
    </message>
    <message>
        <source>Domains to check at start, and TLS-RPT report files or folders to import.</source>
        <translation>Domaines à vérifier au démarrage, et fichiers ou dossiers de rapports TLS-RPT à importer.</translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks).</source>
        <translation>Se connecter aussi aux hôtes MX et de politique sur des adresses de bouclage et privées (réseaux de test).</translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy; DNS stays local.</source>
        <translation>Sonder via ce proxy SOCKS5 ; le DNS reste local.</translation>
    </message>
</context>
</TS>
