// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QStringListModel;

namespace Sts::Ui {

class ProxyTester;

//! Preferences: how checks resolve and trust (resolver, DNSSEC trust anchor, extra CAs,
//! timeouts, expiry warning) and how the application looks (language, light/dark). OK refuses
//! values a check would fail on and says which field is wrong.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    //! The values in the dialog now.
    AppSettings settings() const;
    //! Why the values cannot be used, naming the field; empty when they are fine.
    QString problem() const;

    //! Languages the binary carries translations for, as locale names ("de", "fr", ...).
    static QStringList availableLanguages();

    void accept() override;

private:
    void fill(const AppSettings &settings);
    void addCaFiles();
    void browseTrustAnchor();

    QLineEdit *m_resolver;
    QLineEdit *m_trustAnchor;
    QStringListModel *m_caFiles;
    QListView *m_caFileList;
    QDoubleSpinBox *m_timeout;
    QSpinBox *m_expiryDays;
    QLineEdit *m_proxy;
    QLabel *m_proxyResult;
    ProxyTester *m_proxyTester;
    QCheckBox *m_allowPrivate;
    QComboBox *m_language;
    QComboBox *m_colorScheme;
    QLabel *m_problem;
};

} // namespace Sts::Ui
