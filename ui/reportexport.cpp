#include "reportexport.h"

#include "analysis/frequencies.h"
#include "documentscopebar.h"
#include "fileexport.h"
#include "model/codetree.h"
#include "store/project.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

constexpr int CodeIdRole = Qt::UserRole;

} // namespace

ReportDialog::ReportDialog(Core::Project &project, qint64 selectedCodeId, const DocumentScopeBar *scope,
                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The report has the codebook, the code frequencies with a chart, the memos and, "
                                "when several coders coded, their agreement. Check the codes whose excerpts it "
                                "should list:"),
                             this);
    intro->setWordWrap(true);

    // The documents it covers: what the Frequencies panel shows, unless the user chooses otherwise here.
    m_scope = new DocumentScopeBar(this);
    m_scope->setProject(&project);
    if (scope)
        m_scope->chooseAs(*scope);
    connect(m_scope, &DocumentScopeBar::scopeChanged, this, &ReportDialog::updateButtons);
    layout->addWidget(m_scope);
    layout->addWidget(intro);

    m_codes = new QTreeWidget(this);
    m_codes->setHeaderHidden(true);
    m_codes->setRootIsDecorated(true);
    const Core::CodeTree tree(project.codes());
    QHash<qint64, QTreeWidgetItem *> items;
    for (const qint64 id : tree.depthFirst()) {
        const Core::Code *code = tree.find(id);
        QTreeWidgetItem *parentItem = items.value(code->parentId);
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_codes);
        item->setText(0, code->name);
        item->setData(0, CodeIdRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, id == selectedCodeId ? Qt::Checked : Qt::Unchecked);
        items.insert(id, item);
    }
    m_codes->expandAll();
    if (QTreeWidgetItem *selected = items.value(selectedCodeId))
        m_codes->scrollToItem(selected);
    layout->addWidget(m_codes, 1);

    m_subcodes = new QCheckBox(tr("Each checked code's excerpts include its &subcodes'"), this);
    layout->addWidget(m_subcodes);
    m_agreement = new QCheckBox(tr("The &agreement between coders, when two or more coded"), this);
    m_agreement->setChecked(true);
    layout->addWidget(m_agreement);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *html = buttons->addButton(tr("Save as &HTML..."), QDialogButtonBox::AcceptRole);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF..."), QDialogButtonBox::AcceptRole);
    html->setDefault(true);
    m_saveButtons = {html, pdf};
    connect(html, &QPushButton::clicked, this, [this] { m_format = ReportRequest::Format::Html; });
    connect(pdf, &QPushButton::clicked, this, [this] { m_format = ReportRequest::Format::Pdf; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
    resize(460, 540);
}

void ReportDialog::updateButtons()
{
    // The bar names what is wrong under itself; a report of a question that was not asked is not offered.
    const bool readable = m_scope->errorMessage().isEmpty();
    for (QPushButton *button : std::as_const(m_saveButtons))
        button->setEnabled(readable);
}

ReportDialog::~ReportDialog() = default;

QList<qint64> ReportDialog::checkedCodes() const
{
    QList<qint64> codes;
    for (QTreeWidgetItemIterator it(m_codes, QTreeWidgetItemIterator::Checked); *it; ++it)
        codes.append((*it)->data(0, CodeIdRole).toLongLong());
    return codes;
}

void ReportDialog::setChecked(qint64 codeId, bool checked)
{
    for (QTreeWidgetItemIterator it(m_codes); *it; ++it) {
        if ((*it)->data(0, CodeIdRole).toLongLong() == codeId)
            (*it)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

Core::ProjectReportOptions ReportDialog::options() const
{
    Core::ProjectReportOptions options;
    options.excerptCodeIds = checkedCodes();
    options.includeSubcodes = m_subcodes->isChecked();
    options.includeAgreement = m_agreement->isChecked();
    options.documentIds = m_scope->scope();
    switch (m_scope->kind()) {
    case DocumentScopeBar::Kind::AllDocuments:
        break;
    case DocumentScopeBar::Kind::Set:
        options.scopeDescription = Core::ProjectReport::describeScope(m_scope->description(), QString());
        break;
    case DocumentScopeBar::Kind::Condition:
        options.scopeDescription = Core::ProjectReport::describeScope(QString(), m_scope->condition());
        break;
    case DocumentScopeBar::Kind::Documents: // a label the window gave them, e.g. a matrix column's
        options.scopeDescription = m_scope->description();
        break;
    }
    options.howToChooseCodes = tr("Check codes in File \u203A Export Report\u2026 to list their excerpts.");
    options.language = QLocale().bcp47Name();
    const QString version = QCoreApplication::applicationVersion();
    options.generator = version.isEmpty() ? QStringLiteral("Marginalia") : QStringLiteral("Marginalia ") + version;
    return options;
}

std::optional<ReportRequest> ReportExport::ask(QWidget *parent, Core::Project &project, qint64 selectedCodeId,
                                               const DocumentScopeBar *scope)
{
    ReportDialog dialog(project, selectedCodeId, scope, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ReportRequest request;
    request.format = dialog.format();
    request.options = dialog.options();
    const bool pdf = request.format == ReportRequest::Format::Pdf;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + tr("%1 report", "a file name: no direction marks in it").arg(FileExport::projectBaseName(project))
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html"));
    request.path = QFileDialog::getSaveFileName(parent, tr("Save the Report"), suggested,
                                                pdf ? tr("PDF (*.pdf)") : tr("Web page (*.html)"));
    if (request.path.isEmpty())
        return std::nullopt;
    return request;
}

Core::Status ReportExport::write(const Core::Project &project, const ReportRequest &request)
{
    if (request.format == ReportRequest::Format::Pdf)
        return writePdf(project, request.options, request.path);
    return FileExport::write(request.path, [&](QIODevice *file) -> Core::Status {
        auto written = Core::ProjectReport::writeHtml(project, request.options, file);
        if (!written)
            return Core::Error{written.error()};
        return Core::success();
    });
}

Core::Status ReportExport::writePdf(const Core::Project &project, Core::ProjectReportOptions options,
                                    const QString &path)
{
    options.chart = Core::ProjectReportOptions::Chart::Image;
    QBuffer html;
    html.open(QIODevice::WriteOnly);
    if (auto written = Core::ProjectReport::writeHtml(project, options, &html); !written)
        return Core::Error{written.error()};

    QTextDocument document;
    // The chart the page's <img src="marginalia:chart"/> names, drawn at twice its size to print sharply.
    auto frequencies = Core::Frequencies::compute(project, 0, options.documentIds);
    if (!frequencies)
        return Core::Error{frequencies.error()};
    const QString svg = Core::ProjectReport::frequencyChartSvg(*frequencies, Core::CodeTree(project.codes()));
    if (!svg.isEmpty()) {
        QSvgRenderer renderer(svg.toUtf8());
        QImage chart(renderer.defaultSize() * 2, QImage::Format_ARGB32_Premultiplied);
        chart.fill(Qt::white);
        QPainter painter(&chart);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("marginalia:chart")), chart);
    }
    document.setHtml(QString::fromUtf8(html.data()));

    return FileExport::write(path, [&](QIODevice *file) -> Core::Status {
        QPdfWriter writer(file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // No margins of the writer's own: QTextDocument::print() gives an unpaginated document 2 cm on every
        // side, and the two would add up.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(project.name());
        writer.setCreator(options.generator);
        document.print(&writer);
        return Core::success();
    });
}

} // namespace Marginalia::Ui
