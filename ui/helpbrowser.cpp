#include "helpbrowser.h"

#include <QAction>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

static void initHelpResources()
{
    // A static library's resources are registered by hand (as structurehighlighting.cpp does its own).
    Q_INIT_RESOURCE(help);
}

namespace Marginalia::Ui {

namespace {

/// The anchor GitHub gives a heading, which the documents' links use: lower case, punctuation dropped,
/// spaces as hyphens ("1. Open or create a project" is "1-open-or-create-a-project").
QString headingAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

/// Qt's Markdown import gives headings no anchors: each gets its GitHub name here, so that links to
/// headings (and the history's) find them.
void nameHeadings(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(format);
    }
}

/// A text browser that reads .md pages as Markdown and shows screenshots no wider than a page of text.
class GuideView final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource || resource.typeId() != QMetaType::QByteArray)
            return resource;
        QImage image;
        if (!image.loadFromData(resource.toByteArray()))
            return resource;
        constexpr int widest = 720;
        return image.width() > widest ? image.scaledToWidth(widest, Qt::SmoothTransformation) : image;
    }

protected:
    void doSetSource(const QUrl &url, QTextDocument::ResourceType type) override
    {
        if (type == QTextDocument::UnknownResource && url.path().endsWith(QLatin1String(".md")))
            type = QTextDocument::MarkdownResource;
        QTextBrowser::doSetSource(url, type);
        // The headings got their anchors as the page loaded (sourceChanged): only now can the link's
        // #heading be found.
        if (url.hasFragment())
            scrollToAnchor(url.fragment());
    }
};

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideView(this))
    , m_contents(new QTreeWidget(this))
    , m_find(new QLineEdit(this))
    , m_findResult(new QLabel(this))
{
    initHelpResources();
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Marginalia User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);

    auto *back = new QToolButton(this);
    back->setText(tr("Back"));
    back->setToolTip(tr("Back to the page or place shown before (Alt+Left)"));
    back->setArrowType(layoutDirection() == Qt::RightToLeft ? Qt::RightArrow : Qt::LeftArrow);
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
    auto *home = new QToolButton(this);
    home->setText(tr("Contents"));
    home->setToolTip(tr("The user guide's first page"));
    connect(home, &QToolButton::clicked, this, [this] { showPage(userGuideUrl()); });

    m_find->setObjectName(QStringLiteral("userGuideFind"));
    m_find->setPlaceholderText(tr("Find in this page"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // As the words are typed: from the start of the current match, so that it grows rather than jumps.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findNext();
    });
    auto *findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    auto *findNextAction = new QAction(this);
    findNextAction->setShortcuts(QKeySequence::FindNext);
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(); });
    addAction(findNextAction);
    auto *findPreviousAction = new QAction(this);
    findPreviousAction->setShortcuts(QKeySequence::FindPrevious);
    connect(findPreviousAction, &QAction::triggered, this, [this] { findNext(true); });
    addAction(findPreviousAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(home);
    bar->addStretch();
    bar->addWidget(m_findResult);
    bar->addWidget(m_find);
    m_find->setMinimumWidth(240);

    m_contents->setObjectName(QStringLiteral("userGuideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(false);
    m_contents->setIndentation(14);
    m_contents->setTextElideMode(Qt::ElideRight);
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QTextBlock block = m_browser->document()->findBlockByNumber(item->data(0, Qt::UserRole).toInt());
        if (!block.isValid())
            return;
        // The heading at the top of the view, as a link to it would put it.
        m_browser->setTextCursor(QTextCursor(block));
        m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
        m_browser->ensureCursorVisible();
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::pageChanged);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 760});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    resize(1040, 760);
    showPage(userGuideUrl());
}

QUrl HelpBrowser::userGuideUrl()
{
    return QUrl(QStringLiteral("qrc:/help/user-guide.md"));
}

void HelpBrowser::showPage(const QUrl &url)
{
    m_browser->setSource(url);
}

QStringList HelpBrowser::contents() const
{
    QStringList headings;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        int depth = 0;
        for (const QTreeWidgetItem *parent = (*it)->parent(); parent; parent = parent->parent())
            ++depth;
        headings.append(QString(depth * 2, QLatin1Char(' ')) + (*it)->text(0));
    }
    return headings;
}

bool HelpBrowser::findNext(bool backward)
{
    const QString words = m_find->text();
    m_findResult->clear();
    if (words.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(words, flags))
        return true;
    // Round again from the other end.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    if (m_browser->find(words, flags))
        return true;
    m_findResult->setText(tr("Not found"));
    return false;
}

void HelpBrowser::pageChanged()
{
    QTextDocument *document = m_browser->document();
    nameHeadings(document);
    m_contents->clear();
    // Each heading under the nearest one of a higher level before it.
    QList<QTreeWidgetItem *> open;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0 || block.text().isEmpty())
            continue;
        while (!open.isEmpty() && open.last()->data(0, Qt::UserRole + 1).toInt() >= level)
            open.removeLast();
        auto *item = open.isEmpty() ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(open.last());
        item->setText(0, block.text());
        item->setToolTip(0, block.text());
        item->setData(0, Qt::UserRole, block.blockNumber());
        item->setData(0, Qt::UserRole + 1, level);
        open.append(item);
    }
    m_contents->expandAll();
}

} // namespace Marginalia::Ui
