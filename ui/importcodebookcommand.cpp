#include "importcodebookcommand.h"

#include "exchange/refiqdacodebook.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Marginalia::Ui {

namespace {

QList<qint64> topLevelIds(const Core::Project &project)
{
    QList<qint64> ids;
    for (const Core::Code &code : project.codes()) {
        if (code.parentId == 0)
            ids.append(code.id);
    }
    return ids;
}

} // namespace

ImportCodebookCommand::ImportCodebookCommand(Core::Project *project, const QString &filePath, QUndoCommand *parent)
    : ProjectCommand(project,
                     QCoreApplication::translate("Marginalia::Ui::Commands", "Import codebook %1")
                         .arg(QFileInfo(filePath).fileName()),
                     parent)
    , m_filePath(filePath)
{
}

void ImportCodebookCommand::redo()
{
    if (m_hasRun) {
        check(m_project->restoreSnapshot(m_after));
        return;
    }
    m_hasRun = true;
    m_before = m_project->snapshotCodes(topLevelIds(*m_project));
    auto report = Core::RefiQdaCodebook::importInto(*m_project, m_filePath);
    if (!report) {
        check(report.error());
        return;
    }
    m_report = *report;
    m_after = m_project->snapshotCodes(topLevelIds(*m_project));
    QSet<qint64> before;
    for (const Core::Code &code : std::as_const(m_before.codes))
        before.insert(code.id);
    for (const Core::Code &code : std::as_const(m_after.codes)) {
        if (!before.contains(code.id))
            m_added.append(code.id);
    }
    if (m_added.isEmpty() && m_report.codesUpdated == 0)
        setObsolete(true); // nothing changed: no step to undo
}

void ImportCodebookCommand::undo()
{
    check(m_project->transact(QCoreApplication::translate("Marginalia::Ui::Commands", "undoing a codebook import"),
                              [&]() -> Core::Status {
                                  // Children before parents, so that no delete finds its code gone already.
                                  for (auto it = m_added.crbegin(); it != m_added.crend(); ++it) {
                                      if (m_project->code(*it)) {
                                          if (auto removed = m_project->deleteCode(*it); !removed)
                                              return Core::Error{removed.error()};
                                      }
                                  }
                                  return m_project->restoreSnapshot(m_before);
                              }));
}

} // namespace Marginalia::Ui
