#include "mainwindow.h"

#include "codetree.h"
#include "project.h"
#include "textoffsets.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextBlock>
#include <QTreeWidget>

namespace Marginalia::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_documents(new QListWidget(this))
    , m_view(new QPlainTextEdit(this))
    , m_codes(new QTreeWidget(this))
{
    setWindowTitle(tr("Marginalia"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = m_view->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_view->setFont(font);
    setCentralWidget(m_view);

    auto *documentsDock = new QDockWidget(tr("Documents"), this);
    documentsDock->setObjectName(QStringLiteral("documentsDock"));
    documentsDock->setWidget(m_documents);
    addDockWidget(Qt::LeftDockWidgetArea, documentsDock);

    m_codes->setHeaderLabels({tr("Code"), tr("Codings")});
    auto *codesDock = new QDockWidget(tr("Codebook"), this);
    codesDock->setObjectName(QStringLiteral("codesDock"));
    codesDock->setWidget(m_codes);
    addDockWidget(Qt::RightDockWidgetArea, codesDock);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Project..."), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                          tr("Marginalia projects (*.marginalia)"));
        if (!path.isEmpty())
            openProject(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    connect(m_documents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            showDocument(current->data(Qt::UserRole).toLongLong());
    });
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    auto opened = Core::Project::open(path);
    if (!opened) {
        QMessageBox::warning(this, tr("Cannot open project"), opened.error());
        return false;
    }
    m_project = std::move(*opened);
    setWindowTitle(tr("%1 - Marginalia").arg(QFileInfo(path).completeBaseName()));
    m_documents->clear();
    for (const Core::Document &document : m_project->documents()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(document.name).arg(document.codingCount), m_documents);
        item->setData(Qt::UserRole, document.id);
    }
    reloadCodebook();
    if (m_documents->count() > 0)
        m_documents->setCurrentRow(0);
    statusBar()->showMessage(tr("Opened %1").arg(path));
    return true;
}

void MainWindow::reloadCodebook()
{
    m_codes->clear();
    const Core::CodeTree tree(m_project->codes());
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Core::Code &code : tree.codes()) {
        QTreeWidgetItem *parent = items.value(code.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_codes);
        item->setText(0, code.name);
        item->setText(1, QString::number(m_project->codingCount(code.id, false)));
        item->setToolTip(0, code.description);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(code.color));
        item->setIcon(0, QIcon(swatch));
        items.insert(code.id, item);
    }
    m_codes->expandAll();
    m_codes->resizeColumnToContents(0);
}

void MainWindow::showDocument(qint64 documentId)
{
    auto text = m_project->documentText(documentId);
    if (!text)
        return;
    m_view->setPlainText(*text);
    const Core::TextOffsets offsets(*text);
    const Core::CodeTree tree(m_project->codes());
    QList<QTextEdit::ExtraSelection> selections;
    for (const Core::Coding &coding : m_project->codings({documentId, 0, false, 0})) {
        const Core::Code *code = tree.find(coding.codeId);
        QColor color(code ? code->color : QStringLiteral("#FFFF00"));
        color.setAlpha(70);
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(color);
        selection.cursor = QTextCursor(m_view->document());
        selection.cursor.setPosition(int(offsets.toUtf16(coding.start)));
        selection.cursor.setPosition(int(offsets.toUtf16(coding.end)), QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_view->setExtraSelections(selections);
}

} // namespace Marginalia::Ui
