// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modepage.h"

#include "datetext.h"
#include "policydraft.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Sts::Ui {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Week = 7 * Day;
constexpr qint64 TwoWeeks = 2 * Week;

//! "2 weeks", "1 day", "36 hours": the largest unit that divides \a seconds.
QString spoken(qint64 seconds)
{
    const auto n = static_cast<int>(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
    if (seconds > 0 && seconds % Week == 0)
        return ModePage::tr("%n week(s)", nullptr, static_cast<int>(seconds / Week));
    if (seconds > 0 && seconds % Day == 0)
        return ModePage::tr("%n day(s)", nullptr, static_cast<int>(seconds / Day));
    if (seconds > 0 && seconds % Hour == 0)
        return ModePage::tr("%n hour(s)", nullptr, static_cast<int>(seconds / Hour));
    return ModePage::tr("%n second(s)", nullptr, n);
}

} // namespace

ModePage::ModePage(PolicyDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_modes(new QButtonGroup(this))
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_seconds(new QLabel(this))
    , m_error(new QLabel(this))
    , m_recommendation(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_evidence(new QLabel(this))
    , m_reportsChecked(new QCheckBox(this))
{
    setTitle(tr("Mode and max_age"));
    setSubTitle(tr("The mode says what senders do when an MX fails the check; max_age says how long they remember "
                   "the policy."));

    struct Choice
    {
        MtaSts::Mode mode;
        QString name;
        QString explanation;
    };
    const QList<Choice> choices{
        {MtaSts::Mode::Testing, tr("&Testing"),
         tr("Senders check every MX against the policy and report failures to you, but still deliver when a check "
            "fails. Nothing can break; you learn what would.")},
        {MtaSts::Mode::Enforce, tr("&Enforce"),
         tr("Senders deliver only over TLS, with a valid certificate, to an MX the policy names. Nobody can downgrade "
            "or intercept the connection any more, and an MX that fails the check gets no mail.")},
        {MtaSts::Mode::None, tr("N&one"),
         tr("Switches MTA-STS off: senders forget the policy they remembered. This is how to withdraw a policy "
            "safely.")},
    };
    auto *modeBox = new QGroupBox(tr("Mode"), this);
    auto *modeLayout = new QGridLayout(modeBox);
    int row = 0;
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.name, modeBox);
        auto *explanation = new QLabel(choice.explanation, modeBox);
        explanation->setWordWrap(true);
        explanation->setBuddy(button);
        m_modes->addButton(button, int(choice.mode));
        modeLayout->addWidget(button, row, 0, Qt::AlignTop);
        modeLayout->addWidget(explanation, row++, 1);
    }
    modeLayout->setColumnStretch(1, 1);

    m_amount->setRange(0, 999999999);
    m_amount->setAccessibleName(tr("max_age amount"));
    for (const auto &[name, seconds] : {std::pair{tr("seconds"), qint64(1)}, std::pair{tr("hours"), Hour},
                                        std::pair{tr("days"), Day}, std::pair{tr("weeks"), Week}})
        m_unit->addItem(name, seconds);
    m_unit->setAccessibleName(tr("max_age unit"));
    m_error->setWordWrap(true);
    auto *ageBox = new QGroupBox(tr("max_age"), this);
    auto *ageLayout = new QHBoxLayout(ageBox);
    auto *ageLabel = new QLabel(tr("Senders remember the policy for"), ageBox);
    ageLabel->setBuddy(m_amount);
    ageLayout->addWidget(ageLabel);
    ageLayout->addWidget(m_amount);
    ageLayout->addWidget(m_unit);
    ageLayout->addWidget(m_seconds, 1);

    auto *recommendBox = new QGroupBox(tr("Recommended rollout"), this);
    auto *recommendLayout = new QVBoxLayout(recommendBox);
    m_recommendation->setWordWrap(true);
    auto *apply = new QPushButton(tr("&Use the recommended setting"), recommendBox);
    recommendLayout->addWidget(m_recommendation);
    recommendLayout->addWidget(apply, 0, Qt::AlignLeft);

    m_advice->setWordWrap(true);
    m_evidence->setObjectName(QStringLiteral("reportEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText); // names the domain
    m_evidence->setVisible(false);
    m_reportsChecked->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modeBox);
    layout->addWidget(ageBox);
    layout->addWidget(m_error);
    layout->addWidget(recommendBox);
    layout->addWidget(m_advice);
    layout->addWidget(m_evidence);
    layout->addWidget(m_reportsChecked);
    layout->addStretch(1);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(MtaSts::Mode(id)); });
    connect(m_amount, &QSpinBox::valueChanged, this, &ModePage::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ModePage::update);
    connect(apply, &QPushButton::clicked, this, &ModePage::applyRecommendation);
    connect(m_reportsChecked, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(&m_counting, &QFutureWatcher<ReportEvidence>::finished, this, [this] {
        if (m_counting.isCanceled())
            return;
        m_evidenceResult = m_counting.result();
        update();
    });
}

