// The window's cases and sets (issue 14): their docks' requests turned into undoable commands, and the
// actions that assign documents and passages to cases and add documents and codes to sets. Kept apart
// from mainwindow.cpp, as the store keeps each part of the project in a file of its own.

#include "mainwindow.h"

#include "attributecommands.h"
#include "casecommands.h"
#include "casespanel.h"
#include "codebookpanel.h"
#include "documentspanel.h"
#include "documentview.h"
#include "setcommands.h"
#include "setspanel.h"
#include "store/project.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace Marginalia::Ui {

void MainWindow::showDock(QWidget *panel)
{
    if (auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::addCaseAndSetActions(QMenu *documents, QMenu *codes)
{
    documents->addSeparator();
    documents->addAction(tr("&Cases"), this, [this] { showDock(m_cases); });
    m_writeActions.append(
        documents->addAction(tr("Assign Document to &Case..."), this, &MainWindow::askAssignDocumentToCase));
    m_writeActions.append(
        documents->addAction(tr("Assign Selec&tion to Case..."), this, &MainWindow::askAssignSelectionToCase));
    documents->addSeparator();
    documents->addAction(tr("S&ets"), this, [this] { showDock(m_sets); });
    m_writeActions.append(documents->addAction(tr("Add Selected Documents to Se&t..."), this,
                                               [this] { m_sets->askAddDocuments(m_documents->selectedDocuments()); }));
    codes->addSeparator();
    m_writeActions.append(codes->addAction(tr("Add Selected Codes to Code &Set..."), this,
                                           [this] { m_sets->askAddCodes(m_codebook->selectedCodes()); }));
}

void MainWindow::addCaseActions(QMenu *textMenu, bool hasSelection)
{
    textMenu->addSeparator();
    textMenu->addAction(tr("Assign Selection to Case..."), this, &MainWindow::askAssignSelectionToCase)
        ->setEnabled(hasSelection && !m_project->isReadOnly());
    textMenu->addAction(tr("Assign Document to Case..."), this, &MainWindow::askAssignDocumentToCase)
        ->setEnabled(!m_project->isReadOnly());
}

void MainWindow::askAssignDocumentToCase()
{
    const qint64 documentId = currentDocument();
    const auto document = m_project && documentId != 0 ? m_project->document(documentId) : std::nullopt;
    if (!document || m_project->isReadOnly()) {
        statusBar()->showMessage(tr("Open a document to assign it to a case."), 5000);
        return;
    }
    const auto chosen = CasesPanel::chooseCase(this, *m_project, tr("the document \"%1\"").arg(document->name));
    if (chosen)
        assignToCase(chosen->guid, chosen->name, documentId);
}

void MainWindow::askAssignSelectionToCase()
{
    const auto range = m_view->selectedRange();
    const qint64 documentId = currentDocument();
    if (!m_project || documentId == 0 || !range || m_project->isReadOnly()) {
        statusBar()->showMessage(tr("Select a passage of the text to assign it to a case."), 5000);
        return;
    }
    const auto chosen
        = CasesPanel::chooseCase(this, *m_project, tr("the passage %1\u2013%2").arg(range->first).arg(range->second));
    if (chosen)
        assignToCase(chosen->guid, chosen->name, documentId, range->first, range->second);
}

bool MainWindow::assignToCase(const QString &caseGuid, const QString &caseName, qint64 documentId, qint64 start,
                              qint64 end)
{
    if (!m_project || m_project->isReadOnly())
        return false;
    const auto document = m_project->document(documentId);
    if (!document)
        return false;
    const Core::CaseMember member{0, 0, documentId, end == 0 ? 0 : start, end};
    if (!caseGuid.isEmpty()) {
        const auto target = caseWithGuid(*m_project, caseGuid, caseName);
        if (!target) {
            showError(target.error());
            return false;
        }
        if (findCaseMember(*m_project, target->id, member)) {
            statusBar()->showMessage(tr("\"%1\" has this already.").arg(target->name), 5000);
            return false;
        }
    }
    auto *command = new AssignToCaseCommand(m_project.get(), {caseGuid, caseName}, member, document->name);
    m_undoStack->push(command);
    if (!isLatestStep(command))
        return false;
    m_cases->reload();
    m_cases->selectCase(caseName);
    showDock(m_cases);
    statusBar()->showMessage(command->text(), 5000);
    return true;
}

void MainWindow::connectCasesAndSets()
{
    // Each request names its case or set by GUID; the commands find it again by that (casecommands.h).
    const auto push = [this](QUndoCommand *command) {
        if (m_project)
            m_undoStack->push(command);
        else
            delete command;
    };
    connect(m_cases, &CasesPanel::newCaseRequested, this,
            [this, push](const QString &name) { push(new AddCaseCommand(m_project.get(), name)); });
    connect(m_cases, &CasesPanel::renameRequested, this,
            [this, push](const QString &guid, const QString &oldName, const QString &newName) {
                push(new RenameCaseCommand(m_project.get(), {guid, oldName}, newName));
            });
    connect(m_cases, &CasesPanel::removeCaseRequested, this, [this, push](const QString &guid, const QString &name) {
        push(new RemoveCaseCommand(m_project.get(), {guid, name}));
    });
    connect(m_cases, &CasesPanel::memoChangeRequested, this,
            [this, push](const QString &guid, const QString &name, const QString &oldMemo, const QString &newMemo) {
                push(new SetCaseMemoCommand(m_project.get(), {guid, name}, oldMemo, newMemo));
            });
    connect(
        m_cases, &CasesPanel::valueChangeRequested, this,
        [this, push](const QString &guid, const QString &name, const QString &attributeName, const QString &oldValue,
                     const QString &newValue) {
            push(new SetCaseAttributeValueCommand(m_project.get(), {guid, name}, attributeName, oldValue, newValue));
        });
    connect(m_cases, &CasesPanel::newAttributeRequested, this,
            [this, push](const QString &name, Core::AttributeType type, const QStringList &values) {
                push(new AddAttributeCommand(m_project.get(), name, type, values, Core::AttributeTarget::Case));
            });
    connect(m_cases, &CasesPanel::removeAttributeRequested, this, [this, push](qint64 attributeId) {
        if (!m_project)
            return;
        for (const Core::Attribute &attribute : m_project->attributes(Core::AttributeTarget::Case)) {
            if (attribute.id == attributeId)
                push(new RemoveAttributeCommand(m_project.get(), attribute));
        }
    });
    connect(m_cases, &CasesPanel::removeMembersRequested, this,
            [this](const QString &guid, const QString &name, const QList<Core::CaseMember> &members,
                   const QStringList &documentNames) {
                if (!m_project || members.isEmpty())
                    return;
                if (members.size() == 1) {
                    m_undoStack->push(new RemoveCaseMemberCommand(m_project.get(), {guid, name}, members.constFirst(),
                                                                  documentNames.value(0)));
                    return;
                }
                m_undoStack->beginMacro(
                    tr("Take %n document(s) or passage(s) out of case \"%1\"", nullptr, int(members.size())).arg(name));
                for (int i = 0; i < members.size(); ++i)
                    m_undoStack->push(new RemoveCaseMemberCommand(m_project.get(), {guid, name}, members.at(i),
                                                                  documentNames.value(i)));
                m_undoStack->endMacro();
            });
    connect(m_cases, &CasesPanel::memberActivated, this, [this](qint64 documentId, qint64 start, qint64 end) {
        if (end == 0)
            showDocument(documentId);
        else
            jumpTo(documentId, start, end);
    });

    connect(m_documents, &DocumentsPanel::addToSetRequested, m_sets, &SetsPanel::askAddDocuments);
    connect(m_codebook, &CodebookPanel::addToCodeSetRequested, m_sets, &SetsPanel::askAddCodes);
    connect(m_sets, &SetsPanel::removeDocumentSetRequested, this, [this, push](const QString &guid) {
        for (const Core::DocumentSet &set : m_project ? m_project->documentSets() : QList<Core::DocumentSet>()) {
            if (set.guid == guid)
                push(new RemoveDocumentSetCommand(m_project.get(), set));
        }
    });
    connect(m_sets, &SetsPanel::removeCodeSetRequested, this, [this, push](const QString &guid) {
        for (const Core::CodeSet &set : m_project ? m_project->codeSets() : QList<Core::CodeSet>()) {
            if (set.guid == guid)
                push(new RemoveCodeSetCommand(m_project.get(), set));
        }
    });
    connect(m_sets, &SetsPanel::addDocumentsRequested, this,
            [this, push](const QString &guid, const QList<qint64> &documentIds) {
                for (const Core::DocumentSet &set :
                     m_project ? m_project->documentSets() : QList<Core::DocumentSet>()) {
                    if (set.guid == guid)
                        push(new AddToDocumentSetCommand(m_project.get(), set, documentIds));
                }
            });
    connect(m_sets, &SetsPanel::newDocumentSetRequested, this,
            [this, push](const QString &name, const QList<qint64> &documentIds) {
                push(new AddDocumentSetCommand(m_project.get(), name, documentIds, {}));
            });
    connect(m_sets, &SetsPanel::addCodesRequested, this,
            [this, push](const QString &guid, const QList<qint64> &codeIds) {
                for (const Core::CodeSet &set : m_project ? m_project->codeSets() : QList<Core::CodeSet>()) {
                    if (set.guid == guid)
                        push(new AddToCodeSetCommand(m_project.get(), set, codeIds));
                }
            });
    connect(m_sets, &SetsPanel::newCodeSetRequested, this,
            [this, push](const QString &name, const QList<qint64> &codeIds) {
                push(new AddCodeSetCommand(m_project.get(), name, codeIds));
            });
}

} // namespace Marginalia::Ui
