// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QIODevice;
class QJsonValue;

namespace Sts::Cli {

//! Writes a JSON document piece by piece, as UTF-8, in exactly the bytes that
//! JsonText::indented() gives for the whole document, so that a
//! document too large to hold (every report of a mailbox) can be written as it is produced.
//! Object members must come in the order QJsonObject keeps them (sorted by key);
//! writeObject() merges members produced later into that order.
class JsonStreamWriter
{
public:
    //! Receives the document's bytes (rawValue() may cut a character between two calls).
    using Sink = std::function<void(const QByteArray &bytes)>;
    //! Writes the value of a member whose key was written.
    using Producer = std::function<void(JsonStreamWriter &)>;

    //! \a level: how deep the first value written is nested in a document written elsewhere
    //! (0 for a document of its own).
    explicit JsonStreamWriter(Sink sink, int level = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    //! The key of the next value, in an object.
    void key(const QString &name);
    //! A whole value (an element, or the value of the last key), containers included.
    void value(const QJsonValue &value);
    //! A value written before by a JsonStreamWriter at this writer's current level, as it is.
    void rawValue(const QByteArray &bytes);
    //! The same, read from \a device to its end, a chunk at a time.
    void rawValue(QIODevice &device);
    //! Elements written so far in the innermost open array, or members in the innermost object.
    int count() const { return m_open.isEmpty() ? 0 : m_open.constLast().count; }
    //! An object of \a members and of members written later by producers, each at its key's
    //! place in the order: an object with, say, one huge array written element by element.
    void writeObject(const QJsonObject &members, const QList<std::pair<QString, Producer>> &later);

private:
    struct Open
    {
        char close;
        int count = 0;
    };

    void beginValue(); //!< what an array element needs before it
    void begin(char open, char close);
    QByteArray indent(int level) const;
    int level() const { return m_level + int(m_open.size()); }

    Sink m_sink;
    int m_level;
    QList<Open> m_open;
    bool m_afterKey = false;
};

} // namespace Sts::Cli
