#pragma once

#include "exchange/refiqdareport.h"
#include "model/entities.h"
#include "projectcommand.h"

namespace Marginalia::Ui {

/// Imports a REFI-QDA codebook (.qdc) into the open project as one undoable step: undo removes the codes
/// it added and puts back those it changed; redo puts back the imported codes with the same ids.
class ImportCodebookCommand final : public ProjectCommand
{
public:
    ImportCodebookCommand(Core::Project *project, const QString &filePath, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Core::RefiQdaReport &report() const { return m_report; }

private:
    QString m_filePath;
    Core::RefiQdaReport m_report;
    Core::CodebookSnapshot m_before;
    Core::CodebookSnapshot m_after;
    QList<qint64> m_added;
};

} // namespace Marginalia::Ui
