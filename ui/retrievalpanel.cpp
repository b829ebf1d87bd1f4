#include "retrievalpanel.h"

#include "codepathdelegate.h"
#include "documentscopebar.h"
#include "excerptmodel.h"
#include "export/csvexport.h"
#include "fileexport.h"
#include "model/codetree.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

/**
 * Draws a passage on one line with the coded part in bold and the context around it dimmed. When the
 * line is wider than the cell, it is shifted so that the coded part starts near the reading edge: the
 * context before it is the first thing to give way. One QTextLayout per visible cell: bidirectional text
 * (Arabic inside English) comes out right, and only the rows on screen cost anything.
 */
class PassageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
        if (text.isEmpty() || rect.width() <= 0)
            return;
        const int highlightStart = index.data(ExcerptModel::HighlightStartRole).toInt();
        const int highlightLength = index.data(ExcerptModel::HighlightLengthRole).toInt();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                                : QPalette::Inactive;
        const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

        QTextCharFormat context;
        // Context at 60% between the text and its background: clearly secondary, still readable.
        context.setForeground(QColor::fromRgbF(textColor.redF() * 0.6 + background.redF() * 0.4,
                                               textColor.greenF() * 0.6 + background.greenF() * 0.4,
                                               textColor.blueF() * 0.6 + background.blueF() * 0.4));
        QTextCharFormat coded;
        coded.setFontWeight(QFont::Bold);
        const int highlightEnd = highlightStart + highlightLength;
        QList<QTextLayout::FormatRange> formats{{0, highlightStart, context},
                                                {highlightStart, highlightLength, coded},
                                                {highlightEnd, int(text.size()) - highlightEnd, context}};

        QTextLayout layout(text, opt.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        textOption.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(textOption);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            layout.endLayout();
            return;
        }
        line.setLineWidth(rect.width());
        layout.endLayout();

        qreal dx = 0;
        const QRectF natural = line.naturalTextRect();
        if (natural.width() > rect.width()) {
            const qreal indent = std::min<qreal>(rect.width() / 4.0, opt.fontMetrics.averageCharWidth() * 16);
            const qreal start = line.cursorToX(highlightStart);
            const bool rightToLeft = textOption.textDirection() == Qt::RightToLeft;
            const qreal target = rightToLeft ? rect.width() - indent : indent;
            dx = std::clamp(target - start, rect.width() - natural.right(), -natural.left());
            if (!rightToLeft && -dx > natural.left() + 0.5) {
                // The context is cut on the left: begin it at a word, not in the middle of one.
                for (int i = 1; i < highlightStart; ++i) {
                    if (text.at(i - 1).isSpace() && line.cursorToX(i) >= -dx) {
                        dx = -line.cursorToX(i);
                        break;
                    }
                }
            }
        }
        painter->save();
        painter->setClipRect(rect);
        painter->setPen(textColor);
        layout.draw(painter, QPointF(rect.left() + dx, rect.top() + (rect.height() - line.height()) / 2.0));
        painter->restore();
    }
};

} // namespace

RetrievalPanel::RetrievalPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExcerptModel(this))
    , m_codeLabel(new QLabel(this))
    , m_subcodes(new QCheckBox(tr("With subcodes"), this))
    , m_coders(new QComboBox(this))
    , m_documents(new QComboBox(this))
    , m_scope(new DocumentScopeBar(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV..."), this))
    , m_deferredReload(this, [this] { reload(); })
{
    m_codeLabel->setObjectName(QStringLiteral("retrievalCode"));
    m_subcodes->setObjectName(QStringLiteral("retrievalSubcodes"));
    m_coders->setObjectName(QStringLiteral("retrievalCoders"));
    m_documents->setObjectName(QStringLiteral("retrievalDocuments"));
    m_view->setObjectName(QStringLiteral("retrievalPassages"));
    m_summary->setObjectName(QStringLiteral("retrievalSummary"));
    m_export->setObjectName(QStringLiteral("retrievalExport"));

    QFont bold = m_codeLabel->font();
    bold.setBold(true);
    m_codeLabel->setFont(bold);
    // A long code path must not make a narrow dock wider: it is cut, and whole in the tooltip.
    m_codeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_subcodes->setChecked(true);
    m_subcodes->setToolTip(tr("Also list the passages coded with the code's subcodes"));

    PanelControls::setUpFilterCombo(m_coders);
    PanelControls::setUpFilterCombo(m_documents);
    m_coders->setToolTip(tr("Show the passages of every coder or of one"));
    m_coders->setAccessibleName(tr("Coder"));
    m_documents->setToolTip(tr("Show the passages in every document or in one"));
    m_documents->setAccessibleName(tr("Document"));

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ExcerptModel::PassageColumn, new PassageDelegate(m_view));
    m_view->setItemDelegateForColumn(ExcerptModel::CodeColumn, new CodePathDelegate(m_view));
    PanelControls::setUpResultTable(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setColumnWidths();

    auto *goTo = new QAction(tr("&Go to Passage"), m_view);
    connect(goTo, &QAction::triggered, this, [this] { activate(m_view->currentIndex()); });
    auto *copy = new QAction(tr("&Copy Passage"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &RetrievalPanel::copyPassage);
    m_view->addActions({goTo, copy});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_export->setToolTip(tr("Write these passages to a CSV file for a spreadsheet, R or Python"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel, 1);
    codeRow->addWidget(m_subcodes);
    layout->addLayout(codeRow);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_coders, 1);
    filterRow->addWidget(m_documents, 2);
    layout->addLayout(filterRow);
    // A row of its own: the panel is often a narrow dock at the side, and a condition needs the width.
    layout->addWidget(m_scope);
    layout->addWidget(m_view, 1);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_summary, 1);
    bottomRow->addWidget(m_export);
    layout->addLayout(bottomRow);

    connect(m_subcodes, &QCheckBox::toggled, this, [this] { m_deferredReload.requestReload(); });
    connect(m_coders, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            m_coderId = m_coders->itemData(index).toLongLong();
            m_deferredReload.requestReload();
        }
    });
    connect(m_documents, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            m_documentId = m_documents->itemData(index).toLongLong();
            m_deferredReload.requestReload();
        }
    });
    connect(m_scope, &DocumentScopeBar::scopeChanged, this, [this] { m_deferredReload.requestReload(); });
    connect(m_view, &QAbstractItemView::activated, this, &RetrievalPanel::activate);
    connect(m_export, &QPushButton::clicked, this, &RetrievalPanel::exportCsvInteractively);

    reload();
}

