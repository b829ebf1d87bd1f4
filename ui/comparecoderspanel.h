#pragma once

#include "base/result.h"
#include "deferredpanelreload.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class AgreementModel;
class DocumentScopeBar;

/**
 * Compare Coders: the agreement of the coders the user ticks, on every code or one (with its subcodes or
 * not), over every document they coded in or one,
 * within the documents in scope (a set, a condition: DocumentScopeBar); a sortable table with a row per code that
 * expands to a row per document, cells shaded by value. The table exports as CSV (the CLI's columns) and as an image,
 * and a code's row starts the disagreement review of two coders (reviewRequested()).
 *
 * Like the frequencies, the panel follows the project's signals and computes again once per turn of the
 * event loop, and only while it is shown.
 */
class CompareCodersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareCodersPanel)

public:
    explicit CompareCodersPanel(QWidget *parent = nullptr);
    ~CompareCodersPanel() override;

    void setProject(Core::Project *project);
    Core::Project *project() const;

    /// The ticked coders, in the list's (name) order.
    QList<qint64> checkedCoders() const;
    void setCheckedCoders(const QList<qint64> &coderIds);
    /// 0: every code.
    void setCode(qint64 codeId);
    void setIncludeSubcodes(bool include);
    /// 0: every document the coders coded in.
    void setDocument(qint64 documentId);

    AgreementModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    /// Which documents are compared: all, a set, or those meeting a condition.
    DocumentScopeBar *scopeBar() const { return m_scope; }
    /// Why there is no table (fewer than two coders ticked, a failed read), or empty.
    QString message() const;

    enum class CsvLayout { ByCode, ByDocument };
    Core::Status exportCsv(const QString &path, CsvLayout layout) const;
    /// The table as it is on screen, as a PNG image.
    Core::Status exportPng(const QString &path) const;

    /// The code of the current row (0 for none).
    qint64 currentCode() const;

public Q_SLOTS:
    /// Computes again now, shown or not.
    void reload();
    /// Asks for the review of the current code by the two ticked coders (reviewRequested()).
    void requestReview();

Q_SIGNALS:
    /// The user wants to review where @p firstCoderId and @p secondCoderId differ on @p codeId.
    void reviewRequested(qint64 codeId, bool includeSubcodes, qint64 firstCoderId, qint64 secondCoderId);

private:
    void refreshChoices();
    void updateButtons();
    QString codersJoined() const;

    QPointer<Core::Project> m_project;
    AgreementModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListWidget *m_coders;
    QComboBox *m_codes;
    QCheckBox *m_subcodes;
    QComboBox *m_documents;
    DocumentScopeBar *m_scope;
    QLabel *m_message;
    QTreeView *m_view;
    QPushButton *m_review;
    QPushButton *m_exportCsv;
    QPushButton *m_exportImage;
    /// Coders the user unticked: kept unticked when the list is filled again; new coders come ticked.
    QList<qint64> m_unchecked;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
