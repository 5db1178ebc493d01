// SPDX-FileCopyrightText: 2026 StsScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include "mtasts/deploymentfiles.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Sts::Ui {

class PolicyDraft;
class ProviderRecordsModel;

//! Page 6: what to publish. Every file of the deployment (the same ones `stsscope-cli policy
//! generate --out` writes), each with a copy button; the records as values for a provider's
//! web form; the change against the published policy and what happens to the id; and saving all
//! files to a folder.
class OutputPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputPage)

public:
    explicit OutputPage(PolicyDraft *draft, QWidget *parent = nullptr);

    const MtaSts::Deployment &deployment() const { return m_deployment; }
    const QList<MtaSts::DeploymentFile> &files() const { return m_files; }
    QString diff() const; //!< the unified diff against the published policy, empty when none is published
    QString summary() const;
    ProviderRecordsModel *recordsModel() const { return m_records; }
    QTabWidget *tabs() const { return m_tabs; }
    //! Writes every file into \a directory; false and \a error when it cannot.
    Result<void> saveAll(const QString &directory);
    //! Asks for a folder (without blocking) and saves every file there; \a onSaved runs once they
    //! are written (not when the user cancels or writing fails).
    void chooseFolderAndSave(const std::function<void()> &onSaved = {});
    //! Whether the files of the current draft have been saved somewhere.
    bool isSaved() const { return !m_savedTo.isEmpty(); }

    void initializePage() override;

private:
    QWidget *textTab(const QString &text, const QString &copyLabel);
    QWidget *recordsTab();

    PolicyDraft *m_draft;
    MtaSts::Deployment m_deployment;
    QList<MtaSts::DeploymentFile> m_files;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    ProviderRecordsModel *m_records;
    QTableView *m_recordsView = nullptr; //!< in the web form tab, rebuilt with the tabs
    QLabel *m_saved;
    QString m_diff;
    QString m_savedTo; //!< where the current draft's files were saved; empty: not saved
};

} // namespace Sts::Ui
