// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictbanner.h"

#include "check/findingregistry.h"
#include "models/stateicons.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace Sts::Ui {

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_showFinding(new QPushButton(tr("Show the finding"), this))
    , m_nextStep(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 4, 1, Qt::AlignTop);
    layout->addWidget(m_headline, 0, 1, 1, 2);
    layout->addWidget(m_summary, 1, 1, 1, 2);
    // The one cause in words, and the way to its finding (the details, the risk and the fix).
    layout->addWidget(m_cause, 2, 1);
    layout->addWidget(m_showFinding, 2, 2, Qt::AlignTop);
    layout->addWidget(m_nextStep, 3, 1, 1, 2);
    m_showFinding->setFlat(true);
    m_showFinding->hide();
    m_cause->hide();
    connect(m_showFinding, &QPushButton::clicked, this,
            [this] { Q_EMIT findingRequested(m_causeCode, m_causeSubject); });
    layout->setColumnStretch(1, 1);
    QFont font = m_headline->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_headline->setFont(font);
    // The summary names hosts and records a domain controls: never rendered as markup.
    for (QLabel *label : {m_icon, m_headline, m_summary, m_cause, m_nextStep})
        label->setTextFormat(Qt::PlainText);
    QFont causeFont = m_cause->font();
    causeFont.setBold(true);
    m_cause->setFont(causeFont);
    for (QLabel *label : {m_summary, m_cause, m_nextStep}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_headline->setAccessibleName(tr("Verdict"));
    setAccessibleName(tr("Verdict"));
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

QString VerdictBanner::summary() const
{
    return m_summary->text();
}

QString VerdictBanner::cause() const
{
    return m_cause->text();
}

void VerdictBanner::setResult(const Check::CheckResult &result)
{
    m_icon->setPixmap(StateIcons::forVerdict(result.verdict).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_headline->setText(result.error.isEmpty() ? Check::verdictText(result.verdict) : tr("COULD NOT CHECK"));
    m_icon->setAccessibleName(m_headline->text()); // the icon's shape says the same as the words
    m_summary->setText(result.error.isEmpty()
                           ? result.summary
                           : Check::displayMessage(result.errorCode, result.errorArguments, result.error));
    m_nextStep->setText(result.nextStep.isEmpty() ? QString() : tr("Next step: %1").arg(result.nextStep));
    m_cause->setText(result.cause);
    m_cause->setVisible(!result.cause.isEmpty());
    m_causeCode = result.causeCode;
    m_causeSubject = result.causeSubject;
    m_showFinding->setVisible(!result.causeCode.isEmpty());
    m_nextStep->setVisible(!result.nextStep.isEmpty());
    m_verdict = result.verdict;
    update();
    setAccessibleDescription(m_headline->text() + u' ' + m_summary->text());
}

//! The colour repeats what icon shape and words already say. It is mixed into the application's
//! window colour at every paint, never kept in the banner's palette: a kept tint would add up over
//! re-checks, and would not follow a switch to dark mode.
QColor VerdictBanner::background() const
{
    const QColor base = QApplication::palette(this).color(QPalette::Window);
    QColor tint = base;
    switch (m_verdict) {
    case Check::Verdict::Protected:
        tint = QColor(46, 125, 50);
        break;
    case Check::Verdict::Testing:
        tint = QColor(21, 101, 192);
        break;
    case Check::Verdict::NotProtected:
        tint = QColor(240, 160, 0);
        break;
    case Check::Verdict::Broken:
        tint = QColor(198, 40, 40);
        break;
    case Check::Verdict::Pending:
    case Check::Verdict::Cancelled:
    case Check::Verdict::Inconclusive:
        break;
    }
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), background());
    painter.end();
    QFrame::paintEvent(event);
}

} // namespace Sts::Ui