RetrievalPanel::~RetrievalPanel() = default;

Core::Project *RetrievalPanel::project() const
{
    return m_project;
}

void RetrievalPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    m_codeId = 0;
    m_coderId = 0;
    m_documentId = 0;
    m_documentsStale = true;
    m_scope->setProject(project);
    if (project) {
        // Only a change that can touch the listed passages reloads; the timer folds a burst into one.
        connect(project, &Core::Project::codingsChanged, this, [this](qint64 documentId) {
            if (m_codeId != 0 && (m_documentId == 0 || documentId == 0 || documentId == m_documentId))
                m_deferredReload.reloadAfterChange();
        });
        connect(project, &Core::Project::codebookChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        connect(project, &Core::Project::documentsChanged, this, [this] {
            m_documentsStale = true;
            m_deferredReload.reloadAfterChange();
        });
    }
    // A panel out of sight (a tab behind another, a closed dock) counts when it is shown: opening a large
    // project must not wait for every analysis the user is not looking at.
    if (project)
        m_deferredReload.requestReload();
    else
        reload();
}

bool RetrievalPanel::includeSubcodes() const
{
    return m_subcodes->isChecked();
}

Core::CodingFilter RetrievalPanel::filter() const
{
    Core::CodingFilter filter;
    filter.codeId = m_codeId;
    filter.includeSubcodes = includeSubcodes();
    filter.coderId = m_coderId;
    filter.documentId = m_documentId;
    filter.documentIds = m_scope->scope();
    return filter;
}

void RetrievalPanel::setCode(qint64 codeId)
{
    if (codeId == m_codeId)
        return;
    m_codeId = codeId;
    m_deferredReload.requestReload();
}

void RetrievalPanel::setIncludeSubcodes(bool include)
{
    // The checkbox's toggled() reloads.
    m_subcodes->setChecked(include);
}

void RetrievalPanel::setCoderFilter(qint64 coderId)
{
    if (coderId == m_coderId)
        return;
    m_coderId = coderId;
    PanelControls::selectItem(m_coders, coderId, [this] { refreshCoders(); });
    m_deferredReload.requestReload();
}

void RetrievalPanel::setDocumentFilter(qint64 documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    PanelControls::selectItem(m_documents, documentId, [this] { refreshDocuments(); });
    m_deferredReload.requestReload();
}

void RetrievalPanel::reload()
{
    m_deferredReload.reloadStarted();
    m_error.clear();
    refreshCoders();
    if (m_documentsStale)
        refreshDocuments();

    QString codePath;
    if (m_project && m_codeId != 0) {
        const Core::CodeTree tree(m_project->codes());
        if (tree.find(m_codeId))
            codePath = tree.path(m_codeId);
        else
            m_codeId = 0; // deleted or merged away
    }
    m_codeLabel->setText(m_codeId != 0 ? codePath : tr("No code selected"));
    m_codeLabel->setToolTip(codePath);

    const Core::CodingFilter next = filter();
    const bool sameFilter = next.codeId == m_loadedFilter.codeId
        && next.includeSubcodes == m_loadedFilter.includeSubcodes && next.coderId == m_loadedFilter.coderId
        && next.documentId == m_loadedFilter.documentId && next.documentIds == m_loadedFilter.documentIds;
    // A reload because the project changed keeps the user's place; a new filter starts at the top.
    const QModelIndex current = m_view->currentIndex();
    const qint64 currentCoding
        = sameFilter && current.isValid() ? current.data(ExcerptModel::CodingIdRole).toLongLong() : 0;
    const int scroll = sameFilter ? m_view->verticalScrollBar()->value() : 0;
    const int lastVisibleRow = sameFilter ? m_view->rowAt(m_view->viewport()->height() - 1) : -1;
    const QByteArray headerState = m_view->horizontalHeader()->saveState();

    m_model->setFilter(next);
    m_loadedFilter = next;
    if (!m_project || m_codeId == 0) {
        m_model->clear();
    } else if (Core::Status status = m_model->reload(); !status) {
        m_error = status.error();
    }

    m_view->horizontalHeader()->restoreState(headerState);
    if (lastVisibleRow >= 0)
        m_model->fetchUntil(lastVisibleRow + 1);
    if (currentCoding != 0) {
        if (const qsizetype row = m_model->rowOfCoding(currentCoding); row >= 0) {
            m_model->fetchUntil(row + 1);
            m_view->setCurrentIndex(m_model->index(int(row), ExcerptModel::PassageColumn));
        }
    }
    m_view->verticalScrollBar()->setValue(scroll);
    updateColumns();
    updateSummary();
}

