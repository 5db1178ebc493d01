// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mtasts/policy.h"
#include "reportevidence.h"

#include <QFutureWatcher>
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
//! with a long one. Going to enforce asks the TLS-RPT reports already loaded: two weeks of
//! reports for the domain without a failure let it pass; failures or no reports are shown as
//! a warning, and then only the user's explicit word (the override box) lets it pass.
class ModePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModePage)

public:
    explicit ModePage(PolicyDraft *draft, QWidget *parent = nullptr);
    ~ModePage() override;

    void setMode(MtaSts::Mode mode);
    //! Sets max_age as \a amount of \a unitSeconds; false when the result is out of range.
    bool setMaxAge(qint64 amount, qint64 unitSeconds);
    std::optional<qint64> maxAge() const; //!< nullopt when the entry is out of range
    QString error() const;
    QString advice() const;
    //! The override: the user's word that the reports are clean, when the loaded ones do not show it.
    QCheckBox *reportsCheckedBox() const { return m_reportsChecked; }
    QLabel *evidenceLabel() const { return m_evidence; }
    void applyRecommendation();
    //! The reports loaded in the main window, counted for the domain when the page opens.
    void setLoadedReports(const QList<TlsRpt::StoredReport> &reports);
    //! What they showed for the domain; nullopt while they are being counted.
    const std::optional<ReportEvidence> &evidence() const { return m_evidenceResult; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void update();
    bool needsReportConfirmation() const;
    void countReports();
    void showEvidence();

    PolicyDraft *m_draft;
    QButtonGroup *m_modes;
    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLabel *m_seconds;
    QLabel *m_error;
    QLabel *m_recommendation;
    QLabel *m_advice;
    QLabel *m_evidence;
    QCheckBox *m_reportsChecked;
    QList<TlsRpt::StoredReport> m_loadedReports;
    QFutureWatcher<ReportEvidence> m_counting;
    std::optional<ReportEvidence> m_evidenceResult;
};

} // namespace Sts::Ui
