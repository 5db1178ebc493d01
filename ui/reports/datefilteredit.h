// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QWidget>

class QAction;
class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Sts::Ui {

//! One bound of a date filter: a field that takes a typed date (ISO "2026-02-08" or the
//! locale's short or long form) or none ("any"), and a button that opens a calendar on the
//! date set or, without one, on a page the owner chooses (the reports' range, or today).
//! A date is taken on Enter, on leaving the field and on a click in the calendar; text that is
//! no date is marked and left for correction, and the filter keeps its last date.
class DateFilterEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateFilterEdit)

public:
    explicit DateFilterEdit(const QString &accessibleName, QWidget *parent = nullptr);

    //! Invalid: no bound.
    QDate date() const { return m_date; }
    //! Sets the date (invalid: none) and the text; emits dateChanged when it differs.
    void setDate(QDate date);
    //! Where the calendar opens when no date is set.
    void setCalendarPage(QDate page) { m_page = page; }
    QDate calendarPage() const { return m_page; }
    //! The date \a text means in \a locale: ISO, then the locale's short and long formats (a
    //! two-digit year read as this century); invalid when it means none. Empty text is no date.
    static QDate parse(const QString &text, const QLocale &locale = QLocale());
    //! False while the field holds text that is no date.
    bool hasAcceptableInput() const { return m_acceptable; }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    //! Created on the first opening of the popup.
    QCalendarWidget *calendar() const { return m_calendar; }
    //! Opens the calendar popup below the field.
    void showCalendar();

Q_SIGNALS:
    void dateChanged(QDate date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void takeText();
    void markAcceptable(bool acceptable);

    QDate m_date;
    QDate m_page;
    bool m_acceptable = true;
    QLineEdit *m_edit;
    QToolButton *m_button;
    QAction *m_invalidMark = nullptr;
    QMenu *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace Sts::Ui
