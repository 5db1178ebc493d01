<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckResult</name>
    <message>
        <source>still being fetched</source>
        <translation>todavía se está descargando</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>no policy published</source>
        <translation>no hay ninguna política publicada</translation>
    </message>
    <message>
        <source>could not be fetched</source>
        <translation>no se pudo descargar</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>consultando</translation>
    </message>
    <message>
        <source>no TLSA records</source>
        <translation>sin registros TLSA</translation>
    </message>
    <message>
        <source>unsigned: ignored</source>
        <translation>sin firmar: se ignoran</translation>
    </message>
    <message>
        <source>cannot be validated from here</source>
        <translation>no se puede validar desde aquí</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>bogus</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>supera</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>PROTECTED</source>
        <translation>PROTEGIDO</translation>
    </message>
    <message>
        <source>TESTING</source>
        <translation>EN PRUEBAS</translation>
    </message>
    <message>
        <source>NOT PROTECTED</source>
        <translation>NO PROTEGIDO</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>DEFECTUOSO</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>CANCELADA</translation>
    </message>
    <message>
        <source>INCONCLUSIVE</source>
        <translation>NO CONCLUYENTE</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>stsscope-cli: unknown verb &quot;%1&quot;.</source>
        <translation>stsscope-cli: verbo desconocido &quot;%1&quot;.</translation>
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
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>stsscope-cli policy lint: cannot read %1: %2</source>
        <translation>stsscope-cli policy lint: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Checks an _mta-sts TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation>Comprueba un conjunto de registros TXT _mta-sts: un argumento por registro TXT; sus character-strings se concatenan.</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Checks a _smtp._tls TXT record set: one argument per TXT record, character-strings joined.</source>
        <translation>Comprueba un conjunto de registros TXT _smtp._tls: un argumento por registro TXT; sus character-strings se concatenan.</translation>
    </message>
    <message>
        <source>Checks an MTA-STS policy file (mta-sts.txt); &quot;-&quot; reads stdin.</source>
        <translation>Comprueba un archivo de política MTA-STS (mta-sts.txt); &quot;-&quot; lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Tells whether an MTA-STS mx pattern covers a host name (RFC 8461 §4.1). Exit code 0 when it matches, 1 when it does not or the pattern is invalid.</source>
        <translation>Indica si un patrón mx de MTA-STS cubre un nombre de host (RFC 8461 §4.1). Código de salida 0 si coincide, 1 si no coincide o el patrón no es válido.</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 coincide con %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 no coincide con %2</translation>
    </message>
    <message>
        <source>Writes an MTA-STS policy, the DNS records that publish it and web server snippets that serve it. Without --out, prints the policy and the records.</source>
        <translation>Genera una política MTA-STS, los registros DNS que la publican y fragmentos de configuración del servidor web que la sirven. Sin --out, muestra la política y los registros.</translation>
    </message>
    <message>
        <source>The mail domain.</source>
        <translation>El dominio de correo.</translation>
    </message>
    <message>
        <source>enforce, testing or none.</source>
        <translation>enforce, testing o none.</translation>
    </message>
    <message>
        <source>An mx pattern; repeat for each.</source>
        <translation>Un patrón mx; repítalo para cada uno.</translation>
    </message>
    <message>
        <source>Policy lifetime in seconds.</source>
        <translation>Vigencia de la política en segundos.</translation>
    </message>
    <message>
        <source>A TLS-RPT report URI; repeat for each.</source>
        <translation>Una URI de informes TLS-RPT; repítala para cada una.</translation>
    </message>
    <message>
        <source>The policy id (default: the current UTC time).</source>
        <translation>El id de la política (por defecto: la hora UTC actual).</translation>
    </message>
    <message>
        <source>Directory to write the files into.</source>
        <translation>Directorio en el que escribir los archivos.</translation>
    </message>
    <message>
        <source>--domain is required.</source>
        <translation>--domain es obligatorio.</translation>
    </message>
    <message>
        <source>--mode must be enforce, testing or none.</source>
        <translation>--mode debe ser enforce, testing o none.</translation>
    </message>
    <message>
        <source>--max-age must be a number of seconds.</source>
        <translation>--max-age debe ser un número de segundos.</translation>
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
        <translation># Registros DNS</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Nothing generated:</source>
        <translation>No se ha generado nada:</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>%1 sesiones correctas, %2 fallidas</translation>
    </message>
    <message>
        <source> (%1 % successful)</source>
        <translation> (%1 % correctas)</translation>
    </message>
    <message>
        <source>%1, report %2, %3 to %4</source>
        <translation>%1, informe %2, de %3 a %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no policy domain</source>
        <translation>sin dominio de política</translation>
    </message>
    <message>
        <source>Totals: %1 reports, %2</source>
        <translation>Totales: %1 informes, %2</translation>
    </message>
    <message>
        <source>Failed sessions by result type (failure details):</source>
        <translation>Sesiones fallidas por tipo de resultado (failure details):</translation>
    </message>
    <message>
        <source>Read before, counted once:</source>
        <translation>Ya leídos, contados una sola vez:</translation>
    </message>
    <message>
        <source>%1 (first read from %2)</source>
        <translation>%1 (leído por primera vez en %2)</translation>
    </message>
    <message>
        <source>Not read:</source>
        <translation>No leídos:</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 espera una fecha con el formato AAAA-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reads TLS-RPT reports (RFC 8460) from .json, .json.gz, .zip, .eml and .mbox files and folders, and prints them with their totals. A report read twice is counted once.</source>
        <translation>Lee informes TLS-RPT (RFC 8460) de archivos .json, .json.gz, .zip, .eml y .mbox y de carpetas, y los muestra con sus totales. Un informe leído dos veces se cuenta una sola vez.</translation>
    </message>
    <message>
        <source>Print one CSV row per policy and one per failure detail.</source>
        <translation>Escribe una fila CSV por política y otra por cada detalle de fallo.</translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or later.</source>
        <translation>Solo informes de este día (UTC) o posteriores.</translation>
    </message>
    <message>
        <source>Only reports for this day (UTC) or earlier.</source>
        <translation>Solo informes de este día (UTC) o anteriores.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json y --csv se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>--since es posterior a --until.</translation>
    </message>
    <message>
        <source>stsscope-cli report: no report could be read.</source>
        <translation>stsscope-cli report: no se ha podido leer ningún informe.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Muestra el resultado en JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: stsscope-cli %1 [options] %2</source>
        <translation>Uso: stsscope-cli %1 [opciones] %2</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Falta un argumento.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Demasiados argumentos.</translation>
    </message>
    <message>
        <source>Try &apos;stsscope-cli %1 --help&apos;.</source>
        <translation>Pruebe &apos;stsscope-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Política: %1</translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <translation>MX %1 %2: %3</translation>
    </message>
    <message>
        <source>would deliver</source>
        <translation>se entregaría</translation>
    </message>
    <message>
        <source>would NOT deliver</source>
        <translation>NO se entregaría</translation>
    </message>
    <message>
        <source>certificate valid</source>
        <translation>certificado válido</translation>
    </message>
    <message>
        <source>certificate invalid</source>
        <translation>certificado no válido</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>falló en %1: %2</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>Checked in %1 ms via %2</source>
        <translation>Comprobado en %1 ms mediante %2</translation>
    </message>
    <message>
        <source>Checks the mail transport security of domains: MTA-STS record and policy, TLS-RPT record, and STARTTLS with the certificate of every MX address.</source>
        <translation>Comprueba la seguridad del transporte de correo de los dominios: registro y política MTA-STS, registro TLS-RPT, y STARTTLS con el certificado de cada dirección MX.</translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation>Resolutor DNS que se usará en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM); repeatable.</source>
        <translation>Certificados de CA adicionales de confianza (PEM); se puede repetir.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation>Archivo de anclas de confianza DNSSEC en lugar del de la raíz.</translation>
    </message>
    <message>
        <source>Seconds per network step.</source>
        <translation>Segundos por cada paso de red.</translation>
    </message>
    <message>
        <source>Domains checked at the same time.</source>
        <translation>Dominios que se comprueban a la vez.</translation>
    </message>
    <message>
        <source>Warn about certificates expiring within this many days.</source>
        <translation>Avisa de los certificados que caducan en menos de este número de días.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600.</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 600.</translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 1024.</source>
        <translation>--concurrency debe estar entre 1 y 1024.</translation>
    </message>
    <message>
        <source>--expiry-warning must be a number of days.</source>
        <translation>--expiry-warning debe ser un número de días.</translation>
    </message>
    <message>
        <source>stsscope-cli check: %1: %2</source>
        <translation>stsscope-cli check: %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation>«%1» no es un nombre de dominio: %2.</translation>
    </message>
    <message>
        <source>stsscope-cli check: checking %1: %2.</source>
        <translation>stsscope-cli check: comprobando %1: %2.</translation>
    </message>
    <message>
        <source>cannot be judged from here: %1</source>
        <translation>no se puede juzgar desde aquí: %1</translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks); without it they get a finding and no connection.</source>
        <translation>Conectar también con hosts MX y de política en direcciones de bucle local y privadas (redes de prueba); sin esta opción reciben un hallazgo y ninguna conexión.</translation>
    </message>
    <message>
        <source>An always-on MX host for the port 25 self-test, instead of the built-in ones; repeatable; &quot;none&quot; turns the self-test off.</source>
        <translation>Un host MX siempre disponible para la autoprueba del puerto 25, en lugar de los incorporados; repetible; «none» desactiva la autoprueba.</translation>
    </message>
    <message>
        <source>An always-on web host (port 443) for the port 25 self-test, instead of the built-in ones; repeatable.</source>
        <translation>Un host web siempre disponible (puerto 443) para la autoprueba del puerto 25, en lugar de los incorporados; repetible.</translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy (e.g. from ssh -N -D 1080 server): the SMTP sessions and the policy fetch go through it, DNS stays local.</source>
        <translation>Comprobar a través de este proxy SOCKS5 (p. ej. de ssh -N -D 1080 servidor): las sesiones SMTP y la descarga de la política pasan por él, el DNS sigue siendo local.</translation>
    </message>
    <message>
        <source>Root servers (a root hints file) to ask directly when the resolver strips DNSSEC, instead of the internet&apos;s; for lab networks.</source>
        <translation>Servidores raíz (un archivo root hints) a los que preguntar directamente cuando el resolvedor elimina DNSSEC, en lugar de los de Internet; para redes de laboratorio.</translation>
    </message>
    <message>
        <source>cannot read the root hints file %1.</source>
        <translation>no se puede leer el archivo root hints %1.</translation>
    </message>
    <message>
        <source>DANE: %1</source>
        <translation>DANE: %1</translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would deliver</source>
        <translation>un servidor remitente solo con MTA-STS entregaría</translation>
    </message>
    <message>
        <source>an MTA-STS-only sender would NOT deliver</source>
        <translation>un servidor remitente solo con MTA-STS NO entregaría</translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation>Protección:</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>stsscope-cli: cannot read CA file %1</source>
        <translation>stsscope-cli: no se puede leer el archivo de CA %1</translation>
    </message>
    <message>
        <source>Mailbox %1: %2 new messages read, %3 without a report, %4 moved</source>
        <translation>Buzón %1: %2 mensajes nuevos leídos, %3 sin informe, %4 movidos</translation>
    </message>
    <message>
        <source>Library %1: %2 reports added, %3 already there</source>
        <translation>Biblioteca %1: %2 informes añadidos, %3 ya presentes</translation>
    </message>
    <message>
        <source>stsscope-cli report: the library stopped taking reports: %1</source>
        <translation>stsscope-cli report: la biblioteca dejó de aceptar informes: %1</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>stsscope-cli report fetch: %1</source>
        <translation>stsscope-cli report fetch: %1</translation>
    </message>
    <message>
        <source>canceled.</source>
        <translation>cancelado.</translation>
    </message>
    <message>
        <source>Fetches the new messages of an IMAP folder and reads the TLS-RPT reports in them. URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) or imap://USER@HOST[:PORT]/FOLDER (STARTTLS required). The password comes from STSSCOPE_IMAP_PASSWORD or is asked for on the terminal. With --library, the reports are added to that library and the next run fetches only messages that arrived since.</source>
        <translation>Descarga los mensajes nuevos de una carpeta IMAP y lee los informes TLS-RPT que contienen. URL: imaps://USER@HOST[:PORT]/FOLDER (TLS) o imap://USER@HOST[:PORT]/FOLDER (STARTTLS obligatorio). La contraseña se toma de STSSCOPE_IMAP_PASSWORD o se pide en el terminal. Con --library, los informes se añaden a esa biblioteca y la siguiente ejecución solo descarga los mensajes llegados desde entonces.</translation>
    </message>
    <message>
        <source>Add the reports to this report library (the GUI&apos;s SQLite file) and remember there how far the folder was read.</source>
        <translation>Añade los informes a esta biblioteca de informes (el archivo SQLite de la interfaz gráfica) y guarda en ella hasta dónde se ha leído la carpeta.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private CA).</source>
        <translation>Confía también en los certificados de CA de este archivo PEM (una CA privada).</translation>
    </message>
    <message>
        <source>Seconds to wait for the server to connect or answer (default 30).</source>
        <translation>Segundos de espera a que el servidor conecte o responda (30 por omisión).</translation>
    </message>
    <message>
        <source>--ca-file: cannot read &quot;%1&quot;.</source>
        <translation>--ca-file: no se puede leer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 3600 seconds.</source>
        <translation>--timeout admite de 1 a 3600 segundos.</translation>
    </message>
    <message>
        <source>No password: set STSSCOPE_IMAP_PASSWORD, or run on a terminal to be asked for it.</source>
        <translation>No hay contraseña: defina STSSCOPE_IMAP_PASSWORD o ejecute el comando en un terminal para que se le pida.</translation>
    </message>
    <message>
        <source>Also add the reports to this report library (the GUI&apos;s SQLite file); reports already in it are not added twice.</source>
        <translation>Añade también los informes a esta biblioteca de informes (el archivo SQLite de la interfaz gráfica); los informes que ya contiene no se añaden dos veces.</translation>
    </message>
    <message>
        <source>%1: not compared: %2</source>
        <translation>%1: sin comparar: %2</translation>
    </message>
    <message>
        <source>%1: first check (%2), kept to compare with</source>
        <translation>%1: primera comprobación (%2), guardada para comparar</translation>
    </message>
    <message>
        <source>%1: no new change (%2)</source>
        <translation>%1: ningún cambio nuevo (%2)</translation>
    </message>
    <message>
        <source>The watch list: one domain per line; blank lines and lines starting with # are ignored.</source>
        <translation>La lista de vigilancia: un dominio por línea; se ignoran las líneas vacías y las que empiezan por #.</translation>
    </message>
    <message>
        <source>The check history to compare with and keep the checks in (default: the desktop app&apos;s, %1).</source>
        <translation>El historial de comprobaciones con el que comparar y en el que guardar las comprobaciones (por omisión: el de la aplicación de escritorio, %1).</translation>
    </message>
    <message>
        <source>--list FILE is required.</source>
        <translation>--list FILE es obligatorio.</translation>
    </message>
    <message>
        <source>stsscope-cli watch: cannot read %1: %2</source>
        <translation>stsscope-cli watch: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; is it a watch list?</source>
        <translation>%1 ocupa más de %2 MiB; ¿es realmente una lista de vigilancia?</translation>
    </message>
    <message>
        <source>stsscope-cli watch: %1: %2</source>
        <translation>stsscope-cli watch: %1: %2</translation>
    </message>
    <message>
        <source>%1 lists no domain.</source>
        <translation>%1 no contiene ningún dominio.</translation>
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
        <translation>Uso: stsscope-cli VERBO [opciones] [argumentos]

Comprueba registros y políticas MTA-STS (RFC 8461) y TLS-RPT (RFC 8460).

