// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 item 1: nothing a domain controls reaches the screen as markup. A check result whose
// every field a server or a zone can fill carries markup (an <img> that would make Qt read a
// local file, bold, a link) goes through the inspector; then every model behind its views is
// walked, display and tooltip roles, and every label: markup shows literally or escaped, never
// as rich text. The policy wizard is walked the same way, page by page.
#include "check/checkhandle.h"
#include "check/verdictjudge.h"
#include "domaininspector.h"
#include "models/certificatechainmodel.h"
#include "models/dnsrecordsmodel.h"
#include "models/mxhostsmodel.h"
#include "models/overviewmodel.h"
#include "views/certificatesview.h"
#include "views/findingsview.h"
#include "views/policyview.h"
#include "wizard/coveragepage.h"
#include "wizard/domainpage.h"
#include "wizard/mxlinesmodel.h"
#include "wizard/policydraft.h"
#include "wizard/policywizard.h"
#include "wizard/preflightpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace Sts;

namespace {

const QString Image = QStringLiteral("<img src=/etc/passwd>");
const QString Bold = QStringLiteral("<b>bold</b>");
const QString Link = QStringLiteral("<a href=\"file:///etc/shadow\">click</a>");
const QString Markup = Image + Bold + Link;

//! Would Qt show \a text as rich text with our markup in it?
bool rendersMarkup(const QString &text)
{
    return Qt::mightBeRichText(text) &&
           (text.contains(u"<img"_qs) || text.contains(u"<b>bold"_qs) || text.contains(u"<a href=\"file"_qs));
}

Net::DnsAnswer txt(const QString &name, const QStringList &strings)
{
    Net::DnsAnswer answer;
    answer.name = name;
    answer.type = Net::RrType::Txt;
    answer.status = Net::DnsStatus::NoError;
    for (const QString &text : strings) {
        Net::DnsRecord record;
        record.type = Net::RrType::Txt;
        record.strings = {text.toUtf8()};
        record.text = u'"' + text + u'"';
        answer.records.append(record);
    }
    return answer;
}

Check::CheckResult hostileResult()
{
    Check::CheckResult result;
    result.domain = u"example.com"_qs;
    result.complete = true;
    result.resolver = Markup;
    result.stsTxt = txt(u"_mta-sts.example.com"_qs, {u"v=STSv1; id="_qs + Markup, Markup});
    result.tlsRptTxt = txt(u"_smtp._tls.example.com"_qs, {u"v=TLSRPTv1; rua=mailto:"_qs + Markup});
    Net::DnsRecord mxRecord;
    mxRecord.type = Net::RrType::Mx;
    mxRecord.preference = 10;
    mxRecord.target = u"mx1.example.com"_qs;
    mxRecord.text = u"10 mx1.example.com."_qs;
    result.mxAnswer = Net::DnsAnswer{};
    result.mxAnswer->name = result.domain;
    result.mxAnswer->type = Net::RrType::Mx;
    result.mxAnswer->status = Net::DnsStatus::NoError;
    result.mxAnswer->records = {mxRecord};
    result.mxAnswer->whyBogus = Markup;

    MtaSts::PolicyFetchResult fetch;
    fetch.host = u"mta-sts.example.com"_qs;
    fetch.url = u"https://mta-sts.example.com/.well-known/mta-sts.txt"_qs;
    fetch.response.status = 200;
    fetch.response.reason = Markup.toUtf8();
    fetch.response.body = (u"version: STSv1\r\nmode: "_qs + Markup + u"\r\nmx: "_qs + Markup + u"\r\n"_qs).toUtf8();
    fetch.responseComplete = true;
    fetch.ok = true;
    fetch.attempts = {Markup};
    result.fetch = fetch;

    Check::MxHostResult host;
    host.host = u"mx1.example.com"_qs;
    host.preference = 10;
    Net::DnsRecord a;
    a.type = Net::RrType::A;
    a.address = QHostAddress(u"192.0.2.1"_qs);
    a.text = u"192.0.2.1"_qs;
    host.a = Net::DnsAnswer{};
    host.a->status = Net::DnsStatus::NoError;
    host.a->records = {a};
    host.aaaa = Net::DnsAnswer{};
    host.aaaa->status = Net::DnsStatus::NoData;
    Smtp::SmtpProbeResult probe;
    probe.host = host.host;
    probe.address = a.address;
    probe.banner = {Markup};
    probe.ehlo = {Markup};
    probe.starttlsOffered = true;
    probe.tlsEstablished = true;
    probe.tlsVersion = Markup;
    probe.cipher = Markup;
    probe.reached = Smtp::Step::Done;
    probe.error = Markup;
    probe.resultType = TlsRpt::ResultType::CertificateHostMismatch;
    Tls::CertificateInfo leaf;
    leaf.subject = u"CN="_qs + Markup;
    leaf.issuer = u"CN="_qs + Markup;
    leaf.subjectAltNames = {Markup};
    leaf.verifyError = Markup;
    leaf.keyType = Markup;
    probe.chain.hostName = host.host;
    probe.chain.chain = {leaf};
    probe.chain.resultType = TlsRpt::ResultType::CertificateHostMismatch;
    Finding finding;
    finding.code = u"tls.cert.host-mismatch"_qs;
    finding.severity = Severity::Error;
    finding.subject = Markup;
    finding.message = u"The certificate names "_qs + Markup;
    probe.chain.findings = {finding};
    probe.findings = {finding};
    Tls::DaneMatch dane;
    dane.error = Markup;
    probe.dane = dane;
    host.probes = {probe};
    Net::DnsAnswer tlsa;
    tlsa.status = Net::DnsStatus::NoError;
    tlsa.dnssec = Net::DnssecStatus::Secure;
    Net::DnsRecord record;
    record.type = Net::RrType::Tlsa;
    record.text = Markup;
    tlsa.records = {record};
    host.tlsa = tlsa;
    result.mx = {host};
    result.mxRecordCount = 1;
    Check::VerdictJudge::judge(result);
    return result;
}

//! The same, with a second MX whose name is markup, as a zone can publish it: the wizard
//! proposes mx lines from the names and shows them in its coverage view.
Check::CheckResult hostileResultWithMarkupMx()
{
    Check::CheckResult result = hostileResult();
    Check::MxHostResult host = result.mx.constFirst();
    host.host = Image + u".example.com"_qs;
    host.preference = 20;
    for (Smtp::SmtpProbeResult &probe : host.probes) {
        probe.host = host.host;
        probe.chain.hostName = host.host;
    }
    result.mx.append(host);
    result.mxRecordCount = 2;
    Net::DnsRecord second = result.mxAnswer->records.constFirst();
    second.preference = 20;
    second.target = host.host;
    second.text = u"20 "_qs + host.host;
    result.mxAnswer->records.append(second);
    result.policy = MtaSts::Policy::parse(
        (u"version: STSv1\r\nmode: testing\r\nmx: mx1.example.com\r\nmx: "_qs + Bold + u"\r\nmax_age: 86400\r\n"_qs)
            .toUtf8());
    Check::VerdictJudge::judge(result);
    return result;
}

} // namespace

