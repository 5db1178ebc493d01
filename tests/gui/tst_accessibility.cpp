// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader reachability of the windows StsScope opens: every focusable control
// has an accessible name (its own, its text, or a label buddy's), no button is icon-only without
// a name, and every button can be reached by keyboard. Runs offline: nothing is checked live.
#include "aboutdialog.h"
#include "domaininspector.h"
#include "mainwindow.h"
#include "wizard/policywizard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Sts;

namespace {

//! Parts Qt builds inside its own controls (the edit of a combo box, a tab bar's scroll arrows,
//! a line edit's clear button); the control around them carries the name.
bool isQtInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QTabBar *>(parent) || qobject_cast<const QScrollBar *>(widget) ||
           (qobject_cast<const QLineEdit *>(parent) && qobject_cast<const QToolButton *>(widget));
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QObject *object = widget; object; object = object->parent())
        path.prepend(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                    : object->objectName());
    return path.join(u'/');
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

bool reachableByShortcut(const QAbstractButton *button)
{
    if (!button->shortcut().isEmpty() || button->text().contains(u'&'))
        return true;
    const auto *tool = qobject_cast<const QToolButton *>(button);
    return tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty();
}

//! The problems of every visible control under \a root, one line each.
QStringList audit(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        // A widget with a focus proxy (a tab widget's tab bar) hands focus on; the proxy is audited.
        if (!widget->isVisible() || !widget->isEnabled() || isQtInternal(widget) || widget->focusProxy())
            continue;
        const bool focusable = widget->focusPolicy() & Qt::TabFocus;
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            // A tab bar is named by its tabs.
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).isEmpty() && tabs->accessibleTabName(i).isEmpty())
                    problems.append(describe(widget) + QStringLiteral(": tab %1 has neither text nor name").arg(i));
            }
            continue;
        }
        const QString name = accessibleName(widget);
        if (focusable && name.isEmpty())
            problems.append(describe(widget) + QStringLiteral(": focusable, but no accessible name or label buddy"));
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (!button)
            continue;
        if (button->text().isEmpty() && !button->icon().isNull() && name.isEmpty())
            problems.append(describe(widget) + QStringLiteral(": icon-only button without text or accessible name"));
        if (!focusable && !reachableByShortcut(button))
            problems.append(describe(widget) + QStringLiteral(": button neither in the tab chain nor on a shortcut"));
    }
    return problems;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

    static void verifyAccessible(QWidget *root, const QString &what)
    {
        const QStringList problems = audit(root);
        QVERIFY2(problems.isEmpty(), qPrintable(what + QStringLiteral(":\n  ") + problems.join(u"\n  "_qs)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and history stay out of the user's
        QVERIFY(m_dataDir.isValid());
    }

    void mainWindow()
    {
        Ui::MainWindow window({}, m_dataDir.filePath(QStringLiteral("history.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyAccessible(&window, QStringLiteral("main window"));
    }

    //! Every tab of the inspector, filled with a result as a finished check leaves it.
    void inspectorTabs()
    {
        Ui::DomainInspector inspector;
        Check::CheckResult result;
        result.domain = QStringLiteral("example.com");
        result.complete = true;
        result.verdict = Check::Verdict::NotProtected;
        result.summary = QStringLiteral("No MTA-STS policy.");
        result.nextStep = QStringLiteral("Publish a policy in testing mode.");
        inspector.setResult(result);
        inspector.resize(1000, 700);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        for (int tab = 0; tab < inspector.tabs()->count(); ++tab) {
            inspector.tabs()->setCurrentIndex(tab);
            verifyAccessible(&inspector, QStringLiteral("inspector tab \"%1\"").arg(inspector.tabs()->tabText(tab)));
        }
    }

    void aboutDialog()
    {
        Ui::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            verifyAccessible(&dialog, QStringLiteral("About tab \"%1\"").arg(tabs->tabText(tab)));
        }
        // The licence is the real text, and the versions name every library the dialog promises.
        auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(licence);
        QVERIFY(licence->toPlainText().contains(u"GNU GENERAL PUBLIC LICENSE"));
        QVERIFY(licence->toPlainText().contains(u"Version 3"));
        const QString versions = dialog.versionsText();
        for (const char *component : {"StsScope", "Qt", "OpenSSL", "libunbound", "SQLite", "GMime", "libzip", "zlib"})
            QVERIFY2(versions.contains(QLatin1String(component) + u' '), component);
        QVERIFY(versions.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    }

    void policyWizardFirstPage()
    {
        Ui::PolicyWizard wizard({});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        verifyAccessible(&wizard, QStringLiteral("policy wizard, first page"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
