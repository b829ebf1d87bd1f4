#include "agreementmodel.h"
#include "comparecoderspanel.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Marginalia;

/// The Compare Coders panel and its model: what the table shows, how it follows the ticks and filters,
/// what it exports, and when it offers the review.
class TestCompareCoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void table_hasAPooledRowPerCodeAndADocumentRowBelow();
    void undefinedStatistic_saysNaAndWhy();
    void cells_areShadedByValue();
    void sorting_putsNumbersInOrderAndUndefinedLast();
    void fewerThanTwoCoders_saysWhatToDo();
    void codeAndDocumentFilters_narrowTheTable();
    void csvExport_hasTheCommandLinesColumns();
    void review_needsTwoCodersAndACode();
    void newCoding_updatesTheTable();
    void screenshots_lightAndDark();

private:
    int rowOfCode(qint64 codeId) const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::CompareCodersPanel> m_panel;
};

void TestCompareCoders::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(m_dir.filePath(QStringLiteral("c.marginalia")));
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("c.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
    m_panel = std::make_unique<Ui::CompareCodersPanel>();
    m_panel->resize(900, 500);
    m_panel->setProject(m_fixture.project.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCompareCoders::cleanup()
{
    m_panel.reset();
    m_fixture.project.reset();
}

int TestCompareCoders::rowOfCode(qint64 codeId) const
{
    const Ui::AgreementModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Ui::AgreementModel::CodeIdRole).toLongLong() == codeId)
            return row;
    }
    return -1;
}

void TestCompareCoders::table_hasAPooledRowPerCodeAndADocumentRowBelow()
{
    QCOMPARE(m_panel->checkedCoders(), (QList<qint64>{m_fixture.alice, m_fixture.bob}));
    const Ui::AgreementModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 4); // every code, in codebook order
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Protection"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Protection/Identification"));
    const QModelIndex identification = model->index(rowOfCode(m_fixture.identification), 0);
    // Both documents: the codings of Identification are in each.
    QCOMPARE(model->rowCount(identification), 2);
    QCOMPARE(model->index(0, 0, identification).data().toString(), QStringLiteral("Action plan"));
    QCOMPARE(model->index(identification.row(), Ui::AgreementModel::DocumentsColumn).data().toLongLong(), 2);
    // bob and alice overlap on "identification" in Vienna but differ elsewhere: a kappa between 0 and 1.
    const QVariant kappa
        = model->index(identification.row(), Ui::AgreementModel::CohenColumn).data(Ui::AgreementModel::ValueRole);
    QVERIFY(kappa.isValid());
    QVERIFY(kappa.toDouble() > 0 && kappa.toDouble() < 1);
    QCOMPARE(model->index(identification.row(), Ui::AgreementModel::CohenColumn).data().toString(),
             QString::number(kappa.toDouble(), 'f', 3));
}

void TestCompareCoders::undefinedStatistic_saysNaAndWhy()
{
    // Nobody coded Protection/Children but alice: bob coded nothing there, so only alice marked anything...
    // and nobody at all coded a code made now.
    const qint64 empty = m_fixture.project->addCode(QStringLiteral("Unused"))->id;
    m_panel->reload();
    const int row = rowOfCode(empty);
    QVERIFY(row >= 0);
    const QModelIndex cell = m_panel->model()->index(row, Ui::AgreementModel::CohenColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("n/a"));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    QVERIFY(!cell.data(Ui::AgreementModel::ValueRole).isValid());
}

void TestCompareCoders::cells_areShadedByValue()
{
    const QColor red = Ui::AgreementModel::shadeOf(0.0);
    const QColor green = Ui::AgreementModel::shadeOf(1.0);
    QVERIFY(green.green() > green.red());
    QVERIFY(red.red() > red.green());
    QCOMPARE(Ui::AgreementModel::shadeOf(-0.4), red); // worse than chance is as red as no agreement
    const QModelIndex percent = m_panel->model()->index(0, Ui::AgreementModel::PercentColumn);
    QCOMPARE(percent.data(Qt::BackgroundRole).value<QColor>(),
             Ui::AgreementModel::shadeOf(percent.data(Ui::AgreementModel::ValueRole).toDouble()));
}

void TestCompareCoders::sorting_putsNumbersInOrderAndUndefinedLast()
{
    QVERIFY(m_fixture.project->addCode(QStringLiteral("Unused")));
    m_panel->reload();
    m_panel->view()->sortByColumn(Ui::AgreementModel::CohenColumn, Qt::DescendingOrder);
    QSortFilterProxyModel *proxy = m_panel->sortModel();
    double previous = 2;
    bool sawUndefined = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QVariant value = proxy->index(row, Ui::AgreementModel::CohenColumn).data(Ui::AgreementModel::ValueRole);
        if (!value.isValid()) {
            sawUndefined = true;
            continue;
        }
        QVERIFY2(!sawUndefined, "a number after an undefined value");
        QVERIFY(value.toDouble() <= previous);
        previous = value.toDouble();
    }
    QVERIFY(sawUndefined);
}

