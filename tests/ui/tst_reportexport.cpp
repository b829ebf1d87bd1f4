#include "base/translations.h"
#include "documentscopebar.h"
#include "frequencypanel.h"
#include "mainwindow.h"
#include "reportexport.h"
#include "store/project.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;
using namespace Marginalia::Test;

/// File › Export Report…: the dialog's choice of codes, and the report saved from the window as HTML and PDF.
class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialog_checksTheSelectedCode();
    void window_savesAPdfWithTheChartAndTheExcerpts();
    void window_savesTheHtmlPageAndShowsAFailure();
    void fileMenu_hasExportReport();
    void dialog_startsFromTheFrequencyScope_andTheReportNamesIt();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_document = 0, m_protection = 0, m_children = 0, m_identification = 0;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestReportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Core::installTranslations(); // "2 documents", not "document(s)", in the report
    QVERIFY(m_dir.isValid());
    qputenv("MARGINALIA_CODER", "tester");
    m_path = m_dir.filePath(QStringLiteral("report.marginalia"));
    {
        auto project = Core::Project::create(m_path);
        QVERIFY(project);
        Core::NewDocument document;
        document.name = QStringLiteral("note");
        document.text = QStringLiteral("1. Early identification protects victims.\n\n2. Children need guardians.\n\n"
                                       "3. مبدأ عدم الإعادة القسرية\n");
        const qint64 documentId = m_document = (*project)->addDocument(document)->id;
        m_protection = (*project)->addCode(QStringLiteral("Protection"))->id;
        m_children = (*project)->addCode(QStringLiteral("Children"), m_protection, QStringLiteral("#B22222"))->id;
        m_identification = (*project)->addCode(QStringLiteral("Identification"), 0, QStringLiteral("#F28E2B"))->id;
        const qint64 anna = (*project)->ensureCoder(QStringLiteral("anna"))->id;
        const qint64 ben = (*project)->ensureCoder(QStringLiteral("ben"))->id;
        QVERIFY((*project)->addCoding({documentId, m_children, anna, 46, 54, {}, {}, {}}));
        QVERIFY((*project)->addCoding({documentId, m_children, ben, 46, 70, {}, {}, {}}));
        QVERIFY((*project)->addCoding({documentId, m_identification, anna, 3, 23, {}, {}, {}}));
        QVERIFY((*project)->addCoding({documentId, m_identification, anna, 75, 99, {}, {}, {}}));
    }
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
}

void TestReportExport::dialog_checksTheSelectedCode()
{
    Ui::ReportDialog dialog(*m_window->project(), m_children);
    QCOMPARE(dialog.checkedCodes(), QList<qint64>{m_children});
    dialog.setChecked(m_identification, true);
    // In codebook order, whatever order they were checked in.
    QCOMPARE(dialog.checkedCodes(), (QList<qint64>{m_children, m_identification}));
    const Core::ProjectReportOptions options = dialog.options();
    QCOMPARE(options.excerptCodeIds, (QList<qint64>{m_children, m_identification}));
    QVERIFY(options.includeAgreement);
    QVERIFY(!options.includeSubcodes);
    QVERIFY(!options.howToChooseCodes.isEmpty());
    // Nothing selected: nothing checked.
    QVERIFY(Ui::ReportDialog(*m_window->project(), 0).checkedCodes().isEmpty());
}

void TestReportExport::window_savesAPdfWithTheChartAndTheExcerpts()
{
    Ui::ReportRequest request;
    request.format = Ui::ReportRequest::Format::Pdf;
    request.path = m_dir.filePath(QStringLiteral("report.pdf"));
    request.options.excerptCodeIds = {m_identification, m_children};
    QVERIFY(m_window->exportReport(request));
    const QByteArray pdf = readFile(request.path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.trimmed().endsWith("%%EOF"), pdf.right(20).constData());
    // Several pages (the sections break pages) and an image: the chart, drawn from its SVG.
    const qsizetype pages = pdf.count("/Type /Page") - pdf.count("/Type /Pages");
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(pdf.contains("/Subtype /Image"));
    QVERIFY2(pdf.size() > 20000, qPrintable(QString::number(pdf.size())));
    if (qEnvironmentVariableIsSet("MARGINALIA_KEEP_REPORT"))
        QFile::copy(request.path, qEnvironmentVariable("MARGINALIA_KEEP_REPORT"));
}

