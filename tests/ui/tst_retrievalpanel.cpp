#include "codepathdelegate.h"
#include "documentscopebar.h"
#include "excerptmodel.h"
#include "retrievalpanel.h"
#include "store/project.h"
#include "testsupport.h"
#include "text/textoffsets.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestRetrievalPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selectCode_listsItsPassagesWithSubcodes();
    void withSubcodesUnchecked_listsOnlyTheCodesOwnPassages();
    void coderAndDocumentFilters_narrowTheList();
    void scope_listsOnlyThePassagesOfItsDocuments();
    void activatingARow_emitsTheCodedRange();
    void exportCsv_writesTheListedPassages();
    void projectChanges_reloadTheListAndKeepTheCurrentRow();
    void deletedCode_emptiesTheList();
    void codePathDelegate_keepsTheEndOfAPath();
    void screenshots_lightAndDark();

private:
    QStringList passages() const;
    QString summary() const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::RetrievalPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRetrievalPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("retrieval.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
}

void TestRetrievalPanel::init()
{
    m_panel = std::make_unique<Ui::RetrievalPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(900, 360);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setProject(m_fixture.project.get());
}

void TestRetrievalPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
}

QStringList TestRetrievalPanel::passages() const
{
    QStringList result;
    const QAbstractItemModel *model = m_panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data(Ui::ExcerptModel::PassageRole).toString());
    return result;
}

QString TestRetrievalPanel::summary() const
{
    return m_panel->findChild<QLabel *>(QStringLiteral("retrievalSummary"))->text();
}

void TestRetrievalPanel::selectCode_listsItsPassagesWithSubcodes()
{
    QCOMPARE(m_panel->view()->model()->rowCount(), 0);
    QVERIFY(summary().contains(QStringLiteral("Select a code")));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("retrievalExport"))->isEnabled());

    m_panel->setCode(m_fixture.protection);
    QVERIFY(m_panel->includeSubcodes());
    QCOMPARE(passages(),
             (QStringList{QStringLiteral("Early identification"), QStringLiteral("identification of victims"),
                          QStringLiteral("حماية الضحايا"), QStringLiteral("👧 unaccompanied minors"),
                          QStringLiteral("identification"), QStringLiteral("protection")}));
    QVERIFY2(summary().startsWith(QStringLiteral("6 passage")), qPrintable(summary()));
    QVERIFY2(summary().contains(QStringLiteral("in 2 document")), qPrintable(summary()));
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("retrievalCode"))->text(), QStringLiteral("Protection"));
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("retrievalExport"))->isEnabled());

    // With subcodes the code column says which; a paged document shows the pages column.
    QTableView *view = m_panel->view();
    QVERIFY(!view->isColumnHidden(Ui::ExcerptModel::CodeColumn));
    QVERIFY(!view->isColumnHidden(Ui::ExcerptModel::PagesColumn));
    QCOMPARE(view->model()->index(2, Ui::ExcerptModel::PagesColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(view->model()->index(3, Ui::ExcerptModel::CodeColumn).data().toString(),
             QStringLiteral("Protection/Children"));
}

void TestRetrievalPanel::withSubcodesUnchecked_listsOnlyTheCodesOwnPassages()
{
    m_panel->setCode(m_fixture.protection);
    auto *subcodes = m_panel->findChild<QCheckBox *>(QStringLiteral("retrievalSubcodes"));
    QVERIFY(subcodes);
    QTest::mouseClick(subcodes, Qt::LeftButton, {}, subcodes->rect().center());
    QVERIFY(!m_panel->includeSubcodes());
    QCOMPARE(passages(), (QStringList{QStringLiteral("حماية الضحايا"), QStringLiteral("protection")}));
    QVERIFY2(summary().startsWith(QStringLiteral("2 passage")), qPrintable(summary()));
    // One code on every row: its column gives way to the passage.
    QVERIFY(m_panel->view()->isColumnHidden(Ui::ExcerptModel::CodeColumn));

    QTest::mouseClick(subcodes, Qt::LeftButton, {}, subcodes->rect().center());
    QCOMPARE(passages().size(), 6);
}

void TestRetrievalPanel::scope_listsOnlyThePassagesOfItsDocuments()
{
    m_panel->setCode(m_fixture.protection);
    QCOMPARE(passages().size(), 6);
    m_panel->scopeBar()->setDocuments(QStringLiteral("Case: Kenya"), {m_fixture.planId});
    QCOMPARE(m_panel->filter().documentIds, std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.planId}));
    QCOMPARE(passages(),
             (QStringList{QStringLiteral("👧 unaccompanied minors"), QStringLiteral("identification"),
                          QStringLiteral("protection")}));
    // The export writes what is listed.
    const QString csv = m_dir.filePath(QStringLiteral("scoped.csv"));
    QVERIFY(m_panel->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 4);
    m_panel->scopeBar()->selectAllDocuments();
    QCOMPARE(passages().size(), 6);
}