void TestCompareCoders::fewerThanTwoCoders_saysWhatToDo()
{
    m_panel->setCheckedCoders({m_fixture.alice});
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY2(m_panel->message().contains(QStringLiteral("two")), qPrintable(m_panel->message()));
    auto *csv = m_panel->findChild<QPushButton *>(QStringLiteral("compareExportCsv"));
    QVERIFY(!csv->isEnabled());
    // Ticking by hand works like setCheckedCoders.
    auto *list = m_panel->findChild<QListWidget *>(QStringLiteral("compareCoders"));
    list->item(1)->setCheckState(Qt::Checked);
    QTest::qWait(1);
    QCoreApplication::processEvents();
    QCOMPARE(m_panel->checkedCoders().size(), 2);
    QVERIFY(m_panel->model()->rowCount() > 0);
    QVERIFY(m_panel->message().isEmpty());
}

void TestCompareCoders::codeAndDocumentFilters_narrowTheTable()
{
    m_panel->setCode(m_fixture.protection);
    QCOMPARE(m_panel->model()->rowCount(), 1);
    m_panel->setIncludeSubcodes(true);
    const Ui::AgreementModel *model = m_panel->model();
    // With its subcodes, Protection has codings in both documents.
    QCOMPARE(model->index(0, Ui::AgreementModel::DocumentsColumn).data().toLongLong(), 2);
    m_panel->setDocument(m_fixture.planId);
    QCOMPARE(model->index(0, Ui::AgreementModel::DocumentsColumn).data().toLongLong(), 1);
    QCOMPARE(model->index(0, Ui::AgreementModel::CharactersColumn).data().toLongLong(),
             Core::TextOffsets(m_fixture.plan).codePointCount());
}

void TestCompareCoders::csvExport_hasTheCommandLinesColumns()
{
    const QString byCode = m_dir.filePath(QStringLiteral("by-code.csv"));
    const QString byDocument = m_dir.filePath(QStringLiteral("by-document.csv"));
    QVERIFY(m_panel->exportCsv(byCode, Ui::CompareCodersPanel::CsvLayout::ByCode));
    QVERIFY(m_panel->exportCsv(byDocument, Ui::CompareCodersPanel::CsvLayout::ByDocument));
    QFile code(byCode);
    QVERIFY(code.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = code.readAll().split('\n');
    QCOMPARE(lines.at(0),
             QByteArray("code_path,coders,documents,characters,percent_agreement,cohen_kappa,"
                        "fleiss_kappa,krippendorff_alpha,alpha_u\r"));
    QVERIFY(lines.at(1).startsWith("Protection,alice;bob,"));
    QFile document(byDocument);
    QVERIFY(document.open(QIODevice::ReadOnly));
    QVERIFY(document.readAll().startsWith("document,code_path,coders,characters,"));
    // An image of the table, and a clear error where it cannot be written.
    QVERIFY(m_panel->exportPng(m_dir.filePath(QStringLiteral("agreement.png"))));
    QVERIFY(QImage(m_dir.filePath(QStringLiteral("agreement.png"))).width() > 100);
    const auto bad = m_panel->exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/a.csv")),
                                        Ui::CompareCodersPanel::CsvLayout::ByCode);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QStringLiteral("a.csv")), qPrintable(bad.error()));
}

void TestCompareCoders::review_needsTwoCodersAndACode()
{
    auto *review = m_panel->findChild<QPushButton *>(QStringLiteral("compareReview"));
    QVERIFY(!review->isEnabled()); // no code selected
    QSignalSpy requested(m_panel.get(), &Ui::CompareCodersPanel::reviewRequested);
    const QModelIndex identification = m_panel->sortModel()->index(rowOfCode(m_fixture.identification), 0);
    m_panel->view()->setCurrentIndex(identification);
    QVERIFY(review->isEnabled());
    review->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_fixture.identification);
    QCOMPARE(requested.first().at(2).toLongLong(), m_fixture.alice);
    QCOMPARE(requested.first().at(3).toLongLong(), m_fixture.bob);

    const qint64 carol = m_fixture.project->ensureCoder(QStringLiteral("carol"))->id;
    m_panel->setCheckedCoders({m_fixture.alice, m_fixture.bob, carol});
    m_panel->view()->setCurrentIndex(m_panel->sortModel()->index(rowOfCode(m_fixture.identification), 0));
    QVERIFY(!review->isEnabled()); // three coders: whose disagreements?
}

void TestCompareCoders::newCoding_updatesTheTable()
{
    const int row = rowOfCode(m_fixture.nonRefoulement);
    const QModelIndex percent = m_panel->model()->index(row, Ui::AgreementModel::PercentColumn);
    const double before = percent.data(Ui::AgreementModel::ValueRole).toDouble();
    // alice codes what bob coded: perfect agreement on Non-refoulement.
    m_fixture.addCoding(m_fixture.viennaId, m_fixture.vienna, QStringLiteral("Non-refoulement 𠀋 applies"),
                        m_fixture.nonRefoulement, m_fixture.alice);
    QTRY_COMPARE(m_panel->model()
                     ->index(rowOfCode(m_fixture.nonRefoulement), Ui::AgreementModel::PercentColumn)
                     .data(Ui::AgreementModel::ValueRole)
                     .toDouble(),
                 1.0);
    QVERIFY(before < 1.0);
}

void TestCompareCoders::screenshots_lightAndDark()
{
    const QPalette light = QApplication::palette();
    m_panel->view()->expandAll();
    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? Test::screenshotDarkPalette() : light);
        QTest::qWait(10);
        Test::saveScreenshot(m_panel.get(),
                             isDark ? QStringLiteral("compare-coders-dark") : QStringLiteral("compare-coders-light"));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestCompareCoders)
#include "tst_comparecoders.moc"
