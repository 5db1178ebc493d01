// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonstreamwriter.h"

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

QString qtText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

class TestJsonStreamWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeValues();
    void piecesInKeyOrder();
    void spliced();
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

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