Verbos:
  check DOMAIN... [--resolver ADDR[@PORT]] [--ca-file F] [--trust-anchor F] [--timeout S]
                                comprueba dominios en vivo: DNS, política y cada MX con STARTTLS
  txt lint RECORD...            comprueba un conjunto de registros TXT _mta-sts (un argumento por registro)
  tlsrpt-record lint RECORD...  comprueba un conjunto de registros TXT _smtp._tls
  policy lint FILE|-            comprueba un archivo de política mta-sts.txt
  policy generate --domain D --mode M --mx H... [--max-age S] [--rua URI...] [--out DIR]
                                genera una política y sus registros DNS
  mx-match PATTERN HOST         indica si un patrón mx cubre un host
  report FILE|DIR... [--csv] [--since DATE] [--until DATE] [--library FILE]
                                lee informes TLS-RPT (.json, .gz, .zip, .eml, .mbox) y los totaliza
  watch --list FILE [--state FILE] [opciones de comprobación]
                                vuelve a comprobar los dominios listados, indica qué cambió desde la última ejecución
  report fetch URL [--library FILE] [--ca-file F] [--allow-plaintext] [--timeout S]
                                lee los informes enviados a una carpeta IMAP (imaps://USER@HOST/FOLDER)

Todos los verbos admiten --json y --help.
Códigos de salida: 0 sin problemas, 1 hallazgos de error, 2 error de uso, 3 no se pudo ejecutar.

Opciones:
  -h, --help     muestra esta ayuda
  -v, --version  muestra la versión
</translation>
    </message>
    <message>
        <source>For imap:// URLs: STARTTLS when the server offers it, else log in without TLS. The password may travel readable.</source>
        <translation>Para URL imap://: STARTTLS si el servidor lo ofrece; si no, inicia sesión sin TLS. La contraseña puede viajar legible.</translation>
    </message>
    <message>
        <source>Re-checks the domains of a watch list, compares each with its last check in the history the desktop app keeps, and prints what changed, each change once. Exit 1 when a new change is a problem (a warning or an error), even when other domains could not be checked; otherwise exit 3 when a domain could not be checked.</source>
        <translation>Vuelve a comprobar los dominios de una lista de vigilancia, compara cada uno con su última comprobación en el historial que guarda la aplicación de escritorio e indica lo que ha cambiado, cada cambio una sola vez. Sale con 1 cuando un cambio nuevo es un problema (un aviso o un error), aunque otros dominios no se hayan podido comprobar; si no, sale con 3 cuando no se pudo comprobar algún dominio.</translation>
    </message>
    <message>
        <source>stsscope-cli policy generate: using %1: %2.</source>
        <translation>stsscope-cli policy generate: se usa %1: %2.</translation>
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
        <translation>esta versión de OpenSSL no puede verificar DANE</translation>
    </message>
    <message>
        <source>OpenSSL could not set up DANE for %1</source>
        <translation>OpenSSL no pudo preparar DANE para %1</translation>
    </message>
    <message>
        <source>no TLSA record is usable for SMTP</source>
        <translation>ningún registro TLSA se puede usar para SMTP</translation>
    </message>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation>no se puede leer un certificado de la cadena</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>el servidor no presentó ningún certificado</translation>
    </message>
    <message>
        <source>OpenSSL could not start the verification</source>
        <translation>OpenSSL no pudo iniciar la verificación</translation>
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
        <translation>La política, servida en %1</translation>
    </message>
    <message>
        <source>DNS records in zone-file form</source>
        <translation>Registros DNS en formato de archivo de zona</translation>
    </message>
    <message>
        <source>DNS records as plain values for a provider&apos;s form</source>
        <translation>Registros DNS como valores simples para el formulario de un proveedor</translation>
    </message>
    <message>
        <source>Serving the policy with %1</source>
        <translation>Cómo servir la política con %1</translation>
    </message>
</context>
<context>
    <name>DnssecDisplay</name>
    <message>
        <source>secure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>bogus</translation>
    </message>
    <message>
        <source>insecure</source>
        <translation>inseguro</translation>
    </message>
    <message>
        <source>Signed and validated from the trust anchor: this answer cannot be forged.</source>
        <translation>Firmado y validado desde el ancla de confianza: esta respuesta no se puede falsificar.</translation>
    </message>
    <message>
        <source>Signed, but the signatures do not validate: validating resolvers refuse this answer.</source>
        <translation>Firmado, pero las firmas no validan: los resolutores que validan rechazan esta respuesta.</translation>
    </message>
    <message>
        <source>Not signed: an attacker on the path could forge this answer (DANE needs it signed).</source>
        <translation>Sin firmar: un atacante en la ruta podría falsificar esta respuesta (DANE necesita que esté firmada).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Not validated: the resolver this machine uses drops DNSSEC signatures, so whether the answer is signed cannot be seen from here.</source>
        <translation>No validada: el resolutor de esta máquina descarta las firmas DNSSEC, así que desde aquí no se ve si la respuesta está firmada.</translation>
    </message>
</context>
<context>
    <name>FindingAdvice</name>
    <message>
        <source>Senders discover MTA-STS through the _mta-sts TXT record. Without one valid record they never fetch the policy. Publish exactly one record starting with &quot;v=STSv1; id=&quot; and change the id whenever the policy changes.</source>
        <translation>Los servidores remitentes descubren MTA-STS a través del registro TXT _mta-sts. Si no hay un registro válido, nunca descargan la política. Publique exactamente un registro que empiece por &quot;v=STSv1; id=&quot; y cambie el id cada vez que cambie la política.</translation>
    </message>
    <message>
        <source>Senders fetch the policy from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt. It must answer 200 with text/plain, without redirects, with a certificate valid for mta-sts.&lt;domain&gt;. Usual causes: a missing DNS record for mta-sts, a virtual host that is not configured, a catch-all redirect to https://www, or a certificate without the mta-sts name.</source>
        <translation>Los servidores remitentes descargan la política de https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt. Debe responder 200 con text/plain, sin redirecciones y con un certificado válido para mta-sts.&lt;domain&gt;. Causas habituales: falta el registro DNS de mta-sts, el host virtual no está configurado, una redirección general a https://www o un certificado que no incluye el nombre mta-sts.</translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is checked like any web server&apos;s. Add mta-sts.&lt;domain&gt; to the certificate of that virtual host.</source>
        <translation>El certificado del host de la política se comprueba como el de cualquier servidor web. Añada mta-sts.&lt;domain&gt; al certificado de ese host virtual.</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse. Lines are &quot;key: value&quot;; version, mode, max_age and at least one mx are required. Use the policy wizard to write a correct file.</source>
        <translation>Los servidores remitentes ignoran una política que no pueden analizar. Las líneas tienen la forma &quot;key: value&quot;; version, mode, max_age y al menos un mx son obligatorios. Use el asistente de políticas para escribir un archivo correcto.</translation>
    </message>
    <message>
        <source>Each mx line of the policy names an MX host, or &quot;*.&quot; and a parent domain for exactly one more label. An MX that no line covers gets no mail in enforce mode.</source>
        <translation>Cada línea mx de la política nombra un host MX, o &quot;*.&quot; seguido de un dominio padre para exactamente una etiqueta más. Un MX que no esté cubierto por ninguna línea no recibe correo en modo enforce.</translation>
    </message>
    <message>
        <source>Without MTA-STS (or DANE), STARTTLS is opportunistic: senders accept any certificate and continue in clear text when STARTTLS is missing. Publish a policy in testing mode, watch the TLS-RPT reports, then switch to enforce.</source>
        <translation>Sin MTA-STS (ni DANE), STARTTLS es oportunista: los servidores remitentes aceptan cualquier certificado y siguen en claro si falta STARTTLS. Publique una política en modo testing, revise los informes TLS-RPT y después pase a enforce.</translation>
    </message>
    <message>
        <source>A record points to a policy that senders cannot use; until it is fixed, senders that have no cached policy deliver without protection.</source>
        <translation>Un registro apunta a una política que los servidores remitentes no pueden usar; hasta que se corrija, los remitentes que no tienen una política en caché entregan sin protección.</translation>
    </message>
    <message>
        <source>Add an mx line for this host (or a wildcard that covers it) to the policy and change the id of the _mta-sts record so that senders refetch it.</source>
        <translation>Añada a la política una línea mx para este host (o un comodín que lo cubra) y cambie el id del registro _mta-sts para que los servidores remitentes la vuelvan a descargar.</translation>
    </message>
    <message>
        <source>In enforce mode senders deliver only over TLS with a certificate that is trusted, current and valid for the MX name. Fix the certificate or STARTTLS of this host before enforcing.</source>
        <translation>En modo enforce, los servidores remitentes solo entregan por TLS con un certificado de confianza, vigente y válido para el nombre del MX. Corrija el certificado o STARTTLS de este host antes de pasar a enforce.</translation>
    </message>
    <message>
        <source>Check that the host accepts connections on port 25 from the internet (firewall, listening address) and answers with a 220 greeting.</source>
        <translation>Compruebe que el host acepta conexiones en el puerto 25 desde Internet (cortafuegos, dirección de escucha) y que responde con un saludo 220.</translation>
    </message>
    <message>
        <source>Signing the zone with DNSSEC protects the MX records themselves and allows DANE for the MX hosts.</source>
        <translation>Firmar la zona con DNSSEC protege los propios registros MX y permite usar DANE en los hosts MX.</translation>
    </message>
    <message>
        <source>DNS answers that fail (SERVFAIL, bogus signatures) stop delivery by validating senders. Check the delegation, the DS record at the parent and the signatures&apos; expiry.</source>
        <translation>Las respuestas DNS que fallan (SERVFAIL, firmas bogus) detienen la entrega desde los servidores remitentes que validan. Compruebe la delegación, el registro DS en la zona padre y la caducidad de las firmas.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the MX (for Postfix: smtpd_tls_security_level = may with smtpd_tls_chain_files) and check that nothing in front of it (a firewall&apos;s SMTP inspection) removes the STARTTLS keyword.</source>
        <translation>Active STARTTLS en el MX (en Postfix: smtpd_tls_security_level = may con smtpd_tls_chain_files) y compruebe que nada delante de él (la inspección SMTP de un cortafuegos) elimina la palabra clave STARTTLS.</translation>
    </message>
    <message>
        <source>The TLS session after STARTTLS failed or was weak. Check the server&apos;s TLS configuration: protocol versions (TLS 1.2 or later), key and certificate files, and that the full chain is served.</source>
        <translation>La sesión TLS tras STARTTLS falló o era débil. Revise la configuración TLS del servidor: versiones del protocolo (TLS 1.2 o posterior), archivos de clave y certificado, y que se sirve la cadena completa.</translation>
    </message>
    <message>
        <source>The SMTP dialogue did not go as RFC 5321 requires; senders may defer or give up. Check the server&apos;s logs for the session.</source>
        <translation>El diálogo SMTP no se desarrolló como exige el RFC 5321; los servidores remitentes pueden aplazar la entrega o desistir. Revise los logs del servidor correspondientes a esa sesión.</translation>
    </message>
    <message>
        <source>Senders that validate (MTA-STS enforce, DANE) refuse such a certificate; the others cannot tell it from an attacker&apos;s. Issue a certificate from a public CA for every MX name, e.g. with ACME, and renew it automatically.</source>
        <translation>Los servidores remitentes que validan (MTA-STS en enforce, DANE) rechazan un certificado así; los demás no pueden distinguirlo del de un atacante. Emita un certificado de una CA pública para cada nombre MX, por ejemplo con ACME, y renuévelo automáticamente.</translation>
    </message>
    <message>
        <source>The server must send its certificate followed by every intermediate up to (not including) a root that senders trust.</source>
        <translation>El servidor debe enviar su certificado seguido de todos los intermedios hasta una raíz en la que confíen los servidores remitentes (sin incluir esa raíz).</translation>
    </message>
    <message>
        <source>Publish &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; at _smtp._tls.&lt;domain&gt; to receive daily reports of failed TLS sessions, and open them with StsScope.</source>
        <translation>Publique &quot;v=TLSRPTv1; rua=mailto:tls-reports@&lt;domain&gt;&quot; en _smtp._tls.&lt;domain&gt; para recibir informes diarios de las sesiones TLS fallidas, y ábralos con StsScope.</translation>
    </message>
    <message>
        <source>Each rua entry is a mailto: or https: URI that accepts reports.</source>
        <translation>Cada entrada rua es una URI mailto: o https: que acepta informes.</translation>
    </message>
    <message>
        <source>STARTTLS downgrade: an attacker on the network path can remove STARTTLS from the server&apos;s reply, and senders fall back to clear text.</source>
        <translation>Degradación de STARTTLS: un atacante en la ruta de red puede eliminar STARTTLS de la respuesta del servidor, y los servidores remitentes recurren al texto en claro.</translation>
    </message>
    <message>
        <source>Man-in-the-middle: an attacker can present any certificate, and senders that cannot require a valid one deliver to the attacker.</source>
        <translation>Ataque de intermediario (man-in-the-middle): un atacante puede presentar cualquier certificado, y los servidores remitentes que no pueden exigir uno válido entregan el correo al atacante.</translation>
    </message>
    <message>
        <source>DNS spoofing: forged MX answers can send mail to an attacker&apos;s server until a policy is cached.</source>
        <translation>Suplantación de DNS: unas respuestas MX falsificadas pueden desviar el correo al servidor de un atacante mientras no haya una política en caché.</translation>
    </message>
    <message>
        <source>Mail loss: senders that follow the standards stop delivering to this host.</source>
        <translation>Pérdida de correo: los servidores remitentes que siguen los estándares dejan de entregar a este host.</translation>
    </message>
    <message>
        <source>Blindness: failed deliveries and attacks are not reported to you.</source>
        <translation>Sin visibilidad: no se le notifican las entregas fallidas ni los ataques.</translation>
    </message>
    <message>
        <source>Publish the host&apos;s public address in its A and AAAA records; a split-horizon DNS may be answering with the internal one.</source>
        <translation>Publique la dirección pública del host en sus registros A y AAAA; puede que un DNS de horizonte dividido responda con la interna.</translation>
    </message>
    <message>
        <source>Nothing to fix on the domain: check again from a network that can reach the MX on port 25 (and over IPv6 where it has IPv6 addresses).</source>
        <translation>No hay nada que corregir en el dominio: vuelva a comprobar desde una red que alcance el MX en el puerto 25 (y por IPv6 si tiene direcciones IPv6).</translation>
    </message>
    <message>
        <source>Remove MX records of hosts that no longer receive mail; the hosts past the cap were not checked.</source>
        <translation>Elimine los registros MX de hosts que ya no reciben correo; los hosts por encima del límite no se comprobaron.</translation>
    </message>
    <message>
        <source>Senders that validate DANE (Postfix, Exim, Microsoft 365 and others) deliver to an MX with DNSSEC-signed TLSA records only when a record matches the certificate it presents. Publish &quot;3 1 1&quot; records for the key in use and the next one, keep the zone&apos;s DNSSEC valid, and after a key change update the records first and wait for their TTL.</source>
        <translation>Los servidores remitentes que validan DANE (Postfix, Exim, Microsoft 365 y otros) solo entregan a un MX con registros TLSA firmados con DNSSEC cuando un registro coincide con el certificado que presenta. Publique registros «3 1 1» para la clave en uso y la siguiente, mantenga válido el DNSSEC de la zona y, al cambiar de clave, actualice primero los registros y espere su TTL.</translation>
    </message>
    <message>
        <source>DANE needs the TLSA records signed: sign the zone of the MX host with DNSSEC and publish its DS record at the parent.</source>
        <translation>DANE necesita los registros TLSA firmados: firme la zona del host MX con DNSSEC y publique su registro DS en la zona padre.</translation>
    </message>
    <message>
        <source>For SMTP only DANE-TA(2) and DANE-EE(3) records count. Replace the records with &quot;3 1 1&quot; records of the server&apos;s public key (the current and the next).</source>
        <translation>Para SMTP solo cuentan los registros DANE-TA(2) y DANE-EE(3). Sustitúyalos por registros «3 1 1» de la clave pública del servidor (la actual y la siguiente).</translation>
    </message>
    <message>
        <source>Nothing on the domain: check again from a network whose resolver passes DNSSEC, or that lets StsScope ask the root servers itself.</source>
        <translation>Nada que corregir en el dominio: compruebe de nuevo desde una red cuyo resolutor deje pasar DNSSEC, o que permita a StsScope consultar por sí mismo los servidores raíz.</translation>
    </message>
    <message>
        <source>DANE starts at the domain&apos;s MX records: only when they are DNSSEC-signed can a sender trust the MX host names whose TLSA records it then looks up. Sign the domain&apos;s zone (and publish its DS record at the parent); until then, MTA-STS is what protects mail to it.</source>
        <translation>DANE empieza en los registros MX del dominio: solo si están firmados con DNSSEC puede un servidor remitente fiarse de los nombres de host MX cuyos registros TLSA consulta después. Firme la zona del dominio (y publique su registro DS en la zona padre); hasta entonces, lo que protege el correo dirigido a él es MTA-STS.</translation>
    </message>
    <message>
        <source>DANE protects mail from senders that validate DNSSEC and TLSA records; many large senders implement only MTA-STS, and to them STARTTLS stays opportunistic. Publish an MTA-STS policy as well (RFC 8461 §2: a sender that does both uses DANE), in testing mode first, then enforce.</source>
        <translation>DANE protege el correo de los servidores remitentes que validan DNSSEC y los registros TLSA; muchos remitentes grandes solo implementan MTA-STS, y para ellos STARTTLS sigue siendo oportunista. Publique también una política MTA-STS (RFC 8461 §2: un remitente que admite ambos usa DANE), primero en modo testing y luego en modo enforce.</translation>
    </message>
    <message>
        <source>Senders fetch the policy again only when the id in the _mta-sts TXT record changes. Publish a new id (e.g. the date and time, 20260301120000) every time the policy file changes.</source>
        <translation>Los servidores remitentes solo vuelven a descargar la política cuando cambia el id del registro TXT _mta-sts. Publique un id nuevo (por ejemplo, la fecha y la hora, 20260301120000) cada vez que cambie el archivo de la política.</translation>
    </message>
    <message>
        <source>The published policy protects less than it did. If that was not intended, restore the policy file (mode enforce, the max_age you had) and change the id.</source>
        <translation>La política publicada protege menos que antes. Si no era lo previsto, restaure el archivo de la política (modo enforce, el max_age que tenía) y cambie el id.</translation>
    </message>
    <message>
        <source>Every MX host must match an mx line of an enforce policy. Add the host (or a wildcard covering it) to the policy first, change the id, wait for the old max_age, and only then publish the MX record.</source>
        <translation>Cada host MX debe coincidir con una línea mx de una política en modo enforce. Añada primero el host (o un comodín que lo cubra) a la política, cambie el id, espere el max_age anterior y solo entonces publique el registro MX.</translation>
    </message>
    <message>
        <source>Renew the certificate well before it expires, automatically (ACME), with every name the host serves, and check the renewal from outside.</source>
        <translation>Renueve el certificado con bastante antelación a su caducidad, de forma automática (ACME), con todos los nombres que sirve el host, y compruebe la renovación desde fuera.</translation>
    </message>
    <message>
        <source>Turn STARTTLS back on (for Postfix: smtpd_tls_security_level = may with a certificate) and check that nothing in front of the server removes it.</source>
        <translation>Vuelva a activar STARTTLS (en Postfix: smtpd_tls_security_level = may con un certificado) y compruebe que nada delante del servidor lo elimina.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration after the last change: the key and certificate files, the protocol versions and the ciphers it accepts.</source>
        <translation>Revise la configuración TLS del servidor tras el último cambio: los archivos de clave y de certificado, las versiones de protocolo y los cifrados que acepta.</translation>
    </message>
    <message>
        <source>Something that worked at the last check does not now. The check&apos;s own findings name the cause; if it was a passing outage, the next check says so.</source>
        <translation>Algo que funcionaba en la última comprobación ya no funciona. Los hallazgos de la propia comprobación indican la causa; si fue una interrupción pasajera, la siguiente comprobación lo mostrará.</translation>
    </message>
    <message>
        <source>After a key or certificate change, publish the TLSA record of the new key before it is used, wait for the record&apos;s TTL, then switch.</source>
        <translation>Tras un cambio de clave o de certificado, publique el registro TLSA de la clave nueva antes de usarla, espere el TTL del registro y después haga el cambio.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The %1 lookup for %2 failed: %3.</source>
        <translation>La consulta %1 de %2 falló: %3.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures for %1 do not validate (%2); validating senders cannot resolve it at all.</source>
        <translation>Las firmas DNSSEC de %1 no validan (%2); los servidores remitentes que validan no pueden resolverlo en absoluto.</translation>
    </message>
    <message>
        <source>The MX records of %1 are not DNSSEC-signed; MTA-STS protects against their spoofing only once a policy is cached, and DANE is not possible.</source>
        <translation>Los registros MX de %1 no están firmados con DNSSEC; MTA-STS protege contra su suplantación solo una vez que la política está en caché, y DANE no es posible.</translation>
    </message>
    <message>
        <source>The domain has no MX host to deliver to.</source>
        <translation>El dominio no tiene ningún host MX al que entregar.</translation>
    </message>
    <message>
        <source>The domain publishes a null MX: it accepts no mail.</source>
        <translation>El dominio publica un null MX: no acepta correo.</translation>
    </message>
    <message>
        <source>The domain has no MX record; senders deliver to its own address. Publish an MX record so that a policy can name the host.</source>
        <translation>El dominio no tiene registro MX; los servidores remitentes entregan a la dirección del propio dominio. Publique un registro MX para que la política pueda nombrar el host.</translation>
    </message>
    <message>
        <source>The MX host %1 has no address (A: %2, AAAA: %3).</source>
        <translation>El host MX %1 no tiene dirección (A: %2, AAAA: %3).</translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; in enforce mode senders do not deliver to it. Add &quot;mx: %1&quot; (or a wildcard covering it) to the policy and change the id.</source>
        <translation>El host MX %1 no coincide con ningún patrón mx de la política; en modo enforce los servidores remitentes no le entregan correo. Añada &quot;mx: %1&quot; (o un comodín que lo cubra) a la política y cambie el id.</translation>
    </message>
    <message>
        <source>The MX host %1 matches no mx pattern of the policy; senders report this and would refuse it in enforce mode. Add it to the policy before enforcing.</source>
        <translation>El host MX %1 no coincide con ningún patrón mx de la política; los servidores remitentes lo notifican en sus informes y lo rechazarían en modo enforce. Añádalo a la política antes de pasar a enforce.</translation>
    </message>
    <message>
        <source>No address of the MX host %1 completed an SMTP session; senders cannot deliver to it.</source>
        <translation>Ninguna dirección del host MX %1 completó una sesión SMTP; los servidores remitentes no pueden entregarle correo.</translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); in enforce mode senders do not deliver to it.</source>
        <translation>El host MX %1 no supera la validación MTA-STS (%2); en modo enforce los servidores remitentes no le entregan correo.</translation>
    </message>
    <message>
        <source>The MX host %1 fails MTA-STS validation (%2); senders still deliver in testing mode and report it, but enforce mode would stop mail to it.</source>
        <translation>El host MX %1 no supera la validación MTA-STS (%2); en modo testing los servidores remitentes siguen entregando y lo notifican, pero el modo enforce detendría el correo hacia él.</translation>
    </message>
    <message>
        <source>An _mta-sts record is published but senders cannot use the policy (%1); mail is delivered without MTA-STS protection.</source>
        <translation>Hay un registro _mta-sts publicado, pero los servidores remitentes no pueden usar la política (%1); el correo se entrega sin la protección de MTA-STS.</translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy: an attacker on the path can strip STARTTLS or present any certificate, and senders deliver anyway.</source>
        <translation>El dominio no tiene política MTA-STS: un atacante en la ruta puede eliminar STARTTLS o presentar cualquier certificado, y los servidores remitentes entregan igualmente.</translation>
    </message>
    <message>
        <source>A policy file is served at %1, but no valid _mta-sts TXT record points to it, so senders never fetch it.</source>
        <translation>Se sirve un archivo de política en %1, pero ningún registro TXT _mta-sts válido apunta a él, así que los servidores remitentes nunca lo descargan.</translation>
    </message>
    <message>
        <source>The check was cancelled; the results are incomplete.</source>
        <translation>Se canceló la comprobación; los resultados están incompletos.</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>el nombre tiene más de 253 caracteres</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>tiene una etiqueta vacía</translation>
    </message>
    <message>
        <source>a label is longer than 63 characters</source>
        <translation>una etiqueta tiene más de 63 caracteres</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; has characters other than letters, digits and hyphens</source>
        <translation>la etiqueta &quot;%1&quot; contiene caracteres distintos de letras, dígitos y guiones</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>la etiqueta &quot;%1&quot; empieza o termina con un guion</translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=STSv1;&quot;: senders treat the domain as having no MTA-STS policy.</source>
        <translation>Ningún registro TXT empieza por &quot;v=STSv1;&quot;: los servidores remitentes consideran que el dominio no tiene política MTA-STS.</translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=STSv1;&quot;; senders discard them all and treat the domain as having no MTA-STS policy. Publish exactly one.</source>
        <translation>%1 registros TXT empiezan por &quot;v=STSv1;&quot;; los servidores remitentes los descartan todos y consideran que el dominio no tiene política MTA-STS. Publique exactamente uno.</translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=STSv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation>Se ignora un registro TXT que no empieza por &quot;v=STSv1;&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This record looks like an MTA-STS record but does not start with exactly &quot;v=STSv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation>Este registro parece un registro MTA-STS, pero no empieza exactamente por &quot;v=STSv1;&quot; (distingue mayúsculas y minúsculas, debe ir al principio y seguido de punto y coma), así que los servidores remitentes lo ignoran: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=STSv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=STSv1;&quot; discard the record. Remove the space.</source>
        <translation>La gramática admite espacios entre &quot;v=STSv1&quot; y &quot;;&quot;, pero los servidores remitentes que buscan el prefijo literal &quot;v=STSv1;&quot; descartan el registro. Quite el espacio.</translation>
    </message>
    <message>
        <source>The record consists of %1 character-strings; they are joined without spaces before parsing.</source>
        <translation>El registro consta de %1 character-strings; se concatenan sin espacios antes de analizarlo.</translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none.</source>
        <translation>El registro contiene bytes fuera del ASCII imprimible; la gramática no admite ninguno.</translation>
    </message>
    <message>
        <source>The record has an empty field (two semicolons in a row), which makes it syntactically invalid.</source>
        <translation>El registro tiene un campo vacío (dos puntos y coma seguidos), lo que lo hace sintácticamente no válido.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not of the form name=value; the record is syntactically invalid.</source>
        <translation>El campo &quot;%1&quot; no tiene la forma nombre=valor; el registro es sintácticamente no válido.</translation>
    </message>
    <message>
        <source>Field names are case-sensitive: senders read &quot;%1&quot; as an unknown field and ignore it. Write it in lower case.</source>
        <translation>Los nombres de campo distinguen mayúsculas y minúsculas: los servidores remitentes leen &quot;%1&quot; como un campo desconocido y lo ignoran. Escríbalo en minúsculas.</translation>
    </message>
    <message>
        <source>The record has no &quot;id&quot; field; it is required.</source>
        <translation>El registro no tiene el campo &quot;id&quot;, que es obligatorio.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits (no dashes, dots, colons or spaces).</source>
        <translation>El id &quot;%1&quot; no es válido: debe tener de 1 a 32 letras y dígitos (sin guiones, puntos, dos puntos ni espacios).</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is %2 characters long; at most 32 are allowed.</source>
        <translation>El id &quot;%1&quot; tiene %2 caracteres; se admiten 32 como máximo.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either value. Keep one.</source>
        <translation>El campo &quot;%1&quot; aparece más de una vez; los servidores remitentes pueden leer cualquiera de los valores. Deje solo uno.</translation>
    </message>
    <message>
        <source>The extension field &quot;%1&quot; does not follow the grammar (name: letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, at most 32; value: printable ASCII without &quot;;&quot;, &quot;=&quot; or spaces); the record is syntactically invalid.</source>
        <translation>El campo de extensión &quot;%1&quot; no se ajusta a la gramática (nombre: letras, dígitos, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;, 32 como máximo; valor: ASCII imprimible sin &quot;;&quot;, &quot;=&quot; ni espacios); el registro es sintácticamente no válido.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; is ignored by senders.</source>
        <translation>Los servidores remitentes ignoran el campo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Valid MTA-STS record with id &quot;%1&quot;.</source>
        <translation>Registro MTA-STS válido con id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The policy is empty.</source>
        <translation>La política está vacía.</translation>
    </message>
    <message>
        <source>The policy is %1 bytes long; senders reject policies over 65536 bytes (64 KiB).</source>
        <translation>La política ocupa %1 bytes; los servidores remitentes rechazan las políticas de más de 65536 bytes (64 KiB).</translation>
    </message>
    <message>
        <source>The policy starts with a UTF-8 byte order mark, so its first key is not read as &quot;version&quot;. Save the file without BOM.</source>
        <translation>La política empieza con una marca de orden de bytes (BOM) UTF-8, así que su primera clave no se lee como &quot;version&quot;. Guarde el archivo sin BOM.</translation>
    </message>
    <message>
        <source>The line contains a control character (byte %1) that the policy grammar does not allow.</source>
        <translation>La línea contiene un carácter de control (byte %1) que la gramática de la política no admite.</translation>
    </message>
    <message>
        <source>Lines end with a bare CR; only LF and CRLF separate lines, so the whole policy reads as one line.</source>
        <translation>Las líneas terminan con un CR aislado; solo LF y CRLF separan líneas, así que toda la política se lee como una sola línea.</translation>
    </message>
    <message>
        <source>The policy mixes LF and CRLF line endings; both are allowed, but one style is easier to maintain.</source>
        <translation>La política mezcla finales de línea LF y CRLF; ambos están permitidos, pero un único estilo es más fácil de mantener.</translation>
    </message>
    <message>
        <source>The line starts with whitespace; the grammar does not allow it and strict senders reject the policy.</source>
        <translation>La línea empieza con espacios; la gramática no lo permite y los servidores remitentes estrictos rechazan la política.</translation>
    </message>
    <message>
        <source>Whitespace between the key &quot;%1&quot; and the colon; the grammar does not allow it and strict senders reject the policy.</source>
        <translation>Hay espacios entre la clave &quot;%1&quot; y los dos puntos; la gramática no lo permite y los servidores remitentes estrictos rechazan la política.</translation>
    </message>
    <message>
        <source>The line is not of the form &quot;key: value&quot;: &quot;%1&quot;.</source>
        <translation>La línea no tiene la forma &quot;key: value&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: &quot;%1&quot; is not &quot;%2&quot; and is ignored as an unknown key.</source>
        <translation>Las claves distinguen mayúsculas y minúsculas: &quot;%1&quot; no es &quot;%2&quot; y se ignora como clave desconocida.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; is ignored by senders.</source>
        <translation>Los servidores remitentes ignoran la clave desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears again; senders use the first value (&quot;%2&quot;) and ignore this one (&quot;%3&quot;).</source>
        <translation>La clave &quot;%1&quot; aparece de nuevo; los servidores remitentes usan el primer valor (&quot;%2&quot;) e ignoran este (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing; senders treat the policy as invalid.</source>
        <translation>Falta la clave obligatoria &quot;%1&quot;; los servidores remitentes consideran que la política no es válida.</translation>
    </message>
    <message>
        <source>The version is &quot;%1&quot;; it must be &quot;STSv1&quot;.</source>
        <translation>La versión es &quot;%1&quot;; debe ser &quot;STSv1&quot;.</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not the first line; the order of keys does not matter to senders, but it is customary to start with it.</source>
        <translation>&quot;version&quot; no está en la primera línea; el orden de las claves no importa a los servidores remitentes, pero es costumbre empezar por ella.</translation>
    </message>
    <message>
        <source>The mode &quot;%1&quot; is invalid; it must be &quot;enforce&quot;, &quot;testing&quot; or &quot;none&quot; (lower case).</source>
        <translation>El modo &quot;%1&quot; no es válido; debe ser &quot;enforce&quot;, &quot;testing&quot; o &quot;none&quot; (en minúsculas).</translation>
    </message>
    <message>
        <source>The max_age &quot;%1&quot; is not a whole number of seconds (1 to 10 digits).</source>
        <translation>El max_age &quot;%1&quot; no es un número entero de segundos (de 1 a 10 dígitos).</translation>
    </message>
    <message>
        <source>The max_age %1 exceeds the maximum of 31557600 seconds (one year).</source>
        <translation>El max_age %1 supera el máximo de 31557600 segundos (un año).</translation>
    </message>
    <message>
        <source>The max_age of %1 seconds is shorter than a day; senders refetch the policy often and an attacker who blocks the fetch can strip it quickly. Use at least 86400, and weeks (604800 or more) in enforce mode.</source>
        <translation>Un max_age de %1 segundos es inferior a un día; los servidores remitentes vuelven a descargar la política a menudo y un atacante que bloquee la descarga puede eliminarla rápidamente. Use al menos 86400, y semanas (604800 o más) en modo enforce.</translation>
    </message>
    <message>
        <source>The policy in mode &quot;%1&quot; lists no &quot;mx&quot; pattern; no MX host can match it.</source>
        <translation>La política en modo &quot;%1&quot; no incluye ningún patrón &quot;mx&quot;; ningún host MX puede coincidir.</translation>
    </message>
    <message>
        <source>The policy in mode &quot;none&quot; lists no &quot;mx&quot; pattern. RFC 8461 allows this in mode none, but some parsers require an mx line in every mode and reject the policy; adding one is harmless.</source>
        <translation>La política en modo &quot;none&quot; no incluye ningún patrón &quot;mx&quot;. El RFC 8461 lo permite en el modo none, pero algunos analizadores exigen una línea mx en todos los modos y rechazan la política; añadir una no hace ningún daño.</translation>
    </message>
    <message>
        <source>An &quot;mx&quot; line has no value.</source>
        <translation>Una línea &quot;mx&quot; no tiene valor.</translation>
    </message>
    <message>
        <source>Mode &quot;none&quot;: senders drop any earlier policy and deliver opportunistically. This is how a domain withdraws MTA-STS.</source>
        <translation>Modo &quot;none&quot;: los servidores remitentes descartan cualquier política anterior y entregan de forma oportunista. Así es como un dominio retira MTA-STS.</translation>
    </message>
    <message>
        <source>Mode &quot;testing&quot;: senders report failures (TLS-RPT) but still deliver over unauthenticated or plain connections. Switch to &quot;enforce&quot; once reports show no failures.</source>
        <translation>Modo &quot;testing&quot;: los servidores remitentes notifican los fallos (TLS-RPT), pero siguen entregando por conexiones no autenticadas o en claro. Pase a &quot;enforce&quot; cuando los informes no muestren fallos.</translation>
    </message>
    <message>
        <source>Valid policy: mode %1, max_age %2, %3 mx pattern(s).</source>
        <translation>Política válida: modo %1, max_age %2, patrones mx: %3.</translation>
    </message>
    <message>
        <source>The mx pattern is empty.</source>
        <translation>El patrón mx está vacío.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is not a valid host name: %2</source>
        <translation>El patrón mx &quot;%1&quot; no es un nombre de host válido: %2</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; has a wildcard that is not the whole leftmost label followed by &quot;.&quot;; only &quot;*.domain&quot; is allowed.</source>
        <translation>El patrón mx &quot;%1&quot; tiene un comodín que no ocupa toda la etiqueta de la izquierda seguida de &quot;.&quot;; solo se admite &quot;*.dominio&quot;.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; covers every host directly under a top-level domain; it protects nothing.</source>
        <translation>El patrón mx &quot;%1&quot; cubre todos los hosts situados directamente bajo un dominio de primer nivel; no protege nada.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; ends with a dot; it is compared without it, but not every sender strips it. Write the name without the final dot.</source>
        <translation>El patrón mx &quot;%1&quot; termina en punto; se compara sin él, pero no todos los servidores remitentes lo eliminan. Escriba el nombre sin el punto final.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is written in Unicode; the grammar expects A-labels. Write &quot;%2&quot;.</source>
        <translation>El patrón mx &quot;%1&quot; está escrito en Unicode; la gramática espera etiquetas A (A-labels). Escriba &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The mx pattern &quot;%1&quot; is an IP address; MX records and patterns name hosts, and certificates are checked against host names.</source>
        <translation>El patrón mx &quot;%1&quot; es una dirección IP; los registros MX y los patrones nombran hosts, y los certificados se comprueban con nombres de host.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid domain name: %2</source>
        <translation>El dominio &quot;%1&quot; no es un nombre de dominio válido: %2</translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds; %1 is out of range.</source>
        <translation>max_age debe estar entre 0 y 31557600 segundos; %1 está fuera de rango.</translation>
    </message>
    <message>
        <source>A policy in mode &quot;%1&quot; needs at least one mx pattern.</source>
        <translation>Una política en modo &quot;%1&quot; necesita al menos un patrón mx.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is invalid: it must be 1 to 32 letters and digits.</source>
        <translation>El id &quot;%1&quot; no es válido: debe tener de 1 a 32 letras y dígitos.</translation>
    </message>
    <message>
        <source>The generated %1 does not pass its own check (%2); please report this as a bug.</source>
        <translation>Lo generado para %1 no supera su propia comprobación (%2); notifíquelo como un error del programa.</translation>
    </message>
    <message>
        <source>The policy host %1 has no address (%2): senders cannot fetch the policy and treat the domain as having none. Publish an A or AAAA record for it.</source>
        <translation>El host de la política %1 no tiene dirección (%2): los servidores remitentes no pueden descargar la política y consideran que el dominio no tiene ninguna. Publique un registro A o AAAA para él.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port 443: %2.</source>
        <translation>No se pudo conectar a %1 en el puerto 443: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>La negociación TLS con %1 falló: %2.</translation>
    </message>
    <message>
        <source>The policy host&apos;s certificate is not valid for %1 (%2); senders refuse the policy (TLS-RPT: sts-webpki-invalid).</source>
        <translation>El certificado del host de la política no es válido para %1 (%2); los servidores remitentes rechazan la política (TLS-RPT: sts-webpki-invalid).</translation>
    </message>
    <message>
        <source>The policy fetch from %1 did not complete within %2 s; senders give up as well.</source>
        <translation>La descarga de la política desde %1 no terminó en %2 s; los servidores remitentes también desisten.</translation>
    </message>
    <message>
        <source>The HTTP response from %1 is malformed: %2.</source>
        <translation>La respuesta HTTP de %1 está mal formada: %2.</translation>
    </message>
    <message>
        <source>The policy URL answers with a redirect (HTTP %1 to %2); senders must not follow redirects. Serve the file directly at /.well-known/mta-sts.txt.</source>
        <translation>La URL de la política responde con una redirección (HTTP %1 a %2); los servidores remitentes no deben seguir redirecciones. Sirva el archivo directamente en /.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>The policy URL answers HTTP %1 %2 instead of 200.</source>
        <translation>La URL de la política responde HTTP %1 %2 en lugar de 200.</translation>
    </message>
    <message>
        <source>The policy is served as &quot;%1&quot;; it must be text/plain, and senders reject other types.</source>
        <translation>La política se sirve como &quot;%1&quot;; debe ser text/plain, y los servidores remitentes rechazan otros tipos.</translation>
    </message>
    <message>
        <source>The policy body is larger than 64 KiB; senders stop reading and reject it.</source>
        <translation>El cuerpo de la política supera los 64 KiB; los servidores remitentes dejan de leer y la rechazan.</translation>
    </message>
    <message>
        <source>Policy fetched from %1 (%2) in %3 ms.</source>
        <translation>Política descargada de %1 (%2) en %3 ms.</translation>
    </message>
    <message>
        <source>it is not a valid internationalized name</source>
        <translation>no es un nombre internacionalizado válido</translation>
    </message>
    <message>
        <source>The connection to %1 port %2 was refused: nothing accepts mail there.</source>
        <translation>La conexión a %1 en el puerto %2 fue rechazada: allí no hay nada que acepte correo.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2 within %3 s: the address does not answer (a firewall may drop the packets).</source>
        <translation>Sin conexión a %1, puerto %2, tras %3 s: la dirección no responde (puede que un cortafuegos descarte los paquetes).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>No se pudo conectar a %1 en el puerto %2: %3.</translation>
    </message>
    <message>
        <source>No complete greeting within %1 s (%2 bytes received so far). Senders give up on servers that are this slow to greet.</source>
        <translation>No se recibió un saludo completo en %1 s (%2 bytes recibidos hasta entonces). Los servidores remitentes desisten con servidores que tardan tanto en saludar.</translation>
    </message>
    <message>
        <source>The server greets with %1 instead of 220 (&quot;%2&quot;): it refuses the session, and senders cannot deliver here.</source>
        <translation>El servidor saluda con %1 en lugar de 220 (&quot;%2&quot;): rechaza la sesión y los servidores remitentes no pueden entregar aquí.</translation>
    </message>
    <message>
        <source>The greeting is not an SMTP reply: %1. Senders cannot talk to this server.</source>
        <translation>El saludo no es una respuesta SMTP: %1. Los servidores remitentes no pueden comunicarse con este servidor.</translation>
    </message>
    <message>
        <source>The greeting is too large: %1. StsScope stops reading there, as senders do.</source>
        <translation>El saludo es demasiado grande: %1. StsScope deja de leer en ese punto, como hacen los servidores remitentes.</translation>
    </message>
    <message>
        <source>The server sent a reply before StsScope sent %1, when no command had asked for one (&quot;%2&quot;). A client could take it for the answer to its next command.</source>
        <translation>El servidor envió una respuesta antes de que StsScope enviara %1, sin que ningún comando la hubiera pedido (&quot;%2&quot;). Un cliente podría tomarla por la respuesta a su siguiente comando.</translation>
    </message>
    <message>
        <source>The SMTP session did not finish within %1 s; it was stopped at step %2.</source>
        <translation>La sesión SMTP no terminó en %1 s; se detuvo en el paso %2.</translation>
    </message>
    <message>
        <source>The SMTP session was cancelled at step %1.</source>
        <translation>La sesión SMTP se canceló en el paso %1.</translation>
    </message>
    <message>
        <source>The server answers EHLO with %1 (&quot;%2&quot;); without EHLO there is no STARTTLS.</source>
        <translation>El servidor responde a EHLO con %1 (&quot;%2&quot;); sin EHLO no hay STARTTLS.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: mail to it travels in clear text, and senders that enforce MTA-STS do not deliver (TLS-RPT: starttls-not-supported).</source>
        <translation>El servidor no ofrece STARTTLS: el correo hacia él viaja en claro, y los servidores remitentes que aplican MTA-STS no entregan (TLS-RPT: starttls-not-supported).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but answers it with %1 (&quot;%2&quot;); senders fall back to clear text or, under an enforced policy, do not deliver.</source>
        <translation>El servidor ofrece STARTTLS, pero responde a él con %1 (&quot;%2&quot;); los servidores remitentes recurren al texto en claro o, con una política en modo enforce, no entregan.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes after its 220 reply to STARTTLS, before the TLS handshake; they were discarded, as clients must.</source>
        <translation>El servidor envió %1 bytes tras su respuesta 220 a STARTTLS, antes de la negociación TLS; se descartaron, como deben hacer los clientes.</translation>
    </message>
    <message>
        <source>The server accepted STARTTLS and then closed the connection before the TLS handshake completed (TLS-RPT: validation-failure).</source>
        <translation>El servidor aceptó STARTTLS y después cerró la conexión antes de completar la negociación TLS (TLS-RPT: validation-failure).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1 (TLS-RPT: validation-failure).</source>
        <translation>La negociación TLS falló: %1 (TLS-RPT: validation-failure).</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete within %1 s (TLS-RPT: validation-failure).</source>
        <translation>La negociación TLS no se completó en %1 s (TLS-RPT: validation-failure).</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.0 and 1.1 are deprecated. Enable TLS 1.2 and 1.3.</source>
        <translation>El servidor negoció %1; TLS 1.0 y 1.1 están obsoletos. Active TLS 1.2 y 1.3.</translation>
    </message>
    <message>
        <source>The certificate chain does not pass MTA-STS validation for %1 (TLS-RPT: %2); see the certificate findings.</source>
        <translation>La cadena de certificados no supera la validación MTA-STS para %1 (TLS-RPT: %2); consulte los hallazgos del certificado.</translation>
    </message>
    <message>
        <source>The EHLO reply after the TLS handshake still offers STARTTLS; servers should not.</source>
        <translation>La respuesta a EHLO tras la negociación TLS sigue ofreciendo STARTTLS; los servidores no deberían hacerlo.</translation>
    </message>
    <message>
        <source>STARTTLS with %1, cipher %2, key exchange %3.</source>
        <translation>STARTTLS con %1, cifrado %2, intercambio de claves %3.</translation>
    </message>
    <message>
        <source>The certificate chain verifies to the trusted root &quot;%1&quot; and the name &quot;%2&quot; in the certificate matches %3.</source>
        <translation>La cadena de certificados se verifica hasta la raíz de confianza &quot;%1&quot; y el nombre &quot;%2&quot; del certificado coincide con %3.</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>El servidor no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>Certificate %1 of the presented chain cannot be decoded.</source>
        <translation>No se puede decodificar el certificado %1 de la cadena presentada.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expired on %2; senders refuse it. Renew it and install the new certificate on the server.</source>
        <translation>El certificado &quot;%1&quot; caducó el %2; los servidores remitentes lo rechazan. Renuévelo e instale el certificado nuevo en el servidor.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid only from %2; senders refuse it until then. Check the server&apos;s clock and the certificate&apos;s dates.</source>
        <translation>El certificado &quot;%1&quot; solo es válido a partir del %2; hasta entonces los servidores remitentes lo rechazan. Compruebe el reloj del servidor y las fechas del certificado.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; expires on %2, in %3 days. Renew it before then; check that automatic renewal works and reloads the mail server.</source>
        <translation>El certificado &quot;%1&quot; caduca el %2, dentro de %3 días. Renuévelo antes; compruebe que la renovación automática funciona y que recarga el servidor de correo.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2. Add %1 to the certificate&apos;s subject alternative names.</source>
        <translation>El certificado no es válido para %1; está emitido para %2. Añada %1 a los nombres alternativos del sujeto (SAN) del certificado.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is self-signed; MTA-STS requires a chain to a root that senders trust. Use a certificate from a public CA, e.g. through ACME.</source>
        <translation>El certificado &quot;%1&quot; es autofirmado; MTA-STS exige una cadena hasta una raíz en la que confíen los servidores remitentes. Use un certificado de una CA pública, por ejemplo mediante ACME.</translation>
    </message>
    <message>
        <source>The chain ends in &quot;%1&quot;, which is not a trusted root.</source>
        <translation>La cadena termina en &quot;%1&quot;, que no es una raíz de confianza.</translation>
    </message>
    <message>
        <source>The server sends &quot;%1&quot; without the certificate of its issuer &quot;%2&quot;; senders do not fetch missing intermediates. Configure the full chain file (leaf first, then the intermediates).</source>
        <translation>El servidor envía &quot;%1&quot; sin el certificado de su emisor &quot;%2&quot;; los servidores remitentes no descargan los intermedios que faltan. Configure el archivo con la cadena completa (primero el certificado final y después los intermedios).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; has a %2 key of %3 bits; senders with current defaults refuse keys below 2048 bits (RSA) or 224 bits (EC).</source>
        <translation>El certificado &quot;%1&quot; tiene una clave %2 de %3 bits; los servidores remitentes con la configuración actual por defecto rechazan claves de menos de 2048 bits (RSA) o 224 bits (EC).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed with %2, which current senders no longer accept. Reissue it with SHA-256 or better.</source>
        <translation>El certificado &quot;%1&quot; está firmado con %2, que los servidores remitentes actuales ya no aceptan. Vuelva a emitirlo con SHA-256 o superior.</translation>
    </message>
    <message>
        <source>Verification of &quot;%1&quot; failed: %2.</source>
        <translation>La verificación de &quot;%1&quot; falló: %2.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 could not be read as PEM certificates; it was ignored.</source>
        <translation>El archivo de anclas de confianza %1 no se pudo leer como certificados PEM; se ha ignorado.</translation>
    </message>
    <message>
        <source>The report is not valid JSON: %1 (at byte %2).</source>
        <translation>El informe no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels; a TLS-RPT report needs five. Refused as hostile or broken.</source>
        <translation>El JSON tiene más de %1 niveles de anidamiento; un informe TLS-RPT necesita cinco. Se rechaza por hostil o defectuoso.</translation>
    </message>
    <message>
        <source>The JSON document is not an object, so it is not a TLS-RPT report.</source>
        <translation>El documento JSON no es un objeto, así que no es un informe TLS-RPT.</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing, empty or not of the expected type (%2); the report cannot be counted.</source>
        <translation>El campo obligatorio &quot;%1&quot; falta, está vacío o no es del tipo esperado (%2); el informe no se puede contabilizar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; no es una fecha y hora: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The date range ends (%2) before it starts (%1).</source>
        <translation>El intervalo de fechas termina (%2) antes de empezar (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of sessions from 0 up, not %2; the report cannot be counted.</source>
        <translation>&quot;%1&quot; debe ser un número entero de sesiones a partir de 0, no %2; el informe no se puede contabilizar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2; the report cannot be counted.</source>
        <translation>&quot;%1&quot; debe ser %2; el informe no se puede contabilizar.</translation>
    </message>
    <message>
        <source>A failure detail (%1) has no result-type, so its failed sessions cannot be attributed.</source>
        <translation>Un detalle de fallo (%1) no tiene result-type, así que sus sesiones fallidas no se pueden atribuir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone (&quot;%2&quot;), as Microsoft sends it; read as UTC.</source>
        <translation>&quot;%1&quot; no tiene zona horaria (&quot;%2&quot;), como lo envía Microsoft; se interpreta como UTC.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date without a time (&quot;%2&quot;); read as midnight UTC.</source>
        <translation>&quot;%1&quot; es una fecha sin hora (&quot;%2&quot;); se interpreta como medianoche UTC.</translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is null; the sender gave no contact.</source>
        <translation>&quot;contact-info&quot; es null; el remitente del informe no indicó ningún contacto.</translation>
    </message>
    <message>
        <source>&quot;contact-info&quot; is missing; the sender gave no contact.</source>
        <translation>Falta &quot;contact-info&quot;; el remitente del informe no indicó ningún contacto.</translation>
    </message>
    <message>
        <source>The report lists no policies, so it reports no sessions.</source>
        <translation>El informe no incluye ninguna política, así que no informa de ninguna sesión.</translation>
    </message>
    <message>
        <source>%1: policy-type &quot;%2&quot; is none of sts, tlsa, no-policy-found; its sessions are counted under that name.</source>
        <translation>%1: el policy-type &quot;%2&quot; no es ninguno de sts, tlsa, no-policy-found; sus sesiones se contabilizan con ese nombre.</translation>
    </message>
    <message>
        <source>%1 (%2) has no policy-domain; its sessions are counted without a domain.</source>
        <translation>%1 (%2) no tiene policy-domain; sus sesiones se contabilizan sin dominio.</translation>
    </message>
    <message>
        <source>%1: policy-string holds one string that is itself a JSON list (as Microsoft sends TLSA records); read as %2 entries.</source>
        <translation>%1: policy-string contiene una sola cadena que a su vez es una lista JSON (como envía Microsoft los registros TLSA); se interpreta como %2 entradas.</translation>
    </message>
    <message>
        <source>%1: policy-string is a single string, not a list; read as a list of one.</source>
        <translation>%1: policy-string es una sola cadena, no una lista; se interpreta como una lista de un elemento.</translation>
    </message>
    <message>
        <source>%1: mx-host is a single string, not a list (as in the RFC&apos;s own example); read as a list of one.</source>
        <translation>%1: mx-host es una sola cadena, no una lista (como en el propio ejemplo del RFC); se interpreta como una lista de un elemento.</translation>
    </message>
    <message>
        <source>%1: mx-host &quot;%2&quot; carries the policy&apos;s &quot;mx:&quot; key; read as &quot;%3&quot;.</source>
        <translation>%1: mx-host &quot;%2&quot; incluye la clave &quot;mx:&quot; de la política; se interpreta como &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing; read as 0, as encoders that drop zero values mean it.</source>
        <translation>%1: falta &quot;%2&quot;; se interpreta como 0, que es lo que quieren decir los codificadores que omiten los valores cero.</translation>
    </message>
    <message>
        <source>%1: the failure details add up to %2 failed sessions, the summary says %3. Both numbers are kept; totals use the summary.</source>
        <translation>%1: los detalles de fallo suman %2 sesiones fallidas y el resumen indica %3. Se conservan ambas cifras; los totales usan el resumen.</translation>
    </message>
    <message>
        <source>%1: result-type &quot;%2&quot; is not defined by RFC 8460; kept as written.</source>
        <translation>%1: el result-type &quot;%2&quot; no está definido en el RFC 8460; se conserva tal cual.</translation>
    </message>
    <message>
        <source>%1: the failure detail names no sending-mta-ip.</source>
        <translation>%1: el detalle de fallo no indica sending-mta-ip.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is an empty string; read as absent.</source>
        <translation>%1: &quot;%2&quot; es una cadena vacía; se interpreta como ausente.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;; kept as written.</source>
        <translation>%1: &quot;%2&quot; no es una dirección IP: &quot;%3&quot;; se conserva tal cual.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a name from a draft of RFC 8460; read as &quot;%3&quot;.</source>
        <translation>%1: &quot;%2&quot; es un nombre de un borrador del RFC 8460; se interpreta como &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a %3; ignored.</source>
        <translation>%1: &quot;%2&quot; no es de tipo %3; se ignora.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; is ignored.</source>
        <translation>%1: se ignora el campo desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2) carries no policy-string; the policy the sender saw is unknown.</source>
        <translation>%1 (%2) no incluye policy-string; se desconoce la política que vio el servidor remitente.</translation>
    </message>
    <message>
        <source>The JSON starts with a byte order mark, which RFC 8259 forbids; skipped.</source>
        <translation>El JSON empieza con una marca de orden de bytes (BOM), que el RFC 8259 prohíbe; se omite.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is %1 bytes; files over %2 bytes are not read.</source>
        <translation>El archivo ocupa %1 bytes; no se leen archivos de más de %2 bytes.</translation>
    </message>
    <message>
        <source>The content is neither JSON, gzip, zip, an e-mail message nor an mbox file.</source>
        <translation>El contenido no es JSON, gzip, zip, un mensaje de correo ni un archivo mbox.</translation>
    </message>
    <message>
        <source>The report unpacks to more than %1 bytes; refused as a decompression bomb.</source>
        <translation>El informe descomprimido ocupa más de %1 bytes; se rechaza como bomba de descompresión.</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 bytes in all; the rest is not read.</source>
        <translation>El archivo descomprimido ocupa más de %1 bytes en total; el resto no se lee.</translation>
    </message>
    <message>
        <source>The data expands more than %1 times; refused as a decompression bomb.</source>
        <translation>Los datos se expanden más de %1 veces; se rechazan como bomba de descompresión.</translation>
    </message>
    <message>
        <source>The gzip data is damaged: %1</source>
        <translation>Los datos gzip están dañados: %1</translation>
    </message>
    <message>
        <source>The gzip data ends before its end marker; the file is truncated.</source>
        <translation>Los datos gzip terminan antes de su marca de fin; el archivo está truncado.</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the gzip data are ignored.</source>
        <translation>Se ignoran %1 bytes tras el final de los datos gzip.</translation>
    </message>
    <message>
        <source>The zip archive cannot be read: %1</source>
        <translation>No se puede leer el archivo zip: %1</translation>
    </message>
    <message>
        <source>The zip archive has %1 entries; archives with more than %2 are not read.</source>
        <translation>El archivo zip tiene %1 entradas; no se leen archivos zip con más de %2.</translation>
    </message>
    <message>
        <source>The zip entry is encrypted and cannot be read.</source>
        <translation>La entrada del zip está cifrada y no se puede leer.</translation>
    </message>
    <message>
        <source>Archives and messages are nested more than %1 deep; the inner content is not read.</source>
        <translation>Los archivos comprimidos y los mensajes están anidados en más de %1 niveles; el contenido interior no se lee.</translation>
    </message>
    <message>
        <source>The e-mail message cannot be parsed.</source>
        <translation>No se puede analizar el mensaje de correo.</translation>
    </message>
    <message>
        <source>The message&apos;s MIME parts nest more than %1 deep; deeper parts are not read.</source>
        <translation>Las partes MIME del mensaje están anidadas en más de %1 niveles; las partes más profundas no se leen.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is declared as %2 but holds neither JSON nor gzip.</source>
        <translation>El adjunto &quot;%1&quot; está declarado como %2, pero no contiene ni JSON ni gzip.</translation>
    </message>
    <message>
        <source>No TLS-RPT report was found in it.</source>
        <translation>No se ha encontrado ningún informe TLS-RPT.</translation>
    </message>
    <message>
        <source>The file holds more than %1 reports; the rest is not read.</source>
        <translation>El archivo contiene más de %1 informes; el resto no se lee.</translation>
    </message>
    <message>
        <source>The import was canceled before this file was read to its end.</source>
        <translation>La importación se canceló antes de leer este archivo hasta el final.</translation>
    </message>
    <message>
        <source>No such file or folder.</source>
        <translation>No existe el archivo o la carpeta.</translation>
    </message>
    <message>
        <source>%1 parts hold no report and were skipped (e.g. &quot;%2&quot;).</source>
        <translation>%1 partes no contienen ningún informe y se han omitido (p. ej., &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; from %2 was read before (%3); it is counted once.</source>
        <translation>El informe &quot;%1&quot; de %2 ya se había leído (%3); se contabiliza una sola vez.</translation>
    </message>
    <message>
        <source>Cannot open the report library %1: %2</source>
        <translation>No se puede abrir la biblioteca de informes %1: %2</translation>
    </message>
    <message>
        <source>The report library %1 has schema version %2; this StsScope knows up to %3. Use a newer StsScope.</source>
        <translation>La biblioteca de informes %1 tiene la versión de esquema %2; esta versión de StsScope admite hasta la %3. Use una versión más reciente de StsScope.</translation>
    </message>
    <message>
        <source>Cannot store the reports; nothing from this file was kept: %1</source>
        <translation>No se pueden almacenar los informes; no se ha conservado nada de este archivo: %1</translation>
    </message>
    <message>
        <source>Cannot read the report library: %1</source>
        <translation>No se puede leer la biblioteca de informes: %1</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>Qt has no SQLite driver</source>
        <translation>Qt no dispone del controlador de SQLite</translation>
    </message>
    <message>
        <source>it is a database of another program</source>
        <translation>es una base de datos de otro programa</translation>
    </message>
    <message>
        <source>the library is closed</source>
        <translation>la biblioteca está cerrada</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>list of strings</source>
        <translation>lista de cadenas</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>No TXT record starts with &quot;v=TLSRPTv1;&quot;: senders send no TLS reports, so delivery failures stay invisible to you.</source>
        <translation>Ningún registro TXT empieza por &quot;v=TLSRPTv1;&quot;: los servidores remitentes no envían informes TLS, así que usted no se entera de los fallos de entrega.</translation>
    </message>
    <message>
        <source>%1 TXT records start with &quot;v=TLSRPTv1;&quot;; senders then send no reports at all. Publish exactly one, with all addresses in its rua field.</source>
        <translation>%1 registros TXT empiezan por &quot;v=TLSRPTv1;&quot;; en ese caso los servidores remitentes no envían ningún informe. Publique exactamente uno, con todas las direcciones en su campo rua.</translation>
    </message>
    <message>
        <source>A TXT record that does not start with &quot;v=TLSRPTv1;&quot; is ignored: &quot;%1&quot;.</source>
        <translation>Se ignora un registro TXT que no empieza por &quot;v=TLSRPTv1;&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This record looks like a TLS-RPT record but does not start with exactly &quot;v=TLSRPTv1;&quot; (case-sensitive, first, followed by a semicolon), so senders ignore it: &quot;%1&quot;.</source>
        <translation>Este registro parece un registro TLS-RPT, pero no empieza exactamente por &quot;v=TLSRPTv1;&quot; (distingue mayúsculas y minúsculas, debe ir al principio y seguido de punto y coma), así que los servidores remitentes lo ignoran: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Whitespace between &quot;v=TLSRPTv1&quot; and &quot;;&quot; is allowed by the grammar, but senders that look for the literal prefix &quot;v=TLSRPTv1;&quot; discard the record. Remove the space.</source>
        <translation>La gramática admite espacios entre &quot;v=TLSRPTv1&quot; y &quot;;&quot;, pero los servidores remitentes que buscan el prefijo literal &quot;v=TLSRPTv1;&quot; descartan el registro. Quite el espacio.</translation>
    </message>
    <message>
        <source>The record contains bytes outside printable ASCII; the grammar allows none (encode them in the URI).</source>
        <translation>El registro contiene bytes fuera del ASCII imprimible; la gramática no admite ninguno (codifíquelos en la URI).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; appears more than once; senders may read either. Put every report address into one rua field, separated by commas.</source>
        <translation>El campo &quot;%1&quot; aparece más de una vez; los servidores remitentes pueden leer cualquiera de ellos. Ponga todas las direcciones de informes en un único campo rua, separadas por comas.</translation>
    </message>
    <message>
        <source>The record has no &quot;rua&quot; field, so senders do not know where to send reports.</source>
        <translation>El registro no tiene campo &quot;rua&quot;, así que los servidores remitentes no saben adónde enviar los informes.</translation>
    </message>
    <message>
        <source>The rua field contains an empty URI (a stray comma or nothing after &quot;rua=&quot;).</source>
        <translation>El campo rua contiene una URI vacía (una coma de más o nada después de &quot;rua=&quot;).</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; uses neither &quot;mailto:&quot; nor &quot;https:&quot;, the only schemes senders support.</source>
        <translation>La URI de informes &quot;%1&quot; no usa ni &quot;mailto:&quot; ni &quot;https:&quot;, los únicos esquemas que admiten los servidores remitentes.</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable mailto: address: %2</source>
        <translation>La URI de informes &quot;%1&quot; no es una dirección mailto: utilizable: %2</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is not a usable https: URL: %2</source>
        <translation>La URI de informes &quot;%1&quot; no es una URL https: utilizable: %2</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; contains &quot;%2&quot;, which must be percent-encoded. Several addresses are separated by commas, not spaces.</source>
        <translation>La URI de informes &quot;%1&quot; contiene &quot;%2&quot;, que debe codificarse con porcentajes (percent-encoding). Las distintas direcciones se separan con comas, no con espacios.</translation>
    </message>
    <message>
        <source>The scheme of &quot;%1&quot; is not in lower case; this is allowed, but some senders only recognise &quot;mailto:&quot; and &quot;https:&quot;.</source>
        <translation>El esquema de &quot;%1&quot; no está en minúsculas; está permitido, pero algunos servidores remitentes solo reconocen &quot;mailto:&quot; y &quot;https:&quot;.</translation>
    </message>
    <message>
        <source>The report URI &quot;%1&quot; is listed twice; senders may deliver each report twice.</source>
        <translation>La URI de informes &quot;%1&quot; aparece dos veces; los servidores remitentes pueden entregar cada informe dos veces.</translation>
    </message>
    <message>
        <source>Valid TLS-RPT record; reports go to %1.</source>
        <translation>Registro TLS-RPT válido; los informes van a %1.</translation>
    </message>
    <message>
        <source>no address follows &quot;mailto:&quot;</source>
        <translation>no hay ninguna dirección tras &quot;mailto:&quot;</translation>
    </message>
    <message>
        <source>the address has no local part and domain separated by &quot;@&quot;</source>
        <translation>la dirección no tiene una parte local y un dominio separados por &quot;@&quot;</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is invalid: %2</source>
        <translation>el dominio &quot;%1&quot; no es válido: %2</translation>
    </message>
    <message>
        <source>the domain &quot;%1&quot; is not fully qualified</source>
        <translation>el dominio &quot;%1&quot; no es un nombre completo (FQDN)</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>no tiene host</translation>
    </message>
    <message>
        <source>it contains user information, which senders do not use</source>
        <translation>contiene información de usuario, que los servidores remitentes no usan</translation>
    </message>
    <message>
        <source>Waiting for %1: no complete reply within %2 s.</source>
        <translation>Mientras se esperaba %1: no llegó ninguna respuesta completa en %2 s.</translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent something that is not a valid SMTP reply: %2.</source>
        <translation>Mientras se esperaba %1, el servidor envió algo que no es una respuesta SMTP válida: %2.</translation>
    </message>
    <message>
        <source>Waiting for %1, the server sent a reply that is too large: %2.</source>
        <translation>Mientras se esperaba %1, el servidor envió una respuesta demasiado grande: %2.</translation>
    </message>
    <message>
        <source>Reply lines end with a bare LF instead of CRLF (first seen in %1). Many senders tolerate it, strict ones do not.</source>
        <translation>Las líneas de respuesta terminan con un LF aislado en lugar de CRLF (detectado por primera vez en %1). Muchos servidores remitentes lo toleran; los estrictos, no.</translation>
    </message>
    <message>
        <source>A reply line of %1 octets (in %2); RFC 5321 allows 512 including CRLF, and some senders cut or reject longer lines.</source>
        <translation>Una línea de respuesta de %1 octetos (en %2); el RFC 5321 admite 512 incluido el CRLF, y algunos servidores remitentes cortan o rechazan las líneas más largas.</translation>
    </message>
    <message>
        <source>In %1 the server sent bytes outside ASCII; only SMTPUTF8 sessions may carry them.</source>
        <translation>En %1 el servidor envió bytes fuera de ASCII; solo las sesiones SMTPUTF8 pueden contenerlos.</translation>
    </message>
    <message>
        <source>In %1 the server sent control characters, which reply text may not contain.</source>
        <translation>En %1 el servidor envió caracteres de control, que el texto de una respuesta no puede contener.</translation>
    </message>
    <message>
        <source>The server closed the connection while StsScope was waiting for %1.</source>
        <translation>El servidor cerró la conexión mientras StsScope esperaba %1.</translation>
    </message>
    <message>
        <source>The connection failed while StsScope was waiting for %1: %2.</source>
        <translation>La conexión falló mientras StsScope esperaba %1: %2.</translation>
    </message>
    <message>
        <source>The MX host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation>El host MX %1 se resuelve a %2, una dirección %3 que los servidores remitentes en Internet no pueden alcanzar; StsScope no se conectó a ella.</translation>
    </message>
    <message>
        <source>The MX host %1 could not be checked from this machine: %2. This says nothing about the host; check it from a network that can reach it.</source>
        <translation>El host MX %1 no se pudo comprobar desde esta máquina: %2. Esto no dice nada del host; compruébelo desde una red que lo alcance.</translation>
    </message>
    <message>
        <source>The domain has %1 MX hosts; only the %2 most preferred were checked, so the verdict covers part of them.</source>
        <translation>El dominio tiene %1 hosts MX; solo se comprobaron los %2 preferidos, así que el veredicto cubre solo una parte.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to %2, a %3 address that senders on the internet cannot reach; StsScope did not connect to it.</source>
        <translation>El host de la política %1 se resuelve a %2, una dirección %3 que los servidores remitentes en Internet no pueden alcanzar; StsScope no se conectó a ella.</translation>
    </message>
    <message numerus="yes">
        <source>This occurs %n times in the record; the first is shown.</source>
        <translation>
            <numerusform>Esto ocurre %n vez en el registro; se muestra el primer caso.</numerusform>
            <numerusform>Esto ocurre %n veces en el registro; se muestra el primer caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record ends in whitespace after its last field, without a &quot;;&quot;; the grammar allows whitespace only around a semicolon. Senders that trim it accept the record, strict ones discard it. Remove the trailing whitespace.</source>
        <translation>El registro termina con espacios después de su último campo, sin &quot;;&quot;; la gramática solo permite espacios alrededor de un punto y coma. Los servidores remitentes que los recortan aceptan el registro; los estrictos lo descartan. Elimine los espacios finales.</translation>
    </message>
    <message>
        <source>The line contains bytes that are not UTF-8 (such as 0xFF); the grammar allows nothing else. Lenient senders ignore an unknown key&apos;s line, but strict ones (postfix-tlspol) discard the whole policy. Save the file as UTF-8.</source>
        <translation>La línea contiene bytes que no son UTF-8 (como 0xFF); la gramática no permite otra cosa. Los servidores remitentes tolerantes ignoran la línea de una clave desconocida, pero los estrictos (postfix-tlspol) descartan toda la política. Guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>Empty line; the grammar has no empty lines, not even at the end. Lenient senders skip it, but strict ones (postfix-tlspol, Mimecast&apos;s strict mode) discard the whole policy. Remove it.</source>
        <translation>Línea vacía; la gramática no prevé líneas vacías, ni siquiera al final. Los servidores remitentes tolerantes la omiten, pero los estrictos (postfix-tlspol, Mimecast en modo estricto) descartan toda la política. Elimínela.</translation>
    </message>
    <message>
        <source>The unknown key &quot;%1&quot; does not follow the extension grammar (a name of at most 32 ASCII letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot; that starts with a letter or digit; a value that is not empty, with single spaces but no tabs). Lenient senders ignore the line, but strict ones (postfix-tlspol, mox) discard the whole policy.</source>
        <translation>La clave desconocida &quot;%1&quot; no se ajusta a la gramática de extensiones (un nombre de como máximo 32 letras ASCII, dígitos, &quot;_&quot;, &quot;-&quot; y &quot;.&quot; que empieza por una letra o un dígito; un valor no vacío, con espacios simples pero sin tabuladores). Los servidores remitentes tolerantes ignoran la línea, pero los estrictos (postfix-tlspol, mox) descartan toda la política.</translation>
    </message>
    <message>
        <source>The mx value &quot;%1&quot; is written in Unicode (a U-label); RFC 8461 requires the A-label. Lenient senders convert it, but strict ones (mox) discard the whole policy. Write &quot;mx: %2&quot;.</source>
        <translation>El valor mx &quot;%1&quot; está escrito en Unicode (una etiqueta U, U-label); el RFC 8461 exige la etiqueta A (A-label). Los servidores remitentes tolerantes lo convierten, pero los estrictos (mox) descartan toda la política. Escriba &quot;mx: %2&quot;.</translation>
    </message>
    <message>
        <source>The policy host %1 sent nothing for %2 s after the request; StsScope gave up on the connection, and senders time out on such a server as well.</source>
        <translation>El host de la política %1 no envió nada durante %2 s tras la solicitud; StsScope abandonó la conexión, y los servidores remitentes también agotan su tiempo de espera con un servidor así.</translation>
    </message>
    <message>
        <source>The certificate names %1 only in its common name (CN) and has no DNS subject alternative name; MTA-STS requires the host name as a subjectAltName, so senders refuse it (TLS-RPT: certificate-host-mismatch). Reissue it with a subjectAltName.</source>
        <translation>El certificado nombra %1 solo en su nombre común (CN) y no tiene ningún nombre alternativo del sujeto (SAN) de tipo DNS; MTA-STS exige el nombre de host como subjectAltName, así que los servidores remitentes lo rechazan (TLS-RPT: certificate-host-mismatch). Vuelva a emitirlo con un subjectAltName.</translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; appears more than once, which I-JSON forbids; readers disagree on which value counts, and StsScope used the last one.</source>
        <translation>%1: el miembro &quot;%2&quot; aparece más de una vez, algo que I-JSON prohíbe; los lectores no coinciden en qué valor cuenta, y StsScope usó el último.</translation>
    </message>
    <message>
        <source>The message is %1, not multipart/report with report-type=&quot;tlsrpt&quot; as RFC 8460 defines for reports by mail; the report in it was read anyway.</source>
        <translation>El mensaje es %1, no multipart/report con report-type=&quot;tlsrpt&quot; como define el RFC 8460 para los informes por correo; el informe que contiene se leyó de todos modos.</translation>
    </message>
    <message>
        <source>The report is attached as %1 instead of application/tlsrpt+json or application/tlsrpt+gzip; it was read anyway.</source>
        <translation>El informe está adjunto como %1 en lugar de application/tlsrpt+json o application/tlsrpt+gzip; se leyó de todos modos.</translation>
    </message>
    <message>
        <source>Cannot delete the reports; none was deleted: %1</source>
        <translation>No se pueden eliminar los informes; no se ha eliminado ninguno: %1</translation>
    </message>
    <message>
        <source>%1 passes DANE: the TLSA record %2 authenticates its certificate.</source>
        <translation>%1 supera DANE: el registro TLSA %2 autentica su certificado.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 authenticates the certificate it presents (%2); senders that validate DANE do not deliver to it. The record for the key in use is &quot;%3&quot;.</source>
        <translation>Ningún registro TLSA de %1 autentica el certificado que presenta (%2); los servidores remitentes que validan DANE no le entregan. El registro para la clave en uso es «%3».</translation>
    </message>
    <message>
        <source>%1 publishes TLSA records, so senders that validate DANE require TLS, but no address completed STARTTLS (%2); they do not deliver to it.</source>
        <translation>%1 publica registros TLSA, así que los servidores remitentes que validan DANE exigen TLS, pero ninguna dirección completó STARTTLS (%2); no le entregan.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation (%2); senders that validate DANE do not deliver to it.</source>
        <translation>Los registros TLSA de %1 no superan la validación DNSSEC (%2); los servidores remitentes que validan DANE no le entregan.</translation>
    </message>
    <message>
        <source>The TLSA lookup for %1 failed (%2); senders that validate DANE defer mail to it until it answers.</source>
        <translation>La consulta TLSA de %1 falló (%2); los servidores remitentes que validan DANE aplazan el correo hasta que responda.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 is usable for SMTP (PKIX usages 0 and 1, unknown selectors or matching types, wrong digest lengths): senders that validate DANE require TLS but authenticate no certificate.</source>
        <translation>Ningún registro TLSA de %1 sirve para SMTP (usos PKIX 0 y 1, selectores o tipos de coincidencia desconocidos, longitudes de resumen erróneas): los servidores remitentes que validan DANE exigen TLS pero no autentican ningún certificado.</translation>
    </message>
    <message>
        <source>%1 has TLSA records, but they are not DNSSEC-signed, so senders ignore them and DANE protects nothing.</source>
        <translation>%1 tiene registros TLSA, pero no están firmados con DNSSEC, así que los servidores remitentes los ignoran y DANE no protege nada.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 cannot be validated from this machine: its resolver drops DNSSEC signatures. Whether DANE protects the host cannot be seen from here.</source>
        <translation>Los registros TLSA de %1 no se pueden validar desde este equipo: su resolutor descarta las firmas DNSSEC. Desde aquí no se ve si DANE protege el host.</translation>
    </message>
    <message>
        <source>Every TLSA record of %1 matches the key in use and none a next one: when the key changes, senders that validate DANE stop delivering until a new record is published and the old one has expired from caches.</source>
        <translation>Todos los registros TLSA de %1 coinciden con la clave en uso y ninguno con una siguiente: cuando cambie la clave, los servidores remitentes que validan DANE dejarán de entregar hasta que se publique un registro nuevo y el antiguo caduque en las cachés.</translation>
    </message>
    <message>
        <source>The domain has no MTA-STS policy. DANE protects every MX host for senders that validate it; senders that implement only MTA-STS accept any certificate and deliver without STARTTLS if an attacker strips it.</source>
        <translation>El dominio no tiene política MTA-STS. DANE protege cada host MX para los servidores remitentes que lo validan; los que solo implementan MTA-STS aceptan cualquier certificado y entregan sin STARTTLS si un atacante lo elimina.</translation>
    </message>
    <message>
        <source>%1 has signed TLSA records, but the MX records of %2 are not DNSSEC-signed: an attacker can forge them, and most DANE senders (Postfix, Exim) then do not use the TLSA records at all.</source>
        <translation>%1 tiene registros TLSA firmados, pero los registros MX de %2 no están firmados con DNSSEC: un atacante puede falsificarlos, y la mayoría de los remitentes DANE (Postfix, Exim) dejan entonces de usar los registros TLSA.</translation>
    </message>
    <message>
        <source>The policy changed (%1) but the id in _mta-sts did not (still &quot;%2&quot;): senders that cached the old policy keep it for up to %3 seconds. Change the id.</source>
        <translation>La política ha cambiado (%1) pero el id de _mta-sts no (sigue siendo &quot;%2&quot;): los servidores remitentes que guardaron en caché la política anterior la conservan hasta %3 segundos. Cambie el id.</translation>
    </message>
    <message>
        <source>The id in _mta-sts changed from &quot;%1&quot; to &quot;%2&quot; while the policy stayed the same; senders fetch it again and nothing else happens.</source>
        <translation>El id de _mta-sts cambió de &quot;%1&quot; a &quot;%2&quot; sin que cambiara la política; los servidores remitentes la vuelven a descargar y no ocurre nada más.</translation>
    </message>
    <message>
        <source>The %1 policy is gone: it is now %2. Senders keep a cached policy until it expires; new senders get no protection.</source>
        <translation>La política en modo %1 ha desaparecido: ahora su estado es %2. Los servidores remitentes conservan la política en caché hasta que caduca; los nuevos remitentes no obtienen protección.</translation>
    </message>
    <message>
        <source>The policy mode went down from %1 to %2.</source>
        <translation>El modo de la política bajó de %1 a %2.</translation>
    </message>
    <message>
        <source>The policy&apos;s max_age dropped from %1 to %2 seconds: senders cache it for less time, and an attacker who blocks the refresh waits less.</source>
        <translation>El max_age de la política bajó de %1 a %2 segundos: los servidores remitentes la guardan en caché menos tiempo, y un atacante que bloquee la actualización espera menos.</translation>
    </message>
    <message>
        <source>The new MX host %1 matches no mx line of the enforce policy: senders do not deliver to it. Add it to the policy and change the id.</source>
        <translation>El nuevo host MX %1 no coincide con ninguna línea mx de la política en modo enforce: los servidores remitentes no le entregan correo. Añádalo a la política y cambie el id.</translation>
    </message>
    <message>
        <source>The MX host %1 is no longer covered by the enforce policy&apos;s mx lines: senders stop delivering to it.</source>
        <translation>El host MX %1 ya no está cubierto por las líneas mx de la política en modo enforce: los servidores remitentes dejan de entregarle correo.</translation>
    </message>
    <message>
        <source>The MX hosts changed from %1 to %2.</source>
        <translation>Los hosts MX cambiaron de %1 a %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, before senders that fetch the enforce policy today stop using it (max_age %3 seconds): unless it is renewed in time, they refuse the host.</source>
        <translation>El certificado de %1 caduca el %2, antes de que los servidores remitentes que descargan hoy la política en modo enforce dejen de usarla (max_age %3 segundos): si no se renueva a tiempo, rechazarán el host.</translation>
    </message>
    <message>
        <source>The certificate of %1 expires on %2, within %3 days.</source>
        <translation>El certificado de %1 caduca el %2, dentro de %3 días.</translation>
    </message>
    <message>
        <source>The certificate of %1 at %2 no longer names the host (it names %3).</source>
        <translation>El certificado de %1 en %2 ya no nombra al host (nombra %3).</translation>
    </message>
    <message>
        <source>%1 at %2 no longer offers STARTTLS.</source>
        <translation>%1 en %2 ya no ofrece STARTTLS.</translation>
    </message>
    <message>
        <source>%1 at %2 offers STARTTLS, but the TLS handshake no longer succeeds: %3.</source>
        <translation>%1 en %2 ofrece STARTTLS, pero la negociación TLS ya no tiene éxito: %3.</translation>
    </message>
    <message>
        <source>The domain was %1 and is now broken: %2</source>
        <translation>El dominio estaba en estado %1 y ahora está defectuoso: %2</translation>
    </message>
    <message>
        <source>The TLSA records of %1 no longer match its certificate (DANE: %2); senders that validate DANE stop delivering to it.</source>
        <translation>Los registros TLSA de %1 ya no coinciden con su certificado (DANE: %2); los servidores remitentes que validan DANE dejan de entregarle correo.</translation>
    </message>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>no se puede abrir el historial %1: %2</translation>
    </message>
    <message>
        <source>cannot open the history %1: it was written by a newer StsScope</source>
        <translation>no se puede abrir el historial %1: lo escribió un StsScope más reciente</translation>
    </message>
    <message>
        <source>the history is not open</source>
        <translation>el historial no está abierto</translation>
    </message>
    <message>
        <source>cannot write the check of %1 to the history: %2</source>
        <translation>no se puede escribir la comprobación de %1 en el historial: %2</translation>
    </message>
    <message>
        <source>the watch list in %1 cannot be read: %2</source>
        <translation>no se puede leer la lista de vigilancia en %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the change: %2</source>
        <translation>%1 rechazó el cambio: %2</translation>
    </message>
    <message>
        <source>nothing was deleted: %1</source>
        <translation>no se borró nada: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>libunbound could not create a context</source>
        <translation>libunbound no pudo crear un contexto</translation>
    </message>
    <message>
        <source>libunbound option %1: %2</source>
        <translation>opción de libunbound %1: %2</translation>
    </message>
    <message>
        <source>resolver address &quot;%1&quot;: %2</source>
        <translation>dirección del resolutor «%1»: %2</translation>
    </message>
    <message>
        <source>root hints %1: %2</source>
        <translation>root hints %1: %2</translation>
    </message>
    <message>
        <source>reading %1: %2</source>
        <translation>al leer %1: %2</translation>
    </message>
    <message>
        <source>trust anchor file %1 does not exist</source>
        <translation>el archivo de anclas de confianza %1 no existe</translation>
    </message>
    <message>
        <source>trust anchor %1: %2</source>
        <translation>ancla de confianza %1: %2</translation>
    </message>
    <message>
        <source>the DNS resolver has no file descriptor</source>
        <translation>el resolutor DNS no tiene descriptor de archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SOCKS5 proxy URL like socks5://127.0.0.1:1080</source>
        <translation>«%1» no es una URL de proxy SOCKS5 como socks5://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>a SOCKS5 proxy is given as socks5://HOST:PORT, with a port and nothing else</source>
        <translation>un proxy SOCKS5 se indica como socks5://HOST:PUERTO, con puerto y nada más</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>ninguna dirección a la que conectar</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>sin certificado</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>sin Content-Type</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>el saludo</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>la respuesta a EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>la respuesta a STARTTLS</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>la negociación TLS</translation>
    </message>
    <message>
        <source>the reply to EHLO after the TLS handshake</source>
        <translation>la respuesta a EHLO tras la negociación TLS</translation>
    </message>
    <message>
        <source>the reply to QUIT</source>
        <translation>la respuesta a QUIT</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>conexión TCP</translation>
    </message>
    <message>
        <source>banner</source>
        <translation>saludo</translation>
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
        <translation>negociación TLS</translation>
    </message>
    <message>
        <source>EHLO after TLS</source>
        <translation>EHLO tras TLS</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>public</source>
        <translation>pública</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>de bucle local</translation>
    </message>
    <message>
        <source>private (RFC 1918)</source>
        <translation>privada (RFC 1918)</translation>
    </message>
    <message>
        <source>carrier-grade NAT (RFC 6598)</source>
        <translation>NAT de operador (RFC 6598)</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>de enlace local</translation>
    </message>
    <message>
        <source>unique local (RFC 4193)</source>
        <translation>local única (RFC 4193)</translation>
    </message>
    <message>
        <source>reserved for documentation</source>
        <translation>reservada para documentación</translation>
    </message>
    <message>
        <source>reserved, not routed on the internet</source>
        <translation>reservada, no enrutada en Internet</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, more than such a file holds; it was not read.</source>
        <translation>%1 supera los %2 bytes, más de lo que contiene un archivo así; no se ha leído.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: no domain has been checked yet.</source>
        <translation>No se ha escrito nada en %1: aún no se ha comprobado ningún dominio.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address; the resolver is given as ADDR or ADDR@PORT.</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 ni IPv6; el resolutor se indica como ADDR o ADDR@PORT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number between 1 and 65535.</source>
        <translation>&quot;%1&quot; no es un número de puerto entre 1 y 65535.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegido</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En pruebas</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>No protegido</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation>Política MTA-STS</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation>válido, id %1</translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation>ninguno o no válido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
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
        <translation>Registro TLS-RPT</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Hosts MX</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation>Patrón de la política</translation>
    </message>
    <message>
        <source>Senders deliver</source>
        <translation>¿Entregan los servidores remitentes?</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>falló en %1: %2</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>válido (%1)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Risk and fix</source>
        <translation>Riesgo y solución</translation>
    </message>
    <message>
        <source>Mail transport security of %1</source>
        <translation>Seguridad del transporte de correo de %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms by StsScope %4</source>
        <translation>Comprobado el %1 mediante %2 en %3 ms por StsScope %4</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>not observable from here (%1)</source>
        <translation>no observable desde aquí (%1)</translation>
    </message>
    <message>
        <source>pass (%1)</source>
        <translation>supera (%1)</translation>
    </message>
    <message>
        <source>fail (%1)</source>
        <translation>falla (%1)</translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation>Protegido contra</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
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
        <translation>la cabecera de la respuesta ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>the server closed the connection in the middle of the response</source>
        <translation>el servidor cerró la conexión a mitad de la respuesta</translation>
    </message>
    <message>
        <source>the response does not start with an HTTP/1.x status line</source>
        <translation>la respuesta no empieza por una línea de estado HTTP/1.x</translation>
    </message>
    <message>
        <source>the status line has no three-digit status code</source>
        <translation>la línea de estado no tiene un código de estado de tres dígitos</translation>
    </message>
    <message>
        <source>the response uses obsolete header line folding</source>
        <translation>la respuesta usa el plegado obsoleto de líneas de cabecera</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>línea de cabecera mal formada</translation>
    </message>
    <message>
        <source>the response has more than %1 header fields</source>
        <translation>la respuesta tiene más de %1 campos de cabecera</translation>
    </message>
    <message>
        <source>unsupported transfer coding &quot;%1&quot;</source>
        <translation>codificación de transferencia &quot;%1&quot; no admitida</translation>
    </message>
    <message>
        <source>invalid Content-Length &quot;%1&quot;</source>
        <translation>Content-Length &quot;%1&quot; no válido</translation>
    </message>
    <message>
        <source>a chunk is not followed by CRLF</source>
        <translation>un fragmento (chunk) no va seguido de CRLF</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1024 bytes</source>
        <translation>una línea de tamaño de fragmento (chunk) ocupa más de 1024 bytes</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;</source>
        <translation>tamaño de fragmento (chunk) &quot;%1&quot; no válido</translation>
    </message>
    <message>
        <source>the body is sent with the transfer coding &quot;%1&quot;; only plain chunked is read, and senders need the policy uncompressed</source>
        <translation>el cuerpo se envía con la codificación de transferencia &quot;%1&quot;; solo se lee chunked simple, y los servidores remitentes necesitan la política sin comprimir</translation>
    </message>
    <message>
        <source>the chunked trailer is larger than %1 bytes</source>
        <translation>el trailer tras el último fragmento (chunk) ocupa más de %1 bytes</translation>
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
        <translation>(sin dominio de política)</translation>
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
        <translation>Dirección MX</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>desaparecida</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>versión TLS</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>certificate (SHA-256)</source>
        <translation>certificado (SHA-256)</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>certificado válido hasta</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>mx lines</source>
        <translation>líneas mx</translation>
    </message>
    <message>
        <source>text changed, id did not</source>
        <translation>el texto cambió, el id no</translation>
    </message>
    <message>
        <source>senders keep the old policy</source>
        <translation>los servidores remitentes conservan la política anterior</translation>
    </message>
    <message>
        <source>change the id</source>
        <translation>cambie el id</translation>
    </message>
    <message>
        <source>TLS-RPT record</source>
        <translation>Registro TLS-RPT</translation>
    </message>
    <message>
        <source>rua</source>
        <translation>rua</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Hosts MX</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation>registros TLSA</translation>
    </message>
</context>
<context>
    <name>ResultTypeAdvice</name>
    <message>
        <source>The MX host does not offer STARTTLS</source>
        <translation>El host MX no ofrece STARTTLS</translation>
    </message>
    <message>
        <source>The sender connected to your MX host, but the server did not offer STARTTLS in its EHLO answer, or the TLS handshake could not be started. Under an MTA-STS policy in enforce mode the sender does not deliver; otherwise the mail went without encryption.</source>
        <translation>El servidor remitente se conectó a su host MX, pero el servidor no ofreció STARTTLS en su respuesta a EHLO, o no se pudo iniciar la negociación TLS. Con una política MTA-STS en modo enforce, el remitente no entrega; en otro caso, el correo viajó sin cifrar.</translation>
    </message>
    <message>
        <source>STARTTLS switched off or not configured on that MX host; a load balancer, firewall or &quot;SMTP inspection&quot; box that strips STARTTLS from the EHLO answer; a handshake that fails because server and sender share no protocol version or cipher.</source>
        <translation>STARTTLS desactivado o sin configurar en ese host MX; un balanceador de carga, cortafuegos o equipo de &quot;inspección SMTP&quot; que elimina STARTTLS de la respuesta a EHLO; una negociación que falla porque el servidor y el remitente no comparten ninguna versión del protocolo ni ningún cifrado.</translation>
    </message>
    <message>
        <source>Check the MX host named in the failure details with StsScope: does its EHLO answer list STARTTLS and does the handshake succeed? Enable TLS in the mail server and remove whatever in front of it rewrites SMTP.</source>
        <translation>Compruebe con StsScope el host MX indicado en los detalles del fallo: ¿su respuesta a EHLO incluye STARTTLS y la negociación se completa? Active TLS en el servidor de correo y elimine lo que, delante de él, reescriba el SMTP.</translation>
    </message>
    <message>
        <source>The certificate does not name the MX host</source>
        <translation>El certificado no nombra el host MX</translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose names (subject alternative names) do not include the host name the sender connected to, so the sender could not be sure it was talking to your server.</source>
        <translation>El host MX presentó un certificado cuyos nombres (nombres alternativos del sujeto, SAN) no incluyen el nombre de host al que se conectó el servidor remitente, así que este no podía estar seguro de estar hablando con su servidor.</translation>
    </message>
    <message>
        <source>A certificate issued for another name (the web server&apos;s, or the provider&apos;s default); a new MX host added to DNS without a new certificate; several MX names behind one address with only one of them in the certificate; a wildcard that does not cover the name.</source>
        <translation>Un certificado emitido para otro nombre (el del servidor web o el predeterminado del proveedor); un host MX nuevo añadido al DNS sin certificado nuevo; varios nombres MX tras una misma dirección con solo uno de ellos en el certificado; un comodín que no cubre el nombre.</translation>
    </message>
    <message>
        <source>Issue a certificate that lists every MX host name exactly as it appears in the MX records and in the policy&apos;s mx: lines, and install it on every MX host.</source>
        <translation>Emita un certificado que incluya cada nombre de host MX exactamente como aparece en los registros MX y en las líneas mx: de la política, e instálelo en todos los hosts MX.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>El certificado ha caducado</translation>
    </message>
    <message>
        <source>The MX host presented a certificate whose validity period had ended (or not yet begun) when the sender connected.</source>
        <translation>El host MX presentó un certificado cuyo periodo de validez había terminado (o aún no había empezado) cuando se conectó el servidor remitente.</translation>
    </message>
    <message>
        <source>Automatic renewal that stopped working; a renewed certificate that the mail server never reloaded; an old certificate left on one of several MX hosts; a wrong clock on the sending or receiving side.</source>
        <translation>Una renovación automática que dejó de funcionar; un certificado renovado que el servidor de correo nunca recargó; un certificado antiguo olvidado en uno de varios hosts MX; un reloj mal ajustado en el lado emisor o en el receptor.</translation>
    </message>
    <message>
        <source>Renew the certificate, reload or restart the mail server, and check every MX host and address with StsScope. Monitor the days left so that it does not happen again.</source>
        <translation>Renueve el certificado, recargue o reinicie el servidor de correo y compruebe con StsScope cada host MX y cada dirección. Vigile los días restantes para que no vuelva a ocurrir.</translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation>El certificado no es de confianza</translation>
    </message>
    <message>
        <source>The sender could not build a chain from the MX host&apos;s certificate to a certificate authority it trusts.</source>
        <translation>El servidor remitente no pudo construir una cadena desde el certificado del host MX hasta una autoridad de certificación en la que confíe.</translation>
    </message>
    <message>
        <source>A self-signed certificate or one from a private CA; a missing intermediate certificate (the server sends only its own certificate); a chain in the wrong order; a CA that public trust stores have dropped.</source>
        <translation>Un certificado autofirmado o de una CA privada; falta un certificado intermedio (el servidor solo envía su propio certificado); una cadena en el orden incorrecto; una CA que los almacenes de confianza públicos han retirado.</translation>
    </message>
    <message>
        <source>Use a certificate from a publicly trusted CA and configure the server to send the full chain (leaf and intermediates). StsScope&apos;s certificate view shows which link is missing.</source>
        <translation>Use un certificado de una CA de confianza pública y configure el servidor para que envíe la cadena completa (certificado final e intermedios). La vista de certificados de StsScope muestra qué eslabón falta.</translation>
    </message>
    <message>
        <source>The certificate could not be validated</source>
        <translation>No se pudo validar el certificado</translation>
    </message>
    <message>
        <source>A general failure of certificate or policy validation that fits none of the more specific result types.</source>
        <translation>Un fallo genérico de validación del certificado o de la política que no encaja en ninguno de los tipos de resultado más específicos.</translation>
    </message>
    <message>
        <source>A revoked certificate; an unsupported key or signature algorithm; broken certificate extensions; a TLS handshake that failed for reasons the sender could not classify.</source>
        <translation>Un certificado revocado; un algoritmo de clave o de firma no admitido; extensiones del certificado defectuosas; una negociación TLS que falló por motivos que el servidor remitente no pudo clasificar.</translation>
    </message>
    <message>
        <source>Read the failure reason code and additional information the sender gave, check the MX host&apos;s certificate and TLS settings, and compare with other senders&apos; reports for the same host.</source>
        <translation>Lea el código de motivo del fallo y la información adicional que dio el remitente, compruebe el certificado y la configuración TLS del host MX, y compárelos con los informes de otros remitentes para el mismo host.</translation>
    </message>
    <message>
        <source>The TLSA records are invalid</source>
        <translation>Los registros TLSA no son válidos</translation>
    </message>
    <message>
        <source>The DANE TLSA records published for the MX host are malformed or unusable, so the sender could not use them to check the certificate.</source>
        <translation>Los registros DANE TLSA publicados para el host MX están mal formados o no se pueden usar, así que el servidor remitente no pudo utilizarlos para comprobar el certificado.</translation>
    </message>
    <message>
        <source>Wrong usage, selector or matching type values; a digest of the wrong length; records edited by hand with a typo.</source>
        <translation>Valores de uso, selector o tipo de coincidencia incorrectos; un resumen (digest) de longitud incorrecta; registros editados a mano con una errata.</translation>
    </message>
    <message>
        <source>Regenerate the TLSA records from the certificate or key actually in use (for example 3 1 1, the SHA-256 of the public key) and publish them at _25._tcp.&lt;mx host&gt;.</source>
        <translation>Vuelva a generar los registros TLSA a partir del certificado o la clave que realmente se usan (por ejemplo 3 1 1, el SHA-256 de la clave pública) y publíquelos en _25._tcp.&lt;mx host&gt;.</translation>
    </message>
    <message>
        <source>DNSSEC validation failed</source>
        <translation>Falló la validación DNSSEC</translation>
    </message>
    <message>
        <source>The sender&apos;s DNSSEC validation of your DNS answers failed (they were bogus), so it could not trust the MX or TLSA records it received.</source>
        <translation>La validación DNSSEC que hizo el servidor remitente de sus respuestas DNS falló (eran bogus), así que no pudo confiar en los registros MX o TLSA recibidos.</translation>
    </message>
    <message>
        <source>Expired DNSSEC signatures; a key rollover that went wrong; DS records at the parent zone that no longer match the zone&apos;s keys; a DNS provider change without moving the keys.</source>
        <translation>Firmas DNSSEC caducadas; un cambio de claves (rollover) que salió mal; registros DS en la zona padre que ya no coinciden con las claves de la zona; un cambio de proveedor DNS sin trasladar las claves.</translation>
    </message>
    <message>
        <source>Check the zone with a DNSSEC debugger, re-sign it, and make the DS record at the registrar match the zone&apos;s current key.</source>
        <translation>Compruebe la zona con un depurador de DNSSEC, vuelva a firmarla y haga que el registro DS del registrador coincida con la clave actual de la zona.</translation>
    </message>
    <message>
        <source>DANE was required but could not be used</source>
        <translation>DANE era obligatorio, pero no se pudo usar</translation>
    </message>
    <message>
        <source>The sender requires DANE for your domain (there are TLSA records), but none of them matched the certificate the MX host presented, or the records could not be obtained securely.</source>
        <translation>El servidor remitente exige DANE para su dominio (hay registros TLSA), pero ninguno coincidía con el certificado que presentó el host MX, o los registros no se pudieron obtener de forma segura.</translation>
    </message>
    <message>
        <source>A certificate or key replaced without first publishing a TLSA record for the new one; TLSA records for the wrong host or port; a server that presents different certificates on different addresses.</source>
        <translation>Un certificado o una clave sustituidos sin publicar antes un registro TLSA para el nuevo; registros TLSA para un host o puerto equivocado; un servidor que presenta certificados distintos en direcciones distintas.</translation>
    </message>
    <message>
        <source>Publish TLSA records for the current and the next certificate before every rollover, and check that each MX address presents a certificate that matches one of them.</source>
        <translation>Publique registros TLSA para el certificado actual y para el siguiente antes de cada renovación, y compruebe que cada dirección MX presenta un certificado que coincide con uno de ellos.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched</source>
        <translation>No se pudo descargar la política MTA-STS</translation>
    </message>
    <message>
        <source>Your _mta-sts TXT record announces a policy, but the sender could not download it from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt.</source>
        <translation>Su registro TXT _mta-sts anuncia una política, pero el servidor remitente no pudo descargarla de https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>The mta-sts host name does not resolve; the web server is down, times out or answers with a redirect or an error status; the file is missing; a firewall blocks HTTPS from the outside.</source>
        <translation>El nombre de host mta-sts no se resuelve; el servidor web está caído, agota el tiempo de espera o responde con una redirección o un código de error; falta el archivo; un cortafuegos bloquea el HTTPS desde el exterior.</translation>
    </message>
    <message>
        <source>Fetch the policy URL from outside your network (StsScope&apos;s Policy view shows the HTTP exchange) and make the server answer 200 with the policy file directly, without redirects.</source>
        <translation>Descargue la URL de la política desde fuera de su red (la vista Política de StsScope muestra el intercambio HTTP) y haga que el servidor responda 200 con el archivo de la política directamente, sin redirecciones.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is invalid</source>
        <translation>La política MTA-STS no es válida</translation>
    </message>
    <message>
        <source>The sender fetched your MTA-STS policy but could not parse it, or it does not allow the MX host the sender found.</source>
        <translation>El servidor remitente descargó su política MTA-STS, pero no pudo analizarla, o la política no admite el host MX que encontró el remitente.</translation>
    </message>
    <message>
        <source>A syntax error in mta-sts.txt (missing version, mode or max_age, a typo in a key); a wrong content type; an MX host missing from the policy&apos;s mx: lines after a change of mail provider.</source>
        <translation>Un error de sintaxis en mta-sts.txt (falta version, mode o max_age, una errata en una clave); un tipo de contenido incorrecto; un host MX que falta en las líneas mx: de la política tras un cambio de proveedor de correo.</translation>
    </message>
    <message>
        <source>Lint the policy with StsScope (or stsscope-cli policy lint), add an mx: line for every MX host, and change the id in the _mta-sts TXT record after every change so that senders fetch it again.</source>
        <translation>Revise la política con StsScope (o con stsscope-cli policy lint), añada una línea mx: para cada host MX y cambie el id del registro TXT _mta-sts tras cada cambio para que los servidores remitentes la vuelvan a descargar.</translation>
    </message>
    <message>
        <source>The policy server&apos;s certificate is not valid</source>
        <translation>El certificado del servidor de la política no es válido</translation>
    </message>
    <message>
        <source>The HTTPS server at mta-sts.&lt;domain&gt; presented a certificate the sender could not validate, so it did not trust the policy it served.</source>
        <translation>El servidor HTTPS de mta-sts.&lt;domain&gt; presentó un certificado que el servidor remitente no pudo validar, así que no confió en la política que servía.</translation>
    </message>
    <message>
        <source>A certificate that does not include the mta-sts host name (the usual mistake on shared web hosting); an expired or self-signed certificate; a missing intermediate certificate.</source>
        <translation>Un certificado que no incluye el nombre de host mta-sts (el error habitual en el alojamiento web compartido); un certificado caducado o autofirmado; falta un certificado intermedio.</translation>
    </message>
    <message>
        <source>Add mta-sts.&lt;domain&gt; to the web server&apos;s certificate (or give it its own), send the full chain, and check it with StsScope&apos;s certificate view.</source>
        <translation>Añada mta-sts.&lt;domain&gt; al certificado del servidor web (o dele uno propio), envíe la cadena completa y compruébela con la vista de certificados de StsScope.</translation>
    </message>
    <message>
        <source>A result type RFC 8460 does not define</source>
        <translation>Un tipo de resultado que el RFC 8460 no define</translation>
    </message>
    <message>
        <source>The sender reported failures as &quot;%1&quot;, a name that is not among the result types of RFC 8460. Some senders use their own names or names from drafts.</source>
        <translation>El remitente notificó fallos como &quot;%1&quot;, un nombre que no figura entre los tipos de resultado del RFC 8460. Algunos remitentes usan nombres propios o nombres de borradores.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Whatever the sender means by it; the failure reason code and the additional information in the failure details usually say more.</source>
        <translation>Lo que el remitente quiera decir con él; el código de motivo del fallo y la información adicional de los detalles del fallo suelen aclarar más.</translation>
    </message>
    <message>
        <source>Read the failure details and the raw report, check the MX hosts they name with StsScope, and ask the sender&apos;s contact if it stays unclear.</source>
        <translation>Lea los detalles del fallo y el informe sin procesar, compruebe con StsScope los hosts MX que mencionan y pregunte al contacto del remitente si sigue sin estar claro.</translation>
    </message>
    <message>
        <source>%1 (%2)
What it means: %3
Usual causes: %4
What to do: %5</source>
        <translation>%1 (%2)
Qué significa: %3
Causas habituales: %4
Qué hacer: %5</translation>
    </message>
</context>
<context>
    <name>ServingSnippets</name>
    <message>
        <source>Static hosting</source>
        <translation>Alojamiento estático</translation>
    </message>
</context>
<context>
    <name>Sts::Check::Environment</name>
    <message>
        <source>port 25: open</source>
        <translation>puerto 25: abierto</translation>
    </message>
    <message>
        <source>port 25: blocked on this network</source>
        <translation>puerto 25: bloqueado en esta red</translation>
    </message>
    <message>
        <source>port 25: not tested yet</source>
        <translation>puerto 25: aún no probado</translation>
    </message>
    <message>
        <source>IPv6: routable</source>
        <translation>IPv6: enrutable</translation>
    </message>
    <message>
        <source>IPv6: no route</source>
        <translation>IPv6: sin ruta</translation>
    </message>
    <message>
        <source>IPv6: not seen yet</source>
        <translation>IPv6: aún no observado</translation>
    </message>
    <message>
        <source>DNSSEC: validated</source>
        <translation>DNSSEC: validado</translation>
    </message>
    <message>
        <source>DNSSEC: the resolver drops signatures</source>
        <translation>DNSSEC: el resolutor descarta las firmas</translation>
    </message>
    <message>
        <source>DNSSEC: not tested yet</source>
        <translation>DNSSEC: aún no probado</translation>
    </message>
    <message>
        <source>proxy: none</source>
        <translation>proxy: ninguno</translation>
    </message>
    <message>
        <source>proxy: %1</source>
        <translation>proxy: %1</translation>
    </message>
    <message>
        <source>DNSSEC: validated from the root servers (the resolver drops signatures)</source>
        <translation>DNSSEC: validado desde los servidores raíz (el resolvedor descarta las firmas)</translation>
    </message>
</context>
<context>
    <name>Sts::Check::ProtectionAssessment</name>
    <message>
        <source>The check did not finish.</source>
        <translation>La comprobación no terminó.</translation>
    </message>
    <message>
        <source>The domain has no MX host to protect.</source>
        <translation>El dominio no tiene ningún host MX que proteger.</translation>
    </message>
    <message>
        <source>This machine could not observe every MX host.</source>
        <translation>Este equipo no pudo observar todos los hosts MX.</translation>
    </message>
    <message>
        <source>%1 of %2 MX hosts are protected.</source>
        <translation>%1 de %2 hosts MX están protegidos.</translation>
    </message>
    <message>
        <source>DANE and the enforce policy</source>
        <translation>DANE y la política en modo enforce</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>the enforce policy</source>
        <translation>la política en modo enforce</translation>
    </message>
    <message>
        <source>The policy is in testing mode: senders report failures but deliver anyway, and there is no DANE.</source>
        <translation>La política está en modo testing: los servidores remitentes informan de los fallos pero entregan igualmente, y no hay DANE.</translation>
    </message>
    <message>
        <source>Neither an enforce MTA-STS policy nor DANE.</source>
        <translation>Ni política MTA-STS en modo enforce ni DANE.</translation>
    </message>
    <message>
        <source>Every MX host offers STARTTLS: senders encrypt.</source>
        <translation>Todos los hosts MX ofrecen STARTTLS: los servidores remitentes cifran.</translation>
    </message>
    <message>
        <source>No MX host completes STARTTLS: mail travels in clear text.</source>
        <translation>Ningún host MX completa STARTTLS: el correo viaja en claro.</translation>
    </message>
    <message>
        <source>Senders require TLS to every MX host (%1).</source>
        <translation>Los servidores remitentes exigen TLS hacia cada host MX (%1).</translation>
    </message>
    <message>
        <source>Senders authenticate every MX host&apos;s certificate (%1).</source>
        <translation>Los servidores remitentes autentican el certificado de cada host MX (%1).</translation>
    </message>
    <message>
        <source>The MX records are DNSSEC-signed: validating senders detect forged answers.</source>
        <translation>Los registros MX están firmados con DNSSEC: los servidores remitentes que validan detectan respuestas falsificadas.</translation>
    </message>
    <message>
        <source>This machine&apos;s resolver drops DNSSEC: whether the MX records are signed cannot be seen.</source>
        <translation>El resolutor de este equipo descarta DNSSEC: no se ve si los registros MX están firmados.</translation>
    </message>
    <message>
        <source>The MX records are not signed; a cached enforce policy still limits delivery to the hosts its mx patterns name.</source>
        <translation>Los registros MX no están firmados; aun así, una política en modo enforce en caché limita la entrega a los hosts que nombran sus patrones mx.</translation>
    </message>
    <message>
        <source>The MX records are not signed and no policy limits the MX hosts.</source>
        <translation>Los registros MX no están firmados y ninguna política limita los hosts MX.</translation>
    </message>
    <message>
        <source>DANE needs no earlier contact: it is checked at every delivery.</source>
        <translation>DANE no necesita un contacto previo: se comprueba en cada entrega.</translation>
    </message>
    <message>
        <source>A sender without the policy cached (first contact, or after it expired) can be attacked until it fetches it; DANE would close this gap.</source>
        <translation>Un servidor remitente sin la política en caché (primer contacto o tras caducar) puede ser atacado hasta que la obtenga; DANE cerraría esa brecha.</translation>
    </message>
    <message>
        <source>DANE does not expire: the TLSA records are looked up at every delivery.</source>
        <translation>DANE no caduca: los registros TLSA se consultan en cada entrega.</translation>
    </message>
    <message>
        <source>max_age is %1 days: an attacker must block the refresh for that long.</source>
        <translation>max_age es de %1 días: un atacante tendría que bloquear la actualización todo ese tiempo.</translation>
    </message>
    <message>
        <source>max_age is only %1 s: a cached policy soon runs out (weeks are recommended).</source>
        <translation>max_age es de solo %1 s: una política en caché caduca pronto (se recomiendan semanas).</translation>
    </message>
    <message>
        <source>TLS-RPT reports tell you about failed deliveries.</source>
        <translation>Los informes TLS-RPT le avisan de las entregas fallidas.</translation>
    </message>
    <message>
        <source>No TLS-RPT record: nobody tells you when deliveries fail.</source>
        <translation>Sin registro TLS-RPT: nadie le avisa cuando fallan las entregas.</translation>
    </message>
    <message>
        <source>Passive eavesdropping</source>
        <translation>Escucha pasiva</translation>
    </message>
    <message>
        <source>STARTTLS downgrade</source>
        <translation>Degradación de STARTTLS</translation>
    </message>
    <message>
        <source>Man-in-the-middle with a forged certificate</source>
        <translation>Intermediario con un certificado falsificado</translation>
    </message>
    <message>
        <source>Spoofed MX records</source>
        <translation>Registros MX falsificados</translation>
    </message>
    <message>
        <source>Attack on first contact</source>
        <translation>Ataque en el primer contacto</translation>
    </message>
    <message>
        <source>Cached policy running out</source>
        <translation>Caducidad de la política en caché</translation>
    </message>
    <message>
        <source>Failures nobody notices</source>
        <translation>Fallos que nadie advierte</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protegido</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>no protegido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Sts::Check::WatchListFile</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… y %n línea más</numerusform>
            <numerusform>… y %n líneas más</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;: %3</source>
        <translation>línea %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>the list is longer than %1 lines; this line and those after it were not read</source>
        <translation>la lista tiene más de %1 líneas; esta línea y las siguientes no se han leído</translation>
    </message>
</context>
<context>
    <name>Sts::DomainInput</name>
    <message>
        <source>the text is too long to be a domain name</source>
        <translation>el texto es demasiado largo para ser un nombre de dominio</translation>
    </message>
    <message>
        <source>nothing was entered</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>the address &quot;%1&quot; has no host name</source>
        <translation>la dirección «%1» no tiene nombre de host</translation>
    </message>
    <message>
        <source>took the host name from the web address</source>
        <translation>se tomó el nombre de host de la dirección web</translation>
    </message>
    <message>
        <source>took the domain of the mail address %1</source>
        <translation>se tomó el dominio de la dirección de correo %1</translation>
    </message>
    <message>
        <source>there is no domain name in it</source>
        <translation>no contiene ningún nombre de dominio</translation>
    </message>
    <message>
        <source>a domain name has no spaces</source>
        <translation>un nombre de dominio no tiene espacios</translation>
    </message>
    <message>
        <source>%1 is an IP address; mail domains are names</source>
        <translation>%1 es una dirección IP; los dominios de correo son nombres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>«%1» no es un nombre de dominio internacionalizado válido</translation>
    </message>
    <message>
        <source>converted %1 to its ASCII form %2</source>
        <translation>%1 convertido a su forma ASCII %2</translation>
    </message>
    <message>
        <source>lower-cased it</source>
        <translation>pasado a minúsculas</translation>
    </message>
    <message>
        <source>removed the %1 prefix: the domain is its owner</source>
        <translation>se quitó el prefijo %1: el dominio es su propietario</translation>
    </message>
    <message>
        <source>a mail domain has at least two labels, like example.com</source>
        <translation>un dominio de correo tiene al menos dos etiquetas, como example.com</translation>
    </message>
    <message>
        <source>the last label &quot;%1&quot; is all digits, which no top-level domain is</source>
        <translation>la última etiqueta «%1» solo tiene dígitos, y ningún dominio de primer nivel es así</translation>
    </message>
</context>
<context>
    <name>Sts::MtaSts::PolicyFetcher</name>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>sin conexión en %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>ningún dato durante %1 s</translation>
    </message>
</context>
<context>
    <name>Sts::Net::Resolver</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>system resolvers (%1)</source>
        <translation>resolutores del sistema (%1)</translation>
    </message>
    <message>
        <source>DNS response code %1</source>
        <translation>código de respuesta DNS %1</translation>
    </message>
    <message>
        <source>a malformed %1 record was ignored</source>
        <translation>se ignoró un registro %1 mal formado</translation>
    </message>
    <message>
        <source>the DNS query could not be sent</source>
        <translation>no se pudo enviar la consulta DNS</translation>
    </message>
</context>
<context>
    <name>Sts::Smtp::SmtpProbe</name>
    <message>
        <source>banner too large: %1</source>
        <translation>saludo demasiado grande: %1</translation>
    </message>
    <message>
        <source>invalid reply while waiting for %1: %2</source>
        <translation>respuesta no válida mientras se esperaba %1: %2</translation>
    </message>
    <message>
        <source>the server sent a reply before %1 was sent</source>
        <translation>el servidor envió una respuesta antes de que se enviara %1</translation>
    </message>
    <message>
        <source>greeting %1 instead of 220</source>
        <translation>saludo %1 en lugar de 220</translation>
    </message>
    <message>
        <source>EHLO answered with %1</source>
        <translation>respuesta %1 a EHLO</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS no ofrecido</translation>
    </message>
    <message>
        <source>STARTTLS answered with %1</source>
        <translation>respuesta %1 a STARTTLS</translation>
    </message>
    <message>
        <source>EHLO after the TLS handshake answered with %1</source>
        <translation>respuesta %1 a EHLO tras la negociación TLS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>connection closed after STARTTLS, before the TLS handshake</source>
        <translation>conexión cerrada tras STARTTLS, antes de la negociación TLS</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>la negociación TLS falló: %1</translation>
    </message>
    <message>
        <source>connection closed while waiting for %1</source>
        <translation>conexión cerrada mientras se esperaba %1</translation>
    </message>
    <message>
        <source>no banner within %1 s</source>
        <translation>sin saludo en %1 s</translation>
    </message>
    <message>
        <source>no TLS handshake within %1 s</source>
        <translation>sin negociación TLS en %1 s</translation>
    </message>
    <message>
        <source>no reply within %1 s while waiting for %2</source>
        <translation>sin respuesta en %1 s mientras se esperaba %2</translation>
    </message>
    <message>
        <source>session not finished within %1 s (at step %2)</source>
        <translation>sesión no terminada en %1 s (en el paso %2)</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>sin conexión en %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt</name>
    <message>
        <source>&quot;%1&quot; is no URL: %2</source>
        <translation>&quot;%1&quot; no es una URL: %2</translation>
    </message>
    <message>
        <source>The URL must begin with imaps:// (TLS) or imap:// (STARTTLS), not &quot;%1&quot;.</source>
        <translation>La URL debe empezar por imaps:// (TLS) o imap:// (STARTTLS), no por &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The URL holds a password; give it in STSSCOPE_IMAP_PASSWORD or at the prompt instead.</source>
        <translation>La URL contiene una contraseña; indíquela en STSSCOPE_IMAP_PASSWORD o cuando se le pida.</translation>
    </message>
    <message>
        <source>The URL names no user: imaps://USER@HOST/FOLDER.</source>
        <translation>La URL no indica ningún usuario: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The URL names no host: imaps://USER@HOST/FOLDER.</source>
        <translation>La URL no indica ningún host: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The URL must end with the folder: imaps://USER@HOST/FOLDER.</source>
        <translation>La URL debe terminar con la carpeta: imaps://USER@HOST/FOLDER.</translation>
    </message>
    <message>
        <source>The folder name in the URL cannot be sent to an IMAP server.</source>
        <translation>El nombre de carpeta de la URL no se puede enviar a un servidor IMAP.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ImapClient</name>
    <message>
        <source>libcurl could not be initialised.</source>
        <translation>No se pudo inicializar libcurl.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeds %1 bytes.</source>
        <translation>La respuesta del servidor supera los %1 bytes.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 rechazó el nombre de usuario o la contraseña (%2).</translation>
    </message>
    <message>
        <source>No trusted TLS connection to %1: %2. If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>No hay conexión TLS de confianza con %1: %2. Si el servidor usa una CA privada, indique su certificado como archivo de CA.</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so the password would travel in plain text: not logged in. Use imaps:// (port 993), or allow plain text explicitly.</source>
        <translation>%1 no ofrece STARTTLS, así que la contraseña viajaría en claro: no se ha iniciado sesión. Use imaps:// (puerto 993) o permita explícitamente el texto en claro.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>No se puede conectar con %1: %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: %2.</source>
        <translation>%1 no respondió a tiempo: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>IMAP with %1 failed: %2.</source>
        <translation>Falló IMAP con %1: %2.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be sent to an IMAP server.</source>
        <translation>El nombre de carpeta &quot;%1&quot; no se puede enviar a un servidor IMAP.</translation>
    </message>
    <message>
        <source>The server gave no UIDVALIDITY for the folder &quot;%1&quot;.</source>
        <translation>El servidor no indicó UIDVALIDITY para la carpeta &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::MailboxSync</name>
    <message>
        <source>The server gave no UIDNEXT for the folder &quot;%1&quot;.</source>
        <translation>El servidor no indicó UIDNEXT para la carpeta &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n informe añadido</numerusform>
            <numerusform>%n informes añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored, but not moved to &quot;%1&quot;: %2</source>
        <translation>Guardado, pero no movido a &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to &quot;%1&quot;: it is a folder that is read.</source>
        <translation>Los mensajes procesados no se pueden mover a &quot;%1&quot;: es una carpeta que se lee.</translation>
    </message>
</context>
<context>
    <name>Sts::TlsRpt::ReportLibraryWorker</name>
    <message>
        <source>The report library is not open.</source>
        <translation>La biblioteca de informes no está abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) added</source>
        <translation>
            <numerusform>%n informe añadido</numerusform>
            <numerusform>%n informes añadidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::AboutDialog</name>
    <message>
        <source>About StsScope</source>
        <translation>Acerca de StsScope</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>Co&amp;mponentes</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>StsScope logo</source>
        <translation>Logotipo de StsScope</translation>
    </message>
    <message>
        <source>Shows whether mail to a domain is protected in transit: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, the certificates of every MX, and DNSSEC.</source>
        <translation>Muestra si el correo dirigido a un dominio está protegido en tránsito: MTA-STS (RFC 8461), TLS-RPT (RFC 8460), STARTTLS, los certificados de cada MX y DNSSEC.</translation>
    </message>
    <message>
        <source>Copyright © 2026 StsScope authors</source>
        <translation>Copyright © 2026 los autores de StsScope</translation>
    </message>
    <message>
        <source>StsScope is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with NO WARRANTY; see the Licence tab.</source>
        <translation>StsScope es software libre: puede redistribuirlo o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se distribuye SIN NINGUNA GARANTÍA; consulte la pestaña Licencia.</translation>
    </message>
    <message>
        <source>The libraries StsScope runs with, as they report themselves:</source>
        <translation>Las bibliotecas con las que funciona StsScope, según indican ellas mismas:</translation>
    </message>
    <message>
        <source>Component versions</source>
        <translation>Versiones de los componentes</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Co&amp;py versions</source>
        <translation>Co&amp;piar versiones</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later; the licence text is missing.</source>
        <translation>GPL-3.0-or-later; falta el texto de la licencia.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::BarChartView</name>
    <message>
        <source>No data.</source>
        <translation>Sin datos.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CertificateChainModel</name>
    <message>
        <source>%1 (policy host)</source>
        <translation>%1 (host de la política)</translation>
    </message>
    <message>
        <source>valid, matches %1</source>
        <translation>válido, coincide con %1</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducado el %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n día)</numerusform>
            <numerusform>%1 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server / certificate</source>
        <translation>Servidor / certificado</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>supera</translation>
    </message>
    <message>
        <source>fail: %1</source>
        <translation>falla: %1</translation>
    </message>
    <message>
        <source>matches TLSA %1</source>
        <translation>coincide con TLSA %1</translation>
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
        <translation>E&amp;xportar PEM…</translation>
    </message>
    <message>
        <source>Save the selected server&apos;s certificate chain as PEM</source>
        <translation>Guarda en formato PEM la cadena de certificados del servidor seleccionado</translation>
    </message>
    <message>
        <source>Show the leaf certificates of every server side by side</source>
        <translation>Muestra en paralelo los certificados finales de todos los servidores</translation>
    </message>
    <message>
        <source>Certificate chains</source>
        <translation>Cadenas de certificados</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>Certificates compared</source>
        <translation>Comparación de certificados</translation>
    </message>
    <message>
        <source>&lt;p&gt;No server has presented a certificate yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún servidor ha presentado todavía un certificado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a server or a certificate to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un servidor o un certificado para ver sus detalles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>valid: trusted and the name matches</source>
        <translation>válido: de confianza y el nombre coincide</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>no válido (%1)</translation>
    </message>
    <message>
        <source>Trusted root</source>
        <translation>Raíz de confianza</translation>
    </message>
    <message>
        <source>none reached</source>
        <translation>no se alcanzó ninguna</translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation>Nombre coincidente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Certificados enviados</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (matches %2)</source>
        <translation>&lt;b&gt;&lt;u&gt;%1&lt;/u&gt;&lt;/b&gt; (coincide con %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Autofirmado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Exportar la cadena de certificados</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Compare a&amp;ll servers</source>
        <translation>Comparar todo&amp;s los servidores</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ChainComparisonModel</name>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>SPKI SHA-256 (DANE 3 1 1)</source>
        <translation>SPKI SHA-256 (DANE 3 1 1)</translation>
    </message>
    <message>
        <source>Certificates sent</source>
        <translation>Certificados enviados</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::CoveragePage</name>
    <message>
        <source>mx lines of the draft policy</source>
        <translation>Líneas mx del borrador de política</translation>
    </message>
    <message>
        <source>MX hosts and their coverage</source>
        <translation>Hosts MX y su cobertura</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>&amp;Leave these MX hosts out on purpose (for example, they are being retired)</source>
        <translation>&amp;Dejar fuera estos hosts MX a propósito (por ejemplo, porque se van a retirar)</translation>
    </message>
    <message>
        <source>Which MX hosts the policy covers</source>
        <translation>Qué hosts MX cubre la política</translation>
    </message>
    <message>
        <source>Senders that follow the policy deliver only to MX hosts an mx line names. A wildcard such as *.example.com covers exactly one label: mx1.example.com, but not mx1.eu.example.com.</source>
        <translation>Los servidores remitentes que siguen la política solo entregan a los hosts MX que nombra alguna línea mx. Un comodín como *.example.com cubre exactamente una etiqueta: mx1.example.com, pero no mx1.eu.example.com.</translation>
    </message>
    <message>
        <source>Automatic: a wildcard where every MX shares a parent</source>
        <translation>Automático: un comodín donde todos los MX comparten un dominio padre</translation>
    </message>
    <message>
        <source>One line per MX host</source>
        <translation>Una línea por host MX</translation>
    </message>
    <message>
        <source>A wildcard wherever possible</source>
        <translation>Un comodín siempre que sea posible</translation>
    </message>
    <message>
        <source>How to propose mx lines</source>
        <translation>Cómo proponer las líneas mx</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Añadir &amp;línea</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>MX hosts, and what a sender would do in enforce mode with these lines:</source>
        <translation>Hosts MX y lo que haría un servidor remitente en modo enforce con estas líneas:</translation>
    </message>
    <message>
        <source>Left out: %1. No mx line names it, so senders will not deliver to it once the policy is in enforce mode. Add a line for it, or confirm below that this is intended.</source>
        <translation>Se queda fuera: %1. Ninguna línea mx lo nombra, así que los servidores remitentes no le entregarán correo cuando la política esté en modo enforce. Añada una línea para él o confirme abajo que es intencionado.</translation>
    </message>
    <message>
        <source>%1 fails validation (%2): in enforce mode senders will not deliver to it until its STARTTLS and certificate are fixed.</source>
        <translation>%1 no supera la validación (%2): en modo enforce los servidores remitentes no le entregarán correo hasta que se corrijan su STARTTLS y su certificado.</translation>
    </message>
    <message>
        <source>The policy needs at least one valid mx line.</source>
        <translation>La política necesita al menos una línea mx válida.</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>añade %1</translation>
    </message>
    <message>
        <source>drops %1</source>
        <translation>quita %1</translation>
    </message>
    <message>
        <source>The same mx lines as the published policy.</source>
        <translation>Las mismas líneas mx que la política publicada.</translation>
    </message>
    <message>
        <source>Against the published policy, this %1.</source>
        <translation>Respecto a la política publicada, el borrador %1.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DateFilterEdit</name>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>A date such as %1 or %2; empty for any date. Alt+Down opens a calendar.</source>
        <translation>Una fecha como %1 o %2; vacío para cualquier fecha. Alt+Abajo abre un calendario.</translation>
    </message>
    <message>
        <source>Choose %1 in a calendar</source>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <source>Not a date. Type it as %1 or %2.</source>
        <translation>No es una fecha. Escríbala como %1 o %2.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DnsRecordsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainFailuresModel</name>
    <message>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Tipo de resultado</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>MX receptor</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sesiones fallidas</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera notificación</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última notificación</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainInspector</name>
    <message>
        <source>Chain of trust</source>
        <translation>Cadena de confianza</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Política</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>Checked %1 via %2 in %3 ms</source>
        <translation>Comprobado el %1 mediante %2 en %3 ms</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Hosts MX</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>Registros DNS</translation>
    </message>
    <message>
        <source>M&amp;X hosts</source>
        <translation>Hosts &amp;MX</translation>
    </message>
    <message>
        <source>Cert&amp;ificates</source>
        <translation>Cer&amp;tificados</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>Ha&amp;llazgos</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>H&amp;istorial</translation>
    </message>
    <message>
        <source>Fi&amp;ndings (%1)</source>
        <translation>Ha&amp;llazgos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 s — %n probe(s) running: %2</source>
        <translation>
            <numerusform>%1 s — %n sonda en curso: %2</numerusform>
            <numerusform>%1 s — %n sondas en curso: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported fail&amp;ures</source>
        <extracomment>The tab of the failures senders reported (TLS-RPT) for the domain; most letters are taken.</extracomment>
        <translation>&amp;Fallos notificados</translation>
    </message>
    <message>
        <source>TLS-RPT failures that senders reported for this domain</source>
        <translation>Fallos TLS-RPT que los servidores remitentes notificaron para este dominio</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainPage</name>
    <message>
        <source>&amp;Look up</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Your mail domain</source>
        <translation>Su dominio de correo</translation>
    </message>
    <message>
        <source>StsScope looks up what the domain publishes today: its MX hosts and their certificates, an existing MTA-STS policy and its records, and the TLS-RPT record. Nothing is changed.</source>
        <translation>StsScope consulta lo que el dominio publica hoy: sus hosts MX y sus certificados, la política MTA-STS existente y sus registros, y el registro TLS-RPT. No se modifica nada.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <source>What the domain publishes now</source>
        <translation>Lo que el dominio publica ahora</translation>
    </message>
    <message>
        <source>The published policy</source>
        <translation>La política publicada</translation>
    </message>
    <message>
        <source>No policy is published.</source>
        <translation>No hay ninguna política publicada.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Do&amp;minio:</translation>
    </message>
    <message>
        <source>Published policy (mta-sts.txt):</source>
        <translation>Política publicada (mta-sts.txt):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2</source>
        <translation>&quot;%1&quot; no es un nombre de dominio: %2</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1… %n step(s) running</source>
        <translation>
            <numerusform>Consultando %1… %n paso en curso</numerusform>
            <numerusform>Consultando %1… %n pasos en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s) found, looked up in %2 s.</source>
        <translation>
            <numerusform>%1: %n host MX encontrado, consultado en %2 s.</numerusform>
            <numerusform>%1: %n hosts MX encontrados, consultados en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Look the domain up again to continue.</source>
        <translation>Detenido. Vuelva a consultar el dominio para continuar.</translation>
    </message>
    <message>
        <source>The lookup could not run: %1</source>
        <translation>No se pudo realizar la consulta: %1</translation>
    </message>
    <message>
        <source>The MX records of %1 were not looked up.</source>
        <translation>No se consultaron los registros MX de %1.</translation>
    </message>
    <message>
        <source>The MX records of %1 cannot be resolved (%2). Fix the domain&apos;s DNS first.</source>
        <translation>Los registros MX de %1 no se pueden resolver (%2). Corrija primero el DNS del dominio.</translation>
    </message>
    <message>
        <source>%1 accepts no mail (it has a null MX record), so there is nothing for MTA-STS to protect.</source>
        <translation>%1 no acepta correo (tiene un registro null MX), así que MTA-STS no tiene nada que proteger.</translation>
    </message>
    <message>
        <source>Looking up %1 (%2)…</source>
        <translation>Consultando %1 (%2)…</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::DomainReportsView</name>
    <message>
        <source>TLS-RPT failures of the domain</source>
        <translation>Fallos TLS-RPT del dominio</translation>
    </message>
    <message>
        <source>What the reports say</source>
        <translation>Qué dicen los informes</translation>
    </message>
    <message>
        <source>What sending servers report about the domain shows here once it is checked.</source>
        <translation>Lo que los servidores remitentes notifican sobre el dominio aparece aquí una vez comprobado.</translation>
    </message>
    <message>
        <source>The report library holds no TLS-RPT reports for %1. Senders mail them to the address in the domain&apos;s _smtp._tls record; import them in the Reports area.</source>
        <translation>La biblioteca de informes no contiene informes TLS-RPT para %1. Los servidores remitentes los envían a la dirección del registro _smtp._tls del dominio; impórtelos en el área de informes.</translation>
    </message>
    <message>
        <source>No TLS-RPT reports for %1 in the last %2 days (since %3); the latest is from %4.</source>
        <translation>No hay informes TLS-RPT para %1 en los últimos %2 días (desde %3); el más reciente es del %4.</translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, %4 of them failed; none came with failure details.</source>
        <translation>
            <numerusform>En los últimos %1 días, %n informe de %2 contabilizó %3 sesiones, %4 de ellas fallidas; ninguno incluía detalles del fallo.</numerusform>
            <numerusform>En los últimos %1 días, %n informes de %2 contabilizaron %3 sesiones, %4 de ellas fallidas; ninguno incluía detalles del fallo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days %n report(s) for %2 counted %3 sessions, all successful.</source>
        <translation>
            <numerusform>En los últimos %1 días, %n informe de %2 contabilizó %3 sesiones, todas correctas.</numerusform>
            <numerusform>En los últimos %1 días, %n informes de %2 contabilizaron %3 sesiones, todas correctas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %1 days (since %2) %n report(s) for %3 counted %4 failed of %5 sessions (success rate %6). By result type and receiving MX:</source>
        <translation>
            <numerusform>En los últimos %1 días (desde %2), %n informe de %3 contabilizó %4 sesiones fallidas de %5 (tasa de éxito %6). Por tipo de resultado y MX receptor:</numerusform>
            <numerusform>En los últimos %1 días (desde %2), %n informes de %3 contabilizaron %4 sesiones fallidas de %5 (tasa de éxito %6). Por tipo de resultado y MX receptor:</numerusform>
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
        <translation>Red de esta máquina</translation>
    </message>
    <message>
        <source>This network limits the checks</source>
        <translation>Esta red limita las comprobaciones</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>Esta red</translation>
    </message>
    <message>
        <source>A check run from here cannot see everything a sending mail server would. StsScope does not blame the domains for it: what it could not observe is shown as unknown, and where that decides, the verdict is INCONCLUSIVE. To see what a server sees, set a SOCKS5 proxy on a server that can reach port 25 in Settings (ssh -N -D 1080 a-server makes one).</source>
        <translation>Una comprobación desde aquí no ve todo lo que vería un servidor de correo remitente. StsScope no culpa de ello a los dominios: lo que no pudo observarse se muestra como desconocido y, donde eso decide, el veredicto es NO CONCLUYENTE. Para ver lo que ve un servidor, configure en Preferencias un proxy SOCKS5 en un servidor que alcance el puerto 25 (ssh -N -D 1080 un-servidor crea uno).</translation>
    </message>
    <message>
        <source>Nothing found so far hides from a check what a sending mail server would see.</source>
        <translation>Hasta ahora nada oculta a una comprobación lo que vería un servidor de correo remitente.</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Probar de nuevo</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailureDetailsModel</name>
    <message>
        <source>Policy domain</source>
        <translation>Dominio de política</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Tipo de resultado</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sesiones fallidas</translation>
    </message>
    <message>
        <source>Sending MTA IP</source>
        <translation>IP del MTA remitente</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>MX receptor</translation>
    </message>
    <message>
        <source>Receiving MX HELO</source>
        <translation>HELO del MX receptor</translation>
    </message>
    <message>
        <source>Receiving IP</source>
        <translation>IP receptora</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Información adicional</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathModel</name>
    <message>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>MX receptor</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Tipo de resultado</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Dominio de política</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sesiones fallidas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera notificación</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última notificación</translation>
    </message>
    <message numerus="yes">
        <source>Reported from %1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>Notificado del %1 al %2 (%n día)</numerusform>
            <numerusform>Notificado del %1 al %2 (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n report(s)</source>
        <translation>
            <numerusform>en %n informe</numerusform>
            <numerusform>en %n informes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::FailurePathsView</name>
    <message>
        <source>Failures by sender and MX</source>
        <translation>Fallos por remitente y MX</translation>
    </message>
    <message>
        <source>Which sender failed to reach which MX, for what reason, and since when: the failure details of the reports in the filter, summed per path. Double-click a row for the failure details of its latest report.</source>
        <translation>Qué remitente no pudo llegar a qué MX, por qué motivo y desde cuándo: los detalles del fallo de los informes del filtro, sumados por ruta. Haga doble clic en una fila para ver los detalles del fallo de su informe más reciente.</translation>
    </message>
    <message>
        <source>Search sender, MX, result type, domain…</source>
        <translation>Buscar remitente, MX, tipo de resultado, dominio…</translation>
    </message>
    <message>
        <source>Search failures by sender and MX</source>
        <translation>Buscar en los fallos por remitente y MX</translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation>No hay informes en esta selección.</translation>
    </message>
    <message>
        <source>The reports count %1 failed sessions but give no failure details, so they cannot be traced to a receiving MX.</source>
        <translation>Los informes cuentan %1 sesiones fallidas pero no dan detalles del fallo, así que no se pueden atribuir a un MX receptor.</translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation>No hay sesiones fallidas en esta selección.</translation>
    </message>
    <message>
        <source>No failure matches the search.</source>
        <translation>Ningún fallo coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Check the Policy Domain Now</source>
        <translation>Comprobar ahora el dominio de la política</translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation>Comprobar %1 ahora</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
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
        <translation>Problemas (avisos y errores)</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show findings</source>
        <translation>Mostrar hallazgos</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrar hallazgos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Explicación del hallazgo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it means and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un hallazgo para ver qué significa y cómo corregirlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Hallazgo %1</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HelpWindow</name>
    <message>
        <source>StsScope Help</source>
        <translation>Ayuda de StsScope</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation>Referencia de &amp;hallazgos</translation>
    </message>
    <message>
        <source>%1 is not part of the built-in help; it is in the source tree and in the installed documentation folder.</source>
        <translation>%1 no forma parte de la ayuda integrada; está en el código fuente y en la carpeta de documentación instalada.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::HistoryView</name>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Comprobaciones anteriores</translation>
    </message>
    <message>
        <source>Changes since the selected check</source>
        <translation>Cambios desde la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n informe importado</numerusform>
            <numerusform>%n informes importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n ya estaba en la biblioteca</numerusform>
            <numerusform>%n ya estaban en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 of %n file(s).</source>
        <translation>
            <numerusform>%1, a partir de %2 de %n archivo.</numerusform>
            <numerusform>%1, a partir de %2 de %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n file(s) not imported.</source>
        <translation>
            <numerusform>Importación cancelada: %n archivo sin importar.</numerusform>
            <numerusform>Importación cancelada: %n archivos sin importar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ImportSummaryModel</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Ya en la biblioteca</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountDialog</name>
    <message>
        <source>Allow &amp;unencrypted IMAP</source>
        <translation>Permitir IMAP si&amp;n cifrar</translation>
    </message>
    <message>
        <source>Mailbox Account</source>
        <translation>Cuenta de correo</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>0: 993 for TLS, 143 for STARTTLS and plain text</source>
        <translation>0: 993 para TLS, 143 para STARTTLS y texto en claro</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>Plain text (no encryption)</source>
        <translation>Texto en claro (sin cifrado)</translation>
    </message>
    <message>
        <source>Without TLS the password and the reports cross the network readable by anyone on the way. Use it only on a network you control.</source>
        <translation>Sin TLS, la contraseña y los informes cruzan la red legibles para cualquiera que esté en el camino. Úselo solo en una red que usted controle.</translation>
    </message>
    <message>
        <source>tlsrpt@example.com</source>
        <translation>tlsrpt@example.com</translation>
    </message>
    <message>
        <source>password or app password</source>
        <translation>contraseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>One or more folders, separated by commas.</source>
        <translation>Una o varias carpetas, separadas por comas.</translation>
    </message>
    <message>
        <source>leave the messages where they are</source>
        <translation>dejar los mensajes donde están</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Segu&amp;ridad:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>Carpe&amp;tas:</translation>
    </message>
    <message>
        <source>&amp;Move processed to:</source>
        <translation>&amp;Mover los procesados a:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s host name.</source>
        <translation>Indique el nombre de host del servidor IMAP.</translation>
    </message>
    <message>
        <source>The server must be a host name or an IP address.</source>
        <translation>El servidor debe ser un nombre de host o una dirección IP.</translation>
    </message>
    <message>
        <source>Enter the user name (often the mail address).</source>
        <translation>Indique el nombre de usuario (a menudo, la dirección de correo).</translation>
    </message>
    <message>
        <source>Enter at least one folder to read, such as INBOX.</source>
        <translation>Indique al menos una carpeta que leer, como INBOX.</translation>
    </message>
    <message>
        <source>Plain-text IMAP sends the password unencrypted: tick &quot;Allow unencrypted IMAP&quot; to use it.</source>
        <translation>IMAP en texto claro envía la contraseña sin cifrar: marque &quot;Permitir IMAP sin cifrar&quot; para usarlo.</translation>
    </message>
    <message>
        <source>Processed messages cannot be moved to a folder that is read.</source>
        <translation>Los mensajes procesados no se pueden mover a una carpeta que se lee.</translation>
    </message>
    <message>
        <source>The server, port or user name changed: enter the password again.</source>
        <translation>Ha cambiado el servidor, el puerto o el nombre de usuario: vuelva a escribir la contraseña.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxAccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Mailbox Accounts</source>
        <translation>Cuentas de correo</translation>
    </message>
    <message>
        <source>TLS-RPT reports are mailed to the address in your _smtp._tls record. StsScope reads new messages from these IMAP accounts into the report library.</source>
        <translation>Los informes TLS-RPT se envían a la dirección de su registro _smtp._tls. StsScope lee los mensajes nuevos de estas cuentas IMAP y los añade a la biblioteca de informes.</translation>
    </message>
    <message>
        <source>Mailbox accounts</source>
        <translation>Cuentas de correo</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never (only Sync Now)</source>
        <translation>nunca (solo Sincronizar ahora)</translation>
    </message>
    <message>
        <source>While StsScope runs it syncs at start and then every so many hours.</source>
        <translation>Mientras StsScope está abierto, sincroniza al iniciarse y después cada tantas horas como se indique.</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>Sinc&amp;ronizar cada:</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keychain, not in the settings.</source>
        <translation>La contraseña se guarda en el llavero del escritorio, no en la configuración.</translation>
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
        <translation>texto en claro</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Messages stay where they are.</source>
        <translation>Los mensajes se quedan donde están.</translation>
    </message>
    <message>
        <source>Processed messages are moved to %1.</source>
        <translation>Los mensajes procesados se mueven a %1.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxPasswordStore</name>
    <message>
        <source>No keychain is available, so the password is not stored: it is asked for at each sync.</source>
        <translation>No hay ningún llavero disponible, así que la contraseña no se guarda: se pide en cada sincronización.</translation>
    </message>
    <message>
        <source>The desktop keychain is not available (%1), so the password is not stored: it is asked for at each sync.</source>
        <translation>El llavero del escritorio no está disponible (%1), así que la contraseña no se guarda: se pide en cada sincronización.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MailboxSyncController</name>
    <message>
        <source>%1 was not synced: no password is stored for it.</source>
        <translation>%1 no se sincronizó: no hay ninguna contraseña guardada para la cuenta.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 no se sincronizó: %2</translation>
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
        <translation>Escriba un dominio de correo y pulse Intro.</translation>
    </message>
    <message>
        <source>Check history is off: %1</source>
        <translation>El historial de comprobaciones está desactivado: %1</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Canc&amp;elar</translation>
    </message>
    <message>
        <source>Checked domains</source>
        <translation>Dominios comprobados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;New Check…</source>
        <translation>&amp;Nueva comprobación…</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Policy wizard…</source>
        <translation>&amp;Asistente de políticas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About StsScope</source>
        <translation>&amp;Acerca de StsScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n probe(s) running</source>
        <translation>
            <numerusform>%n sonda en curso</numerusform>
            <numerusform>%n sondas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a domain first.</source>
        <translation>Compruebe primero un dominio.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
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
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>D&amp;ominios</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>I&amp;nformes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Dominios</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>%1: starting</source>
        <translation>%1: iniciando</translation>
    </message>
    <message>
        <source>Settings saved. The new language shows after a restart.</source>
        <translation>Configuración guardada. El nuevo idioma se mostrará tras reiniciar.</translation>
    </message>
    <message>
        <source>Settings saved; the next check uses them.</source>
        <translation>Configuración guardada; se aplicará en la próxima comprobación.</translation>
    </message>
    <message>
        <source>About the domain entered</source>
        <translation>Sobre el dominio introducido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: %2.</source>
        <translation>«%1» no es un nombre de dominio: %2.</translation>
    </message>
    <message>
        <source>Checking %1: %2.</source>
        <translation>Comprobando %1: %2.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Compro&amp;bar</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Findings Reference</source>
        <translation>Referencia de &amp;hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n domain(s) from the list; their history is kept.</source>
        <translation>
            <numerusform>Se quitó %n dominio de la lista; su historial se conserva.</numerusform>
            <numerusform>Se quitaron %n dominios de la lista; su historial se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation>Última comprobación %1: %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>&amp;Watch This Domain</source>
        <translation>Vi&amp;gilar este dominio</translation>
    </message>
    <message>
        <source>%1 is on the watch list: it is checked again in the background.</source>
        <translation>%1 está en la lista de vigilancia: se vuelve a comprobar en segundo plano.</translation>
    </message>
    <message>
        <source>&amp;Watch List</source>
        <translation>&amp;Lista de vigilancia</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation>Seguir en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>Closing the window leaves StsScope in the system tray, watching your domains.</source>
        <translation>Al cerrar la ventana, StsScope sigue en la bandeja del sistema vigilando sus dominios.</translation>
    </message>
    <message>
        <source>TLS-RPT reports</source>
        <translation>Informes TLS-RPT</translation>
    </message>
    <message>
        <source>Could not delete the check history: %1</source>
        <translation>No se pudo eliminar el historial de comprobaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check(s) from the history.</source>
        <translation>
            <numerusform>Se eliminó %n comprobación del historial.</numerusform>
            <numerusform>Se eliminaron %n comprobaciones del historial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ModePage</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Mode and max_age</source>
        <translation>Modo y max_age</translation>
    </message>
    <message>
        <source>The mode says what senders do when an MX fails the check; max_age says how long they remember the policy.</source>
        <translation>El modo indica qué hacen los servidores remitentes cuando un MX no supera la comprobación; max_age indica durante cuánto tiempo recuerdan la política.</translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation>&amp;Testing</translation>
    </message>
    <message>
        <source>Senders check every MX against the policy and report failures to you, but still deliver when a check fails. Nothing can break; you learn what would.</source>
        <translation>Los servidores remitentes comprueban cada MX con la política y le notifican los fallos, pero siguen entregando cuando una comprobación falla. No se puede romper nada; usted averigua qué fallaría.</translation>
    </message>
    <message>
        <source>&amp;Enforce</source>
        <translation>&amp;Enforce</translation>
    </message>
    <message>
        <source>Senders deliver only over TLS, with a valid certificate, to an MX the policy names. Nobody can downgrade or intercept the connection any more, and an MX that fails the check gets no mail.</source>
        <translation>Los servidores remitentes solo entregan por TLS, con un certificado válido, a un MX que nombre la política. Ya nadie puede degradar ni interceptar la conexión, y un MX que no supere la comprobación no recibe correo.</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>N&amp;one</translation>
    </message>
    <message>
        <source>Switches MTA-STS off: senders forget the policy they remembered. This is how to withdraw a policy safely.</source>
        <translation>Desactiva MTA-STS: los servidores remitentes olvidan la política que recordaban. Así se retira una política de forma segura.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>max_age amount</source>
        <translation>Cantidad de max_age</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>max_age unit</source>
        <translation>Unidad de max_age</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>Senders remember the policy for</source>
        <translation>Los servidores remitentes recuerdan la política durante</translation>
    </message>
    <message>
        <source>Recommended rollout</source>
        <translation>Despliegue recomendado</translation>
    </message>
    <message>
        <source>&amp;Use the recommended setting</source>
        <translation>&amp;Usar la configuración recomendada</translation>
    </message>
    <message>
        <source>Step 1: testing mode with a max_age of one day. Keep it for two to four weeks while the TLS-RPT reports come in, and fix every failure they show.
Step 2: enforce mode with a max_age of weeks (start with two weeks, later up to a year).</source>
        <translation>Paso 1: modo testing con un max_age de un día. Manténgalo de dos a cuatro semanas mientras llegan los informes TLS-RPT y corrija todos los fallos que muestren.
Paso 2: modo enforce con un max_age de semanas (empiece con dos semanas y amplíelo después hasta un año).</translation>
    </message>
    <message>
        <source>%1 is in testing mode (step 1). Step 2: once the TLS-RPT reports have shown no failures for two weeks or more, switch to enforce with a max_age of two weeks, and later raise it up to a year.</source>
        <translation>%1 está en modo testing (paso 1). Paso 2: cuando los informes TLS-RPT no hayan mostrado fallos durante dos semanas o más, pase a enforce con un max_age de dos semanas y amplíelo después hasta un año.</translation>
    </message>
    <message>
        <source>%1 is in enforce mode. Keep it, with a max_age of at least a week; many domains use one to twelve months.</source>
        <translation>%1 está en modo enforce. Manténgalo, con un max_age de al menos una semana; muchos dominios usan de uno a doce meses.</translation>
    </message>
    <message>
        <source>= %1 seconds (%2)</source>
        <translation>= %1 segundos (%2)</translation>
    </message>
    <message>
        <source>= %1 seconds</source>
        <translation>= %1 segundos</translation>
    </message>
    <message>
        <source>max_age must be between 0 and 31557600 seconds (one year); senders reject a policy with a larger value.</source>
        <translation>max_age debe estar entre 0 y 31557600 segundos (un año); los servidores remitentes rechazan una política con un valor mayor.</translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to an MX that fails the check. Switch only when the reports of a testing period show that every MX passes.</source>
        <translation>En modo enforce los servidores remitentes se niegan a entregar a un MX que no supere la comprobación. Cambie solo cuando los informes de un periodo de pruebas muestren que todos los MX la superan.</translation>
    </message>
    <message>
        <source>A max_age under a week gives little protection in enforce mode: once it expires, an attacker who blocks the policy fetch can strip TLS again. Use weeks.</source>
        <translation>Un max_age inferior a una semana protege poco en modo enforce: cuando caduca, un atacante que bloquee la descarga de la política puede volver a eliminar TLS. Use semanas.</translation>
    </message>
    <message>
        <source>A long max_age while testing makes senders keep this policy for %1; a day lets you change course quickly.</source>
        <translation>Un max_age largo durante las pruebas hace que los servidores remitentes conserven esta política durante %1; con un día puede rectificar rápidamente.</translation>
    </message>
    <message>
        <source>Under a day, senders fetch the policy again and again, and protection lapses quickly.</source>
        <translation>Con menos de un día, los servidores remitentes descargan la política una y otra vez, y la protección decae enseguida.</translation>
    </message>
    <message>
        <source>To withdraw the policy: publish mode none with a new id, keep it for at least the old max_age (%1), then remove the records.</source>
        <translation>Para retirar la política: publique el modo none con un id nuevo, manténgalo al menos durante el max_age anterior (%1) y después elimine los registros.</translation>
    </message>
    <message>
        <source>No policy is published, so there is nothing to withdraw; mode none protects nothing.</source>
        <translation>No hay ninguna política publicada, así que no hay nada que retirar; el modo none no protege nada.</translation>
    </message>
    <message>
        <source>Reading the TLS-RPT reports of %1 for the last two weeks…</source>
        <translation>Leyendo los informes TLS-RPT de %1 de las dos últimas semanas…</translation>
    </message>
    <message>
        <source>No TLS-RPT reports are loaded, so nothing shows that enforce is safe for %1. Import the reports of the last two weeks (Reports, Import reports…) to have them checked here, or confirm below that you have checked them.</source>
        <translation>No hay informes TLS-RPT cargados, así que nada demuestra que el modo enforce sea seguro para %1. Importe los informes de las dos últimas semanas (Informes, Importar informes…) para que se comprueben aquí, o confirme abajo que los ha revisado.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded report(s) covers %1 between %2 and %3 (UTC), so nothing shows that enforce is safe. Import the recent reports, or confirm below that you have checked them.</source>
        <translation>
            <numerusform>El informe cargado (%n) no cubre %1 entre %2 y %3 (UTC), así que nada demuestra que el modo enforce sea seguro. Importe los informes recientes o confirme abajo que los ha revisado.</numerusform>
            <numerusform>Ninguno de los %n informes cargados cubre %1 entre %2 y %3 (UTC), así que nada demuestra que el modo enforce sea seguro. Importe los informes recientes o confirme abajo que los ha revisado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n report(s)). In enforce mode senders would refuse that mail: fix the failures first (Reports shows which sender failed at which MX, and why).</source>
        <translation>
            <numerusform>Aviso: los informes TLS-RPT de %1 entre %2 y %3 (UTC) muestran %4 sesiones fallidas de %5 (%n informe). En modo enforce, los servidores remitentes rechazarían ese correo: corrija primero los fallos (Informes muestra qué remitente falló en qué MX, y por qué).</numerusform>
            <numerusform>Aviso: los informes TLS-RPT de %1 entre %2 y %3 (UTC) muestran %4 sesiones fallidas de %5 (%n informes). En modo enforce, los servidores remitentes rechazarían ese correo: corrija primero los fallos (Informes muestra qué remitente falló en qué MX, y por qué).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n report(s)), so nothing shows that enforce is safe.</source>
        <translation>
            <numerusform>Los informes TLS-RPT de %1 entre %2 y %3 (UTC) no contabilizan ninguna sesión (%n informe), así que nada demuestra que el modo enforce sea seguro.</numerusform>
            <numerusform>Los informes TLS-RPT de %1 entre %2 y %3 (UTC) no contabilizan ninguna sesión (%n informes), así que nada demuestra que el modo enforce sea seguro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in %n report(s), all successful.</source>
        <translation>
            <numerusform>Los informes TLS-RPT de %1 entre %2 y %3 (UTC) no muestran fallos: %4 sesiones en %n informe, todas correctas.</numerusform>
            <numerusform>Los informes TLS-RPT de %1 entre %2 y %3 (UTC) no muestran fallos: %4 sesiones en %n informes, todas correctas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enforce anyway: I have checked that the TLS-&amp;RPT reports for %1 show no failures for at least two weeks</source>
        <translation>Aplicar enforce de todos modos: he comprobado que los informes TLS-&amp;RPT de %1 no muestran fallos desde hace al menos dos semanas</translation>
    </message>
    <message>
        <source>The TLS-RPT reports for %1 show no failures, but they cover only %2 of the %3 days from %4 to %5 (UTC), the first on %6: too little to show that enforce is safe. Wait for two weeks of reports, or confirm below that you have checked them.</source>
        <translation>Los informes TLS-RPT de %1 no muestran fallos, pero solo cubren %2 de los %3 días entre %4 y %5 (UTC), el primero el %6: es demasiado poco para demostrar que el modo enforce sea seguro. Espere a tener dos semanas de informes o confirme abajo que los ha revisado.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::MxHostsModel</name>
    <message>
        <source>implicit</source>
        <translation>implícito</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>resolviendo…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>falló en %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>no ofrecido</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Pref.</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Host MX</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Policy pattern</source>
        <translation>Patrón de la política</translation>
    </message>
    <message>
        <source>Would deliver</source>
        <translation>¿Se entregaría?</translation>
    </message>
    <message>
        <source>TLS-RPT result</source>
        <translation>Resultado TLS-RPT</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>supera</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>%1 (MTA-STS only: %2)</source>
        <translation>%1 (solo MTA-STS: %2)</translation>
    </message>
    <message>
        <source>Authenticated by %1</source>
        <translation>Autenticado por %1</translation>
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
        <translation>No cubre ninguno de los hosts MX del dominio.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>mx line</source>
        <extracomment>a line &quot;mx: &lt;pattern&gt;&quot; of the MTA-STS policy</extracomment>
        <translation>Línea mx</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Cubre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OutputPage</name>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Everything needed to publish the policy. Publish in this order: the policy file on the web server, then the TLS-RPT record, and the _mta-sts record last, because senders look for the policy once they see the record and fetch it again only when its id changes.</source>
        <translation>Todo lo necesario para publicar la política. Publique en este orden: el archivo de la política en el servidor web, después el registro TLS-RPT y, por último, el registro _mta-sts, porque los servidores remitentes buscan la política en cuanto ven el registro y solo la vuelven a descargar cuando cambia su id.</translation>
    </message>
    <message>
        <source>Generated files</source>
        <translation>Archivos generados</translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation>&amp;Guardar todo en una carpeta…</translation>
    </message>
    <message>
        <source>DNS records for a provider&apos;s web form</source>
        <translation>Registros DNS para el formulario web de un proveedor</translation>
    </message>
    <message>
        <source>C&amp;opy name</source>
        <translation>Copiar &amp;nombre</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copiar &amp;valor</translation>
    </message>
    <message>
        <source>Enter each value without quotes. Most forms want the name within the domain; hover over a name for the full one. The policy host mta-sts.%1 also needs an address record (A/AAAA or CNAME) pointing at the web server.</source>
        <translation>Introduzca cada valor sin comillas. La mayoría de los formularios piden el nombre dentro del dominio; pase el ratón sobre un nombre para ver el completo. El host de la política mta-sts.%1 también necesita un registro de dirección (A/AAAA o CNAME) que apunte al servidor web.</translation>
    </message>
    <message>
        <source>&amp;Copy %1</source>
        <translation>&amp;Copiar %1</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>The DNS records as plain values for a provider&apos;s web form</source>
        <translation>Los registros DNS como valores simples para el formulario web de un proveedor</translation>
    </message>
    <message>
        <source>&amp;Copy the changes</source>
        <translation>&amp;Copiar los cambios</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>The draft against the published policy: - removed, + added</source>
        <translation>El borrador frente a la política publicada: - eliminado, + añadido</translation>
    </message>
    <message>
        <source>Nothing can be generated: %1</source>
        <translation>No se puede generar nada: %1</translation>
    </message>
    <message>
        <source>New policy with id %1.</source>
        <translation>Política nueva con id %1.</translation>
    </message>
    <message>
        <source>The policy text is the same as the published one, so the id stays %1 and the _mta-sts record does not change.</source>
        <translation>El texto de la política es el mismo que el publicado, así que el id sigue siendo %1 y el registro _mta-sts no cambia.</translation>
    </message>
    <message>
        <source>The policy changed (see Changes), so the id changes from %1 to %2: update the _mta-sts record after the new file is online, or senders keep the old policy.</source>
        <translation>La política ha cambiado (véase Cambios), así que el id cambia de %1 a %2: actualice el registro _mta-sts cuando el archivo nuevo esté en línea; de lo contrario, los servidores remitentes conservan la política anterior.</translation>
    </message>
    <message>
        <source>%1 Mode %2, max_age %3 s.</source>
        <translation>%1 Modo %2, max_age %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n archivo en %1.</numerusform>
            <numerusform>Se han guardado %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Save all files to folder</source>
        <translation>Guardar todos los archivos en una carpeta</translation>
    </message>
    <message>
        <source>Copy the &amp;TLSA records</source>
        <translation>Copiar los registros &amp;TLSA</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>TLSA records for the keys the MX hosts present now, with the rollover advice</source>
        <translation>Registros TLSA para las claves que presentan ahora los hosts MX, con el consejo de renovación</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::OverviewModel</name>
    <message>
        <source>_mta-sts record</source>
        <translation>Registro _mta-sts</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>consultando…</translation>
    </message>
    <message>
        <source>valid, id %1</source>
        <translation>válido, id %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>Policy host %1</source>
        <translation>Host de la política %1</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>descargando…</translation>
    </message>
    <message>
        <source>HTTPS %1, certificate valid</source>
        <translation>HTTPS %1, certificado válido</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>mode %1, max_age %2 s, mx %3</source>
        <translation>modo %1, max_age %2 s, mx %3</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>no válida (%1)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Registros MX</translation>
    </message>
    <message>
        <source>senders deliver</source>
        <translation>los servidores remitentes entregan</translation>
    </message>
    <message>
        <source>senders do not deliver</source>
        <translation>los servidores remitentes no entregan</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>STARTTLS, %1, %2</source>
        <translation>STARTTLS, %1, %2</translation>
    </message>
    <message>
        <source>failed at %1: %2</source>
        <translation>falló en %1: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message numerus="yes">
        <source>valid for %1, %n day(s) left</source>
        <translation>
            <numerusform>válido para %1, queda %n día</numerusform>
            <numerusform>válido para %1, quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>_smtp._tls record</source>
        <translation>Registro _smtp._tls</translation>
    </message>
    <message>
        <source>none or invalid</source>
        <translation>ninguno o no válido</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>not observable from here: %1</source>
        <translation>no observable desde aquí: %1</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>la consulta falló: %1</translation>
    </message>
    <message>
        <source>lookup failed: %1 (%2)</source>
        <translation>la consulta falló: %1 (%2)</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Protected against</source>
        <translation>Protegido contra</translation>
    </message>
    <message>
        <source>%1 of %2 threats</source>
        <translation>%1 de %2 amenazas</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyLinesModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyView</name>
    <message>
        <source>Policy lines</source>
        <translation>Líneas de la política</translation>
    </message>
    <message>
        <source>HTTP response headers</source>
        <translation>Cabeceras de la respuesta HTTP</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>No policy was fetched: %1.</source>
        <translation>No se descargó ninguna política: %1.</translation>
    </message>
    <message>
        <source>Fetching the policy…</source>
        <translation>Descargando la política…</translation>
    </message>
    <message>
        <source>mode &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 days), mx: %4</source>
        <translation>modo &lt;b&gt;%1&lt;/b&gt;, max_age &lt;b&gt;%2&lt;/b&gt; s (%3 días), mx: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Certificate of %1: valid, matches %2 (see Certificates).</source>
        <translation>Certificado de %1: válido, coincide con %2 (véase Certificados).</translation>
    </message>
    <message>
        <source>Certificate of %1: &lt;b&gt;invalid&lt;/b&gt; (%2; see Certificates).</source>
        <translation>Certificado de %1: &lt;b&gt;no válido&lt;/b&gt; (%2; véase Certificados).</translation>
    </message>
    <message>
        <source>No HTTP response (%1 ms).</source>
        <translation>Sin respuesta HTTP (%1 ms).</translation>
    </message>
    <message>
        <source>%1 %2 %3 — %4 bytes in %5 ms over %6</source>
        <translation>%1 %2 %3 — %4 bytes en %5 ms por %6</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PolicyWizard</name>
    <message>
        <source>MTA-STS Policy Wizard</source>
        <translation>Asistente de políticas MTA-STS</translation>
    </message>
    <message>
        <source>The files have not been saved.</source>
        <translation>Los archivos no se han guardado.</translation>
    </message>
    <message>
        <source>Nothing is published or written until you save the files and put them online yourself. Closing now discards this draft.</source>
        <translation>No se publica ni se escribe nada hasta que guarde los archivos y los publique usted mismo. Si cierra ahora, se descarta este borrador.</translation>
    </message>
    <message>
        <source>&amp;Save all to folder…</source>
        <translation>&amp;Guardar todo en una carpeta…</translation>
    </message>
    <message>
        <source>Discard this policy draft?</source>
        <translation>¿Descartar este borrador de política?</translation>
    </message>
    <message>
        <source>The wizard has not written any file yet; what you entered on its pages will be lost.</source>
        <translation>El asistente aún no ha escrito ningún archivo; lo que ha introducido en sus páginas se perderá.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Cerrar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::PreflightPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>MX hosts under the draft</source>
        <translation>Hosts MX según el borrador</translation>
    </message>
    <message>
        <source>Why MX hosts would fail</source>
        <translation>Por qué fallarían los hosts MX</translation>
    </message>
    <message>
        <source>Pre-flight: the draft against your MX hosts</source>
        <translation>Comprobación previa: el borrador frente a sus hosts MX</translation>
    </message>
    <message>
        <source>StsScope connects to every MX host as a sender would and judges it against the draft, as if the draft were already published.</source>
        <translation>StsScope se conecta a cada host MX como lo haría un servidor remitente y lo evalúa según el borrador, como si este ya estuviera publicado.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Checking %1 against the draft…</source>
        <translation>Comprobando %1 con el borrador…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 against the draft… %n step(s) running</source>
        <translation>
            <numerusform>Comprobando %1 con el borrador… %n paso en curso</numerusform>
            <numerusform>Comprobando %1 con el borrador… %n pasos en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Run the pre-flight again to continue.</source>
        <translation>Detenido. Vuelva a ejecutar la comprobación previa para continuar.</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Comprobado en %1 s.</translation>
    </message>
    <message>
        <source>Publish the files of the next page, in the order given there.</source>
        <translation>Publique los archivos de la página siguiente, en el orden que se indica allí.</translation>
    </message>
    <message>
        <source>%1 does not serve a policy yet. That is expected before you publish: the next page has the policy file and the web server configuration.</source>
        <translation>%1 todavía no sirve ninguna política. Es lo esperado antes de publicar: la página siguiente contiene el archivo de la política y la configuración del servidor web.</translation>
    </message>
    <message>
        <source>%1 already serves this draft.</source>
        <translation>%1 ya sirve este borrador.</translation>
    </message>
    <message>
        <source>%1 serves the published policy; replace it with the new mta-sts.txt, then change the id.</source>
        <translation>%1 sirve la política publicada; sustitúyala por el nuevo mta-sts.txt y después cambie el id.</translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would deliver to none of the MX hosts. Go back and fix the mx lines or the MX hosts, or publish in testing mode first.</source>
        <translation>Con este borrador en modo enforce, los servidores remitentes no entregarían a ninguno de los hosts MX. Vuelva atrás y corrija las líneas mx o los hosts MX, o publique primero en modo testing.</translation>
    </message>
    <message>
        <source>With this draft in enforce mode, senders would not deliver to %1. Fix its STARTTLS and certificate, or publish in testing mode first.</source>
        <translation>Con este borrador en modo enforce, los servidores remitentes no entregarían a %1. Corrija su STARTTLS y su certificado, o publique primero en modo testing.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProviderRecordsModel</name>
    <message>
        <source>Full name: %1</source>
        <translation>Nombre completo: %1</translation>
    </message>
    <message>
        <source>MTA-STS: a policy exists, and its id</source>
        <translation>MTA-STS: indica que existe una política y cuál es su id</translation>
    </message>
    <message>
        <source>TLS-RPT: where senders send their reports</source>
        <translation>TLS-RPT: adónde envían sus informes los servidores remitentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value (without quotes)</source>
        <translation>Valor (sin comillas)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ProxyTester</name>
    <message>
        <source>No proxy is set.</source>
        <translation>No hay ningún proxy configurado.</translation>
    </message>
    <message>
        <source>%1: no connection within %2 s</source>
        <translation>%1: sin conexión en %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Port 25 is reachable through the proxy: %1 answered.</source>
        <translation>El puerto 25 es accesible a través del proxy: %1 respondió.</translation>
    </message>
    <message>
        <source>No MX answered on port 25 through the proxy (%1).</source>
        <translation>Ningún MX respondió en el puerto 25 a través del proxy (%1).</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportChart</name>
    <message>
        <source>No data in this selection.</source>
        <translation>No hay datos en esta selección.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDashboard</name>
    <message>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>Failed sessions by type</source>
        <translation>Sesiones fallidas por tipo</translation>
    </message>
    <message>
        <source>Top sending organisations</source>
        <translation>Principales organizaciones remitentes</translation>
    </message>
    <message>
        <source>Failed sessions per receiving MX</source>
        <translation>Sesiones fallidas por MX receptor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Success rate %1&lt;/b&gt; · %2 sessions (%3 successful, %4 failed) · %5 senders · %6 reports · %7 policy domains</source>
        <translation>&lt;b&gt;Tasa de éxito %1&lt;/b&gt; · %2 sesiones (%3 correctas, %4 fallidas) · %5 remitentes · %6 informes · %7 dominios de política</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>⚠ The failure details account for %1 of the %2 failed sessions; the charts by type and by MX show the failure details.</source>
        <translation>⚠ Los detalles del fallo cubren %1 de las %2 sesiones fallidas; los gráficos por tipo y por MX muestran los detalles del fallo.</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>other types</source>
        <translation>otros tipos</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sesiones fallidas</translation>
    </message>
    <message>
        <source>other senders</source>
        <translation>otros remitentes</translation>
    </message>
    <message>
        <source>other hosts</source>
        <translation>otros hosts</translation>
    </message>
    <message>
        <source>Failures by Sender and MX…</source>
        <translation>Fallos por remitente y MX…</translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, for what reason, since when.</source>
        <translation>Qué remitente no llega a qué MX, por qué motivo y desde cuándo.</translation>
    </message>
    <message>
        <source>No reports in this selection.</source>
        <translation>No hay informes en esta selección.</translation>
    </message>
    <message>
        <source>No failed sessions in this selection.</source>
        <translation>No hay sesiones fallidas en esta selección.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No reports yet.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;Import TLS-RPT reports…&lt;/a&gt; (File ▸ Import Reports…), or drop files and folders on the window.</source>
        <translation>&lt;b&gt;Todavía no hay informes.&lt;/b&gt; &lt;a href=&quot;#import&quot;&gt;Importar informes TLS-RPT…&lt;/a&gt; (Archivo ▸ Importar informes…), o suelte archivos y carpetas sobre la ventana.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No reports in this selection.&lt;/b&gt; The library holds %n report(s), from %1 to %2. &lt;a href=&quot;#reset&quot;&gt;Show all dates and domains&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;No hay informes en esta selección.&lt;/b&gt; La biblioteca contiene %n informe, del %1 al %2. &lt;a href=&quot;#reset&quot;&gt;Mostrar todas las fechas y dominios&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;No hay informes en esta selección.&lt;/b&gt; La biblioteca contiene %n informes, del %1 al %2. &lt;a href=&quot;#reset&quot;&gt;Mostrar todas las fechas y dominios&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 Now</source>
        <translation>Comprobar %1 ahora</translation>
    </message>
    <message>
        <source>Show Failures by Sender</source>
        <translation>Mostrar fallos por remitente</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportDetailsView</name>
    <message>
        <source>Policies of the report</source>
        <translation>Políticas del informe</translation>
    </message>
    <message>
        <source>Failure details</source>
        <translation>Detalles del fallo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Raw report</source>
        <translation>Informe sin procesar</translation>
    </message>
    <message>
        <source>Raw &amp;JSON</source>
        <translation>&amp;JSON sin procesar</translation>
    </message>
    <message>
        <source>Select a report to see its policies, failure details and raw JSON.</source>
        <translation>Seleccione un informe para ver sus políticas, los detalles del fallo y el JSON sin procesar.</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>informe %1</translation>
    </message>
    <message>
        <source>%1 to %2 · contact: %3</source>
        <translation>del %1 al %2 · contacto: %3</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Leído de %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>Polici&amp;es</source>
        <translation>Po&amp;líticas</translation>
    </message>
    <message>
        <source>Fai&amp;lure details</source>
        <translation>Detalles del &amp;fallo</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportListNotice</name>
    <message>
        <source>Show all r&amp;eports</source>
        <translation>Mostrar todos los inform&amp;es</translation>
    </message>
    <message>
        <source>Import reports…</source>
        <translation>Importar informes…</translation>
    </message>
    <message>
        <source>No reports imported yet. Import the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml or .mbox files.</source>
        <translation>Todavía no se ha importado ningún informe. Importe los informes TLS-RPT que le enviaron los servidores remitentes: archivos .json, .json.gz, .zip, .eml o .mbox.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n report(s) in the library is in the chosen date range, domain and search.</source>
        <translation>
            <numerusform>El informe de la biblioteca (%n) no está en el intervalo de fechas, el dominio y la búsqueda elegidos.</numerusform>
            <numerusform>Ninguno de los %n informes de la biblioteca está en el intervalo de fechas, el dominio y la búsqueda elegidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportPoliciesModel</name>
    <message>
        <source>The failure details add up to %1 failed sessions, the summary says %2.</source>
        <translation>Los detalles del fallo suman %1 sesiones fallidas; el resumen indica %2.</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Tipo de política</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Dominio de política</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>In failure details</source>
        <translation>En los detalles del fallo</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>Hosts MX</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableModel</name>
    <message numerus="yes">
        <source>%n session(s) failed</source>
        <translation>
            <numerusform>%n sesión fallida</numerusform>
            <numerusform>%n sesiones fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Dominio de política</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Tipo de política</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Failure types</source>
        <translation>Tipos de fallo</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>ID del informe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportTableView</name>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Exportar como CS&amp;V…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportingPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Where reports go (TLS-RPT)</source>
        <translation>Adónde van los informes (TLS-RPT)</translation>
    </message>
    <message>
        <source>Senders that support TLS reporting (RFC 8460) send a daily summary of the connections that worked and the ones that failed. In testing mode these reports tell you when enforce is safe.</source>
        <translation>Los servidores remitentes que admiten los informes TLS (RFC 8460) envían un resumen diario de las conexiones que funcionaron y de las que fallaron. En modo testing, estos informes le indican cuándo es seguro pasar a enforce.</translation>
    </message>
    <message>
        <source>Report addresses</source>
        <translation>Direcciones para los informes</translation>
    </message>
    <message>
        <source>mailto:tlsrpt@example.com or https://reports.example.com/tlsrpt</source>
        <translation>mailto:tlsrpt@example.com o https://reports.example.com/tlsrpt</translation>
    </message>
    <message>
        <source>New report address</source>
        <translation>Nueva dirección para los informes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <source>Add a&amp;ddress:</source>
        <translation>Añadir &amp;dirección:</translation>
    </message>
    <message>
        <source>Use a mailbox that someone reads, or a report service; the reports are JSON, usually gzip-compressed, and StsScope can read them.</source>
        <translation>Use un buzón que alguien lea o un servicio de informes; los informes son JSON, normalmente comprimidos con gzip, y StsScope puede leerlos.</translation>
    </message>
    <message>
        <source>Without a report address no TLS-RPT record is published, and you will not learn which senders fail to reach your MX hosts; a testing period then tells you nothing.</source>
        <translation>Sin una dirección para los informes no se publica ningún registro TLS-RPT, y usted no sabrá qué servidores remitentes no consiguen llegar a sus hosts MX; un periodo de pruebas no le dirá nada.</translation>
    </message>
    <message>
        <source>Record: %1 TXT &quot;%2&quot;</source>
        <translation>Registro: %1 TXT &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ReportsPage</name>
    <message>
        <source>Import &amp;Reports…</source>
        <translation>Importar &amp;informes…</translation>
    </message>
    <message>
        <source>Import Report &amp;Folder…</source>
        <translation>Importar una &amp;carpeta de informes…</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports: .json, .json.gz, .zip, .eml and .mbox files.</source>
        <translation>Importa informes TLS-RPT: archivos .json, .json.gz, .zip, .eml y .mbox.</translation>
    </message>
    <message>
        <source>Import every TLS-RPT report in a folder and its subfolders.</source>
        <translation>Importa todos los informes TLS-RPT de una carpeta y de sus subcarpetas.</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Info&amp;rmes</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Dominio de política</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Todos los dominios</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Dominio</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <source>Drop report files or folders here.</source>
        <translation>Suelte aquí archivos o carpetas de informes.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Search sender, domain, failure type, report ID…</source>
        <translation>Buscar remitente, dominio, tipo de fallo, ID del informe…</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Buscar informes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Opening the report library…</source>
        <translation>Abriendo la biblioteca de informes…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Canceling after the current file…</source>
        <translation>Cancelando tras el archivo actual…</translation>
    </message>
    <message>
        <source>Import TLS-RPT Reports</source>
        <translation>Importar informes TLS-RPT</translation>
    </message>
    <message>
        <source>TLS-RPT reports (*.json *.gz *.zip *.eml *.mbox *.mbx);;All files (*)</source>
        <translation>Informes TLS-RPT (*.json *.gz *.zip *.eml *.mbox *.mbx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of TLS-RPT Reports</source>
        <translation>Importar una carpeta de informes TLS-RPT</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the library. Drop files or folders here to add more.</source>
        <translation>
            <numerusform>%n informe en la biblioteca. Suelte aquí archivos o carpetas para añadir más.</numerusform>
            <numerusform>%n informes en la biblioteca. Suelte aquí archivos o carpetas para añadir más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Has&amp;ta</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Import</source>
        <translation>Cancelar i&amp;mportación</translation>
    </message>
    <message>
        <source>Search Reports</source>
        <translation>Buscar informes</translation>
    </message>
    <message>
        <source>Sender × M&amp;X</source>
        <extracomment>The tab of failures by sending organisation and receiving MX host; the mnemonic is free in the window.</extracomment>
        <translation>Remitente × M&amp;X</translation>
    </message>
    <message>
        <source>Which sender fails to reach which MX, since when</source>
        <translation>Qué remitente no llega a qué MX, desde cuándo</translation>
    </message>
    <message>
        <source>&amp;Delete Reports…</source>
        <translation>&amp;Eliminar informes…</translation>
    </message>
    <message>
        <source>Delete the selected reports from the library.</source>
        <translation>Eliminar de la biblioteca los informes seleccionados.</translation>
    </message>
    <message>
        <source>Delete Reports</source>
        <translation>Eliminar informes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n report(s) from the library?</source>
        <translation>
            <numerusform>¿Eliminar %n informe de la biblioteca?</numerusform>
            <numerusform>¿Eliminar %n informes de la biblioteca?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their policies and failure details go with them. Importing the files again brings them back.</source>
        <translation>Sus políticas y detalles del fallo se eliminan con ellos. Importar de nuevo los archivos los recupera.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Report(s)</source>
        <translation>
            <numerusform>Eliminar %n informe</numerusform>
            <numerusform>Eliminar %n informes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n report(s)…</source>
        <translation>
            <numerusform>Eliminando %n informe…</numerusform>
            <numerusform>Eliminando %n informes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) deleted from the library.</source>
        <translation>
            <numerusform>%n informe eliminado de la biblioteca.</numerusform>
            <numerusform>%n informes eliminados de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
    <message>
        <source>Mailbox Accounts…</source>
        <translation>Cuentas de correo…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Read new report mail from the mailbox accounts</source>
        <translation>Leer el correo nuevo con informes de las cuentas de correo</translation>
    </message>
    <message>
        <source>Mailbox Password</source>
        <translation>Contraseña del buzón</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <source>%v of %m messages</source>
        <translation>%v de %m mensajes</translation>
    </message>
    <message>
        <source>Syncing the mailbox accounts…</source>
        <translation>Sincronizando las cuentas de correo…</translation>
    </message>
    <message>
        <source>Mailboxes synced.</source>
        <translation>Buzones sincronizados.</translation>
    </message>
    <message>
        <source>New TLS-RPT reports count %1 failed sessions.</source>
        <translation>Los informes TLS-RPT nuevos contabilizan %1 sesiones fallidas.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::ResultTypeAdviceView</name>
    <message>
        <source>What the failure types mean</source>
        <translation>Qué significan los tipos de fallo</translation>
    </message>
    <message>
        <source>No failed sessions reported: nothing to explain.</source>
        <translation>No se han notificado sesiones fallidas: no hay nada que explicar.</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>Qué significa:</translation>
    </message>
    <message>
        <source>Usual causes:</source>
        <translation>Causas habituales:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
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
        <translation>%1: %2 correctas, %3 fallidas, tasa de éxito %4</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Tasa de éxito (%)</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::SettingsDialog</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 no es un archivo legible.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>system resolvers</source>
        <translation>resolutores del sistema</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, optionally with a port: 192.0.2.53 or 2001:db8::53@5353</source>
        <translation>Una dirección IPv4 o IPv6, opcionalmente con puerto: 192.0.2.53 o 2001:db8::53@5353</translation>
    </message>
    <message>
        <source>DNS &amp;resolver:</source>
        <translation>&amp;Resolutor DNS:</translation>
    </message>
    <message>
        <source>the DNS root&apos;s (dns-root-data)</source>
        <translation>la de la raíz del DNS (dns-root-data)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a DNSSEC trust anchor file</source>
        <translation>Elegir un archivo de ancla de confianza DNSSEC</translation>
    </message>
    <message>
        <source>DNSSEC &amp;trust anchor:</source>
        <translation>Ancla de con&amp;fianza DNSSEC:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Add trusted CA files</source>
        <translation>Añadir archivos de CA de confianza</translation>
    </message>
    <message>
        <source>Remove the selected CA files</source>
        <translation>Quitar los archivos de CA seleccionados</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CAs:</source>
        <translation>CA de confianza adicio&amp;nales:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Network ti&amp;meout:</source>
        <translation>Tie&amp;mpo de espera de red:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Warn about certificates e&amp;xpiring within:</source>
        <translation>A&amp;visar si un certificado caduca en menos de:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows after StsScope is restarted.</source>
        <translation>El nuevo idioma se mostrará después de reiniciar StsScope.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>DNS resolver: %1</source>
        <translation>Resolutor DNS: %1</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor: %1</source>
        <translation>Ancla de confianza DNSSEC: %1</translation>
    </message>
    <message>
        <source>Extra trusted CAs: %1</source>
        <translation>CA de confianza adicionales: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot save:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se puede guardar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Certificados de CA de confianza</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>Ancla de confianza DNSSEC</translation>
    </message>
    <message>
        <source>Trust anchors (*.key *.ds *.txt);;All files (*)</source>
        <translation>Anclas de confianza (*.key *.ds *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>none: connect directly</source>
        <translation>ninguno: conexión directa</translation>
    </message>
    <message>
        <source>socks5://127.0.0.1:1080, for example from ssh -N -D 1080 a-server: SMTP sessions and policy fetches go through it, DNS stays local.</source>
        <translation>socks5://127.0.0.1:1080, por ejemplo de ssh -N -D 1080 un-servidor: las sesiones SMTP y las descargas de la política pasan por él, el DNS sigue siendo local.</translation>
    </message>
    <message>
        <source>Te&amp;st the proxy</source>
        <translation>Pro&amp;bar el proxy</translation>
    </message>
    <message>
        <source>SOCKS5 &amp;proxy:</source>
        <translation>&amp;Proxy SOCKS5:</translation>
    </message>
    <message>
        <source>Testing port 25 through the proxy…</source>
        <translation>Probando el puerto 25 a través del proxy…</translation>
    </message>
    <message>
        <source>Allo&amp;w MX and policy hosts on private and loopback addresses (test networks)</source>
        <translation>Permi&amp;tir hosts MX y de política en direcciones privadas y de bucle local (redes de prueba)</translation>
    </message>
    <message>
        <source>Off, such hosts get a finding and no connection: senders on the internet cannot reach them, and a hostile domain cannot make a check reach into your network.</source>
        <translation>Desactivado, esos hosts reciben un hallazgo y ninguna conexión: los remitentes en Internet no pueden alcanzarlos y un dominio hostil no puede hacer que una comprobación entre en su red.</translation>
    </message>
    <message>
        <source>SOCKS5 proxy: %1</source>
        <translation>Proxy SOCKS5: %1</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>Co&amp;lores:</translation>
    </message>
    <message>
        <source>Restore De&amp;faults</source>
        <translation>Re&amp;stablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Each connect, DNS query and server reply, and the longest silence of a policy host; a whole policy fetch gets three times as long, a whole SMTP probe six times.</source>
        <translation>Cada conexión, consulta DNS y respuesta del servidor, y el silencio más largo de un host de política; una obtención completa de la política dispone del triple, una sonda SMTP completa del séxtuple.</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::StartPage</name>
    <message>
        <source>Check a &amp;domain</source>
        <translation>Comprobar un &amp;dominio</translation>
    </message>
    <message>
        <source>Type a mail domain in the entry above and press Enter.</source>
        <translation>Escriba un dominio de correo en el campo de arriba y pulse Intro.</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Importar informes…</translation>
    </message>
    <message>
        <source>Read the TLS-RPT reports that sending servers mailed you: .json, .json.gz, .zip, .eml, .mbox files or whole folders.</source>
        <translation>Leer los informes TLS-RPT que le enviaron los servidores remitentes: archivos .json, .json.gz, .zip, .eml, .mbox o carpetas completas.</translation>
    </message>
    <message>
        <source>Create a &amp;policy…</source>
        <translation>Crear una &amp;política…</translation>
    </message>
    <message>
        <source>Walk from no MTA-STS policy, or the published one, to a checked deployment.</source>
        <translation>Paso a paso desde ninguna política MTA-STS, o la publicada, hasta un despliegue comprobado.</translation>
    </message>
    <message>
        <source>Domains you check are listed here with their last verdict.</source>
        <translation>Los dominios que compruebe aparecen aquí con su último veredicto.</translation>
    </message>
    <message>
        <source>Is mail to your domain protected in transit?</source>
        <translation>¿Está protegido en tránsito el correo dirigido a su dominio?</translation>
    </message>
    <message>
        <source>StsScope checks MTA-STS, TLS-RPT, STARTTLS and the certificates of every MX host, reads TLS-RPT reports and helps you publish a policy.</source>
        <translation>StsScope comprueba MTA-STS, TLS-RPT, STARTTLS y los certificados de cada host MX, lee informes TLS-RPT y le ayuda a publicar una política.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Last verdict</source>
        <translation>Último veredicto</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Recent domains</source>
        <translation>Dominios recientes</translation>
    </message>
    <message>
        <source>Rec&amp;ent domains (double-click or Enter checks again):</source>
        <translation>Dominios &amp;recientes (doble clic o Intro para volver a comprobar):</translation>
    </message>
    <message>
        <source>&amp;Remove from Recent</source>
        <translation>&amp;Quitar de los dominios recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Domains…</source>
        <translation>&amp;Vaciar la lista de dominios recientes…</translation>
    </message>
    <message>
        <source>Take the selected domains off this list; their check history is kept.</source>
        <translation>Quita los dominios seleccionados de esta lista; su historial de comprobaciones se conserva.</translation>
    </message>
    <message>
        <source>Take every domain off this list, and optionally delete their check history.</source>
        <translation>Quita todos los dominios de esta lista y, opcionalmente, elimina su historial de comprobaciones.</translation>
    </message>
    <message>
        <source>Clear Recent Domains</source>
        <translation>Vaciar la lista de dominios recientes</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n domain(s) off the list of recent domains?</source>
        <translation>
            <numerusform>¿Quitar %n dominio de la lista de dominios recientes?</numerusform>
            <numerusform>¿Quitar los %n dominios de la lista de dominios recientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their check history is kept: a domain comes back when you check it again, with its earlier checks in the History tab.</source>
        <translation>Su historial de comprobaciones se conserva: un dominio vuelve a aparecer cuando se comprueba de nuevo, con sus comprobaciones anteriores en la pestaña Historial.</translation>
    </message>
    <message>
        <source>Also &amp;delete their check history</source>
        <translation>&amp;Eliminar también su historial de comprobaciones</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineModel</name>
    <message>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>TLS-RPT failures that day</source>
        <translation>Fallos TLS-RPT ese día</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>antes: %1</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::TimelineView</name>
    <message>
        <source>Timeline: verdict over time and TLS-RPT failures per day</source>
        <translation>Cronología: veredicto a lo largo del tiempo y fallos TLS-RPT por día</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Verdict changed</source>
        <translation>Cambio de veredicto</translation>
    </message>
    <message>
        <source>Failed sessions (TLS-RPT, per day)</source>
        <translation>Sesiones fallidas (TLS-RPT, por día)</translation>
    </message>
    <message>
        <source>failed sessions</source>
        <translation>sesiones fallidas</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>COULD NOT CHECK</source>
        <translation>NO SE PUDO COMPROBAR</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Show the finding</source>
        <translation>Mostrar el hallazgo</translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchListModel</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Policy mode</source>
        <translation>Modo de la política</translation>
    </message>
    <message>
        <source>Nearest expiry</source>
        <translation>Caducidad más próxima</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Sin veredicto: %1</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>sin política</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n día)</numerusform>
            <numerusform>%1 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no verdict)</source>
        <translation>%1 (sin veredicto)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (caducó hace %n día)</numerusform>
            <numerusform>%1 (caducó hace %n días)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchNotifier</name>
    <message>
        <source>StsScope: watching your domains</source>
        <translation>StsScope: vigilando sus dominios</translation>
    </message>
    <message>
        <source>&amp;Open StsScope</source>
        <translation>&amp;Abrir StsScope</translation>
    </message>
    <message>
        <source>&amp;Check All Watched Domains Now</source>
        <translation>&amp;Comprobar ahora todos los dominios vigilados</translation>
    </message>
    <message>
        <source>&amp;Snooze the Last Domain for 24 Hours</source>
        <translation>S&amp;ilenciar el último dominio durante 24 horas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new problem(s)</source>
        <translation>
            <numerusform>%1: %n problema nuevo</numerusform>
            <numerusform>%1: %n problemas nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Snooze %1 for 24 Hours</source>
        <translation>S&amp;ilenciar %1 durante 24 horas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>New problems on %n watched domain(s)</source>
        <translation>
            <numerusform>Problemas nuevos en %n dominio vigilado</numerusform>
            <numerusform>Problemas nuevos en %n dominios vigilados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sts::Ui::WatchPage</name>
    <message>
        <source>Check All &amp;Now</source>
        <translation>Comprobar &amp;todos ahora</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Lista de vigilancia</translation>
    </message>
    <message>
        <source>StsScope checks these domains again in the background while it runs and tells you when something changes that can stop mail: a policy changed without a new id, an MX the policy does not cover, a certificate that expires before senders&apos; cached policy does.</source>
        <translation>Mientras está abierto, StsScope vuelve a comprobar estos dominios en segundo plano y le avisa cuando cambia algo que puede detener el correo: una política modificada sin un id nuevo, un MX que la política no cubre, un certificado que caduca antes que la política en caché de los servidores remitentes.</translation>
    </message>
    <message>
        <source>Add &amp;domains:</source>
        <translation>Añadir &amp;dominios:</translation>
    </message>
    <message>
        <source>example.com example.org (or paste a list)</source>
        <translation>example.com example.org (o pegue una lista)</translation>
    </message>
    <message>
        <source>Domains to watch</source>
        <translation>Dominios que vigilar</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Vi&amp;gilar</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xportar lista…</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <source>Filter the watched domains</source>
        <translation>Filtrar los dominios vigilados</translation>
    </message>
    <message>
        <source>Re-check &amp;every</source>
        <translation>Comprobar d&amp;e nuevo cada</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never (off)</source>
        <translation>nunca (desactivado)</translation>
    </message>
    <message>
        <source>Hours between background checks</source>
        <translation>Horas entre comprobaciones en segundo plano</translation>
    </message>
    <message>
        <source>Watched domains</source>
        <translation>Dominios vigilados</translation>
    </message>
    <message>
        <source>What became of the domains added</source>
        <translation>Qué pasó con los dominios añadidos</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Open in the Inspector</source>
        <translation>&amp;Abrir en el inspector</translation>
    </message>
    <message>
        <source>&amp;Snooze Notices for 24 Hours</source>
        <translation>&amp;Silenciar avisos durante 24 horas</translation>
    </message>
    <message>
        <source>No notices for the selected domains until tomorrow at this time.</source>
        <translation>Sin avisos de los dominios seleccionados hasta mañana a esta hora.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Watch List</source>
        <translation>&amp;Quitar de la lista de vigilancia</translation>
    </message>
    <message numerus="yes">
        <source>Added %n domain(s) to the watch list.</source>
        <translation>
            <numerusform>Se añadió %n dominio a la lista de vigilancia.</numerusform>
            <numerusform>Se añadieron %n dominios a la lista de vigilancia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already watched.</source>
        <translation>
            <numerusform>%n ya estaba vigilado.</numerusform>
            <numerusform>%n ya estaban vigilados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, as no domain:</source>
        <translation>Sin añadir, porque no son dominios:</translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n domain(s); their history is kept.</source>
        <translation>
            <numerusform>Se dejó de vigilar %n dominio; su historial se conserva.</numerusform>
            <numerusform>Se dejaron de vigilar %n dominios; su historial se conserva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n domain(s) added.</source>
        <translation>
            <numerusform>%1 importado: se añadió %n dominio.</numerusform>
            <numerusform>%1 importado: se añadieron %n dominios.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lines are no domain and were left out:</source>
        <translation>Estas líneas no son dominios y se han omitido:</translation>
    </message>
    <message>
        <source>Import a Watch List</source>
        <translation>Importar una lista de vigilancia</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list);;All files (*)</source>
        <translation>Listas de dominios (*.txt *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the Watch List</source>
        <translation>Exportar la lista de vigilancia</translation>
    </message>
    <message>
        <source>Lists of domains (*.txt *.list)</source>
        <translation>Listas de dominios (*.txt *.list)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) watched</source>
        <translation>
            <numerusform>%n dominio vigilado</numerusform>
            <numerusform>%n dominios vigilados</numerusform>
        </translation>
    </message>
    <message>
        <source> · background checks are off</source>
        <translation> · las comprobaciones en segundo plano están desactivadas</translation>
    </message>
    <message>
        <source> · %1 checking, %2 waiting</source>
        <translation> · %1 comprobándose, %2 en espera</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>No se pudo guardar la lista de vigilancia: %1</translation>
    </message>