class TestHostileText final : public QObject
{
    Q_OBJECT

    //! Every display and tooltip value of \a model, its children included.
    void walk(const QAbstractItemModel *model, const QModelIndex &parent, int *seen)
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                // Views draw the display role as plain text; a tooltip is rich text when it looks so.
                const QString tooltip = index.data(Qt::ToolTipRole).toString();
                QVERIFY2(!rendersMarkup(tooltip),
                         qPrintable(QString::fromLatin1(model->metaObject()->className()) + u": "_qs + tooltip));
                if (index.data(Qt::DisplayRole).toString().contains(u"<img"_qs) || tooltip.contains(u"&lt;img"_qs))
                    ++*seen;
            }
            walk(model, model->index(row, 0, parent), seen);
        }
    }

    //! Every label and tooltip of \a root (visible or not): plain text, or markup escaped.
    void checkLabels(const QWidget *root)
    {
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            QVERIFY2(!rich || !rendersMarkup(label->text()),
                     qPrintable(label->objectName() + u": "_qs + label->text()));
        }
        for (const QWidget *widget : root->findChildren<QWidget *>())
            QVERIFY2(!rendersMarkup(widget->toolTip()),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u": "_qs + widget->toolTip()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    //! The policy wizard shows the live check (overview, policy, MX names), its coverage view,
    //! mode, reporting, the pre-flight check and the files with the TLSA proposal: every page
    //! with a hostile result, walked as the inspector is.
    void policyWizardShowsMarkupAsText()
    {
        Check::CheckOptions options;
        options.resolver.forwarder = QStringLiteral("127.0.0.1@9"); // offline: nothing answers
        options.setTimeoutSeconds(1);
        Ui::PolicyWizard wizard(options);
        wizard.resize(1000, 760);
        wizard.show();
        const Check::CheckResult live = hostileResultWithMarkupMx();
        // A lookup that fails offline, then answered as the hostile servers would.
        wizard.domainPage()->domainEdit()->setText(live.domain);
        wizard.domainPage()->lookUp();
        wizard.domainPage()->cancel();
        QTRY_VERIFY(!wizard.domainPage()->isBusy());
        auto *lookup = wizard.domainPage()->findChild<Check::CheckHandle *>();
        QVERIFY(lookup);
        Q_EMIT lookup->finished(live);
        QVERIFY(wizard.domainPage()->isComplete());
        wizard.draft()->startFrom(live); // what Next does after a lookup the page started itself

        int seen = 0;
        const auto walkPage = [&] {
            QApplication::processEvents();
            for (QAbstractItemView *view : wizard.currentPage()->findChildren<QAbstractItemView *>()) {
                if (view->model())
                    walk(view->model(), {}, &seen);
            }
            checkLabels(&wizard);
            for (const QTextDocument *document : wizard.findChildren<QTextDocument *>())
                QVERIFY2(!document->toHtml().contains(u"<img"_qs), qPrintable(document->toPlainText().left(200)));
        };
        walkPage();
        QVERIFY2(seen >= 3, qPrintable(QString::number(seen))); // the overview of the live check
        for (int page = Ui::PolicyWizard::CoveragePageId; page <= Ui::PolicyWizard::OutputPageId; ++page) {
            wizard.next(); // as Next would, but also past a page our markup makes incomplete
            QCOMPARE(wizard.currentId(), page);
            if (page == Ui::PolicyWizard::CoveragePageId) {
                // An mx line pasted from elsewhere: its notes quote it.
                Ui::MxLinesModel *lines = wizard.coveragePage()->linesModel();
                QVERIFY(lines->setData(lines->appendLine(), Markup, Qt::EditRole));
            }
            if (page == Ui::PolicyWizard::PreflightPageId) {
                // The pre-flight check of the draft, answered as the hostile servers would.
                wizard.preflightPage()->cancel();
                QTRY_VERIFY(!wizard.preflightPage()->isBusy());
                auto *preflight = wizard.preflightPage()->findChild<Check::CheckHandle *>();
                QVERIFY(preflight);
                Q_EMIT preflight->finished(hostileResultWithMarkupMx());
            }
            walkPage();
        }
        QVERIFY2(seen >= 8, qPrintable(QString::number(seen)));
    }

    void inspectorShowsMarkupAsText()
    {
        Ui::DomainInspector inspector;
        inspector.resize(1200, 800);
        inspector.show();
        const Check::CheckResult result = hostileResult();
        inspector.setResult(result);
        QVERIFY(!result.findings.isEmpty());

        int seen = 0; // the hostile text must really be there, shown literally
        for (QAbstractItemView *view : inspector.findChildren<QAbstractItemView *>()) {
            if (view->model())
                walk(view->model(), {}, &seen);
        }
        QVERIFY2(seen >= 5, qPrintable(QString::number(seen)));

        // Labels: plain text, or markup escaped. The tabs are visited so that each one's labels fill.
        for (int tab = 0; tab < inspector.tabs()->count(); ++tab) {
            inspector.tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            for (const QLabel *label : inspector.findChildren<QLabel *>()) {
                const bool rich = label->textFormat() == Qt::RichText ||
                                  (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                QVERIFY2(!rich || !rendersMarkup(label->text()),
                         qPrintable(label->objectName() + u": "_qs + label->text()));
                QVERIFY2(!rendersMarkup(label->toolTip()), qPrintable(label->toolTip()));
            }
        }
        // The policy view's text and the findings' explanation are documents: no <img> element.
        for (const QTextDocument *document : inspector.findChildren<QTextDocument *>())
            QVERIFY2(!document->toHtml().contains(u"<img"_qs), qPrintable(document->toPlainText().left(200)));
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
