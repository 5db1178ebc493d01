// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonstreamwriter.h"
#include "cli/jsontext.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using Sts::Cli::JsonStreamWriter;

namespace {

//! Values of every kind, escapes and non-ASCII text among them.
QJsonObject sampleObject(int variant)
{
    QJsonObject inner{{u"empty_list"_qs, QJsonArray()},
                      {u"empty_object"_qs, QJsonObject()},
                      {u"text"_qs, u"quote \" backslash \\ tab \t line\nbreak \u00e9 \u2028 \U0001F600"_qs},
                      {u"null"_qs, QJsonValue()},
                      {u"yes"_qs, true},
                      {u"number"_qs, 0.1 * variant},
                      {u"large"_qs, std::numeric_limits<qint64>::max()},
                      {u"negative"_qs, -42}};
    QJsonArray list{1, u"two"_qs, inner, QJsonArray{QJsonArray{}, QJsonObject{{u"a"_qs, variant}}}};
    return {{u"b_list"_qs, list}, {u"a_object"_qs, inner}, {u"c"_qs, variant}, {u"z"_qs, u"last"_qs}};
}

//! The whole document as the CLI prints it: Qt's text with the unsafe characters escaped.
QString qtText(const QJsonObject &object)
{
    return QString::fromUtf8(Sts::Cli::JsonText::indented(object));
}

} // namespace

class TestJsonStreamWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeValues();
    void piecesInKeyOrder();
    void spliced();
    void terminalSafe_data();
    void terminalSafe();
};

// A value written whole comes out as QJsonDocument writes it, at any depth.
void TestJsonStreamWriter::wholeValues()
{
    for (const QJsonObject &object : {QJsonObject(), sampleObject(1), QJsonObject{{u"x"_qs, sampleObject(2)}}}) {
        QByteArray bytes;
        JsonStreamWriter writer([&bytes](const QByteArray &piece) { bytes += piece; });
        writer.value(object);
        QCOMPARE(QString::fromUtf8(bytes), qtText(object));
    }
}

// Members given later by producers land at their key's place; arrays written element by
// element and objects member by member give the same bytes as the whole document.
void TestJsonStreamWriter::piecesInKeyOrder()
{
    QJsonObject expected = sampleObject(3);
    QJsonArray reports;
    for (int i = 0; i < 3; ++i)
        reports.append(sampleObject(i));
    expected.insert(u"reports"_qs, reports);
    expected.insert(u"0_first"_qs, QJsonArray());
    expected.insert(u"zz_after_all"_qs, QJsonObject());

    QByteArray bytes;
    JsonStreamWriter writer([&bytes](const QByteArray &piece) { bytes += piece; });
    const auto writeReports = [](JsonStreamWriter &list) {
        list.beginArray();
        for (int i = 0; i < 3; ++i) {
            QJsonObject members = sampleObject(i);
            const QJsonArray elements = members.take(u"b_list"_qs).toArray();
            list.writeObject(members, {{u"b_list"_qs, [&elements](JsonStreamWriter &inner) {
                                            inner.beginArray();
                                            for (const QJsonValue &element : elements)
                                                inner.value(element);
                                            inner.endArray();
                                        }}});
        }
        list.endArray();
    };
    writer.writeObject(sampleObject(3), {{u"reports"_qs, writeReports},
                                         {u"zz_after_all"_qs,
                                          [](JsonStreamWriter &inner) {
                                              inner.beginObject();
                                              inner.endObject();
                                          }},
                                         {u"0_first"_qs, [](JsonStreamWriter &inner) {
                                              inner.beginArray();
                                              inner.endArray();
                                          }}});
    QCOMPARE(QString::fromUtf8(bytes), qtText(expected));
}