</context>
<context>
    <name>VerdictJudge</name>
    <message>
        <source>The MX records of %1 cannot be resolved (%2); senders cannot deliver mail.</source>
        <translation>Los registros MX de %1 no se pueden resolver (%2); los servidores remitentes no pueden entregar correo.</translation>
    </message>
    <message>
        <source>No MX host of %1 would receive mail from a sender following the standards.</source>
        <translation>Ningún host MX de %1 recibiría correo de un servidor remitente que siga los estándares.</translation>
    </message>
    <message>
        <source>Fix the DNS of the domain (delegation, DNSSEC signatures) so that its MX records resolve.</source>
        <translation>Corrija el DNS del dominio (delegación, firmas DNSSEC) para que sus registros MX se resuelvan.</translation>
    </message>
    <message>
        <source>Make at least one MX host reachable with STARTTLS and a valid certificate for its name.</source>
        <translation>Haga que al menos un host MX sea accesible con STARTTLS y un certificado válido para su nombre.</translation>
    </message>
    <message>
        <source>Senders enforcing the policy will not deliver to %1.</source>
        <translation>Los servidores remitentes que aplican la política no entregarán correo a %1.</translation>
    </message>
    <message>
        <source>Fix the failing MX hosts (see their findings) or cover them in the policy; switch to testing mode until they pass.</source>
        <translation>Corrija los hosts MX que fallan (consulte sus hallazgos) o cúbralos en la política; pase a modo testing hasta que superen la validación.</translation>
    </message>
    <message>
        <source>Mail to %1 is protected: an enforce policy and every MX host passes validation.</source>
        <translation>El correo dirigido a %1 está protegido: la política está en modo enforce y todos los hosts MX superan la validación.</translation>
    </message>
    <message>
        <source>Publish a TLS-RPT record to learn about failures.</source>
        <translation>Publique un registro TLS-RPT para enterarse de los fallos.</translation>
    </message>
    <message>
        <source>Testing mode: senders report TLS failures but still deliver without protection.</source>
        <translation>Modo testing: los servidores remitentes notifican los fallos TLS, pero siguen entregando sin protección.</translation>
    </message>
    <message>
        <source>Every MX passes: once TLS-RPT reports show no failures, switch the policy to enforce and raise max_age.</source>
        <translation>Todos los MX superan la validación: cuando los informes TLS-RPT no muestren fallos, pase la política a enforce y aumente max_age.</translation>
    </message>
    <message>
        <source>Fix the MX hosts that fail validation before switching to enforce.</source>
        <translation>Corrija los hosts MX que no superan la validación antes de pasar a enforce.</translation>
    </message>
    <message>
        <source>Mail to %1 is not protected against STARTTLS downgrade or forged certificates.</source>
        <translation>El correo dirigido a %1 no está protegido contra la degradación de STARTTLS ni contra certificados falsificados.</translation>
    </message>
    <message>
        <source>Publish an MTA-STS policy in testing mode (Tools → Policy wizard).</source>
        <translation>Publique una política MTA-STS en modo testing (Herramientas → Asistente de políticas).</translation>
    </message>
    <message>
        <source>Fix the policy so that senders can fetch and parse it (see the findings).</source>
        <translation>Corrija la política para que los servidores remitentes puedan descargarla y analizarla (consulte los hallazgos).</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled before it finished. What it observed is shown, but it is no verdict on the domain.</source>
        <translation>La comprobación de %1 se canceló antes de terminar. Se muestra lo que observó, pero no es un veredicto sobre el dominio.</translation>
    </message>
    <message>
        <source>Check the domain again to get a verdict.</source>
        <translation>Vuelva a comprobar el dominio para obtener un veredicto.</translation>
    </message>
    <message>
        <source>this machine has no IPv6 route</source>
        <translation>esta máquina no tiene ruta IPv6</translation>
    </message>
    <message>
        <source>outbound port 25 is blocked on this machine&apos;s network</source>
        <translation>el puerto 25 saliente está bloqueado en la red de esta máquina</translation>
    </message>
    <message>
        <source>only %1 of its %2 MX hosts were checked</source>
        <translation>solo se comprobaron %1 de sus %2 hosts MX</translation>
    </message>
    <message>
        <source>This machine cannot see what a sending server would see of %1 (%2), so there is no verdict on the domain.</source>
        <translation>Esta máquina no ve de %1 lo que vería un servidor remitente (%2), así que no hay veredicto sobre el dominio.</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1 failed: %2</source>
        <translation>el proxy SOCKS5 %1 falló: %2</translation>
    </message>
    <message>
        <source>Check again from a network that can reach the MX hosts on port 25 (and over IPv6 where they have IPv6 addresses), or through a SOCKS5 proxy on such a server (Settings, or --proxy; ssh -N -D 1080 a-server makes one).</source>
        <translation>Vuelva a comprobar desde una red que alcance los hosts MX en el puerto 25 (y por IPv6 donde tengan direcciones IPv6), o a través de un proxy SOCKS5 en un servidor así (Preferencias, o --proxy; ssh -N -D 1080 un-servidor crea uno).</translation>
    </message>
    <message>
        <source>its TLSA records cannot be validated here</source>
        <translation>sus registros TLSA no se pueden validar aquí</translation>
    </message>
    <message>
        <source>Senders that validate DANE will not deliver to %1.</source>
        <translation>Los servidores remitentes que validan DANE no entregarán a %1.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificates in use, and keep their DNSSEC valid (see the DANE findings).</source>
        <translation>Publique registros TLSA que coincidan con los certificados en uso y mantenga válido su DNSSEC (vea los hallazgos de DANE).</translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE and an enforce MTA-STS policy: every MX host passes both.</source>
        <translation>El correo a %1 está protegido por DANE y una política MTA-STS en modo enforce: todos los hosts MX superan ambas.</translation>
    </message>
    <message>
        <source>Mail to %1 is protected by DANE: every MX host&apos;s certificate matches its DNSSEC-signed TLSA records.</source>
        <translation>El correo a %1 está protegido por DANE: el certificado de cada host MX coincide con sus registros TLSA firmados con DNSSEC.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 fail DNSSEC validation.</source>
        <translation>Los registros TLSA de %1 no superan la validación DNSSEC.</translation>
    </message>
    <message>
        <source>No TLSA record of %1 matches the certificate it presents.</source>
        <translation>Ningún registro TLSA de %1 coincide con el certificado que presenta.</translation>
    </message>
    <message>
        <source>%1 is not covered by the policy&apos;s mx lines.</source>
        <translation>%1 no está cubierto por ninguna línea mx de la política.</translation>
    </message>
    <message>
        <source>%1 does not complete an SMTP session (%2).</source>
        <translation>%1 no completa una sesión SMTP (%2).</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 fails (%2).</source>
        <translation>El handshake TLS con %1 falla (%2).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS.</source>
        <translation>%1 no ofrece STARTTLS.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2, not %1.</source>
        <translation>El certificado de %1 es para %2, no para %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>El certificado de %1 caducó el %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not verify (%2).</source>
        <translation>El certificado de %1 no se verifica (%2).</translation>
    </message>
    <message>
        <source>Looking up %1 and connecting to its policy host and every MX host as a sender would…</source>
        <translation>Consultando %1 y conectando con su host de política y con cada host MX como lo haría un servidor remitente…</translation>
    </message>
