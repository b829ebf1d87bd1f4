#include "base/translations.h"
#include "export/projectreport.h"
#include "model/codetree.h"
#include "projecttestsupport.h"
#include "store/project.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

/// The project report: a well-formed, self-contained page with every section, whatever the project holds.
class TestProjectReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void report_isWellFormedXhtmlWithEverySection();
    void hostileNames_areEscapedEverywhere();
    void excerpts_sayDocumentPageParagraphAndCoder();
    void excerpts_withoutChosenCodes_sayHowToChoose();
    void excerpts_areCappedWithACountOfTheRest();
    void agreement_onlyWithTwoCoders();
    void arabic_isRightToLeftAndExcerptsAutoDirected();
    void chartImage_replacesTheInlineSvg();
    void chart_showsTheMostCodedCodesAndOther();

private:
    QString report(const ProjectReportOptions &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_document = 0, m_hostile = 0, m_plain = 0, m_child = 0, m_anna = 0, m_ben = 0;
    int m_projects = 0;
};

namespace {

const QString hostileName = QStringLiteral("</td><script>alert(\"x\")</script> & 'co'");

/// Parses @p html as XML: the report is polyglot XHTML, so a browser and an XML parser read the same tree.
QString xmlError(const QString &html, QStringList *headings = nullptr)
{
    QXmlStreamReader reader(html);
    while (!reader.atEnd()) {
        reader.readNext();
        if (headings && reader.isStartElement() && reader.name() == QLatin1String("h2"))
            headings->append(reader.attributes().value(QLatin1String("id")).toString());
        if (reader.isStartElement() && reader.name() == QLatin1String("script"))
            return QStringLiteral("a script element at line %1").arg(reader.lineNumber());
    }
    if (reader.hasError())
        return QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    return {};
}

} // namespace

void TestProjectReport::initTestCase()
{
    installTranslations(); // the counts in their English singular and plural
}

void TestProjectReport::init()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    auto project
        = Project::create(storeLocation(m_dir.filePath(QStringLiteral("report%1.marginalia").arg(++m_projects))));
    QVERIFY2(project, qPrintable(project.error()));
    m_project = std::move(*project);

    // Two pages, UN-numbered paragraphs, a form feed that XML forbids, and Arabic.
    NewDocument document;
    document.name = QStringLiteral("Resolution <72/179>");
    document.text = QStringLiteral("1. Early identification of victims.\n\n"
                                   "2. Protection of children\f at borders.\n\n"
                                   "3. مبدأ عدم الإعادة القسرية\n");
    document.pageStarts = {qint64(document.text.indexOf(QStringLiteral("2. Protection")))};
    document.memo = QStringLiteral("Document memo <b>bold?</b>");
    auto added = m_project->addDocument(document);
    QVERIFY2(added, qPrintable(added.error()));
    m_document = added->id;

    NewCode hostile;
    hostile.name = hostileName;
    hostile.description = QStringLiteral("Definition with <i>markup</i> & \"quotes\"");
    hostile.memo = QStringLiteral("Code memo");
    auto hostileCode = m_project->addCode(hostile);
    QVERIFY2(hostileCode, qPrintable(hostileCode.error()));
    m_hostile = hostileCode->id;
    m_plain = m_project->addCode(QStringLiteral("Protection"))->id;
    m_child = m_project->addCode(QStringLiteral("Children"), m_plain)->id;
    QVERIFY(m_project->setProjectMemo(QStringLiteral("Project memo")));

    m_anna = m_project->ensureCoder(QStringLiteral("anna"))->id;
    m_ben = m_project->ensureCoder(QStringLiteral("ben <b>"))->id;
    const QString text = document.text;
    const auto code = [&](qint64 codeId, qint64 coderId, const QString &phrase, const QString &memo = {}) {
        const qint64 start = text.indexOf(phrase);
        QVERIFY(start >= 0);
        auto coding = m_project->addCoding({m_document, codeId, coderId, start, start + phrase.size(), memo, {}, {}});
        QVERIFY2(coding, qPrintable(coding.error()));
    };
    code(m_hostile, m_anna, QStringLiteral("Early identification"), QStringLiteral("coding memo <x>"));
    code(m_plain, m_anna, QStringLiteral("Protection of children"));
    code(m_child, m_anna, QStringLiteral("children"));
    code(m_hostile, m_anna, QStringLiteral("مبدأ عدم الإعادة"));
}

