#include "mainwindow.h"
#include "project.h"

#include <QApplication>
#include <QListWidget>
#include <QTimer>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Marginalia;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openProject_showsDocumentsCodebookAndHighlights();
    void openProject_refusesAForeignFileAndKeepsTheWindowUsable();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::openProject_showsDocumentsCodebookAndHighlights()
{
    const QString path = m_dir.filePath(QStringLiteral("w.marginalia"));
    {
        auto project = Core::Project::create(path);
        QVERIFY(project);
        Core::NewDocument document;
        document.name = QStringLiteral("note");
        document.text = QStringLiteral("🌍 Early identification protects victims.");
        const qint64 documentId = (*project)->addDocument(document)->id;
        const qint64 parent = (*project)->addCode(QStringLiteral("Protection"))->id;
        const qint64 child = (*project)->addCode(QStringLiteral("Identification"), parent, QStringLiteral("#F28E2B"))->id;
        const qint64 coder = (*project)->ensureCoder(QStringLiteral("tester"))->id;
        QVERIFY((*project)->addCoding({documentId, child, coder, 8, 22, {}, {}, {}}));
    }

    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    QVERIFY(window.windowTitle().contains(QStringLiteral("w")));

    auto *documents = window.findChild<QListWidget *>();
    QVERIFY(documents);
    QCOMPARE(documents->count(), 1);
    QVERIFY(documents->item(0)->text().startsWith(QStringLiteral("note")));

    auto *view = window.findChild<QPlainTextEdit *>();
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(QStringLiteral("identification")));
    const auto highlights = view->extraSelections();
    QCOMPARE(highlights.size(), 1);
    // Code points 8..22 skip the emoji's two UTF-16 units: the highlight is the word, nothing else.
    QCOMPARE(highlights.first().cursor.selectedText(), QStringLiteral("identification"));

    auto *codes = window.findChild<QTreeWidget *>();
    QVERIFY(codes);
    QCOMPARE(codes->topLevelItemCount(), 1);
    QCOMPARE(codes->topLevelItem(0)->child(0)->text(0), QStringLiteral("Identification"));
}

void TestMainWindow::openProject_refusesAForeignFileAndKeepsTheWindowUsable()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();
    Ui::MainWindow window;
    // The refusal is shown in a message box; close it as a user would.
    QTimer::singleShot(0, &window, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!window.openProject(path));
    QVERIFY(window.project() == nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
