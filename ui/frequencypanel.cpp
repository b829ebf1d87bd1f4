#include "frequencypanel.h"

#include "codepathdelegate.h"
#include "documentscopebar.h"
#include "export/csvexport.h"
#include "fileexport.h"
#include "frequencychart.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QSvgGenerator>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

QString groupingFileName(FrequencyModel::Grouping grouping)
{
    switch (grouping) {
    case FrequencyModel::Grouping::ByCode:
        return QStringLiteral("frequencies-by-code");
    case FrequencyModel::Grouping::ByDocument:
        return QStringLiteral("frequencies-by-document");
    case FrequencyModel::Grouping::ByCoder:
        return QStringLiteral("frequencies-by-coder");
    }
    return QStringLiteral("frequencies");
}

} // namespace

FrequencyPanel::FrequencyPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FrequencyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_groupings(new QComboBox(this))
    , m_coders(new QComboBox(this))
    , m_scope(new DocumentScopeBar(this))
    , m_error(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_chart(new FrequencyChart(m_splitter))
    , m_exportCsv(new QPushButton(tr("Export CSV..."), this))
    , m_exportChart(new QPushButton(tr("Export Chart..."), this))
    , m_codeDelegate(new CodePathDelegate(this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_groupings->setObjectName(QStringLiteral("frequencyGrouping"));
    m_coders->setObjectName(QStringLiteral("frequencyCoders"));
    m_view->setObjectName(QStringLiteral("frequencyTable"));
    m_chart->setObjectName(QStringLiteral("frequencyChart"));
    m_exportCsv->setObjectName(QStringLiteral("frequencyExportCsv"));
    m_exportChart->setObjectName(QStringLiteral("frequencyExportChart"));

    m_groupings->addItem(tr("By code"), int(FrequencyModel::Grouping::ByCode));
    m_groupings->addItem(tr("By document"), int(FrequencyModel::Grouping::ByDocument));
    m_groupings->addItem(tr("By coder"), int(FrequencyModel::Grouping::ByCoder));
    m_groupings->setToolTip(tr("Count codings per code, per document and code, or per coder and code"));
    m_groupings->setAccessibleName(tr("Grouping"));
    m_coders->setToolTip(tr("Count every coder's codings or one coder's"));
    m_coders->setAccessibleName(tr("Coder"));
    PanelControls::setUpFilterCombo(m_groupings);
    PanelControls::setUpFilterCombo(m_coders);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FrequencyModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    PanelControls::setUpResultTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    // No sort column at first: the model's own order (codebook order, documents by name) until the user
    // clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    // Side by side: the bottom dock is wide and short, and the table above the chart had room for two rows.
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_exportCsv->setToolTip(tr("Write this table to a CSV file for a spreadsheet, R or Python"));
    m_exportChart->setToolTip(tr("Save the chart as a PNG image or an SVG drawing"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    // The combo boxes keep to the top of the row when the scope bar shows a condition's error under it.
    top->addWidget(m_groupings, 1, Qt::AlignTop);
    top->addWidget(m_coders, 1, Qt::AlignTop);
    top->addWidget(m_scope, 3);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_exportCsv);
    bottom->addWidget(m_exportChart);
    layout->addLayout(bottom);

    connect(m_groupings, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setGrouping(FrequencyModel::Grouping(m_groupings->itemData(index).toInt()));
    });
    connect(m_coders, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && m_coders->itemData(index).toLongLong() != m_coderId) {
            m_coderId = m_coders->itemData(index).toLongLong();
            m_deferredReload.requestReload();
        }
    });
    connect(m_scope, &DocumentScopeBar::scopeChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT codeActivated(index.data(FrequencyModel::CodeIdRole).toLongLong());
    });
    connect(m_exportCsv, &QPushButton::clicked, this, &FrequencyPanel::exportCsvInteractively);
    connect(m_exportChart, &QPushButton::clicked, this, &FrequencyPanel::exportChartInteractively);

    reload();
}

FrequencyPanel::~FrequencyPanel() = default;

Core::Project *FrequencyPanel::project() const
{
    return m_project;
}

void FrequencyPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    m_coderId = 0;
    m_scope->setProject(project);
    if (project) {
        // Every change to codings, codes (paths, colours) or documents (names) shows in the numbers; the
        // timer folds a burst of them into one count.
        connect(project, &Core::Project::codingsChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        connect(project, &Core::Project::codebookChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        connect(project, &Core::Project::documentsChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
    }
    // A panel out of sight (a tab behind another, a closed dock) counts when it is shown: opening a large
    // project must not wait for every analysis the user is not looking at.
    if (project)
        m_deferredReload.requestReload();
    else
        reload();
}

FrequencyModel::Grouping FrequencyPanel::grouping() const
{
    return m_model->grouping();
}

void FrequencyPanel::setGrouping(FrequencyModel::Grouping grouping)
{
    {
        const QSignalBlocker blocker(m_groupings);
        m_groupings->setCurrentIndex(m_groupings->findData(int(grouping)));
    }
    if (grouping == m_model->grouping())
        return;
    // The columns change: a sort column of the old grouping means nothing in the new one.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setGrouping(grouping);
    showGrouping();
}

void FrequencyPanel::setCoderFilter(qint64 coderId)
{
    if (coderId == m_coderId)
        return;
    m_coderId = coderId;
    PanelControls::selectItem(m_coders, coderId, [this] { refreshCoders(); });
    m_deferredReload.requestReload();
}

void FrequencyPanel::reload()
{
    m_deferredReload.reloadStarted();
    refreshCoders();
    m_model->setCoderFilter(m_coderId);
    m_model->setDocumentScope(m_scope->scope());
    const Core::Status status = m_model->reload();
    m_error->setText(status ? QString() : status.error());
    m_error->setVisible(!status);
    showGrouping();
}

void FrequencyPanel::showGrouping()
{
    m_chart->setFrequencies(m_model->frequencies(), m_model->grouping(), m_model->codeColors());
    layoutColumns();
    const bool counted = m_project && m_model->rowCount() > 0;
    m_exportCsv->setEnabled(counted);
    m_exportChart->setEnabled(counted);
}

int FrequencyPanel::codeColumn() const
{
    return m_model->grouping() == FrequencyModel::Grouping::ByCode ? 0 : 1;
}

void FrequencyPanel::layoutColumns()
{
    // Numbers take the width of their header, which is wider than any count; the columns of names share
    // what is left in fitNameColumns().
    QHeaderView *header = m_view->horizontalHeader();
    const int character = m_view->fontMetrics().averageCharWidth();
    header->setMinimumSectionSize(character * 5);
    for (int column = codeColumn() + 1; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::max(character * 8, header->sectionSizeHint(column)));
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setItemDelegateForColumn(column, column == codeColumn() ? m_codeDelegate : nullptr);
    fitNameColumns();
}

void FrequencyPanel::fitNameColumns()
{
    // The code column fills the view, but never gets so narrow that a code cannot be read: then the
    // table scrolls sideways instead. A document or coder column takes a quarter, within limits.
    QHeaderView *header = m_view->horizontalHeader();
    const int character = m_view->fontMetrics().averageCharWidth();
    const int available = m_view->viewport()->width();
    const int code = codeColumn();
    if (code == 1)
        header->resizeSection(0, std::clamp(available / 4, character * 10, character * 22));
    int others = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column != code)
            others += header->sectionSize(column);
    }
    header->resizeSection(code, std::max(character * 22, available - others));
}

bool FrequencyPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumns();
    return QWidget::eventFilter(watched, event);
}

void FrequencyPanel::refreshCoders()
{
    PanelControls::fillCoders(m_coders, m_project, m_coderId);
}

Core::Status FrequencyPanel::exportCsv(const QString &path) const
{
    if (!m_project)
        return Core::Error{tr("No project is open.")};
    return FileExport::write(path, [this](QIODevice *file) {
        const Core::Frequencies &frequencies = m_model->frequencies();
        switch (m_model->grouping()) {
        case FrequencyModel::Grouping::ByCode:
            return Core::CsvExport::writeFrequenciesByCode(frequencies, file, {});
        case FrequencyModel::Grouping::ByDocument:
            return Core::CsvExport::writeFrequenciesByDocument(frequencies, file, {});
        case FrequencyModel::Grouping::ByCoder:
            return Core::CsvExport::writeFrequenciesByCoder(frequencies, file, {});
        }
        return Core::success();
    });
}

