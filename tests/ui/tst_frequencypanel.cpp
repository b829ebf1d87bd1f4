#include "documentscopebar.h"
#include "export/csvexport.h"
#include "frequencychart.h"
#include "frequencymodel.h"
#include "frequencypanel.h"
#include "store/project.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestFrequencyPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void byCode_tableAndChartShowCodingsPerCode();
    void manyCodes_chartAddsTheRestUpAsOther();
    void sameNamedCodes_areLabelledByTheirPaths();
    void codeColourLikeTheBackground_getsAnOutline();
    void groupingCombo_switchesTableAndChart();
    void coderFilter_countsOneCoder();
    void sortingByANumberColumn_sortsNumerically();
    void exportCsv_writesTheCurrentGrouping();
    void exportChartPng_hasAFixedSizeWhateverThePanelsSize();
    void exportChartSvg_isADrawingWithTheCodesAsText();
    void projectChanges_countAgain();
    void activatingARow_namesItsCode();
    void scope_countsOnlyTheCodingsInItsDocuments();
    void screenshots_lightAndDark();

private:
    QStringList tableRow(int row) const;
    QHorizontalStackedBarSeries *series() const;

    QTemporaryDir m_dir;
    Test::CodedProject m_fixture;
    std::unique_ptr<Ui::FrequencyPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_sortTester;
};

void TestFrequencyPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Core::Status created = m_fixture.create(m_dir.filePath(QStringLiteral("frequencies.marginalia")));
    QVERIFY2(created, qPrintable(created.error()));
}

