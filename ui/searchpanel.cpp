#include "searchpanel.h"

#include "documentscopebar.h"
#include "model/codetree.h"
#include "panelcontrols.h"
#include "store/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

void SearchHitModel::setHits(QList<Core::SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Core::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return hit.memo.kind == Core::MemoTarget::Kind::None ? hit.document : memoLabel(hit);
        case PageColumn:
            return hit.page > 0 ? QVariant(hit.page) : QVariant();
        case ParagraphColumn:
            return hit.paragraph;
        // A left-to-right mark first: a context that begins in Arabic would otherwise be laid out as a
        // right-to-left paragraph, its words in the opposite order to the columns around it.
        case BeforeColumn:
            return QString(QChar(0x200E) + hit.before);
        case HitColumn:
            return hit.hit;
        case AfterColumn:
            return QString(QChar(0x200E) + hit.after);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DocumentColumn:
            // By document, then in text order: what "sort by document" means to a reader.
            return QStringLiteral("%1\u0001%2").arg(hit.document).arg(hit.start, 12, 10, QLatin1Char('0'));
        case PageColumn:
            return hit.page;
        case ParagraphColumn:
            return hit.paragraph.section(u' ', 0, 0).toInt() * 10 + (hit.paragraph.contains(u' ') ? 1 : 0);
        case BeforeColumn: {
            // The words nearest the hit decide: sort the left context read backwards.
            QString reversed = hit.before.toCaseFolded();
            std::reverse(reversed.begin(), reversed.end());
            return reversed;
        }
        case HitColumn:
            return hit.hit.toCaseFolded();
        case AfterColumn:
            return hit.after.toCaseFolded();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BeforeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == PageColumn || index.column() == ParagraphColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == HitColumn || hit.memo.kind != Core::MemoTarget::Kind::None) {
            QFont font;
            font.setBold(index.column() == HitColumn);
            font.setItalic(hit.memo.kind != Core::MemoTarget::Kind::None && index.column() == DocumentColumn);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (hit.memo.kind != Core::MemoTarget::Kind::None)
            return tr("%1, characters %2 to %3 of the memo").arg(memoLabel(hit)).arg(hit.start).arg(hit.end);
        return tr("%1, characters %2 to %3").arg(hit.document).arg(hit.start).arg(hit.end);
    default:
        break;
    }
    return {};
}

QString SearchHitModel::memoLabel(const Core::SearchHit &hit)
{
    switch (hit.memo.kind) {
    case Core::MemoTarget::Kind::Project:
        return tr("Memo on the project");
    case Core::MemoTarget::Kind::Document:
        return tr("Memo on %1").arg(hit.document);
    case Core::MemoTarget::Kind::Code:
        return tr("Memo on code %1").arg(hit.document);
    case Core::MemoTarget::Kind::Coding:
        return tr("Memo on a coding in %1").arg(hit.document);
    case Core::MemoTarget::Kind::None:
        break;
    }
    return hit.document;
}