void TestRetrievalPanel::coderAndDocumentFilters_narrowTheList()
{
    m_panel->setCode(m_fixture.protection);
    auto *coders = m_panel->findChild<QComboBox *>(QStringLiteral("retrievalCoders"));
    auto *documents = m_panel->findChild<QComboBox *>(QStringLiteral("retrievalDocuments"));
    QVERIFY(coders && documents);
    QCOMPARE(coders->count(), 3); // all, alice, bob
    QCOMPARE(coders->currentData().toLongLong(), 0);
    QCOMPARE(documents->count(), 3);

    // The user picks bob.
    coders->setCurrentIndex(coders->findText(QStringLiteral("bob")));
    QCOMPARE(m_panel->coderFilter(), m_fixture.bob);
    QCOMPARE(passages(), (QStringList{QStringLiteral("Early identification"), QStringLiteral("identification")}));
    QVERIFY(m_panel->view()->isColumnHidden(Ui::ExcerptModel::CoderColumn));

    // The window's "view codings of" picks alice.
    m_panel->setCoderFilter(m_fixture.alice);
    QCOMPARE(coders->currentText(), QStringLiteral("alice"));
    QCOMPARE(passages(),
             (QStringList{QStringLiteral("identification of victims"), QStringLiteral("حماية الضحايا"),
                          QStringLiteral("👧 unaccompanied minors"), QStringLiteral("protection")}));

    documents->setCurrentIndex(documents->findText(QStringLiteral("Vienna statement")));
    QCOMPARE(m_panel->documentFilter(), m_fixture.viennaId);
    QCOMPARE(passages(), (QStringList{QStringLiteral("identification of victims"), QStringLiteral("حماية الضحايا")}));
    QVERIFY2(summary().contains(QStringLiteral("in 1 document")), qPrintable(summary()));
    QVERIFY(m_panel->view()->isColumnHidden(Ui::ExcerptModel::DocumentColumn));

    m_panel->setCoderFilter(0);
    m_panel->setDocumentFilter(0);
    QCOMPARE(coders->currentIndex(), 0);
    QCOMPARE(documents->currentIndex(), 0);
    QCOMPARE(passages().size(), 6);
}

void TestRetrievalPanel::activatingARow_emitsTheCodedRange()
{
    m_panel->setCode(m_fixture.children);
    QSignalSpy activated(m_panel.get(), &Ui::RetrievalPanel::passageActivated);
    QTableView *view = m_panel->view();
    QCOMPARE(view->model()->rowCount(), 1);

    const QRect cell = view->visualRect(view->model()->index(0, Ui::ExcerptModel::PassageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    // "Children and " is 13 code points; "👧 unaccompanied minors" 22 (the emoji is one code point).
    const QList<QVariant> args = activated.takeFirst();
    QCOMPARE(args.at(0).toLongLong(), m_fixture.planId);
    QCOMPARE(args.at(1).toLongLong(), 13);
    QCOMPARE(args.at(2).toLongLong(), 35);
    const qint64 codingId = args.at(3).toLongLong();
    const auto coding = m_fixture.project->coding(codingId);
    QVERIFY(coding);
    QCOMPARE(coding->codeId, m_fixture.children);
    QCOMPARE(Core::TextOffsets::slice(m_fixture.plan, coding->start, coding->end),
             QStringLiteral("👧 unaccompanied minors"));

    // Enter on the current row does the same.
    m_panel->setCode(m_fixture.identification);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, Ui::ExcerptModel::PassageColumn));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(3).toLongLong(), m_fixture.earlyIdentification);
    QCOMPARE(activated.first().at(1).toLongLong(), 5); // "1. 🌍 " is five code points
    QCOMPARE(activated.first().at(2).toLongLong(), 25);
}

void TestRetrievalPanel::exportCsv_writesTheListedPassages()
{
    m_panel->setCode(m_fixture.protection);
    m_panel->setCoderFilter(m_fixture.alice);
    const QString path = m_dir.filePath(QStringLiteral("passages.csv"));
    const Core::Status status = m_panel->exportCsv(path);
    QVERIFY2(status, qPrintable(status.error()));
    const QString csv = QString::fromUtf8(Test::readFile(path));
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // the last row ends with CRLF too
    // The contract's columns (more may be added at the end).
    QVERIFY(
        lines.first().startsWith(QStringLiteral("document,code_path,start,end,coder,text,memo,created,coding_guid")));
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral(
        "Vienna statement,Protection/Identification,11,36,alice,identification of victims,overlaps bob's,")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",alice,حماية الضحايا,")));
    QVERIFY(
        lines.at(3).startsWith(QStringLiteral("Action plan,Protection/Children,13,35,alice,👧 unaccompanied minors,")));

    m_panel->setCode(0);
    QVERIFY(!m_panel->exportCsv(path));
    QVERIFY(!m_panel->exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
}

