// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy.h"

#include "common/abnf.h"
#include "mtastscatalog.h"
#include "mxpattern.h"

#include <QByteArrayView>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace Sts::MtaSts {

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Enforce:
        return QStringLiteral("enforce");
    case Mode::Testing:
        return QStringLiteral("testing");
    case Mode::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Mode> modeFromName(const QString &name)
{
    for (Mode mode : {Mode::Enforce, Mode::Testing, Mode::None}) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

namespace {

constexpr std::array<QByteArrayView, 4> KnownKeys{"version", "mode", "max_age", "mx"};
constexpr qint64 OneDay = 86400;

QString shown(QByteArrayView text)
{
    constexpr qsizetype Limit = 120;
    QString result = QString::fromUtf8(text.first(std::min(text.size(), Limit)));
    for (QChar &c : result) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xfffd);
    }
    return text.size() > Limit ? result + QStringLiteral("…") : result;
}

//! sts-policy-ext-value = sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar], where
//! sts-policy-vchar is VCHAR or a UTF-8 sequence (RFC 3629): only SP separates, never TAB. The caller
//! has trimmed WSP and rejected other control bytes, and reports bytes that are not UTF-8 for the
//! whole line.
bool isPolicyExtensionValue(QByteArrayView value)
{
    return !value.isEmpty() && !value.contains('\t');
}

//! The A-label form of an mx value (QUrl::toAce), keeping a leading "*.".
QString aLabelForm(const QString &value)
{
    const QString name = value.trimmed();
    const bool wildcard = name.startsWith(u"*.");
    return (wildcard ? QStringLiteral("*.") : QString()) + MxPattern::normalizeHost(wildcard ? name.sliced(2) : name);
}

struct Line
{
    int number;
    QByteArrayView text; //!< without its terminator
};

class PolicyReader
{
public:
    PolicyReader(QByteArrayView body, const QString &subject, Policy &policy)
        : m_body(body)
        , m_subject(subject)
        , m_policy(policy)
    {}

    void read()
    {
        if (m_body.isEmpty()) {
            add(Catalog::PolicyEmpty, 0);
            return;
        }
        if (m_body.size() > MaxPolicyBodySize)
            add(Catalog::PolicyTooLarge, 0, {QString::number(m_body.size())});
        if (m_body.startsWith("\xEF\xBB\xBF")) {
            add(Catalog::PolicyByteOrderMark, 1);
            m_body = m_body.sliced(3); // read on, so that the report shows everything else
        }
        for (const Line &line : splitLines())
            readLine(line);
        checkCompleteness();
    }

private:
    Finding &add(const FindingDefinition &definition, int line, const QStringList &arguments = {})
    {
        Finding finding = makeFinding(definition, m_subject, arguments);
        finding.line = line;
        m_policy.findings.append(std::move(finding));
        return m_policy.findings.last();
    }

    QList<Line> splitLines()
    {
        QList<Line> lines;
        const bool crOnly = !m_body.contains('\n') && m_body.contains('\r');
        if (crOnly)
            add(Catalog::PolicyCrLineEndings, 1);
        const char separator = crOnly ? '\r' : '\n';
        int crlf = 0;
        int lf = 0;
        qsizetype start = 0;
        int number = 1;
        while (start < m_body.size()) {
            qsizetype end = m_body.indexOf(separator, start);
            const bool terminated = end >= 0;
            if (!terminated)
                end = m_body.size();
            QByteArrayView text = m_body.sliced(start, end - start);
            if (terminated && !crOnly) {
                if (text.endsWith('\r')) {
                    text.chop(1);
                    ++crlf;
                } else {
                    ++lf;
                }
            }
            lines.append({number++, text});
            start = end + 1;
        }
        if (crlf > 0 && lf > 0)
            add(Catalog::PolicyMixedLineEndings, 0);
        return lines;
    }