</context>
<context>
    <name>ViewCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>WatchChangeDetector</name>
    <message>
        <source>the check could not run: %1</source>
        <translation>no se pudo ejecutar la comprobación: %1</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>se canceló la comprobación</translation>
    </message>
    <message>
        <source>the check did not finish</source>
        <translation>la comprobación no terminó</translation>
    </message>
    <message>
        <source>the check is inconclusive from this machine&apos;s network</source>
        <translation>la comprobación no es concluyente desde la red de este equipo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows whether mail to a domain is protected in transit (MTA-STS, TLS-RPT, STARTTLS, DANE).</source>
        <translation>Muestra si el correo dirigido a un dominio está protegido en tránsito (MTA-STS, TLS-RPT, STARTTLS, DANE).</translation>
    </message>
    <message>
        <source>DNS resolver to use instead of the system&apos;s.</source>
        <translation>Resolutor DNS que se usará en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Certificados de CA adicionales de confianza (PEM).</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file instead of the root&apos;s.</source>
        <translation>Archivo de anclas de confianza DNSSEC en lugar del de la raíz.</translation>
    </message>
    <message>
        <source>Domains to check at start, and TLS-RPT report files or folders to import.</source>
        <translation>Dominios que comprobar al inicio y archivos o carpetas de informes TLS-RPT que importar.</translation>
    </message>
    <message>
        <source>Also connect to MX and policy hosts on loopback and private addresses (test networks).</source>
        <translation>Conectar también con hosts MX y de política en direcciones de bucle local y privadas (redes de prueba).</translation>
    </message>
    <message>
        <source>Probe through this SOCKS5 proxy; DNS stays local.</source>
        <translation>Comprobar a través de este proxy SOCKS5; el DNS sigue siendo local.</translation>
    </message>
</context>
</TS>