// A value written aside at the level it will have (the CLI's reports, in a temporary file) and
// copied in, in pieces that cut characters in two, is the same document.
void TestJsonStreamWriter::spliced()
{
    QBuffer aside;
    aside.open(QIODevice::ReadWrite);
    JsonStreamWriter elements([&aside](const QByteArray &piece) { aside.write(piece); }, 1);
    elements.beginArray();
    for (int i = 0; i < 2000; ++i)
        elements.value(sampleObject(i));
    elements.endArray();
    aside.seek(0);

    QJsonArray all;
    for (int i = 0; i < 2000; ++i)
        all.append(sampleObject(i));
    const QJsonObject expected{{u"all"_qs, all}, {u"other"_qs, 1}};

    QByteArray bytes;
    JsonStreamWriter writer([&bytes](const QByteArray &piece) { bytes += piece; });
    writer.writeObject({{u"other"_qs, 1}}, {{u"all"_qs, [&aside](JsonStreamWriter &inner) { inner.rawValue(aside); }}});
    QVERIFY(bytes.size() > (1 << 20)); // copied in more than one piece
    QCOMPARE(QString::fromUtf8(bytes), qtText(expected));
}

void TestJsonStreamWriter::terminalSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("DEL") << u"a\u007fb"_qs << QByteArray(R"("a\u007fb")");
    QTest::newRow("C1 CSI") << u"\u009b2J"_qs << QByteArray(R"("\u009b2J")");
    QTest::newRow("C1 first and last") << u"\u0080\u009f"_qs << QByteArray(R"("\u0080\u009f")");
    QTest::newRow("bidi embedding") << u"\u202aa\u202cb"_qs << QByteArray(R"("\u202aa\u202cb")");
    QTest::newRow("bidi override") << u"moc.\u202elive"_qs << QByteArray(R"("moc.\u202elive")");
    QTest::newRow("bidi isolates") << u"\u2066x\u2069\u2067\u2068"_qs << QByteArray(R"("\u2066x\u2069\u2067\u2068")");
    QTest::newRow("line separator") << u"a\u2028b"_qs << QByteArray(R"("a\u2028b")");
    QTest::newRow("paragraph separator") << u"a\u2029b"_qs << QByteArray(R"("a\u2029b")");
    QTest::newRow("tag character") << u"x\U000E0041"_qs << QByteArray(R"("x\udb40\udc41")");
    QTest::newRow("ESC as Qt writes it") << u"\u001b]0;title\u0007"_qs << QByteArray(R"("\u001b]0;title\u0007")");
    QTest::newRow("backslash before DEL") << u"\\\u007f"_qs << QByteArray(R"("\\\u007f")");
    QTest::newRow("letters and emoji raw")
        << u"b\u00fccher \U0001F600 \u0645\u200c"_qs << u"\"b\u00fccher \U0001F600 \u0645\u200c\""_qs.toUtf8();
    QTest::newRow("ASCII") << u"mx1.example.com"_qs << QByteArray(R"("mx1.example.com")");
}

// What a terminal would obey or a viewer reorder is escaped wherever it is: a value, a key,
// a value written whole or piece by piece; a parser reads the same text back.
void TestJsonStreamWriter::terminalSafe()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);

    QByteArray bytes;
    JsonStreamWriter writer([&bytes](const QByteArray &piece) { bytes += piece; });
    writer.beginArray();
    writer.value(text);
    writer.endArray();
    QCOMPARE(bytes, QByteArray("[\n    " + written + "\n]\n"));

    const QJsonObject document{{text, QJsonArray{text}}};
    const QByteArray whole = Sts::Cli::JsonText::indented(document);
    QVERIFY(whole.contains(QByteArray(written + ": [")));
    QCOMPARE(whole.count(written), 2);
    QByteArray streamed;
    JsonStreamWriter pieces([&streamed](const QByteArray &piece) { streamed += piece; });
    pieces.writeObject({}, {{text, [&text](JsonStreamWriter &inner) {
                                 inner.beginArray();
                                 inner.value(text);
                                 inner.endArray();
                             }}});
    QCOMPARE(streamed, whole);

    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(whole, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), document);
}

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