    void readLine(const Line &line)
    {
        QByteArrayView text = line.text;
        if (Abnf::trimWsp(text).isEmpty()) {
            add(Catalog::PolicyEmptyLine, line.number);
            return;
        }
        const auto control = std::find_if(text.begin(), text.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return (byte < 0x20 && c != '\t') || byte == 0x7f;
        });
        if (control != text.end()) {
            add(Catalog::PolicyControlCharacter, line.number,
                {QStringLiteral("0x%1").arg(static_cast<unsigned char>(*control), 2, 16, QLatin1Char('0'))});
            return;
        }
        // Non-ASCII UTF-8 is judged where it stands: allowed in extension values, an invalid
        // value for the known keys, a U-label in mx. Bytes that are not UTF-8 are allowed nowhere.
        if (!text.isValidUtf8())
            add(Catalog::PolicyInvalidUtf8, line.number);
        if (Abnf::isWsp(text.front())) {
            add(Catalog::PolicyLeadingWhitespace, line.number);
            text = Abnf::trimWsp(text);
        }
        const qsizetype colon = text.indexOf(':');
        const QByteArrayView rawKey = colon < 0 ? QByteArrayView() : text.first(colon);
        const QByteArrayView key = Abnf::trimWsp(rawKey);
        if (colon <= 0 || key.isEmpty() || std::any_of(key.begin(), key.end(), Abnf::isWsp)) {
            add(Catalog::PolicyLineMalformed, line.number, {shown(text)});
            return;
        }
        if (key.size() != rawKey.size())
            add(Catalog::PolicySpaceBeforeColon, line.number, {shown(key)});
        const QByteArrayView value = Abnf::trimWsp(text.sliced(colon + 1));
        readField(line.number, key, value);
    }

    void readField(int line, QByteArrayView key, QByteArrayView value)
    {
        const bool known = std::find(KnownKeys.begin(), KnownKeys.end(), key) != KnownKeys.end();
        if (!known) {
            readExtension(line, key, value);
            return;
        }
        const QString keyText = QString::fromLatin1(key);
        if (key != "mx") {
            if (const auto first = m_firstValues.constFind(keyText); first != m_firstValues.cend()) {
                add(Catalog::PolicyDuplicateKey, line, {keyText, first.value(), shown(value)});
                return; // RFC 8461 §3.2: all entries except the first SHOULD be ignored
            }
            m_firstValues.insert(keyText, shown(value));
        }
        if (key == "version")
            readVersion(line, value);
        else if (key == "mode")
            readMode(line, value);
        else if (key == "max_age")
            readMaxAge(line, value);
        else
            readMx(line, value);
        if (m_keyOrder.isEmpty() && key != "version")
            add(Catalog::PolicyVersionNotFirst, line);
        m_keyOrder.append(keyText);
    }

    void readExtension(int line, QByteArrayView key, QByteArrayView value)
    {
        const QByteArray lowered = key.toByteArray().toLower();
        const auto known = std::find(KnownKeys.begin(), KnownKeys.end(), QByteArrayView(lowered));
        if (known != KnownKeys.end()) {
            add(Catalog::PolicyKeyCase, line, {shown(key), QString::fromLatin1(*known)});
            return;
        }
        if (!Abnf::isExtensionName(key) || !isPolicyExtensionValue(value))
            add(Catalog::PolicyExtensionInvalid, line, {shown(key)});
        else
            add(Catalog::PolicyUnknownKey, line, {shown(key)});
        m_policy.extensions.append({shown(key), shown(value)});
    }

    void readVersion(int line, QByteArrayView value)
    {
        m_policy.version = shown(value);
        if (value != "STSv1")
            add(Catalog::PolicyVersionInvalid, line, {shown(value)});
    }

    void readMode(int line, QByteArrayView value)
    {
        m_policy.mode = modeFromName(QString::fromLatin1(value));
        if (!m_policy.mode)
            add(Catalog::PolicyModeInvalid, line, {shown(value)});
        m_modeLine = line;
    }

    void readMaxAge(int line, QByteArrayView value)
    {
        // sts-policy-max-age-value = 1*10(DIGIT)
        if (value.isEmpty() || value.size() > 10 || !std::all_of(value.begin(), value.end(), Abnf::isDigit)) {
            add(Catalog::PolicyMaxAgeInvalid, line, {shown(value)});
            return;
        }
        const qint64 maxAge = value.toLongLong();
        m_policy.maxAge = maxAge;
        if (maxAge > MaxPolicyAge)
            add(Catalog::PolicyMaxAgeTooLarge, line, {QString::number(maxAge)});
        else if (maxAge < OneDay)
            add(Catalog::PolicyMaxAgeShort, line, {QString::number(maxAge)});
    }

    void readMx(int line, QByteArrayView value)
    {
        if (value.isEmpty()) {
            add(Catalog::PolicyMxEmptyValue, line);
            return;
        }
        const QString text = QString::fromUtf8(value);
        m_policy.mx.append(text);
        const MxPattern pattern(text);
        for (Finding finding : pattern.findings()) {
            if (finding.code == QLatin1StringView(Catalog::MxPatternUnicode.code)) {
                // RFC 8461 §3.2: the "mx" value MUST specify the A-label, not the U-label. A pattern
                // typed into the wizard may be converted; one published in a policy is invalid.
                add(Catalog::PolicyMxULabel, line, {shown(value), aLabelForm(text)});
                continue;
            }
            finding.subject = m_subject;
            finding.line = line;
            m_policy.findings.append(finding);
        }
    }

    void checkCompleteness()
    {
        for (const QByteArrayView key : {"version", "mode", "max_age"}) {
            if (!m_firstValues.contains(QString::fromLatin1(key)))
                add(Catalog::PolicyMissingKey, 0, {QString::fromLatin1(key)});
        }
        if (m_policy.mx.isEmpty() && !m_keyOrder.contains(QStringLiteral("mx"))) {
            if (m_policy.mode == Mode::None)
                add(Catalog::PolicyMxMissingModeNone, m_modeLine);
            else
                add(Catalog::PolicyMxMissing, 0, {m_policy.mode ? modeName(*m_policy.mode) : QStringLiteral("?")});
        }
    }

    QByteArrayView m_body;
    const QString &m_subject;
    Policy &m_policy;
    QHash<QString, QString> m_firstValues; //!< non-repeatable keys: the value that counts
    QStringList m_keyOrder;
    int m_modeLine = 0;
};

} // namespace

Policy Policy::parse(const QByteArray &body, const QString &subject)
{
    Policy policy;
    PolicyReader(body, subject, policy).read();
    policy.valid = !hasErrors(policy.findings);
    if (!policy.valid)
        return policy;
    if (policy.mode == Mode::Testing)
        policy.findings.append(makeFinding(Catalog::PolicyModeTesting, subject));
    else if (policy.mode == Mode::None)
        policy.findings.append(makeFinding(Catalog::PolicyModeNone, subject));
    policy.findings.append(
        makeFinding(Catalog::PolicyValid, subject,
                    {modeName(*policy.mode), QString::number(*policy.maxAge), QString::number(policy.mx.size())}));
    return policy;
}

} // namespace Sts::MtaSts