void RetrievalPanel::refreshCoders()
{
    PanelControls::fillCoders(m_coders, m_project, m_coderId);
}

void RetrievalPanel::refreshDocuments()
{
    m_documentsStale = false;
    m_projectHasPages = false;
    const QSignalBlocker blocker(m_documents);
    m_documents->clear();
    m_documents->addItem(tr("All documents"), qint64(0));
    if (m_project) {
        for (const Core::Document &document : m_project->documents()) {
            m_documents->addItem(document.name, document.id);
            m_projectHasPages = m_projectHasPages || document.pageCount > 0;
        }
    }
    int index = m_documents->findData(m_documentId);
    if (index < 0) {
        // The document was removed: show passages in every document rather than none.
        m_documentId = 0;
        index = 0;
    }
    m_documents->setCurrentIndex(index);
}

void RetrievalPanel::updateColumns()
{
    // A column that would say the same on every row gives its room to the passage. In a narrow dock the
    // passage matters most: coder and pages go (the tooltip names them), the code keeps its colour.
    m_view->setColumnHidden(ExcerptModel::DocumentColumn, m_documentId != 0);
    m_view->setColumnHidden(ExcerptModel::CodeColumn, !includeSubcodes());
    m_view->setColumnHidden(ExcerptModel::CoderColumn, m_coderId != 0 || m_compact);
    m_view->setColumnHidden(ExcerptModel::PagesColumn, !m_projectHasPages || m_compact);
}

void RetrievalPanel::setColumnWidths()
{
    const int character = m_view->fontMetrics().averageCharWidth();
    const int swatch = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    m_view->setColumnWidth(ExcerptModel::DocumentColumn, character * (m_compact ? 11 : 18));
    m_view->setColumnWidth(ExcerptModel::CodeColumn, m_compact ? swatch + 14 : character * 24);
    m_view->setColumnWidth(ExcerptModel::CoderColumn, character * 10);
    m_view->setColumnWidth(ExcerptModel::PagesColumn, character * 7);
}

void RetrievalPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Widths change only when the layout switches, so a column the user widened stays as it is.
    const bool compact = width() < m_view->fontMetrics().averageCharWidth() * 80;
    if (compact != m_compact) {
        m_compact = compact;
        setColumnWidths();
        updateColumns();
    }
}

void RetrievalPanel::updateSummary()
{
    const bool listed = m_project && m_codeId != 0 && m_error.isEmpty();
    m_export->setEnabled(listed && m_model->totalCount() > 0);
    if (!m_project)
        m_summary->setText(tr("No project open"));
    else if (!m_error.isEmpty())
        m_summary->setText(m_error);
    else if (m_codeId == 0)
        m_summary->setText(tr("Select a code to see its passages"));
    else
        m_summary->setText(tr("%1 in %2", "passages in documents")
                               .arg(tr("%n passage(s)", nullptr, int(m_model->totalCount())),
                                    tr("%n document(s)", nullptr, int(m_model->documentCount()))));
    m_summary->setToolTip(m_summary->text());
}

void RetrievalPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT passageActivated(
        index.data(ExcerptModel::DocumentIdRole).toLongLong(), index.data(ExcerptModel::StartRole).toLongLong(),
        index.data(ExcerptModel::EndRole).toLongLong(), index.data(ExcerptModel::CodingIdRole).toLongLong());
}

void RetrievalPanel::copyPassage()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(index.data(ExcerptModel::PassageRole).toString());
}

Core::Status RetrievalPanel::exportCsv(const QString &path) const
{
    if (!m_project)
        return Core::Error{tr("No project is open.")};
    if (m_codeId == 0)
        return Core::Error{tr("No code is selected.")};
    return FileExport::write(
        path, [this](QIODevice *file) { return Core::CsvExport::writeExcerpts(*m_project, filter(), file, {}); });
}

void RetrievalPanel::exportCsvInteractively()
{
    QString name = tr("passages");
    if (m_project) {
        if (const auto code = m_project->code(m_codeId); code && !code->name.isEmpty())
            name = code->name;
    }
    // Characters some file systems refuse in a name.
    for (QChar &c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    FileExport::saveInteractively(this, tr("Export Passages"), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"),
                                  [this](const QString &path) { return exportCsv(path); });
}

} // namespace Marginalia::Ui
