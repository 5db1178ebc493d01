// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazypage.h"

#include <QVBoxLayout>

namespace Sts::Ui {

LazyPage::LazyPage(Factory factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_factory();
        m_factory = {}; // what it captured is not needed any more
        layout()->addWidget(m_content);
        setFocusProxy(m_content);
        if (isVisible())
            m_content->show(); // the layout would only show it from the event loop, a frame late
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace Sts::Ui