ModePage::~ModePage()
{
    // Not waited for: the count holds a copy of the reports and nothing of the page, and its
    // watcher goes with the page. Waiting would hold the GUI for a whole library's count.
    m_counting.cancel();
}

void ModePage::setLoadedReports(const QList<TlsRpt::StoredReport> &reports)
{
    m_loadedReports = reports;
    if (!m_draft->domain().isEmpty())
        countReports(); // the page is open, or will count again when it opens
}

void ModePage::countReports()
{
    m_counting.cancel();
    m_evidenceResult.reset();
    // Reports count UTC days; "the last two weeks" end today in UTC.
    m_counting.setFuture(QtConcurrent::run(&ReportEvidence::count, m_loadedReports, m_draft->domain(),
                                           QDateTime::currentDateTimeUtc().date()));
}

void ModePage::showEvidence()
{
    const bool needed = needsReportConfirmation();
    m_evidence->setVisible(needed);
    if (!needed)
        return;
    QFont font = m_evidence->font();
    font.setBold(m_evidenceResult && !m_evidenceResult->clean());
    m_evidence->setFont(font);
    const QString domain = m_draft->domain();
    if (!m_evidenceResult) {
        m_evidence->setText(tr("Reading the TLS-RPT reports of %1 for the last two weeks…").arg(domain));
        return;
    }
    const ReportEvidence &evidence = *m_evidenceResult;
    const QString since = DateText::date(evidence.since);
    const QString until = DateText::date(evidence.until);
    if (evidence.libraryReports == 0) {
        m_evidence->setText(
            tr("No TLS-RPT reports are loaded, so nothing shows that enforce is safe for %1. Import the reports of "
               "the last two weeks (Reports, Import reports…) to have them checked here, or confirm below that "
               "you have checked them.")
                .arg(domain));
    } else if (evidence.reports == 0) {
        m_evidence->setText(tr("None of the %n loaded report(s) covers %1 between %2 and %3 (UTC), so nothing "
                               "shows that enforce is safe. Import the recent reports, or confirm below that you "
                               "have checked them.",
                               nullptr, int(std::min<qint64>(evidence.libraryReports, INT_MAX)))
                                .arg(domain, since, until));
    } else if (evidence.sessions.failed > 0) {
        m_evidence->setText(
            tr("Warning: the TLS-RPT reports for %1 from %2 to %3 (UTC) show %4 failed of %5 sessions (%n "
               "report(s)). In enforce mode senders would refuse that mail: fix the failures first (Reports shows "
               "which sender failed at which MX, and why).",
               nullptr, int(std::min<qint64>(evidence.reports, INT_MAX)))
                .arg(domain, since, until, QLocale().toString(evidence.sessions.failed),
                     QLocale().toString(evidence.sessions.total())));
    } else if (evidence.sessions.total() == 0) {
        m_evidence->setText(tr("The TLS-RPT reports for %1 from %2 to %3 (UTC) count no sessions at all (%n "
                               "report(s)), so nothing shows that enforce is safe.",
                               nullptr, int(std::min<qint64>(evidence.reports, INT_MAX)))
                                .arg(domain, since, until));
    } else if (!evidence.spansWindow()) {
        m_evidence->setText(tr("The TLS-RPT reports for %1 show no failures, but they cover only %2 of the %3 days "
                               "from %4 to %5 (UTC), the first on %6: too little to show that enforce is safe. "
                               "Wait for two weeks of reports, or confirm below that you have checked them.")
                                .arg(domain, QLocale().toString(evidence.coveredDays),
                                     QLocale().toString(ReportEvidence::Days), since, until,
                                     DateText::date(evidence.firstDay)));
    } else {
        m_evidence->setText(tr("The TLS-RPT reports for %1 from %2 to %3 (UTC) show no failures: %4 sessions in "
                               "%n report(s), all successful.",
                               nullptr, int(std::min<qint64>(evidence.reports, INT_MAX)))
                                .arg(domain, since, until, QLocale().toString(evidence.sessions.successful)));
    }
}

void ModePage::initializePage()
{
    const std::optional<MtaSts::Mode> live = m_draft->liveMode();
    if (!live || *live == MtaSts::Mode::None)
        m_recommendation->setText(
            tr("Step 1: testing mode with a max_age of one day. Keep it for two to four weeks while the TLS-RPT "
               "reports come in, and fix every failure they show.\nStep 2: enforce mode with a max_age of weeks "
               "(start with two weeks, later up to a year)."));
    else if (*live == MtaSts::Mode::Testing)
        m_recommendation->setText(
            tr("%1 is in testing mode (step 1). Step 2: once the TLS-RPT reports have shown no failures for two "
               "weeks or more, switch to enforce with a max_age of two weeks, and later raise it up to a year.")
                .arg(m_draft->domain()));
    else
        m_recommendation->setText(tr("%1 is in enforce mode. Keep it, with a max_age of at least a week; many "
                                     "domains use one to twelve months.")
                                      .arg(m_draft->domain()));
    m_reportsChecked->setText(
        tr("Enforce anyway: I have checked that the TLS-&RPT reports for %1 show no failures for at least two weeks")
            .arg(m_draft->domain()));
    m_reportsChecked->setChecked(false);
    countReports();
    // Both from the draft before either writes back to it.
    const MtaSts::Mode mode = m_draft->mode();
    const qint64 age = m_draft->maxAge();
    const qint64 unit = age > 0 && age % Week == 0  ? Week
                        : age > 0 && age % Day == 0 ? Day
                        : age % Hour == 0           ? Hour
                                                    : 1;
    setMaxAge(age / unit, unit);
    setMode(mode);
}

