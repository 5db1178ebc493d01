// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mtasts/policy.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Sts::Ui {

class PolicyDraft;

//! Page 3: the mode, explained in plain words, and max_age, refused outside 0 to 31557600 s.
//! Recommends the rollout: testing with a short max_age while reports come in, then enforce
//! with a long one. Going to enforce needs the user's word that reports showed it is safe.
class ModePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModePage)

public:
    explicit ModePage(PolicyDraft *draft, QWidget *parent = nullptr);

    void setMode(MtaSts::Mode mode);
    //! Sets max_age as \a amount of \a unitSeconds; false when the result is out of range.
    bool setMaxAge(qint64 amount, qint64 unitSeconds);
    std::optional<qint64> maxAge() const; //!< nullopt when the entry is out of range
    QString error() const;
    QString advice() const;
    QCheckBox *reportsCheckedBox() const { return m_reportsChecked; }
    void applyRecommendation();

    void initializePage() override;
    bool isComplete() const override;

private:
    void update();
    bool needsReportConfirmation() const;

    PolicyDraft *m_draft;
    QButtonGroup *m_modes;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLabel *m_seconds;
    QLabel *m_error;
    QLabel *m_recommendation;
    QLabel *m_advice;
    QCheckBox *m_reportsChecked;
};

} // namespace Sts::Ui
