#pragma once

#include "analysis/excerptreader.h"
#include "base/result.h"
#include "deferredpanelreload.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentScopeBar;
class ExcerptModel;

/**
 * Retrieval: every passage coded with the code selected in the codebook, optionally with its subcodes,
 * of all coders or one, in all documents or one, within the documents in scope (a set, a condition, or the
 * documents of a matrix column: DocumentScopeBar); each with its document, code, coder, pages and a little
 * context. Activating a passage (double-click, Enter) asks for it to be shown in its document
 * (passageActivated()); "Export CSV..." writes the same passages with Core::CsvExport.
 *
 * The panel follows the project's signals and reloads (coalesced, once per turn of the event loop) when
 * codings, the codebook or the documents change. While hidden (a closed or tabbed-away dock) it only
 * notes that it is out of date and reloads when shown.
 */
class RetrievalPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetrievalPanel)

public:
    explicit RetrievalPanel(QWidget *parent = nullptr);
    ~RetrievalPanel() override;

    /// The project to retrieve from (nullptr: none). Clears the code and the coder and document filters.
    void setProject(Core::Project *project);
    Core::Project *project() const;

    qint64 code() const { return m_codeId; }
    bool includeSubcodes() const;
    qint64 coderFilter() const { return m_coderId; }
    qint64 documentFilter() const { return m_documentId; }
    /// What the list shows and the export writes.
    Core::CodingFilter filter() const;

    ExcerptModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Which documents the passages are from: all, a set, those meeting a condition, or given ones.
    DocumentScopeBar *scopeBar() const { return m_scope; }

    /// Writes the passages the panel lists to a CSV file (the columns of Core::CsvExport::excerptColumns()).
    Core::Status exportCsv(const QString &path) const;

public Q_SLOTS:
    /// The code whose passages to list (the codebook's current code); 0: none, the list is empty.
    void setCode(qint64 codeId);
    void setIncludeSubcodes(bool include);
    /// Only this coder's passages (0: every coder's), e.g. from the window's "view codings of" setting.
    void setCoderFilter(qint64 coderId);
    /// Only passages in this document (0: in every document).
    void setDocumentFilter(qint64 documentId);
    /// Reads the passages again now, shown or not.
    void reload();

Q_SIGNALS:
    /// The user activated a passage: show [start, end) (code points) of the document, and the coding.
    void passageActivated(qint64 documentId, qint64 start, qint64 end, qint64 codingId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshCoders();
    void refreshDocuments();
    void updateColumns();
    void setColumnWidths();
    void updateSummary();
    void activate(const QModelIndex &index);
    void copyPassage();
    void exportCsvInteractively();

    QPointer<Core::Project> m_project;
    qint64 m_codeId = 0;
    qint64 m_coderId = 0;
    qint64 m_documentId = 0;
    /// The filter of the last reload: a reload with the same filter keeps the current row and scroll.
    Core::CodingFilter m_loadedFilter;
    bool m_documentsStale = true;
    bool m_projectHasPages = false;
    /// Narrow (a dock at the side): fewer, narrower columns.
    bool m_compact = false;
    QString m_error;

    ExcerptModel *m_model;
    QLabel *m_codeLabel;
    QCheckBox *m_subcodes;
    QComboBox *m_coders;
    QComboBox *m_documents;
    DocumentScopeBar *m_scope;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_export;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
