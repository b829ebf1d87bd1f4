#pragma once

#include "base/result.h"
#include "export/projectreport.h"

#include <QCoreApplication>
#include <QDialog>

#include <optional>

class QCheckBox;
class QPushButton;
class QTreeWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentScopeBar;

/// A project report to write: where, as what, and with which codes' excerpts.
struct ReportRequest
{
    enum class Format { Html, Pdf };
    QString path;
    Format format = Format::Html;
    Core::ProjectReportOptions options;
};

/**
 * File › Export Report…: which documents the report covers (a scope bar as the analysis panels have,
 * starting from the Frequencies panel's), which codes' excerpts it lists (the codebook with check boxes,
 * the selected code checked), whether subcodes' excerpts and the coders' agreement go in, and then HTML or
 * PDF. A scope that cannot be read (a misspelt condition) leaves the save buttons disabled.
 */
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    /// @p scope: the panel whose scope the dialog starts from (nullptr: every document).
    ReportDialog(Core::Project &project, qint64 selectedCodeId, const DocumentScopeBar *scope = nullptr,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// The checked codes, in codebook order.
    QList<qint64> checkedCodes() const;
    void setChecked(qint64 codeId, bool checked);
    DocumentScopeBar *scopeBar() const { return m_scope; }
    /// The options as the dialog stands (the codes, subcodes, agreement), for the window's language.
    Core::ProjectReportOptions options() const;
    /// The format the user chose with the button that closed the dialog.
    ReportRequest::Format format() const { return m_format; }

private:
    void updateButtons();

    DocumentScopeBar *m_scope = nullptr;
    QTreeWidget *m_codes = nullptr;
    QCheckBox *m_subcodes = nullptr;
    QCheckBox *m_agreement = nullptr;
    QList<QPushButton *> m_saveButtons;
    ReportRequest::Format m_format = ReportRequest::Format::Html;
};

/**
 * Writes project reports from the window: the HTML page as the command line writes it
 * (Core::ProjectReport), or a PDF of it laid out by QTextDocument. QTextDocument draws no inline SVG, so
 * for the PDF the chart is rendered by QSvgRenderer into an image the page refers to.
 */
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Ui::ReportExport)

public:
    /// Asks what to put in the report and where to save it; nothing when the user cancels.
    static std::optional<ReportRequest> ask(QWidget *parent, Core::Project &project, qint64 selectedCodeId,
                                            const DocumentScopeBar *scope = nullptr);
    /// Writes the report; the file is replaced only when the whole report was written.
    static Core::Status write(const Core::Project &project, const ReportRequest &request);
    static Core::Status writePdf(const Core::Project &project, Core::ProjectReportOptions options, const QString &path);
};

} // namespace Marginalia::Ui
