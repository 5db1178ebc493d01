// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamwriter.h"

#include "jsontext.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace Sts::Cli {

namespace {

//! A string, number, boolean or null as Qt's writer spells it (the same indented or compact),
//! terminal-safe.
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return JsonText::terminalSafe(wrapped.sliced(1, wrapped.size() - 2)); // without the brackets
}

} // namespace

JsonStreamWriter::JsonStreamWriter(Sink sink, int level)
    : m_sink(std::move(sink))
    , m_level(level)
{}

QByteArray JsonStreamWriter::indent(int level) const
{
    return QByteArray(4 * qsizetype(level), ' ');
}

void JsonStreamWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_open.isEmpty())
        return;
    Open &array = m_open.last();
    Q_ASSERT(array.close == ']');
    m_sink((array.count > 0 ? QByteArrayLiteral(",\n") : QByteArray()) + indent(level()));
    ++array.count;
}

void JsonStreamWriter::begin(char open, char close)
{
    beginValue();
    m_sink(QByteArray(1, open) + '\n');
    m_open.append(Open{close});
}

void JsonStreamWriter::beginObject()
{
    begin('{', '}');
}

void JsonStreamWriter::beginArray()
{
    begin('[', ']');
}

void JsonStreamWriter::endObject()
{
    endArray(); // the same bytes; the bracket is the one that was opened
}

void JsonStreamWriter::endArray()
{
    Q_ASSERT(!m_open.isEmpty() && !m_afterKey);
    const Open closed = m_open.takeLast();
    QByteArray bytes = closed.count > 0 ? QByteArrayLiteral("\n") : QByteArray();
    bytes += indent(level()) + closed.close;
    if (m_open.isEmpty() && m_level == 0)
        bytes += '\n'; // QJsonDocument ends a document with a line break
    m_sink(bytes);
}

void JsonStreamWriter::key(const QString &name)
{
    Q_ASSERT(!m_open.isEmpty() && m_open.constLast().close == '}' && !m_afterKey);
    Open &object = m_open.last();
    m_sink((object.count > 0 ? QByteArrayLiteral(",\n") : QByteArray()) + indent(level()) + scalarText(name) +
           QByteArrayLiteral(": "));
    ++object.count;
    m_afterKey = true;
}

void JsonStreamWriter::value(const QJsonValue &value)
{
    beginValue();
    if (!value.isObject() && !value.isArray()) {
        m_sink(scalarText(value));
        return;
    }
    // Qt's text of the value alone, moved to this level: every line but the first indented.
    QByteArray text = value.isObject() ? JsonText::indented(value.toObject()) : JsonText::indented(value.toArray());
    if (!m_open.isEmpty() || m_level > 0)
        text.chop(1); // the document's final line break: only a document of its own has it
    if (level() > 0)
        text.replace('\n', QByteArray('\n' + indent(level())));
    m_sink(text);
}

void JsonStreamWriter::rawValue(const QByteArray &bytes)
{
    beginValue();
    m_sink(bytes);
}

void JsonStreamWriter::rawValue(QIODevice &device)
{
    beginValue();
    constexpr qint64 Chunk = qint64(1) << 20;
    while (!device.atEnd()) {
        const QByteArray bytes = device.read(Chunk);
        if (bytes.isEmpty())
            break; // a read error: what was written so far is all there is
        m_sink(bytes);
    }
}

void JsonStreamWriter::writeObject(const QJsonObject &members, const QList<std::pair<QString, Producer>> &later)
{
    QList<std::pair<QString, Producer>> producers = later;
    std::sort(producers.begin(), producers.end(),
              [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    beginObject();
    auto next = producers.cbegin();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        for (; next != producers.cend() && next->first.compare(it.key()) < 0; ++next) {
            key(next->first);
            next->second(*this);
        }
        key(it.key());
        value(it.value());
    }
    for (; next != producers.cend(); ++next) {
        key(next->first);
        next->second(*this);
    }
    endObject();
}

} // namespace Sts::Cli
