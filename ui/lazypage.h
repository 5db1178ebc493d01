// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

namespace Sts::Ui {

//! A tab page whose content is made the first time the page is shown or the content is asked
//! for: an inspector opens for every domain checked, and most of its tabs are never looked at,
//! while building their views cost more than a frame.
class LazyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyPage)

public:
    using Factory = std::function<QWidget *()>;

    explicit LazyPage(Factory factory, QWidget *parent = nullptr);

    //! The content, made now if it was not yet.
    QWidget *content();
    bool isMade() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_content = nullptr;
};

} // namespace Sts::Ui
