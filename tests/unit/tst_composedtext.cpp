// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Short texts a check composes in English, shown in the language loaded.
#include "common/composedtext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Sts;

namespace {

constexpr const char *Context = "Test";
constexpr const char *Timeout = "no answer within %1 s";
constexpr const char *Swapped = "%1 of %2";
constexpr const char *Plain = "cancelled";

//! German for the three patterns above, as a .qm file would give it.
class GermanForTheTest final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, Context) != 0)
            return {};
        if (qstrcmp(source, Timeout) == 0)
            return QStringLiteral("keine Antwort innerhalb von %1 s");
        if (qstrcmp(source, Swapped) == 0)
            return QStringLiteral("von %2: %1");
        if (qstrcmp(source, Plain) == 0)
            return QStringLiteral("abgebrochen");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestComposedText final : public QObject
{
    Q_OBJECT

private:
    GermanForTheTest m_german;

private Q_SLOTS:
    void initTestCase() { QVERIFY(QCoreApplication::installTranslator(&m_german)); }

    void shown_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a value") << u"no answer within 2.5 s"_qs << u"keine Antwort innerhalb von 2.5 s"_qs;
        QTest::newRow("values in another order") << u"3 of 7"_qs << u"von 7: 3"_qs;
        QTest::newRow("no value") << u"cancelled"_qs << u"abgebrochen"_qs;
        QTest::newRow("a value with markup stays text")
            << u"no answer within <b>1</b> s"_qs << u"keine Antwort innerhalb von <b>1</b> s"_qs;
        QTest::newRow("a value that looks like a placeholder is not expanded") << u"%2 of x"_qs << u"von x: %2"_qs;
        QTest::newRow("words of a library stay") << u"connection refused"_qs << u"connection refused"_qs;
        QTest::newRow("more than the pattern") << u"cancelled by the user"_qs << u"cancelled by the user"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void shown()
    {
        QFETCH(QString, english);
        QFETCH(QString, expected);
        QCOMPARE(ComposedText::shown(Context, english, {Timeout, Swapped, Plain}), expected);
    }
};

QTEST_GUILESS_MAIN(TestComposedText)
#include "tst_composedtext.moc"
