// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefilteredit.h"

#include "models/stateicons.h"
#include "reporttext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace Sts::Ui {

DateFilterEdit::DateFilterEdit(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setPlaceholderText(tr("any date"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(
        tr("A date such as %1 or %2; empty for any date. Alt+Down opens a calendar.")
            .arg(ReportText::day(QDate(2026, 2, 8)), QLocale().toString(QDate(2026, 2, 8), QLocale::ShortFormat)));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 40);
    m_edit->installEventFilter(this);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setAccessibleName(tr("Choose %1 in a calendar").arg(accessibleName));
    m_button->setToolTip(m_button->accessibleName());
    m_button->setFocusPolicy(Qt::NoFocus); // Alt+Down reaches it from the field
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    // Enter takes the text even when it did not change since the last time (e.g. to retry).
    connect(m_edit, &QLineEdit::returnPressed, this, &DateFilterEdit::takeText);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateFilterEdit::takeText);
    // The clear button empties the field without Enter: any date again at once.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_edit->hasFocus())
            takeText();
        else if (!m_acceptable && (text.isEmpty() || parse(text).isValid()))
            markAcceptable(true);
    });
    connect(m_button, &QToolButton::clicked, this, &DateFilterEdit::showCalendar);
}

QDate DateFilterEdit::parse(const QString &text, const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const QDate iso = QDate::fromString(trimmed, Qt::ISODate); iso.isValid())
        return iso;
    // The locale's forms as written, with four-digit years where it writes two, and with
    // single digits accepted for day and month ("8.2.2026" as well as "08.02.26").
    QStringList formats;
    for (const QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
        const QString base = locale.dateFormat(type);
        QStringList variants{base};
        if (!base.contains(QLatin1String("yyyy")) && base.contains(QLatin1String("yy")))
            variants.append(QString(base).replace(QLatin1String("yy"), QLatin1String("yyyy")));
        for (const QString &variant : std::as_const(variants)) {
            for (const QString &format : {variant, QString(variant)
                                                       .replace(QLatin1String("dd"), QLatin1String("d"))
                                                       .replace(QLatin1String("MM"), QLatin1String("M"))}) {
                if (!formats.contains(format))
                    formats.append(format);
            }
        }
    }
    for (const QString &format : std::as_const(formats)) {
        QDate date = locale.toDate(trimmed, format);
        if (!date.isValid())
            continue;
        if (!format.contains(QLatin1String("yyyy")) && format.contains(QLatin1String("yy")))
            date = date.addYears(100); // Qt reads "26" as 1926
        return date;
    }
    return {};
}

void DateFilterEdit::setDate(QDate date)
{
    if (!date.isValid())
        date = QDate();
    const QString text = date.isValid() ? ReportText::day(date) : QString();
    if (m_edit->text() != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(text);
    }
    markAcceptable(true);
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateFilterEdit::takeText()
{
    const QString text = m_edit->text().trimmed();
    const QDate date = parse(text);
    if (!text.isEmpty() && !date.isValid()) {
        markAcceptable(false);
        return;
    }
    setDate(date);
}

void DateFilterEdit::markAcceptable(bool acceptable)
{
    if (acceptable == m_acceptable)
        return;
    m_acceptable = acceptable;
    if (!m_invalidMark) {
        m_invalidMark = new QAction(
            StateIcons::forSeverity(Severity::Warning),
            tr("Not a date. Type it as %1 or %2.")
                .arg(ReportText::day(QDate(2026, 2, 8)), QLocale().toString(QDate(2026, 2, 8), QLocale::ShortFormat)),
            this);
        m_edit->addAction(m_invalidMark, QLineEdit::TrailingPosition);
    }
    m_invalidMark->setVisible(!acceptable);
    m_edit->setAccessibleDescription(acceptable ? QString() : m_invalidMark->text());
}

void DateFilterEdit::showCalendar()
{
    if (!m_popup) {
        m_popup = new QMenu(this);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(false);
        m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
        m_calendar->setAccessibleName(m_edit->accessibleName());
        auto *action = new QWidgetAction(m_popup);
        action->setDefaultWidget(m_calendar);
        m_popup->addAction(action);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
            m_popup->close();
            setDate(date);
        });
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
            m_popup->close();
            setDate(date);
        });
    }
    // On the date set or, without one, where the reports are: never on a page years away.
    const QDate shown = m_date.isValid() ? m_date : (m_page.isValid() ? m_page : QDate::currentDate());
    {
        const QSignalBlocker blocker(m_calendar);
        m_calendar->setSelectedDate(shown);
        m_calendar->setCurrentPage(shown.year(), shown.month());
    }
    m_popup->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_calendar->setFocus();
}

bool DateFilterEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sts::Ui
