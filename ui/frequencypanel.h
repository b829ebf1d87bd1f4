#pragma once

#include "base/result.h"
#include "deferredpanelreload.h"
#include "frequencymodel.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStyledItemDelegate;
class QTableView;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

class DocumentScopeBar;
class FrequencyChart;

/**
 * Code frequencies: a sortable table by code, by document or by coder, of every coder's codings or one
 * coder's, in every document or those in scope (a set, a condition: DocumentScopeBar), and a bar chart of
 * the same numbers. Both export: the table as CSV (Core::CsvExport, the
 * columns of its contract) and the chart as PNG.
 *
 * The panel follows the project's signals and counts again (coalesced, once per turn of the event loop)
 * when codings, the codebook or the documents change; while hidden it only notes that it is out of date
 * and counts when shown.
 */
class FrequencyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrequencyPanel)

public:
    explicit FrequencyPanel(QWidget *parent = nullptr);
    ~FrequencyPanel() override;

    /// The project to count (nullptr: none). Clears the coder filter.
    void setProject(Core::Project *project);
    Core::Project *project() const;

    FrequencyModel::Grouping grouping() const;
    qint64 coderFilter() const { return m_coderId; }

    FrequencyModel *model() const { return m_model; }
    /// The table's model: model() behind the sorting proxy.
    QSortFilterProxyModel *sortModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    FrequencyChart *chart() const { return m_chart; }
    /// Which documents are counted: all, a set, or those meeting a condition.
    DocumentScopeBar *scopeBar() const { return m_scope; }

    /// Writes the table of the current grouping as CSV (Core::CsvExport's columns for it).
    Core::Status exportCsv(const QString &path) const;
    /// Writes the chart as a PNG image at a fixed layout, whatever the panel's size: exportedChartSize() for
    /// its number of bars, at twice that in pixels.
    Core::Status exportChartPng(const QString &path) const;
    /// Writes the chart as an SVG drawing at the same layout, for a paper or a slide that is scaled freely:
    /// text stays text, bars stay shapes.
    Core::Status exportChartSvg(const QString &path) const;
    /// The layout size of an exported chart with @p bars bars: 1200 wide, 120 + 36 per bar high, within
    /// 400 to 1600.
    static QSize exportedChartSize(int bars);

public Q_SLOTS:
    void setGrouping(Marginalia::Ui::FrequencyModel::Grouping grouping);
    /// Counts only this coder's codings (0: every coder's), e.g. from the window's "view codings of".
    void setCoderFilter(qint64 coderId);
    /// Counts again now, shown or not.
    void reload();

Q_SIGNALS:
    /// The user activated a row: the code of that row, e.g. to retrieve its passages.
    void codeActivated(qint64 codeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The chart as it is exported, laid out off screen at exportedChartSize() less a margin all round.
    std::unique_ptr<FrequencyChart> chartForExport() const;
    void refreshCoders();
    void showGrouping();
    int codeColumn() const;
    void layoutColumns();
    void fitNameColumns();
    void exportCsvInteractively();
    void exportChartInteractively();

    QPointer<Core::Project> m_project;
    qint64 m_coderId = 0;

    FrequencyModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_groupings;
    QComboBox *m_coders;
    DocumentScopeBar *m_scope;
    QLabel *m_error;
    QSplitter *m_splitter;
    QTableView *m_view;
    FrequencyChart *m_chart;
    QPushButton *m_exportCsv;
    QPushButton *m_exportChart;
    QStyledItemDelegate *m_codeDelegate;
    DeferredPanelReload m_deferredReload;
};

} // namespace Marginalia::Ui
