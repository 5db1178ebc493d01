// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog and what it stores: values round-trip through QSettings, broken stored
// values fall back to defaults, the dialog refuses what a check would fail on, and the main
// window uses accepted settings for the next check.
#include "check/checkoptions.h"
#include "mainwindow.h"
#include "settings/appearance.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "verdictbanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Sts;
using Ui::AppSettings;
using Ui::SettingsDialog;

class TestSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString existingFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("x\n") != 2)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static AppSettings sample(const QString &anchor, const QString &ca)
    {
        AppSettings settings;
        settings.resolver = QStringLiteral("127.53.0.1@53");
        settings.trustAnchorFile = anchor;
        settings.caFiles = {ca};
        settings.timeoutSeconds = 4.5;
        settings.expiryWarningDays = 30;
        settings.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        settings.allowPrivateAddresses = true;
        settings.language = QStringLiteral("en");
        settings.colorScheme = AppSettings::ColorScheme::Dark;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
    }

    void init() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        QCOMPARE(AppSettings::load(), AppSettings());
        Check::CheckOptions options;
        AppSettings().applyTo(options);
        QVERIFY(options.resolver.forwarder.isEmpty());
        QCOMPARE(options.trust.expiryWarningDays, 21);
        QCOMPARE(options.smtp.connectTimeoutMs, 10000);
    }

    void roundTrip()
    {
        const AppSettings saved = sample(existingFile(u"anchor.key"_qs), existingFile(u"ca.pem"_qs));
        saved.save();
        QCOMPARE(AppSettings::load(), saved);

        Check::CheckOptions options;
        saved.applyTo(options);
        QCOMPARE(options.resolver.forwarder, saved.resolver);
        QCOMPARE(options.resolver.trustAnchorFile, saved.trustAnchorFile);
        QCOMPARE(options.trust.caFiles, saved.caFiles);
        QCOMPARE(options.trust.expiryWarningDays, 30);
        QCOMPARE(options.resolver.timeoutMs, 4500);
        QCOMPARE(options.smtp.totalTimeoutMs, 6 * 4500);
        QCOMPARE(options.proxy, saved.proxy);
        QVERIFY(options.allowPrivateAddresses);
        QVERIFY(!options.environmentReferences.isEmpty()); // the app tests its network; tests set none
    }

    void brokenStoredValuesFallBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("timeout not a number") << u"check/timeoutSeconds"_qs << QVariant(u"soon"_qs);
        QTest::newRow("timeout zero") << u"check/timeoutSeconds"_qs << QVariant(0);
        QTest::newRow("timeout an hour") << u"check/timeoutSeconds"_qs << QVariant(3600);
        QTest::newRow("expiry negative") << u"check/expiryWarningDays"_qs << QVariant(-3);
        QTest::newRow("expiry not a number") << u"check/expiryWarningDays"_qs << QVariant(u"many"_qs);
        QTest::newRow("colour scheme unknown") << u"ui/colorScheme"_qs << QVariant(u"purple"_qs);
    }

    void brokenStoredValuesFallBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        QCOMPARE(AppSettings::load(), AppSettings());
    }

    void dialogShowsAndReturnsValues()
    {
        const AppSettings settings = sample(existingFile(u"anchor.key"_qs), existingFile(u"ca.pem"_qs));
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.settings(), settings);
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"resolver"_qs)->text(), settings.resolver);
        QCOMPARE(dialog.findChild<QSpinBox *>(u"expiryDays"_qs)->value(), 30);

        // Restore Defaults puts every field back.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings(), AppSettings());
    }

    void dialogRefusesBadValues_data()
    {
        QTest::addColumn<QString>("resolver");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("field");
        QTest::newRow("resolver is a name") << u"dns.example"_qs << QString() << QString() << u"DNS resolver"_qs;
        QTest::newRow("resolver port 0") << u"127.0.0.1@0"_qs << QString() << QString() << u"DNS resolver"_qs;
        QTest::newRow("resolver port text") << u"::1@dns"_qs << QString() << QString() << u"DNS resolver"_qs;
        QTest::newRow("missing trust anchor")
            << QString() << u"/nonexistent/anchor.key"_qs << QString() << u"DNSSEC trust anchor"_qs;
        QTest::newRow("trust anchor is a folder") << QString() << u"/tmp"_qs << QString() << u"DNSSEC trust anchor"_qs;
        QTest::newRow("missing CA file") << QString() << QString() << u"/nonexistent/ca.pem"_qs
                                         << u"Extra trusted CAs"_qs;
        QTest::newRow("HTTP proxy") << u"http://127.0.0.1:3128"_qs << QString() << QString() << u"SOCKS5 proxy"_qs;
        QTest::newRow("proxy without port") << u"socks5://127.0.0.1"_qs << QString() << QString() << u"SOCKS5 proxy"_qs;
    }

    void dialogRefusesBadValues()
    {
        QFETCH(QString, resolver);
        QFETCH(QString, anchor);
        QFETCH(QString, ca);
        QFETCH(QString, field);
        AppSettings settings;
        // The proxy rows put their URL in the resolver column.
        if (field == u"SOCKS5 proxy"_qs)
            settings.proxy = resolver;
        else
            settings.resolver = resolver;
        settings.trustAnchorFile = anchor;
        if (!ca.isEmpty())
            settings.caFiles = {ca};
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(dialog.problem().startsWith(field + u':'));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted: still open
        QVERIFY(dialog.isVisible());
        const auto *problem = dialog.findChild<QLabel *>(u"problem"_qs);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(field));
    }

    void validResolversPass_data()
    {
        QTest::addColumn<QString>("resolver");
        QTest::newRow("IPv4") << u"192.0.2.53"_qs;
        QTest::newRow("IPv4 with port") << u"127.53.0.1@5353"_qs;
        QTest::newRow("IPv6") << u"2001:db8::53"_qs;
        QTest::newRow("IPv6 with port") << u"::1@53"_qs;
    }

    void validResolversPass()
    {
        QFETCH(QString, resolver);
        AppSettings settings;
        settings.resolver = resolver;
        QVERIFY(SettingsDialog(settings).problem().isEmpty());
    }

    void mainWindowUsesAcceptedSettings()
    {
        Ui::MainWindow window(Check::CheckOptions(), m_dir.filePath(u"history.sqlite"_qs));
        QTimer::singleShot(0, &window, [&window] {
            auto *dialog = window.findChild<SettingsDialog *>();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"resolver"_qs)->setText(u"127.0.0.1@5353"_qs);
            dialog->findChild<QSpinBox *>(u"expiryDays"_qs)->setValue(7);
            dialog->accept();
        });
        window.openSettings();
        QCOMPARE(window.options().resolver.forwarder, u"127.0.0.1@5353"_qs);
        QCOMPARE(window.options().trust.expiryWarningDays, 7);
        QCOMPARE(AppSettings::load().resolver, u"127.0.0.1@5353"_qs);
    }

    void cancelKeepsSettings()
    {
        Ui::MainWindow window(Check::CheckOptions(), m_dir.filePath(u"history.sqlite"_qs));
        QTimer::singleShot(0, &window, [&window] {
            auto *dialog = window.findChild<SettingsDialog *>();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"resolver"_qs)->setText(u"127.0.0.1@5353"_qs);
            dialog->reject();
        });
        window.openSettings();
        QVERIFY(window.options().resolver.forwarder.isEmpty());
        QCOMPARE(AppSettings::load(), AppSettings());
    }

    // The languages are compiled in where main() and Settings look for them (once they were
    // not, and every user saw English).
    void shippedLanguagesLoad()
    {
        QCOMPARE(SettingsDialog::availableLanguages(), (QStringList{u"de"_qs, u"en"_qs, u"es"_qs, u"fr"_qs}));
        for (const QString &language : {u"de"_qs, u"es"_qs, u"fr"_qs}) {
            QTranslator translator;
            QVERIFY2(translator.load(QLocale(language), u"stsscope"_qs, u"_"_qs, u":/i18n"_qs), qPrintable(language));
            QVERIFY(!translator.translate("Sts::Ui::MainWindow", "&File").isEmpty());
        }
        // English is the source language, but its plural forms come from its .ts file: "1 probe
        // running", "2 probes running", never "probe(s)".
        QTranslator english;
        QVERIFY(english.load(QLocale(u"en"_qs), u"stsscope"_qs, u"_"_qs, u":/i18n"_qs));
        QCOMPARE(english.translate("Sts::Ui::MainWindow", "%n probe(s) running", nullptr, 1), u"%n probe running"_qs);
        QCOMPARE(english.translate("Sts::Ui::MainWindow", "%n probe(s) running", nullptr, 3),
                 u"%n probes running"_qs); // tr() fills in %n
    }

    void darkAndBack()
    {
        const QPalette system = QApplication::palette();
        Ui::Appearance::apply(AppSettings::ColorScheme::Dark);
        QPalette palette = QApplication::palette();
        QVERIFY(palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness());
        Ui::Appearance::apply(AppSettings::ColorScheme::Light);
        palette = QApplication::palette();
        QVERIFY(palette.color(QPalette::WindowText).lightness() < palette.color(QPalette::Window).lightness());
        Ui::Appearance::apply(AppSettings::ColorScheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    //! The banner's tint belongs to the verdict and the theme, not to the checks before it.
    void bannerColoursFollowVerdictAndTheme()
    {
        const auto colourAfter = [](const QList<Check::Verdict> &verdicts, Ui::VerdictBanner *banner) {
            Check::CheckResult result;
            result.complete = true;
            for (Check::Verdict verdict : verdicts) {
                result.verdict = verdict;
                banner->setResult(result);
            }
            return banner->background();
        };
        using V = Check::Verdict;
        QWidget window; // Qt tells child widgets, not windows, of a new application palette
        Ui::VerdictBanner fresh(&window);
        auto *rechecked = new Ui::VerdictBanner(&window);
        QCOMPARE(colourAfter({V::Broken, V::Broken, V::Protected}, rechecked), colourAfter({V::Protected}, &fresh));
        QCOMPARE(colourAfter({V::Broken, V::Broken, V::Broken}, rechecked), colourAfter({V::Broken}, &fresh));

        // A live switch to dark mode reaches a banner that was tinted in light mode.
        Ui::Appearance::apply(AppSettings::ColorScheme::Light);
        colourAfter({V::Protected}, rechecked);
        Ui::Appearance::apply(AppSettings::ColorScheme::Dark);
        Ui::VerdictBanner dark(&window);
        QCOMPARE(rechecked->background(), colourAfter({V::Protected}, &dark));
        // Light text on a dark tint: the words keep the theme's colour.
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > rechecked->background().lightness());
        Ui::Appearance::apply(AppSettings::ColorScheme::System);

        // Host names a domain publishes are shown, not rendered.
        Check::CheckResult hostile;
        hostile.complete = true;
        hostile.summary = u"<img src=/dev/zero>"_qs;
        fresh.setResult(hostile);
        for (const QLabel *label : fresh.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