QSize FrequencyPanel::exportedChartSize(int bars)
{
    // Wide enough for long code names beside the bars; tall enough that each bar has room for its label,
    // and never a strip or a poster.
    return {1200, std::clamp(120 + 36 * bars, 400, 1600)};
}

namespace {

// A margin all round an exported chart: the docked chart's labels run to its edges.
constexpr int ExportMargin = 24;

} // namespace

std::unique_ptr<FrequencyChart> FrequencyPanel::chartForExport() const
{
    // Drawn again off screen at a fixed size: the docked chart is often a narrow strip, which is not what
    // goes into a report.
    auto chart = std::make_unique<FrequencyChart>();
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    chart->setPalette(m_chart->palette());
    chart->setMaxCodes(m_chart->maxCodes());
    chart->setMaxCategories(m_chart->maxCategories());
    chart->setFrequencies(m_model->frequencies(), m_model->grouping(), m_model->codeColors());
    chart->resize(exportedChartSize(int(chart->categories().size())) - QSize(2 * ExportMargin, 2 * ExportMargin));
    chart->show(); // lays the chart out; WA_DontShowOnScreen keeps it off the screen
    return chart;
}

Core::Status FrequencyPanel::exportChartSvg(const QString &path) const
{
    const std::unique_ptr<FrequencyChart> chart = chartForExport();
    const QSize size = chart->size() + QSize(2 * ExportMargin, 2 * ExportMargin);
    return FileExport::write(path, [&](QIODevice *file) -> Core::Status {
        QSvgGenerator svg;
        svg.setOutputDevice(file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        // The screen's resolution, which the chart's fonts (in points) were laid out for; the generator's own
        // 72 dpi would draw the labels a quarter smaller than the PNG has them.
        svg.setResolution(chart->logicalDpiX());
        svg.setTitle(chart->chart()->title());
        svg.setDescription(tr("Code frequencies, drawn by Marginalia"));
        QPainter painter;
        if (!painter.begin(&svg))
            return FileExport::cannotWrite(path, tr("the drawing could not be started"));
        painter.fillRect(QRect(QPoint(), size), chart->palette().color(QPalette::Base));
        chart->render(&painter, QRectF(QPointF(ExportMargin, ExportMargin), chart->size()));
        painter.end();
        return Core::success();
    });
}

Core::Status FrequencyPanel::exportChartPng(const QString &path) const
{
    const std::unique_ptr<FrequencyChart> chart = chartForExport();
    const QSize size = chart->size() + QSize(2 * ExportMargin, 2 * ExportMargin);

    constexpr qreal ratio = 2; // sharp when scaled down in a document or shown on a high-density screen
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    // 2 x 96 dpi: viewers that read the resolution show the image at its layout size.
    image.setDotsPerMeterX(qRound(ratio * 96 / 0.0254));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    image.fill(chart->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // QGraphicsView::render() fills the device's pixels unless given a target: in layout units here.
        chart->render(&painter, QRectF(QPointF(ExportMargin, ExportMargin), chart->size()));
    }
    return FileExport::write(path, [&](QIODevice *file) -> Core::Status {
        if (!image.save(file, "PNG"))
            return FileExport::cannotWrite(path, tr("encoding the image failed"));
        return Core::success();
    });
}

void FrequencyPanel::exportCsvInteractively()
{
    FileExport::saveInteractively(this, tr("Export Frequencies"),
                                  groupingFileName(m_model->grouping()) + QStringLiteral(".csv"),
                                  tr("CSV files (*.csv)"), [this](const QString &path) { return exportCsv(path); });
}

void FrequencyPanel::exportChartInteractively()
{
    FileExport::saveInteractively(this, tr("Export Chart"),
                                  groupingFileName(m_model->grouping()) + QStringLiteral(".png"),
                                  tr("PNG images (*.png);;SVG drawings (*.svg)"), [this](const QString &path) {
                                      // The ending of the name the user gave says which.
                                      return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                                          ? exportChartSvg(path)
                                          : exportChartPng(path);
                                  });
}

} // namespace Marginalia::Ui