QVariant SearchHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case PageColumn:
        return tr("Page");
    case ParagraphColumn:
        return tr("Para.");
    case BeforeColumn:
        return tr("Before");
    case HitColumn:
        return tr("Hit");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_memos(new QCheckBox(tr("Memos"), this))
    , m_searchButton(new QPushButton(tr("Search"), this))
    , m_codeButton(new QPushButton(tr("Code Hits..."), this))
    , m_message(new QLabel(this))
    , m_scope(new DocumentScopeBar(this))
    , m_model(new SearchHitModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_deferredReload(this, [this] {
        if (!m_lastQuery.text.isEmpty())
            execute(m_lastQuery);
        else
            m_deferredReload.reloadStarted();
    })
{
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_kind->setObjectName(QStringLiteral("searchKind"));
    m_view->setObjectName(QStringLiteral("searchHits"));
    m_query->setAccessibleName(tr("Search for"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("words, \"a phrase\", prefix*, AND, OR, NOT, NEAR(a b, 5)"));
    m_kind->addItem(tr("Words"), int(Core::SearchQuery::Kind::Words));
    m_kind->addItem(tr("Substring"), int(Core::SearchQuery::Kind::Substring));
    m_kind->addItem(tr("Regular expression"), int(Core::SearchQuery::Kind::Pattern));
    m_kind->setToolTip(tr("Words: whole words, capitals and accents ignored. Substring: any run of characters, "
                          "inside words too (Chinese and Japanese are searched this way). Regular expression: a "
                          "PCRE pattern."));
    m_caseSensitive->setToolTip(tr("Substring and regular expression: tell capitals from small letters"));
    m_memos->setObjectName(QStringLiteral("searchMemos"));
    m_memos->setChecked(true);
    m_memos->setToolTip(tr("Search the memos too (of the project, documents, codes and codings); their hits come "
                           "after the text's"));
    m_codeButton->setToolTip(tr("Code every hit (or its sentence or paragraph) with a code, as one step to undo"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SearchHitModel::SortRole);
    m_view->setModel(m_proxy);
    PanelControls::setUpResultTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(SearchHitModel::BeforeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SearchHitModel::AfterColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 3);
    top->addWidget(m_kind, 1);
    top->addWidget(m_caseSensitive);
    top->addWidget(m_memos);
    top->addWidget(m_searchButton);
    top->addWidget(m_codeButton);
    layout->addLayout(top);
    // The scope beside the message, not in a row of its own: the dock is short.
    auto *second = new QHBoxLayout;
    second->addWidget(m_scope, 2);
    second->addWidget(m_message, 3, Qt::AlignTop);
    layout->addLayout(second);
    layout->addWidget(m_view, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPanel::runSearch);
    connect(m_codeButton, &QPushButton::clicked, this, &SearchPanel::askAutoCode);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPanel::updateControls);
    connect(m_scope, &DocumentScopeBar::scopeChanged, this, [this] {
        // The hits on show are of the old scope: search again (when shown), as after a change of documents.
        if (!m_lastQuery.text.isEmpty()) {
            m_lastQuery.documentIds = m_scope->scope();
            m_deferredReload.requestReload();
        }
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!source.isValid())
            return;
        const Core::SearchHit &hit = m_model->hitAt(source.row());
        if (hit.memo.kind != Core::MemoTarget::Kind::None)
            Q_EMIT memoHitActivated(hit.memo, hit.start, hit.end);
        else
            Q_EMIT hitActivated(hit.documentId, hit.start, hit.end);
    });
    updateControls();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_lastQuery = {};
    m_textHits = 0;
    m_model->setHits({});
    m_message->clear();
    m_scope->setProject(project);
    if (project) {
        // The hits' offsets are of the documents as they are: a removed or added document changes them.
        connect(project, &Core::Project::documentsChanged, this, [this] { m_deferredReload.reloadAfterChange(); });
        // So do the memos' hits, with every edit of a memo (only when the memos are searched).
        connect(project, &Core::Project::memoChanged, this, [this] {
            if (m_lastMemos == Core::MemoSearch::Included)
                m_deferredReload.reloadAfterChange();
        });
    }
    updateControls();
}

Core::SearchQuery SearchPanel::query() const
{
    Core::SearchQuery query;
    query.text = m_query->text();
    query.kind = Core::SearchQuery::Kind(m_kind->currentData().toInt());
    query.caseSensitive = m_caseSensitive->isChecked();
    query.documentIds = m_scope->scope();
    return query;
}

void SearchPanel::search(const Core::SearchQuery &query)
{
    m_query->setText(query.text);
    m_kind->setCurrentIndex(m_kind->findData(int(query.kind)));
    m_caseSensitive->setChecked(query.caseSensitive);
    runSearch();
}

QString SearchPanel::message() const
{
    return m_message->text();
}

void SearchPanel::setMemosSearched(bool searched)
{
    m_memos->setChecked(searched);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::runSearch()
{
    execute(query());
}

void SearchPanel::execute(const Core::SearchQuery &asked)
{
    m_deferredReload.reloadStarted();
    if (!m_project)
        return;
    if (asked.text.trimmed().isEmpty()) {
        m_lastQuery = {};
        m_textHits = 0;
        m_model->setHits({});
        m_message->setText(tr("Type what to search for and press Enter."));
        updateControls();
        return;
    }
    QList<Core::SearchHit> hits;
    QSet<qint64> documents;
    qsizetype memoHits = 0;
    const Core::MemoSearch memos = m_memos->isChecked() ? Core::MemoSearch::Included : Core::MemoSearch::Excluded;
    const Core::Status searched
        = Core::SearchHits::forEach(*m_project, asked, 40, memos, [&](const Core::SearchHit &hit) {
              hits.append(hit);
              if (hit.memo.kind == Core::MemoTarget::Kind::None)
                  documents.insert(hit.documentId);
              else
                  ++memoHits;
              return true;
          });
    if (!searched) {
        m_lastQuery = {};
        m_textHits = 0;
        m_model->setHits({});
        m_message->setText(searched.error());
        updateControls();
        return;
    }
    m_lastQuery = asked;
    m_lastMemos = memos;
    const qsizetype textHits = hits.size() - memoHits;
    // %Ln: the count in the user's locale (thousands separated), and the plural form chosen by it.
    QString message = hits.isEmpty()
        ? tr("No hits for %1.").arg(asked.text)
        : tr("%Ln hit(s) in %1.", nullptr, int(textHits)).arg(tr("%Ln document(s)", nullptr, int(documents.size())));
    if (memoHits > 0)
        message += QLatin1Char(' ') + tr("%1 in memos.").arg(QLocale().toString(qint64(memoHits)));
    m_message->setText(message);
    m_textHits = textHits;
    m_model->setHits(std::move(hits));
    m_view->resizeColumnToContents(SearchHitModel::DocumentColumn);
    m_view->resizeColumnToContents(SearchHitModel::PageColumn);
    m_view->resizeColumnToContents(SearchHitModel::ParagraphColumn);
    m_view->resizeColumnToContents(SearchHitModel::HitColumn);
    updateControls();
}

void SearchPanel::updateControls()
{
    const auto kind = Core::SearchQuery::Kind(m_kind->currentData().toInt());
    m_caseSensitive->setEnabled(kind != Core::SearchQuery::Kind::Words);
    m_query->setPlaceholderText(
        kind == Core::SearchQuery::Kind::Words ? tr("words, \"a phrase\", prefix*, AND, OR, NOT, NEAR(a b, 5)")
            : kind == Core::SearchQuery::Kind::Substring ? tr("any characters, e.g. fficki")
                                                         : tr("a pattern, e.g. \\b20\\d\\d\\b"));
    m_searchButton->setEnabled(m_project);
    // Only the text's hits can be coded; a memo has no codings.
    m_codeButton->setEnabled(m_project && m_textHits > 0);
}

void SearchPanel::askAutoCode()
{
    if (!m_project || m_lastQuery.text.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("autoCodeDialog"));
    dialog.setWindowTitle(tr("Code Hits"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Code the %n hit(s) of %1. What is already coded with the code by the coder is "
                                "left as it is; the whole is one step to undo.",
                                nullptr, m_model->rowCount())
                                 .arg(m_lastQuery.text),
                             &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *codes = new QComboBox(&dialog);
    codes->setObjectName(QStringLiteral("autoCodeCode"));
    const Core::CodeTree tree(m_project->codes());
    for (qint64 id : tree.depthFirst()) {
        const Core::Code *code = tree.find(id);
        if (code && code->codable)
            codes->addItem(tree.path(id), id);
    }
    codes->setCurrentIndex(std::max(0, codes->findData(m_currentCode)));
    form->addRow(tr("&Code:"), codes);
    auto *extent = new QComboBox(&dialog);
    extent->setObjectName(QStringLiteral("autoCodeExtent"));
    extent->addItem(tr("The hit only"), int(Core::HitExtent::Hit));
    extent->addItem(tr("The sentence around it"), int(Core::HitExtent::Sentence));
    extent->addItem(tr("The paragraph around it"), int(Core::HitExtent::Paragraph));
    form->addRow(tr("&Code what:"), extent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Code"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(codes->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || codes->currentIndex() < 0)
        return;
    Q_EMIT autoCodeRequested(m_lastQuery, codes->currentData().toLongLong(),
                             Core::HitExtent(extent->currentData().toInt()));
}

} // namespace Marginalia::Ui
