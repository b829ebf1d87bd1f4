#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace Marginalia::Ui {

/**
 * Help > User Guide: docs/user-guide.md and the documents it links to, compiled in (resources/help.qrc),
 * in a window of its own beside the project. Its headings are listed as contents, links to other
 * documents and to headings (schema.md#documents) are followed, and Ctrl+F finds words in the page.
 * The guide is in English whatever the window's language.
 */
class HelpBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    /// qrc:/help/user-guide.md
    static QUrl userGuideUrl();

    /// Shows @p url (a page of the bundled documents, with or without a #heading).
    void showPage(const QUrl &url);
    /// The headings of the page shown, as the contents list them (indented by two spaces a level).
    QStringList contents() const;
    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *findEdit() const { return m_find; }
    /// Selects the next (or previous) place the find box's words are in the page, wrapping round; false
    /// when they are nowhere in it.
    bool findNext(bool backward = false);

private:
    void pageChanged();

    QTextBrowser *m_browser;
    QTreeWidget *m_contents;
    QLineEdit *m_find;
    QLabel *m_findResult;
};

} // namespace Marginalia::Ui
