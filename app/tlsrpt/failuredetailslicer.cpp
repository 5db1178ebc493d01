// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailslicer.h"

#include <utility>

namespace Sts::TlsRpt {

namespace {

//! A forward walk over JSON text that only finds the boundaries of values. Anything it does not
//! expect fails the walk (the caller then parses the text whole), so it needs no error messages.
class Walker
{
public:
    explicit Walker(QByteArrayView text)
        : m_text(text)
    {}

    bool report(FailureDetailSlicer::Slices &slices, QList<std::pair<qsizetype, qsizetype>> &cuts)
    {
        return members([&](QByteArrayView key, bool &seen) {
            if (key != "policies")
                return skipValue();
            if (std::exchange(seen, true))
                return false; // twice: Qt keeps one of them, leave that to Qt
            if (peek() != '[')
                return skipValue();
            qsizetype index = 0;
            return elements([&] {
                const qsizetype policy = index++;
                if (peek() != '{')
                    return skipValue();
                return members([&](QByteArrayView policyKey, bool &seenDetails) {
                    if (policyKey != "failure-details")
                        return skipValue();
                    if (std::exchange(seenDetails, true))
                        return false; // twice: leave it to Qt
                    if (peek() != '[')
                        return skipValue();
                    return details(slices.details[policy], cuts);
                });
            });
        });
    }

    bool atEnd()
    {
        whitespace();
        return m_at == m_text.size();
    }

private:
    char peek()
    {
        whitespace();
        return m_at < m_text.size() ? m_text[m_at] : '\0';
    }

    void whitespace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }

    bool string(QByteArrayView *content)
    {
        if (peek() != '"')
            return false;
        const qsizetype start = ++m_at;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '\\') {
                m_at += 2;
                continue;
            }
            ++m_at;
            if (c == '"') {
                *content = m_text.sliced(start, m_at - 1 - start);
                return true;
            }
        }
        return false;
    }

    bool skipValue()
    {
        const char first = peek();
        if (first == '"') {
            QByteArrayView ignored;
            return string(&ignored);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            while (m_at < m_text.size()) {
                const char c = m_text[m_at];
                if (c == '"') {
                    QByteArrayView ignored;
                    if (!string(&ignored))
                        return false;
                    continue;
                }
                ++m_at;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                break;
            ++m_at;
        }
        return m_at > start;
    }

    //! An object or array from \a open to \a close: \a item() reads each member or element.
    template <typename Item>
    bool container(char open, char close, Item item)
    {
        if (peek() != open)
            return false;
        ++m_at;
        if (peek() == close) {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!item())
                return false;
            const char next = peek();
            ++m_at;
            if (next == close)
                return true;
            if (next != ',')
                return false;
        }
    }

    //! An object: \a member(key, seen) reads each member's value; \a seen is per object.
    template <typename Member>
    bool members(Member member)
    {
        bool seen = false;
        return container('{', '}', [&] {
            QByteArrayView key;
            if (!string(&key) || key.contains('\\') || peek() != ':')
                return false;
            ++m_at;
            return member(key, seen);
        });
    }

    //! An array: \a element() reads each element.
    template <typename Element>
    bool elements(Element element)
    {
        return container('[', ']', element);
    }

    //! A failure-details array: each element's text, and the array's content to cut out.
    bool details(QList<QByteArrayView> &texts, QList<std::pair<qsizetype, qsizetype>> &cuts)
    {
        const qsizetype open = m_at; // at '['
        const bool read = elements([&] {
            whitespace();
            const qsizetype start = m_at;
            if (!skipValue())
                return false;
            texts.append(m_text.sliced(start, m_at - start));
            return true;
        });
        if (read)
            cuts.append({open + 1, m_at - 1}); // between the brackets
        return read;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

} // namespace

std::optional<FailureDetailSlicer::Slices> FailureDetailSlicer::slice(QByteArrayView json)
{
    Slices slices;
    QList<std::pair<qsizetype, qsizetype>> cuts;
    Walker walker(json);
    if (!walker.report(slices, cuts) || !walker.atEnd())
        return std::nullopt;
    qsizetype kept = json.size();
    for (const auto &[from, to] : cuts)
        kept -= to - from;
    slices.skeleton.reserve(kept);
    qsizetype at = 0;
    for (const auto &[from, to] : cuts) {
        slices.skeleton.append(json.sliced(at, from - at));
        at = to;
    }
    slices.skeleton.append(json.sliced(at));
    return slices;
}

} // namespace Sts::TlsRpt