void ModePage::setMode(MtaSts::Mode mode)
{
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
    m_draft->setMode(mode);
    update();
}

bool ModePage::setMaxAge(qint64 amount, qint64 unitSeconds)
{
    const int unit = m_unit->findData(unitSeconds);
    if (unit < 0 || amount < m_amount->minimum() || amount > m_amount->maximum())
        return false;
    const QSignalBlocker blocker(m_unit); // one update for both
    m_unit->setCurrentIndex(unit);
    m_amount->setValue(static_cast<int>(amount));
    update();
    return maxAge().has_value();
}

std::optional<qint64> ModePage::maxAge() const
{
    const qint64 seconds = qint64(m_amount->value()) * m_unit->currentData().toLongLong();
    if (seconds < 0 || seconds > MtaSts::MaxPolicyAge)
        return std::nullopt;
    return seconds;
}

QString ModePage::error() const
{
    return m_error->text();
}

QString ModePage::advice() const
{
    return m_advice->text();
}

void ModePage::applyRecommendation()
{
    const std::optional<MtaSts::Mode> live = m_draft->liveMode();
    if (!live || *live == MtaSts::Mode::None) {
        setMode(MtaSts::Mode::Testing);
        setMaxAge(1, Day);
    } else if (*live == MtaSts::Mode::Testing) {
        setMode(MtaSts::Mode::Enforce);
        setMaxAge(2, Week);
    } else {
        setMode(MtaSts::Mode::Enforce);
        const qint64 age = std::max(m_draft->live().policy.maxAge.value_or(TwoWeeks), Week);
        setMaxAge(age % Week == 0 ? age / Week : age, age % Week == 0 ? Week : 1);
    }
}

bool ModePage::needsReportConfirmation() const
{
    return m_draft->mode() == MtaSts::Mode::Enforce && m_draft->liveMode() != MtaSts::Mode::Enforce;
}

void ModePage::update()
{
    const std::optional<qint64> seconds = maxAge();
    if (seconds) {
        m_seconds->setText(tr("= %1 seconds (%2)").arg(QString::number(*seconds), spoken(*seconds)));
        m_error->clear();
        m_draft->setMaxAge(*seconds);
    } else {
        m_seconds->setText(tr("= %1 seconds").arg(qint64(m_amount->value()) * m_unit->currentData().toLongLong()));
        m_error->setText(tr("max_age must be between 0 and 31557600 seconds (one year); senders reject a policy "
                            "with a larger value."));
    }

    QStringList advice;
    const MtaSts::Mode mode = m_draft->mode();
    const qint64 age = seconds.value_or(0);
    if (needsReportConfirmation())
        advice.append(tr("In enforce mode senders refuse to deliver to an MX that fails the check. Switch only when "
                         "the reports of a testing period show that every MX passes."));
    if (seconds && mode == MtaSts::Mode::Enforce && age < Week)
        advice.append(tr("A max_age under a week gives little protection in enforce mode: once it expires, an "
                         "attacker who blocks the policy fetch can strip TLS again. Use weeks."));
    if (seconds && mode == MtaSts::Mode::Testing && age > Week)
        advice.append(tr("A long max_age while testing makes senders keep this policy for %1; a day lets you "
                         "change course quickly.")
                          .arg(spoken(age)));
    if (seconds && mode != MtaSts::Mode::None && age < Day)
        advice.append(tr("Under a day, senders fetch the policy again and again, and protection lapses quickly."));
    if (mode == MtaSts::Mode::None) {
        const qint64 liveAge = m_draft->live().policy.maxAge.value_or(0);
        advice.append(m_draft->hasLivePolicy()
                          ? tr("To withdraw the policy: publish mode none with a new id, keep it for at least the old "
                               "max_age (%1), then remove the records.")
                                .arg(spoken(liveAge))
                          : tr("No policy is published, so there is nothing to withdraw; mode none protects nothing."));
    }
    m_advice->setText(advice.join(u'\n'));
    showEvidence();
    // The override is offered only where the reports do not speak for enforce.
    m_reportsChecked->setVisible(needsReportConfirmation() && !(m_evidenceResult && m_evidenceResult->clean()));
    Q_EMIT completeChanged();
}

bool ModePage::isComplete() const
{
    const bool reportsClean = m_evidenceResult && m_evidenceResult->clean();
    return maxAge().has_value() && (!needsReportConfirmation() || reportsClean || m_reportsChecked->isChecked());
}

} // namespace Sts::Ui