void TestRetrievalPanel::projectChanges_reloadTheListAndKeepTheCurrentRow()
{
    m_panel->setCode(m_fixture.identification);
    QTableView *view = m_panel->view();
    QCOMPARE(view->model()->rowCount(), 3);
    view->setCurrentIndex(view->model()->index(2, 0));
    const qint64 current = view->currentIndex().data(Ui::ExcerptModel::CodingIdRole).toLongLong();

    // A burst of changes reloads once, after the event loop turns.
    QSignalSpy resets(m_panel->model(), &QAbstractItemModel::modelReset);
    const qint64 added = m_fixture.addCoding(m_fixture.viennaId, m_fixture.vienna, QStringLiteral("victims"),
                                             m_fixture.identification, m_fixture.alice);
    const qint64 second = m_fixture.addCoding(m_fixture.viennaId, m_fixture.vienna, QStringLiteral("protects"),
                                              m_fixture.identification, m_fixture.alice);
    QCOMPARE(view->model()->rowCount(), 3);
    QTRY_COMPARE(view->model()->rowCount(), 5);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(view->currentIndex().data(Ui::ExcerptModel::CodingIdRole).toLongLong(), current);

    // A renamed code shows its new path.
    QVERIFY(m_fixture.project->renameCode(m_fixture.identification, QStringLiteral("Identifying")));
    QTRY_COMPARE(m_panel->findChild<QLabel *>(QStringLiteral("retrievalCode"))->text(),
                 QStringLiteral("Protection/Identifying"));
    QVERIFY(m_fixture.project->renameCode(m_fixture.identification, QStringLiteral("Identification")));
    QVERIFY(m_fixture.project->removeCoding(added));
    QVERIFY(m_fixture.project->removeCoding(second));
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // Hidden, the panel only notes the change, and catches up when shown.
    m_panel->hide();
    const qint64 third = m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("minors"),
                                             m_fixture.identification, m_fixture.bob);
    QTest::qWait(20);
    QCOMPARE(view->model()->rowCount(), 3);
    m_panel->show();
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(m_fixture.project->removeCoding(third));
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

void TestRetrievalPanel::deletedCode_emptiesTheList()
{
    const qint64 temporary = m_fixture.project->addCode(QStringLiteral("Temporary"))->id;
    m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("need"), temporary, m_fixture.alice);
    m_panel->setCode(temporary);
    QCOMPARE(passages(), QStringList{QStringLiteral("need")});
    QVERIFY(m_fixture.project->deleteCode(temporary));
    QTRY_COMPARE(m_panel->code(), 0);
    QCOMPARE(m_panel->view()->model()->rowCount(), 0);
    QVERIFY(summary().contains(QStringLiteral("Select a code")));

    m_panel->setProject(nullptr);
    QCOMPARE(m_panel->view()->model()->rowCount(), 0);
    QVERIFY(!m_panel->exportCsv(m_dir.filePath(QStringLiteral("none.csv"))));
}

void TestRetrievalPanel::codePathDelegate_keepsTheEndOfAPath()
{
    const QFontMetrics metrics(m_panel->font());
    const QString path = QStringLiteral("Protection/Children/Unaccompanied");
    const auto fitting = [&](const QString &text) {
        return metrics.horizontalAdvance(text);
    };
    QCOMPARE(Ui::CodePathDelegate::elidedPath(path, metrics, fitting(path)), path);
    QCOMPARE(Ui::CodePathDelegate::elidedPath(path, metrics, fitting(path) - 1),
             QStringLiteral("\u2026/Children/Unaccompanied"));
    QCOMPARE(Ui::CodePathDelegate::elidedPath(path, metrics, fitting(QStringLiteral("\u2026/Unaccompanied"))),
             QStringLiteral("\u2026/Unaccompanied"));
    const QString cut = Ui::CodePathDelegate::elidedPath(path, metrics, fitting(QStringLiteral("\u2026/Unacc")));
    QVERIFY2(cut.startsWith(QStringLiteral("\u2026/Un")) && cut.endsWith(QChar(0x2026)), qPrintable(cut));
    // An escaped slash is part of a name, not a level.
    const QString escaped = QStringLiteral("Top/Sub\\/topic");
    QCOMPARE(Ui::CodePathDelegate::elidedPath(escaped, metrics, fitting(escaped) - 1),
             QStringLiteral("\u2026/Sub\\/topic"));
}

void TestRetrievalPanel::screenshots_lightAndDark()
{
    m_panel->setCode(m_fixture.protection);
    m_panel->view()->setCurrentIndex(m_panel->view()->model()->index(1, 0));
    const QPalette light = QApplication::palette();
    const QPalette dark = Test::screenshotDarkPalette();

    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? dark : light);
        const QString suffix = isDark ? QStringLiteral("-dark") : QStringLiteral("-light");
        m_panel->resize(900, 360);
        QTest::qWait(10);
        Test::saveScreenshot(m_panel.get(), QStringLiteral("retrieval-wide") + suffix);
        m_panel->resize(340, 560);
        QTest::qWait(10);
        Test::saveScreenshot(m_panel.get(), QStringLiteral("retrieval-narrow") + suffix);
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestRetrievalPanel)
#include "tst_retrievalpanel.moc"