QString TestProjectReport::report(const ProjectReportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = ProjectReport::writeHtml(*m_project, options, &buffer);
    if (!written) {
        qWarning("%s", qPrintable(written.error()));
        return {};
    }
    return QString::fromUtf8(buffer.data());
}

void TestProjectReport::report_isWellFormedXhtmlWithEverySection()
{
    ProjectReportOptions options;
    options.excerptCodeIds = {m_hostile, m_plain};
    const QString html = report(options);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QStringList headings;
    const QString error = xmlError(html, &headings);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(headings,
             (QStringList{QStringLiteral("codebook"), QStringLiteral("frequencies"), QStringLiteral("excerpts"),
                          QStringLiteral("memos")}));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
    QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(html.contains(QStringLiteral("page-break-before:always")));
    QVERIFY(html.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    // Nothing outside the page: no link, no image from elsewhere.
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    // The codebook as a hierarchy: the subcode indented below its parent, with its definition.
    QVERIFY(html.contains(QStringLiteral("<td class=\"name code\">\u00A0\u00A0\u00A0\u00A0<span class=\"swatch\"")));
    QVERIFY(html.contains(QStringLiteral("Definition with &lt;i&gt;markup&lt;/i&gt; &amp; &quot;quotes&quot;")));
    // The memos of the project, the document and the code; the coding's memo beside its excerpt.
    QVERIFY(html.contains(QStringLiteral("Project memo")));
    QVERIFY(html.contains(QStringLiteral("Document memo &lt;b&gt;bold?&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("Code memo")));
    QVERIFY(html.contains(QStringLiteral("Memo: coding memo &lt;x&gt;")));
    // The form feed inside the excerpt is replaced: XML 1.0 forbids it.
    QVERIFY(!html.contains(QChar(u'\f')));
}

void TestProjectReport::hostileNames_areEscapedEverywhere()
{
    ProjectReportOptions options;
    options.excerptCodeIds = {m_hostile};
    const QString html = report(options);
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("</td><script")));
    QVERIFY(html.contains(QStringLiteral("&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
                                         "&#39;co&#39;")));
    QVERIFY(html.contains(QStringLiteral("Resolution &lt;72/179&gt;")));
    const QString error = xmlError(html);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestProjectReport::excerpts_sayDocumentPageParagraphAndCoder()
{
    ProjectReportOptions options;
    options.excerptCodeIds = {m_plain};
    options.includeSubcodes = true;
    const QString html = report(options);
    QVERIFY2(html.contains(QStringLiteral("<p class=\"source\"><span dir=\"auto\">Resolution &lt;72/179&gt;</span>, "
                                          "p. 2, \u00B6 2 \u2014 <span dir=\"auto\">anna</span></p>")),
             qPrintable(html));
    // A subcode's excerpt names its code.
    QVERIFY(html.contains(QStringLiteral("\u2014 <span dir=\"auto\">Protection/Children</span> \u2014")));
    QVERIFY(html.contains(QStringLiteral("<blockquote dir=\"auto\">Protection of children</blockquote>")));
    QVERIFY(html.contains(QStringLiteral("2 excerpts, its subcodes&#39; included")));
}

void TestProjectReport::excerpts_withoutChosenCodes_sayHowToChoose()
{
    ProjectReportOptions options;
    options.howToChooseCodes = QStringLiteral("Choose codes with --code PATH.");
    const QString html = report(options);
    QVERIFY(html.contains(QStringLiteral("No code was chosen for excerpts. Choose codes with --code PATH.")));
    QVERIFY(!html.contains(QStringLiteral("<blockquote")));
}

void TestProjectReport::excerpts_areCappedWithACountOfTheRest()
{
    ProjectReportOptions options;
    options.excerptCodeIds = {m_hostile};
    options.maxExcerptsPerCode = 1;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = ProjectReport::writeHtml(*m_project, options, &buffer);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->excerpts, 1);
    QCOMPARE(written->codes, 3);
    const QString html = QString::fromUtf8(buffer.data());
    QCOMPARE(html.count(QStringLiteral("<blockquote")), 1);
    QVERIFY(html.contains(QStringLiteral("\u2026 and 1 more.")));
}

void TestProjectReport::agreement_onlyWithTwoCoders()
{
    QVERIFY(!report().contains(QStringLiteral("id=\"agreement\"")));
    // ben codes about the same passage as anna with the hostile code, and another one.
    QVERIFY(m_project->addCoding({m_document, m_hostile, m_ben, 3, 23, {}, {}, {}}));
    QVERIFY(m_project->addCoding({m_document, m_plain, m_ben, 40, 60, {}, {}, {}}));
    const QString html = report();
    QVERIFY(html.contains(QStringLiteral("id=\"agreement\"")));
    QVERIFY(html.contains(QStringLiteral("<tr class=\"total\"><td class=\"name\" dir=\"auto\">All codes</td>")));
    // Per-coder frequencies too, and the statistics shaded.
    QVERIFY(html.contains(QStringLiteral("<th dir=\"auto\">ben &lt;b&gt;</th>")));
    QVERIFY(html.contains(QStringLiteral("style=\"background:#")));
    const QString error = xmlError(html);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ProjectReportOptions without;
    without.includeAgreement = false;
    QVERIFY(!report(without).contains(QStringLiteral("id=\"agreement\"")));
}

void TestProjectReport::arabic_isRightToLeftAndExcerptsAutoDirected()
{
    ProjectReportOptions options;
    options.language = QStringLiteral("ar");
    options.excerptCodeIds = {m_hostile};
    const QString html = report(options);
    QVERIFY(html.contains(QStringLiteral("lang=\"ar\" dir=\"rtl\"")));
    QVERIFY(html.contains(QStringLiteral("<blockquote dir=\"auto\">مبدأ عدم الإعادة</blockquote>")));
    QVERIFY(report().contains(QStringLiteral("dir=\"ltr\"")));
}

void TestProjectReport::chartImage_replacesTheInlineSvg()
{
    ProjectReportOptions options;
    options.chart = ProjectReportOptions::Chart::Image;
    const QString html = report(options);
    QVERIFY(!html.contains(QStringLiteral("<svg")));
    QVERIFY(html.contains(QStringLiteral("<img src=\"marginalia:chart\" width=\"540\"")));
    // QTextDocument knows no dir="auto": the direction is given outright.
    options.excerptCodeIds = {m_hostile};
    const QString forQt = report(options);
    QVERIFY(forQt.contains(QStringLiteral("<blockquote dir=\"rtl\">مبدأ عدم الإعادة</blockquote>")));
    QVERIFY(forQt.contains(QStringLiteral("<blockquote dir=\"ltr\">Early identification</blockquote>")));
    const QString error = xmlError(html);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestProjectReport::chart_showsTheMostCodedCodesAndOther()
{
    auto frequencies = Frequencies::compute(*m_project);
    QVERIFY(frequencies);
    const CodeTree tree(m_project->codes());
    const QString all = ProjectReport::frequencyChartSvg(*frequencies, tree);
    QCOMPARE(all.count(QStringLiteral("<rect")), 3);
    // Two bars: the most coded code, and "other" adding up the other two.
    const QString two = ProjectReport::frequencyChartSvg(*frequencies, tree, 2);
    QCOMPARE(two.count(QStringLiteral("<rect")), 2);
    QVERIFY(two.contains(QStringLiteral("Other codes (2)")));
    QVERIFY(two.indexOf(QStringLiteral("&lt;/td&gt;")) < two.indexOf(QStringLiteral("Other codes")));
    int others = 0;
    qint64 otherCodings = 0;
    const QList<CodeFrequency> charted = frequencies->chartedCodes(2, &others, &otherCodings);
    QCOMPARE(charted.size(), 1);
    QCOMPARE(charted.first().codeId, m_hostile);
    QCOMPARE(others, 2);
    QCOMPARE(otherCodings, 2);
    QVERIFY(!ProjectReport::frequencyChartSvg(Frequencies{}, tree).contains(QStringLiteral("<svg")));
}

QTEST_GUILESS_MAIN(TestProjectReport)
#include "tst_projectreport.moc"