void TestFrequencyPanel::init()
{
    m_panel = std::make_unique<Ui::FrequencyPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sortTester = std::make_unique<QAbstractItemModelTester>(m_panel->sortModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(900, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setProject(m_fixture.project.get());
}

void TestFrequencyPanel::cleanup()
{
    m_sortTester.reset();
    m_tester.reset();
    m_panel.reset();
}

QStringList TestFrequencyPanel::tableRow(int row) const
{
    return Test::rowTexts(*m_panel->view()->model(), row);
}

QHorizontalStackedBarSeries *TestFrequencyPanel::series() const
{
    const auto all = m_panel->chart()->chart()->series();
    return all.size() == 1 ? qobject_cast<QHorizontalStackedBarSeries *>(all.first()) : nullptr;
}

void TestFrequencyPanel::byCode_tableAndChartShowCodingsPerCode()
{
    QCOMPARE(m_panel->grouping(), Ui::FrequencyModel::Grouping::ByCode);
    QCOMPARE(m_panel->view()->model()->rowCount(), 4);
    QCOMPARE(tableRow(0),
             (QStringList{QStringLiteral("Protection"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("23"),
                          QStringLiteral("6"), QStringLiteral("2")}));
    QCOMPARE(tableRow(1).mid(0, 4),
             (QStringList{QStringLiteral("Protection/Identification"), QStringLiteral("3"), QStringLiteral("2"),
                          QStringLiteral("45")}));

    // Largest bar on top; ties keep codebook order. Each bar in its code's colour.
    QCOMPARE(m_panel->chart()->categories(),
             (QStringList{QStringLiteral("Identification"), QStringLiteral("Protection"), QStringLiteral("Children"),
                          QStringLiteral("Non-refoulement")}));
    QHorizontalStackedBarSeries *bars = series();
    QVERIFY(bars);
    QCOMPARE(bars->count(), 4);
    QHash<QString, QBarSet *> sets;
    for (QBarSet *set : bars->barSets())
        sets.insert(set->label(), set);
    QCOMPARE(sets.value(QStringLiteral("Identification"))->color(), QColor(QStringLiteral("#F28E2B")));
    QCOMPARE(sets.value(QStringLiteral("Children"))->color(), QColor(QStringLiteral("#E15759")));
    // Categories run bottom to top on the axis: Identification's 3 is the last value of its set.
    QCOMPARE(sets.value(QStringLiteral("Identification"))->at(3), 3.0);
    QCOMPARE(sets.value(QStringLiteral("Protection"))->at(2), 2.0);
    QCOMPARE(sets.value(QStringLiteral("Protection"))->at(3), 0.0);
}

void TestFrequencyPanel::manyCodes_chartAddsTheRestUpAsOther()
{
    m_panel->chart()->setMaxCodes(3);
    QCOMPARE(m_panel->chart()->categories(),
             (QStringList{QStringLiteral("Identification"), QStringLiteral("Protection"),
                          QStringLiteral("Other (2 codes)")}));
    QHorizontalStackedBarSeries *bars = series();
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->label(), QStringLiteral("Other (2 codes)"));
    QCOMPARE(bars->barSets().first()->at(0), 2.0);
}

void TestFrequencyPanel::sameNamedCodes_areLabelledByTheirPaths()
{
    const qint64 children = m_fixture.project->addCode(QStringLiteral("Children"), m_fixture.nonRefoulement)->id;
    m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("Children"), children, m_fixture.bob);
    QTRY_COMPARE(m_panel->chart()->categories().size(), 5);
    QVERIFY(m_panel->chart()->categories().contains(QStringLiteral("Protection/Children")));
    QVERIFY(m_panel->chart()->categories().contains(QStringLiteral("Non-refoulement/Children")));
    QVERIFY(m_panel->chart()->categories().contains(QStringLiteral("Identification")));
    QVERIFY(m_fixture.project->deleteCode(children));
    QTRY_COMPARE(m_panel->chart()->categories().size(), 4);
}

void TestFrequencyPanel::codeColourLikeTheBackground_getsAnOutline()
{
    const QColor base = m_panel->chart()->palette().color(QPalette::Base);
    QVERIFY(m_fixture.project->setCodeColor(m_fixture.children, base.name()));
    const auto childrenSet = [this]() -> QBarSet * {
        const QHorizontalStackedBarSeries *bars = series();
        for (QBarSet *set : bars ? bars->barSets() : QList<QBarSet *>()) {
            if (set->label() == QStringLiteral("Children"))
                return set;
        }
        return nullptr;
    };
    QTRY_VERIFY(childrenSet() && childrenSet()->color() == base);
    QVERIFY(childrenSet()->borderColor() != base);
    // A colour that stands out keeps its own edge.
    QCOMPARE(series()->barSets().constLast()->label(), QStringLiteral("Identification"));
    QCOMPARE(series()->barSets().constLast()->borderColor(), QColor(QStringLiteral("#F28E2B")));
    QVERIFY(m_fixture.project->setCodeColor(m_fixture.children, QStringLiteral("#E15759")));
    QTRY_VERIFY(childrenSet() && childrenSet()->color() == QColor(QStringLiteral("#E15759")));
}

void TestFrequencyPanel::groupingCombo_switchesTableAndChart()
{
    auto *groupings = m_panel->findChild<QComboBox *>(QStringLiteral("frequencyGrouping"));
    QVERIFY(groupings);
    groupings->setCurrentIndex(groupings->findText(QStringLiteral("By document")));
    QCOMPARE(m_panel->grouping(), Ui::FrequencyModel::Grouping::ByDocument);
    QCOMPARE(m_panel->view()->model()->columnCount(), 4);
    QCOMPARE(m_panel->view()->model()->rowCount(), 6);
    QCOMPARE(tableRow(0),
             (QStringList{QStringLiteral("Action plan"), QStringLiteral("Protection"), QStringLiteral("1"),
                          QStringLiteral("10")}));
    QCOMPARE(tableRow(4),
             (QStringList{QStringLiteral("Vienna statement"), QStringLiteral("Protection/Identification"),
                          QStringLiteral("2"), QStringLiteral("31")}));

    QCOMPARE(m_panel->chart()->categories(),
             (QStringList{QStringLiteral("Action plan"), QStringLiteral("Vienna statement")}));
    QHorizontalStackedBarSeries *bars = series();
    QVERIFY(bars);
    // One set per code, the code with the most codings first; values bottom (Vienna) to top (Action plan).
    QCOMPARE(bars->count(), 4);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Identification"));
    QCOMPARE(bars->barSets().at(0)->at(0), 2.0);
    QCOMPARE(bars->barSets().at(0)->at(1), 1.0);
    QCOMPARE(bars->barSets().at(0)->color(), QColor(QStringLiteral("#F28E2B")));

    groupings->setCurrentIndex(groupings->findText(QStringLiteral("By coder")));
    QCOMPARE(m_panel->grouping(), Ui::FrequencyModel::Grouping::ByCoder);
    QCOMPARE(m_panel->view()->model()->rowCount(), 5);
    QCOMPARE(tableRow(3),
             (QStringList{QStringLiteral("bob"), QStringLiteral("Protection/Identification"), QStringLiteral("2"),
                          QStringLiteral("2"), QStringLiteral("34")}));
    QCOMPARE(m_panel->chart()->categories(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));

    // At most maxCategories() bars: the ones with the most codings.
    m_panel->chart()->setMaxCategories(1);
    QCOMPARE(m_panel->chart()->categories(), QStringList{QStringLiteral("alice")});
    QVERIFY(m_panel->chart()->chart()->title().contains(QStringLiteral("1 of 2")));

    m_panel->setGrouping(Ui::FrequencyModel::Grouping::ByCode);
    QCOMPARE(groupings->currentText(), QStringLiteral("By code"));
    QCOMPARE(m_panel->view()->model()->columnCount(), 6);
}

void TestFrequencyPanel::coderFilter_countsOneCoder()
{
    auto *coders = m_panel->findChild<QComboBox *>(QStringLiteral("frequencyCoders"));
    QVERIFY(coders);
    QCOMPARE(coders->count(), 3);
    coders->setCurrentIndex(coders->findText(QStringLiteral("bob")));
    QCOMPARE(m_panel->coderFilter(), m_fixture.bob);
    QCOMPARE(tableRow(1).mid(0, 4),
             (QStringList{QStringLiteral("Protection/Identification"), QStringLiteral("2"), QStringLiteral("2"),
                          QStringLiteral("34")}));
    QCOMPARE(m_panel->chart()->categories(),
             (QStringList{QStringLiteral("Identification"), QStringLiteral("Non-refoulement")}));

    m_panel->setCoderFilter(m_fixture.alice);
    QCOMPARE(coders->currentText(), QStringLiteral("alice"));
    QCOMPARE(tableRow(0).at(1), QStringLiteral("2"));
    QCOMPARE(tableRow(3).at(1), QStringLiteral("0"));
    m_panel->setCoderFilter(0);
    QCOMPARE(coders->currentIndex(), 0);
    QCOMPARE(tableRow(1).at(1), QStringLiteral("3"));
}

void TestFrequencyPanel::sortingByANumberColumn_sortsNumerically()
{
    // Ten more codings for one code, so that "11" sorts above "3" only when numbers are numbers.
    QString numbers;
    for (int i = 0; i < 10; ++i)
        numbers += QStringLiteral("n%1 ").arg(i);
    Core::NewDocument document;
    document.name = QStringLiteral("Numbers");
    document.text = numbers;
    const qint64 documentId = m_fixture.project->addDocument(document)->id;
    for (int i = 0; i < 10; ++i)
        m_fixture.addCoding(documentId, numbers, QStringLiteral("n%1").arg(i), m_fixture.nonRefoulement, m_fixture.bob);
    QTRY_COMPARE(tableRow(3).at(1), QStringLiteral("11"));

    m_panel->view()->sortByColumn(1, Qt::DescendingOrder);
    QStringList codings;
    for (int row = 0; row < 4; ++row)
        codings.append(tableRow(row).at(1));
    QCOMPARE(codings,
             (QStringList{QStringLiteral("11"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(tableRow(0).at(0), QStringLiteral("Non-refoulement"));

    QVERIFY(m_fixture.project->removeDocument(documentId));
    QTRY_COMPARE(tableRow(0).at(1), QStringLiteral("3"));
}

void TestFrequencyPanel::exportCsv_writesTheCurrentGrouping()
{
    const QString path = m_dir.filePath(QStringLiteral("by-document.csv"));
    m_panel->setGrouping(Ui::FrequencyModel::Grouping::ByDocument);
    const Core::Status status = m_panel->exportCsv(path);
    QVERIFY2(status, qPrintable(status.error()));
    QStringList lines = QString::fromUtf8(Test::readFile(path)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    QVERIFY(lines.first().startsWith(QStringLiteral("document,code_path,codings,characters")));
    QCOMPARE(lines.takeFirst(), Core::CsvExport::frequencyByDocumentColumns().join(QLatin1Char(',')));
    QCOMPARE(lines,
             (QStringList{QStringLiteral("Action plan,Protection,1,10"),
                          QStringLiteral("Action plan,Protection/Identification,1,14"),
                          QStringLiteral("Action plan,Protection/Children,1,22"),
                          QStringLiteral("Vienna statement,Protection,1,13"),
                          QStringLiteral("Vienna statement,Protection/Identification,2,31"),
                          QStringLiteral("Vienna statement,Non-refoulement,1,25")}));

    m_panel->setGrouping(Ui::FrequencyModel::Grouping::ByCoder);
    m_panel->setCoderFilter(m_fixture.bob);
    QVERIFY(m_panel->exportCsv(path));
    lines = QString::fromUtf8(Test::readFile(path)).split(QStringLiteral("\r\n"));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("coder,code_path,codings,documents,characters")));
    QCOMPARE(lines.at(1), QStringLiteral("bob,Protection/Identification,2,2,34"));
    QCOMPARE(lines.size(), 1 + 2 + 1);

    m_panel->setGrouping(Ui::FrequencyModel::Grouping::ByCode);
    QVERIFY(m_panel->exportCsv(path));
    QVERIFY(Test::readFile(path).startsWith("code_path,codings,documents,characters,codings_incl_subcodes,documents_"
                                            "incl_subcodes\r\nProtection,0,0,0,2,2\r\n"));

    QVERIFY(!m_panel->exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    m_panel->setProject(nullptr);
    QVERIFY(!m_panel->exportCsv(path));
}

void TestFrequencyPanel::exportChartPng_hasAFixedSizeWhateverThePanelsSize()
{
    // Four bars: the minimum height.
    QCOMPARE(Ui::FrequencyPanel::exportedChartSize(4), QSize(1200, 400));
    QCOMPARE(Ui::FrequencyPanel::exportedChartSize(20), QSize(1200, 840));
    QCOMPARE(Ui::FrequencyPanel::exportedChartSize(100), QSize(1200, 1600));

    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QImage image;
    for (const QSize panel : {QSize(900, 640), QSize(300, 720)}) {
        m_panel->resize(panel);
        const Core::Status status = m_panel->exportChartPng(path);
        QVERIFY2(status, qPrintable(status.error()));
        image = QImage(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(2400, 800)); // the layout size at twice the pixels
    }
    // Drawn whole, not a corner of it blown up: the title, in the top rows, is centred.
    const QRgb background = image.pixel(2, 2);
    int left = image.width();
    int right = -1;
    for (int y = 0; y < 120; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    QVERIFY2(right > left, "no title");
    QVERIFY2(std::abs((left + right) / 2 - image.width() / 2) < image.width() / 10,
             qPrintable(QStringLiteral("title from %1 to %2").arg(left).arg(right)));
    // MARGINALIA_SCREENSHOT_DIR=dir keeps the exported chart, to look at it.
    if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(dir + QStringLiteral("/test-exported-chart.png")));
    // Not a blank: background, text and four bar colours at least.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 6, qPrintable(QString::number(colours.size())));
    QVERIFY(colours.contains(QColor(QStringLiteral("#F28E2B")).rgb()));

    QVERIFY(!m_panel->exportChartPng(m_dir.filePath(QStringLiteral("no/such/dir/chart.png"))));
}

void TestFrequencyPanel::exportChartSvg_isADrawingWithTheCodesAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    m_panel->resize(300, 720); // the docked size does not matter
    const Core::Status status = m_panel->exportChartSvg(path);
    QVERIFY2(status, qPrintable(status.error()));
    const QByteArray svg = Test::readFile(path);
    QVERIFY(svg.contains("<svg"));
    // At the PNG's layout size, scalable: the view box is the layout.
    QVERIFY2(svg.contains("viewBox=\"0 0 1200 400\""), svg.left(600).constData());
    // The codes are text, not pixels, and the bars are in the codes' colours.
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(svg.contains("Identification"));
    QVERIFY(svg.toLower().contains("#f28e2b"));
    if (const QString dir = qEnvironmentVariable("MARGINALIA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QImage image(1200, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(image.save(dir + QStringLiteral("/test-exported-chart-svg.png")));
    }
    QVERIFY(!m_panel->exportChartSvg(m_dir.filePath(QStringLiteral("no/such/dir/chart.svg"))));
}

void TestFrequencyPanel::projectChanges_countAgain()
{
    QSignalSpy resets(m_panel->model(), &QAbstractItemModel::modelReset);
    const qint64 first = m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("minors"),
                                             m_fixture.children, m_fixture.bob);
    const qint64 second = m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("need"),
                                              m_fixture.children, m_fixture.bob);
    QCOMPARE(tableRow(2).at(1), QStringLiteral("1"));
    QTRY_COMPARE(tableRow(2).at(1), QStringLiteral("3"));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_panel->chart()->categories().first(), QStringLiteral("Identification"));

    // A new colour shows in the chart.
    QVERIFY(m_fixture.project->setCodeColor(m_fixture.children, QStringLiteral("#112233")));
    const auto recoloured = [this] {
        const QHorizontalStackedBarSeries *bars = series();
        const QList<QBarSet *> sets = bars ? bars->barSets() : QList<QBarSet *>();
        return std::any_of(sets.cbegin(), sets.cend(),
                           [](QBarSet *set) { return set->color() == QColor(QStringLiteral("#112233")); });
    };
    QVERIFY(!recoloured());
    QTRY_VERIFY(recoloured());
    QVERIFY(m_fixture.project->setCodeColor(m_fixture.children, QStringLiteral("#E15759")));
    QVERIFY(m_fixture.project->removeCoding(first));
    QVERIFY(m_fixture.project->removeCoding(second));
    QTRY_COMPARE(tableRow(2).at(1), QStringLiteral("1"));

    // Hidden, the panel counts when shown again.
    m_panel->hide();
    const qint64 third = m_fixture.addCoding(m_fixture.planId, m_fixture.plan, QStringLiteral("need"),
                                             m_fixture.children, m_fixture.bob);
    QTest::qWait(20);
    QCOMPARE(tableRow(2).at(1), QStringLiteral("1"));
    m_panel->show();
    QCOMPARE(tableRow(2).at(1), QStringLiteral("2"));
    QVERIFY(m_fixture.project->removeCoding(third));
    QTRY_COMPARE(tableRow(2).at(1), QStringLiteral("1"));
}

void TestFrequencyPanel::activatingARow_namesItsCode()
{
    QSignalSpy activated(m_panel.get(), &Ui::FrequencyPanel::codeActivated);
    QTableView *view = m_panel->view();
    const QRect cell = view->visualRect(view->model()->index(2, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), m_fixture.children);
}

void TestFrequencyPanel::scope_countsOnlyTheCodingsInItsDocuments()
{
    Core::Project &project = *m_fixture.project;
    const auto added = project.addDocumentSet(QStringLiteral("Plan only"), {m_fixture.planId});
    QVERIFY2(added, qPrintable(added.error()));
    const auto cleanUp = qScopeGuard([&] { QVERIFY(project.removeDocumentSet(added->id)); });
    QVERIFY(m_panel->scopeBar()->selectSet(QStringLiteral("Plan only")));
    QCOMPARE(m_panel->model()->documentScope(), std::optional<QSet<qint64>>(QSet<qint64>{m_fixture.planId}));
    // The action plan has one coding each of Protection, Identification and Children, and none of
    // Non-refoulement; the Vienna statement's four are left out.
    QCOMPARE(tableRow(0).mid(0, 3),
             (QStringList{QStringLiteral("Protection"), QStringLiteral("1"), QStringLiteral("1")}));
    QCOMPARE(tableRow(1).mid(0, 3),
             (QStringList{QStringLiteral("Protection/Identification"), QStringLiteral("1"), QStringLiteral("1")}));
    QCOMPARE(tableRow(3).mid(0, 2), (QStringList{QStringLiteral("Non-refoulement"), QStringLiteral("0")}));
    const auto expected = Core::Frequencies::compute(project, 0, QSet<qint64>{m_fixture.planId});
    QVERIFY(expected);
    QCOMPARE(m_panel->model()->frequencies().byDocument.size(), expected->byDocument.size());

    // By document: the plan's rows only.
    m_panel->setGrouping(Ui::FrequencyModel::Grouping::ByDocument);
    QVERIFY(m_panel->view()->model()->rowCount() > 0);
    for (int row = 0; row < m_panel->view()->model()->rowCount(); ++row)
        QCOMPARE(tableRow(row).first(), QStringLiteral("Action plan"));

    // A condition that cannot be read counts nothing rather than everything, and the bar says why.
    m_panel->setGrouping(Ui::FrequencyModel::Grouping::ByCode);
    m_panel->scopeBar()->setCondition(QStringLiteral("yeer >= 2017"));
    QVERIFY(m_panel->scopeBar()->errorMessage().contains(QStringLiteral("yeer")));
    QCOMPARE(tableRow(1).mid(0, 2), (QStringList{QStringLiteral("Protection/Identification"), QStringLiteral("0")}));

    m_panel->scopeBar()->selectAllDocuments();
    QCOMPARE(tableRow(1).mid(0, 2), (QStringList{QStringLiteral("Protection/Identification"), QStringLiteral("3")}));
}

void TestFrequencyPanel::screenshots_lightAndDark()
{
    const QPalette light = QApplication::palette();
    const QPalette dark = Test::screenshotDarkPalette();

    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? dark : light);
        const QString suffix = isDark ? QStringLiteral("-dark") : QStringLiteral("-light");
        // The chart follows the palette: its background is the palette's base colour.
        const QImage chart = m_panel->chart()->grab().toImage();
        QCOMPARE(QColor(chart.pixel(2, 2)), m_panel->palette().color(QPalette::Base));
        for (const auto grouping : {Ui::FrequencyModel::Grouping::ByCode, Ui::FrequencyModel::Grouping::ByDocument}) {
            m_panel->setGrouping(grouping);
            const QString name = grouping == Ui::FrequencyModel::Grouping::ByCode
                ? QStringLiteral("frequencies-by-code")
                : QStringLiteral("frequencies-by-document");
            m_panel->resize(900, 640);
            QTest::qWait(10);
            Test::saveScreenshot(m_panel.get(), name + QStringLiteral("-wide") + suffix);
            m_panel->resize(340, 720);
            QTest::qWait(10);
            Test::saveScreenshot(m_panel.get(), name + QStringLiteral("-narrow") + suffix);
        }
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestFrequencyPanel)
#include "tst_frequencypanel.moc"
