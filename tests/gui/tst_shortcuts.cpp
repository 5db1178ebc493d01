// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard mnemonics (Alt+letter) are unique in every state a window can be in, in English and
// in each shipped translation: the menu bar's titles, tab titles, buttons, label buddies and
// group boxes that are on screen at the same time, and the entries of each menu among
// themselves. Qt ignores the mnemonics of hidden widgets, so each state is walked as it shows:
// the main window with its start page, each inspector tab and each Reports tab; the Settings
// and About dialogs; every page of the policy wizard. The translations are the .qm files the
// build compiles into the program (plus Qt's own, as the application loads them). Offline.
#include "aboutdialog.h"
#include "domaininspector.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "reports/reportspage.h"
#include "settings/appsettings.h"
#include "settings/languageloader.h"
#include "settings/settingsdialog.h"
#include "wizard/policywizard.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Sts;

namespace {

//! Where a mnemonic comes from, for the failure message.
QString owner(const QString &text, const QObject *object)
{
    return QStringLiteral("\"%1\" (%2)").arg(text, QString::fromLatin1(object->metaObject()->className()));
}

//! The Alt+key that \a text claims, as Qt's widgets compute it; empty when it claims none.
QKeySequence mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}

//! Mnemonic → who claims it, within one scope (a window state or a menu).
class Scope
{
public:
    void add(const QString &text, const QObject *object)
    {
        const QKeySequence key = mnemonicOf(text);
        if (!key.isEmpty())
            m_claims[key.toString()].append(owner(text, object));
    }
    //! One line per mnemonic claimed more than once.
    QStringList clashes(const QString &where) const
    {
        QStringList lines;
        for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
            if (it.value().size() > 1)
                lines.append(QStringLiteral("%1: %2 is claimed by %3").arg(where, it.key(), it.value().join(u", ")));
        }
        return lines;
    }
    int count() const { return static_cast<int>(m_claims.size()); }

private:
    QMap<QString, QStringList> m_claims;
};

//! The entries of \a menu (and of its submenus, each its own scope).
QStringList menuClashes(const QMenu *menu, const QString &where)
{
    Scope scope;
    QStringList clashes;
    for (const QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        scope.add(action->text(), action);
        if (action->menu())
            clashes += menuClashes(action->menu(), where + QStringLiteral(" › ") + action->text());
    }
    return scope.clashes(where) + clashes;
}

//! Every clash in \a window as it shows now: the widgets on screen share one scope; each menu
//! (the menu bar's and the context menus built from a widget's actions) has its own.
QStringList clashesIn(QWidget *window, const QString &where)
{
    Scope scope;
    QStringList clashes;
    const auto onScreen = [window](const QWidget *widget) { return widget->isVisibleTo(window); };
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!onScreen(widget))
            continue;
        if (const auto *bar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *action : bar->actions()) {
                scope.add(action->text(), action);
                if (action->menu())
                    clashes += menuClashes(action->menu(), where + QStringLiteral(", menu ") + action->text());
            }
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                scope.add(tabs->tabText(i), tabs);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            scope.add(button->text(), button);
        } else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy()) {
            scope.add(label->text(), label);
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            scope.add(group->title(), group);
        }
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu && !widget->actions().isEmpty()) {
            QMenu menu;
            menu.addActions(widget->actions());
            clashes += menuClashes(&menu, where + QStringLiteral(", context menu of ") + widget->accessibleName());
        }
    }
    return scope.clashes(where) + clashes;
}

//! Every state of \a tabs' pages, walked in turn.
QStringList clashesPerTab(QWidget *window, QTabWidget *tabs, const QString &where)
{
    QStringList clashes;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        clashes += clashesIn(window, QStringLiteral("%1, tab \"%2\"").arg(where, tabs->tabText(tab)));
    }
    return clashes;
}

} // namespace

