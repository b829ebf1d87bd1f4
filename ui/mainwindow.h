#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace Marginalia::Core {
class Project;
}

namespace Marginalia::Ui {

/**
 * The main window: documents on the left, the document with its codings in the middle, the codebook on
 * the right. This first version reads and shows a project; coding in the window comes with the coding
 * workbench (issue 3).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; shows the error and returns false when it cannot be opened.
    bool openProject(const QString &path);
    Core::Project *project() const { return m_project.get(); }

private:
    void showDocument(qint64 documentId);
    void reloadCodebook();

    std::unique_ptr<Core::Project> m_project;
    QListWidget *m_documents;
    QPlainTextEdit *m_view;
    QTreeWidget *m_codes;
};

} // namespace Marginalia::Ui
