// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files a person imports or exports: read within a bound, written all or nothing, failures as
// findings that name the file.
#include "common/fileio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;

class TestFileIo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void writtenThenRead()
    {
        const QString path = m_dir.filePath(u"list.txt"_qs);
        QVERIFY(FileIo::writeAll(path, "example.com\n"));
        const Result<QByteArray> read = FileIo::readAll(path, 12);
        QVERIFY(read);
        QCOMPARE(read.value(), QByteArray("example.com\n"));
    }

    void largerThanTheBoundIsNotRead()
    {
        const QString path = m_dir.filePath(u"large.txt"_qs);
        QVERIFY(FileIo::writeAll(path, QByteArray(13, 'x')));
        const Result<QByteArray> read = FileIo::readAll(path, 12);
        QVERIFY(!read);
        QCOMPARE(read.error().code, u"file.too-large"_qs);
        QCOMPARE(read.error().arguments, (QStringList{path, u"12"_qs}));
    }

    void missingFileNamesTheFile()
    {
        const QString path = m_dir.filePath(u"missing.txt"_qs);
        const Result<QByteArray> read = FileIo::readAll(path, 100);
        QVERIFY(!read);
        QCOMPARE(read.error().code, u"file.read-failed"_qs);
        QCOMPARE(read.error().subject, path);
        QVERIFY(read.error().message.startsWith(u"Could not read "_qs + path + u": "_qs));
    }

    void failedWriteNamesTheFile()
    {
        const QString path = m_dir.filePath(u"no/such/folder/x.txt"_qs);
        const Result<void> refused = FileIo::writeAll(path, "new");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"file.write-failed"_qs);
        QCOMPARE(refused.error().arguments.constFirst(), path);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"