void TestReportExport::window_savesTheHtmlPageAndShowsAFailure()
{
    Ui::ReportRequest request;
    request.path = m_dir.filePath(QStringLiteral("report.html"));
    request.options.excerptCodeIds = {m_identification};
    QVERIFY(m_window->exportReport(request));
    const QString html = QString::fromUtf8(readFile(request.path));
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(html.contains(QStringLiteral("<blockquote dir=\"auto\">مبدأ عدم الإعادة القسرية</blockquote>")));

    // Into a folder that is not there: the window says so (offscreen, in the status bar) and writes nothing.
    request.path = m_dir.filePath(QStringLiteral("missing/report.html"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("missing/report.html")));
    QVERIFY(!m_window->exportReport(request));
    QVERIFY(!QFile::exists(request.path));
}

void TestReportExport::fileMenu_hasExportReport()
{
    QAction *found = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("Export &Report..."))
                found = action;
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"

void TestReportExport::dialog_startsFromTheFrequencyScope_andTheReportNamesIt()
{
    // A second document, coded, and a set of the first one alone.
    Core::Project *project = m_window->project();
    Core::NewDocument other;
    other.name = QStringLiteral("other");
    other.text = QStringLiteral("Screening at borders must respect non-refoulement.");
    const qint64 otherId = project->addDocument(other)->id;
    const qint64 anna = project->coderByName(QStringLiteral("anna"))->id;
    QVERIFY(project->addCoding({otherId, m_identification, anna, 0, 9, {}, {}, {}}));
    QVERIFY(project->addDocumentSet(QStringLiteral("Notes"), {m_document}));

    // The Frequencies panel looks at the set: the report starts from it.
    Ui::DocumentScopeBar *frequencyScope = m_window->frequencyPanel()->scopeBar();
    QVERIFY(frequencyScope->selectSet(QStringLiteral("Notes")));
    Ui::ReportDialog dialog(*project, m_identification, frequencyScope);
    QCOMPARE(dialog.scopeBar()->kind(), Ui::DocumentScopeBar::Kind::Set);
    Core::ProjectReportOptions options = dialog.options();
    QCOMPARE(options.documentIds, std::make_optional(QSet<qint64>{m_document}));
    QCOMPARE(options.scopeDescription, QString::fromUtf8("the set \u201CNotes\u201D"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Test::saveScreenshot(&dialog, QStringLiteral("report-dialog-scope"));

    Ui::ReportRequest request;
    request.path = m_dir.filePath(QStringLiteral("scoped.html"));
    request.options = options;
    QVERIFY(m_window->exportReport(request));
    const QString html = QString::fromUtf8(readFile(request.path));
    QVERIFY2(html.contains(QString::fromUtf8("Scope: the set \u201CNotes\u201D; 1 of the project&#39;s 2 documents.")),
             qPrintable(html.mid(html.indexOf(QStringLiteral("class=\"meta\"")), 800)));
    QVERIFY(html.contains(QStringLiteral("<blockquote dir=\"auto\">Early identification</blockquote>")));
    QVERIFY(!html.contains(QStringLiteral("Screening")));

    // A condition that cannot be read: the bar says why, and nothing can be saved.
    const auto saveButtons = [&dialog] {
        QList<QPushButton *> found;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text().startsWith(QStringLiteral("Save as")))
                found.append(button);
        }
        return found;
    };
    QCOMPARE(saveButtons().size(), 2);
    dialog.scopeBar()->setCondition(QStringLiteral("no_such_attribute = 1"));
    QVERIFY(!dialog.scopeBar()->errorMessage().isEmpty());
    Test::saveScreenshot(&dialog, QStringLiteral("report-dialog-bad-scope"));
    for (QPushButton *button : saveButtons())
        QVERIFY(!button->isEnabled());
    dialog.scopeBar()->setCondition(QString());
    QCOMPARE(dialog.options().documentIds, std::nullopt);
    QVERIFY(dialog.options().scopeDescription.isEmpty());
    for (QPushButton *button : saveButtons())
        QVERIFY(button->isEnabled());
    frequencyScope->selectAllDocuments();
}