class TestShortcuts final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

    //! No connection leaves this machine: a resolver on a port where nothing listens.
    static Check::CheckOptions offlineOptions()
    {
        Check::CheckOptions options;
        options.resolver.forwarder = QStringLiteral("127.0.0.1@9");
        options.setTimeoutSeconds(1);
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataDir.isValid());
        Ui::AppSettings().save();
        Ui::AppSettings::saveSession({}); // no domains from an earlier run
    }

    void mnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        Ui::LanguageLoader loader; // its translators leave the application with it
        QVERIFY2(loader.install(QLocale(language)), qPrintable(language));
        if (language != u"en")
            QVERIFY2(Ui::MainWindow::tr("&File") != u"&File", "the translation was not loaded");
        QStringList clashes;

        {
            Ui::MainWindow window(offlineOptions(), m_dataDir.filePath(QStringLiteral("history.sqlite")),
                                  m_dataDir.filePath(QStringLiteral("reports.sqlite")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            clashes += clashesIn(&window, QStringLiteral("main window, start page"));
            // A domain opened (its check cancelled at once: only the tabs matter here).
            window.checkDomain(QStringLiteral("example.com"));
            window.cancelCurrent();
            Ui::DomainInspector *inspector = window.inspector(QStringLiteral("example.com"));
            QVERIFY(inspector);
            clashes += clashesPerTab(&window, inspector->tabs(), QStringLiteral("main window, inspector"));
            window.areas()->setCurrentWidget(window.reportsPage());
            clashes += clashesPerTab(&window, window.reportsPage()->tabs(), QStringLiteral("main window, Reports"));
            window.removeDomains({QStringLiteral("example.com")});
        }
        {
            Ui::SettingsDialog dialog(Ui::AppSettings::load());
            dialog.show();
            clashes += clashesIn(&dialog, QStringLiteral("Settings"));
        }
        {
            Ui::AboutDialog dialog;
            dialog.show();
            clashes += clashesPerTab(&dialog, dialog.findChild<QTabWidget *>(), QStringLiteral("About"));
        }
        {
            Ui::HelpWindow help;
            help.show();
            clashes += clashesIn(&help, QStringLiteral("Help"));
        }
        for (const int page :
             {Ui::PolicyWizard::DomainPageId, Ui::PolicyWizard::CoveragePageId, Ui::PolicyWizard::ModePageId,
              Ui::PolicyWizard::ReportingPageId, Ui::PolicyWizard::PreflightPageId, Ui::PolicyWizard::OutputPageId}) {
            Ui::PolicyWizard wizard(offlineOptions());
            wizard.setStartId(page);
            wizard.show();
            const QString where = QStringLiteral("policy wizard, page \"%1\"").arg(wizard.currentPage()->title());
            const QList<QTabWidget *> tabs = wizard.currentPage()->findChildren<QTabWidget *>();
            if (tabs.isEmpty())
                clashes += clashesIn(&wizard, where);
            for (QTabWidget *tabWidget : tabs)
                clashes += clashesPerTab(&wizard, tabWidget, where);
        }
        for (const QString &clash : std::as_const(clashes))
            qWarning().noquote() << clash; // all of them: the failure message below is cut short
        QVERIFY2(clashes.isEmpty(), qPrintable(language + QStringLiteral(":\n  ") + clashes.join(u"\n  "_qs)));
    }

    //! The walk finds a clash where there is one (so that a clean result means something).
    void findsAClash()
    {
        QWidget window;
        auto *one = new QPushButton(QStringLiteral("&Open"), &window);
        auto *two = new QPushButton(QStringLiteral("&Other"), &window);
        auto *hidden = new QPushButton(QStringLiteral("&Only when shown"), &window);
        hidden->hide();
        Q_UNUSED(one)
        Q_UNUSED(two)
        window.show();
        const QStringList clashes = clashesIn(&window, QStringLiteral("test"));
        QCOMPARE(clashes.size(), 1);
        QVERIFY(clashes.constFirst().contains(u"\"&Open\""));
        QVERIFY(!clashes.constFirst().contains(u"&Only"));
        two->setText(QStringLiteral("O&ther"));
        QVERIFY(clashesIn(&window, QStringLiteral("test")).isEmpty());
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
