#include "analysis/searchhits.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "text/textoffsets.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

/// Full-text search over a project: the FTS5 indexes kept with the documents, the query syntax, and the
/// exact code-point offsets of every hit, in French, Arabic, Chinese and text outside the BMP.
class TestFullTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void word_foldsCaseAndDiacritics_data();
    void word_foldsCaseAndDiacritics();
    void query_syntax_data();
    void query_syntax();
    void hits_areExactCodePointsAfterCharactersOutsideTheBmp();
    void arabic_isFoundByItsWords();
    void chinese_isFoundAsASubstring_evenShorterThanATrigram();
    void substring_findsFragmentsInsideWords();
    void pattern_isARegularExpression();
    void badQuery_isAnErrorNamingIt_data();
    void badQuery_isAnErrorNamingIt();
    void index_followsImportAndRemovalInTheirTransactions();
    void searchHits_giveContextPageAndParagraph();
    void autoCode_widensToSentenceOrParagraph_andSkipsWhatIsCoded();
    void memos_areSearchedLikeTheText_evenReadOnly();

private:
    qint64 addDocument(const QString &name, const QString &text, const QList<qint64> &pageStarts = {});
    static SearchQuery words(const QString &text)
    {
        SearchQuery query;
        query.text = text;
        return query;
    }
    /// The hit texts of @p query in document @p id.
    QStringList hitTexts(qint64 id, const SearchQuery &query);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestFullTextSearch::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(storeLocation(m_dir->filePath(QStringLiteral("search.marginalia"))));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(*project);
}

void TestFullTextSearch::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

qint64 TestFullTextSearch::addDocument(const QString &name, const QString &text, const QList<qint64> &pageStarts)
{
    NewDocument document;
    document.name = name;
    document.originalFileName = name + QStringLiteral(".txt");
    document.text = text;
    document.pageStarts = pageStarts;
    if (!pageStarts.isEmpty())
        document.pageCount = int(pageStarts.size()) + 1;
    auto added = m_project->addDocument(document);
    if (!added) {
        qWarning("%s", qPrintable(added.error()));
        return 0;
    }
    return added->id;
}

QStringList TestFullTextSearch::hitTexts(qint64 id, const SearchQuery &query)
{
    QStringList texts;
    auto text = m_project->documentText(id);
    auto hits = m_project->matchesIn(id, FullTextQuery::resolved(query));
    if (!text || !hits)
        return {QStringLiteral("error: ") + (hits ? text.error() : hits.error())};
    for (const TextRange &hit : std::as_const(*hits))
        texts.append(TextOffsets::slice(*text, hit.start, hit.end));
    return texts;
}

void TestFullTextSearch::word_foldsCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList both{QStringLiteral("réfugiés"), QStringLiteral("Refugies")};
    QTest::newRow("without accents") << QStringLiteral("refugies") << both;
    QTest::newRow("with accents") << QStringLiteral("réfugiés") << both;
    QTest::newRow("capitals") << QStringLiteral("RÉFUGIÉS") << both;
    QTest::newRow("combining accent in the text")
        << QStringLiteral("deplaces") << QStringList{QStringLiteral("de\u0301place\u0301s")};
    QTest::newRow("not a part of a word") << QStringLiteral("refugie") << QStringList();
}

void TestFullTextSearch::word_foldsCaseAndDiacritics()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const qint64 id = addDocument(QStringLiteral("fr"),
                                  QStringLiteral("Les réfugiés et les de\u0301place\u0301s. "
                                                 "Refugies, encore."));
    QCOMPARE(hitTexts(id, words(query)), expected);
    QCOMPARE(m_project->searchCandidates(words(query))->size(), expected.isEmpty() ? 0 : 1);
}

void TestFullTextSearch::query_syntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("documents"); // that match, in name order
    QTest::addColumn<QStringList>("hitsInA");
    QTest::newRow("phrase") << QStringLiteral("\"victims of trafficking\"") << QStringList{QStringLiteral("a")}
                            << QStringList{QStringLiteral("victims of trafficking")};
    QTest::newRow("prefix") << QStringLiteral("traffick*") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                            << QStringList{QStringLiteral("trafficking"), QStringLiteral("traffickers")};
    QTest::newRow("AND") << QStringLiteral("victims AND smuggling") << QStringList{QStringLiteral("b")}
                         << QStringList();
    QTest::newRow("OR") << QStringLiteral("smuggling OR refoulement")
                        << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                        << QStringList{QStringLiteral("refoulement")};
    // NOT is of documents: a holds "children", so only b is left, and b's hits are of the left side only.
    QTest::newRow("NOT") << QStringLiteral("victims NOT children") << QStringList{QStringLiteral("b")} << QStringList();
    QTest::newRow("NEAR") << QStringLiteral("NEAR(victims traffickers, 4)")
                          << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                          << QStringList{QStringLiteral("victims"), QStringLiteral("traffickers")};
    QTest::newRow("NEAR too far") << QStringLiteral("NEAR(children traffickers, 2)") << QStringList() << QStringList();
    QTest::newRow("word with a hyphen, as typed")
        << QStringLiteral("non-refoulement") << QStringList{QStringLiteral("a")}
        << QStringList{QStringLiteral("non-refoulement")};
}

void TestFullTextSearch::query_syntax()
{
    QFETCH(QString, query);
    QFETCH(QStringList, documents);
    QFETCH(QStringList, hitsInA);
    const qint64 a = addDocument(QStringLiteral("a"),
                                 QStringLiteral("The victims of trafficking, children too, and "
                                                "the principle of non-refoulement.\n\nThe "
                                                "victims told of traffickers."));
    addDocument(QStringLiteral("b"), QStringLiteral("Smuggling of migrants harms victims; traffickers profit."));
    auto found = m_project->searchCandidates(words(query));
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QStringList names;
    for (qint64 id : std::as_const(*found))
        names.append(m_project->document(id)->name);
    QCOMPARE(names, documents);
    if (documents.contains(QStringLiteral("a")))
        QCOMPARE(hitTexts(a, words(query)), hitsInA);
}

void TestFullTextSearch::hits_areExactCodePointsAfterCharactersOutsideTheBmp()
{
    // Two characters outside the BMP (two UTF-16 units each, four UTF-8 bytes) before the word.
    const QString text = QString::fromUtf16(u"\U00020BB7\U0001F30D refugee camp, \U0001F30D refugee");
    const qint64 id = addDocument(QStringLiteral("bmp"), text);
    auto hits = m_project->matchesIn(id, words(QStringLiteral("refugee")));
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(*hits, (QList<TextRange>{{3, 10}, {19, 26}}));
    QCOMPARE(TextOffsets::slice(text, 19, 26), QStringLiteral("refugee"));
    // The same offsets through a substring search, which finds them in the text instead of the index.
    SearchQuery substring = words(QStringLiteral("refugee"));
    substring.kind = SearchQuery::Kind::Substring;
    QCOMPARE(*m_project->matchesIn(id, substring), (QList<TextRange>{{3, 10}, {19, 26}}));
}

void TestFullTextSearch::arabic_isFoundByItsWords()
{
    // "حماية اللاجئين" (protection of refugees), with its word boundaries and right-to-left text.
    const QString text = QString::fromUtf16(u"Report: \u062D\u0645\u0627\u064A\u0629 "
                                            u"\u0627\u0644\u0644\u0627\u062C\u0626\u064A\u0646. End");
    const qint64 id = addDocument(QStringLiteral("ar"), text);
    const QString refugees = QString::fromUtf16(u"\u0627\u0644\u0644\u0627\u062C\u0626\u064A\u0646");
    QCOMPARE(*m_project->matchesIn(id, words(refugees)), (QList<TextRange>{{14, 22}}));
    QCOMPARE(hitTexts(id, words(QString::fromUtf16(u"\u0627\u0644\u0644\u0627*"))), QStringList{refugees});
}

void TestFullTextSearch::chinese_isFoundAsASubstring_evenShorterThanATrigram()
{
    // "保护难民的权利。难民署" : no spaces between words.
    const QString text = QString::fromUtf16(u"\u4FDD\u62A4\u96BE\u6C11\u7684\u6743\u5229\u3002\u96BE\u6C11\u7F72");
    const qint64 id = addDocument(QStringLiteral("zh"), text);
    addDocument(QStringLiteral("other"), QStringLiteral("Nothing in Chinese here."));
    const QString refugees = QString::fromUtf16(u"\u96BE\u6C11"); // 难民, two characters
    QVERIFY(FullTextQuery::needsSubstring(refugees));
    // Shorter than a trigram: every document is a candidate (in name order), the text decides.
    QCOMPARE(*m_project->searchCandidates(FullTextQuery::resolved(words(refugees))), (QList<qint64>{id + 1, id}));
    QCOMPARE(*m_project->matchesIn(id, FullTextQuery::resolved(words(refugees))), (QList<TextRange>{{2, 4}, {8, 10}}));
    // Three or more characters go through the trigram index: only the document that has them.
    const QString ofRefugees = QString::fromUtf16(u"\u96BE\u6C11\u7684");
    QCOMPARE(*m_project->searchCandidates(FullTextQuery::resolved(words(ofRefugees))), QList<qint64>{id});
    QCOMPARE(*m_project->matchesIn(id, FullTextQuery::resolved(words(ofRefugees))), (QList<TextRange>{{2, 5}}));
    // Through SearchHits, a candidate without a hit gives no row.
    qint64 rows = 0;
    QVERIFY(SearchHits::forEach(*m_project, words(refugees), 2, [&](const SearchHit &hit) {
        rows += hit.documentId == id ? 1 : 100;
        return true;
    }));
    QCOMPARE(rows, 2);
}

void TestFullTextSearch::substring_findsFragmentsInsideWords()
{
    const qint64 id = addDocument(QStringLiteral("en"), QStringLiteral("Trafficking and TRAFFICKERS; trafic."));
    SearchQuery query = words(QStringLiteral("fficki"));
    query.kind = SearchQuery::Kind::Substring;
    QCOMPARE(hitTexts(id, query), QStringList{QStringLiteral("fficki")});
    query.text = QStringLiteral("traffick");
    QCOMPARE(hitTexts(id, query), (QStringList{QStringLiteral("Traffick"), QStringLiteral("TRAFFICK")}));
    query.caseSensitive = true;
    query.text = QStringLiteral("TRAFF");
    QCOMPARE(hitTexts(id, query), QStringList{QStringLiteral("TRAFF")});
    query.text = QStringLiteral("zzz");
    QCOMPARE(m_project->searchCandidates(query)->size(), 0);
}

void TestFullTextSearch::pattern_isARegularExpression()
{
    const qint64 id = addDocument(QStringLiteral("en"), QStringLiteral("In 2017 and 2018, \U0001F30D 2030."));
    SearchQuery query = words(QStringLiteral("\\b20\\d\\d\\b"));
    query.kind = SearchQuery::Kind::Pattern;
    QCOMPARE(*m_project->matchesIn(id, query), (QList<TextRange>{{3, 7}, {12, 16}, {20, 24}}));
}

void TestFullTextSearch::badQuery_isAnErrorNamingIt_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("query");
    QTest::newRow("dangling operator") << int(SearchQuery::Kind::Words) << QStringLiteral("victims AND");
    QTest::newRow("unbalanced NEAR") << int(SearchQuery::Kind::Words) << QStringLiteral("NEAR(victims");
    QTest::newRow("bad pattern") << int(SearchQuery::Kind::Pattern) << QStringLiteral("(unclosed");
    QTest::newRow("empty") << int(SearchQuery::Kind::Words) << QStringLiteral("  ");
}

void TestFullTextSearch::badQuery_isAnErrorNamingIt()
{
    QFETCH(int, kind);
    QFETCH(QString, query);
    addDocument(QStringLiteral("a"), QStringLiteral("victims"));
    SearchQuery search = words(query);
    search.kind = SearchQuery::Kind(kind);
    auto found = m_project->searchCandidates(search);
    QVERIFY(!found.ok());
    if (!query.trimmed().isEmpty())
        QVERIFY2(found.error().contains(query), qPrintable(found.error()));
}

void TestFullTextSearch::index_followsImportAndRemovalInTheirTransactions()
{
    const qint64 kept = addDocument(QStringLiteral("kept"), QStringLiteral("asylum seekers"));
    const qint64 removed = addDocument(QStringLiteral("removed"), QStringLiteral("asylum procedures"));
    QCOMPARE(*m_project->searchCandidates(words(QStringLiteral("asylum"))), (QList<qint64>{kept, removed}));

    auto snapshot = m_project->snapshotDocument(removed);
    QVERIFY(snapshot.ok());
    QVERIFY(m_project->removeDocument(removed));
    QCOMPARE(*m_project->searchCandidates(words(QStringLiteral("asylum"))), QList<qint64>{kept});
    QCOMPARE(m_project->searchCandidates(words(QStringLiteral("procedures")))->size(), 0);
    QVERIFY(m_project->restoreDocument(*snapshot)); // undo
    QCOMPARE(*m_project->searchCandidates(words(QStringLiteral("procedures"))), QList<qint64>{removed});

    // An import that fails inside its transaction leaves nothing in the index either.
    const Status failed = m_project->transact(QStringLiteral("test"), [&]() -> Status {
        NewDocument document;
        document.name = QStringLiteral("rolled back");
        document.text = QStringLiteral("statelessness");
        if (auto added = m_project->addDocument(document); !added)
            return Error{added.error()};
        return Error{QStringLiteral("the disk is full")};
    });
    QVERIFY(!failed.ok());
    QCOMPARE(m_project->searchCandidates(words(QStringLiteral("statelessness")))->size(), 0);
    QVERIFY(m_project->searchIndexBytes() != 0);
    QCOMPARE(m_project->check(), QStringList());
}

void TestFullTextSearch::searchHits_giveContextPageAndParagraph()
{
    // Page 2 begins at "23."; paragraph 23 bis has a sub-paragraph (a) that is still paragraph 23 bis.
    const QString text = QStringLiteral("Title line\n\n22. States shall protect victims.\n\n"
                                        "23. Victims of trafficking\nacross lines.\n\n"
                                        "23 bis. More on victims:\n(a) victims again.");
    const qint64 pageTwo = text.indexOf(QStringLiteral("23."));
    const qint64 id = addDocument(QStringLiteral("un"), text, {pageTwo});
    QList<SearchHit> hits;
    QVERIFY(SearchHits::forEach(*m_project, words(QStringLiteral("victims")), 8, [&](const SearchHit &hit) {
        hits.append(hit);
        return true;
    }));
    QCOMPARE(hits.size(), 4);
    QCOMPARE(hits.at(0).documentId, id);
    QCOMPARE(hits.at(0).document, QStringLiteral("un"));
    QCOMPARE(hits.at(0).page, 1);
    QCOMPARE(hits.at(0).paragraph, QStringLiteral("22"));
    QCOMPARE(hits.at(0).before, QStringLiteral("protect "));
    QCOMPARE(hits.at(0).hit, QStringLiteral("victims"));
    QCOMPARE(hits.at(0).after, QStringLiteral(".  23. V")); // line breaks as spaces
    QCOMPARE(hits.at(1).page, 2);
    QCOMPARE(hits.at(1).paragraph, QStringLiteral("23"));
    QCOMPARE(hits.at(1).hit, QStringLiteral("Victims"));
    QCOMPARE(hits.at(2).paragraph, QStringLiteral("23 bis"));
    QCOMPARE(hits.at(3).paragraph, QStringLiteral("23 bis"));
    QCOMPARE(hits.at(3).after, QStringLiteral(" again."));

    // Stopping early stops.
    int seen = 0;
    QVERIFY(SearchHits::forEach(*m_project, words(QStringLiteral("victims")), 0,
                                [&](const SearchHit &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
}

void TestFullTextSearch::autoCode_widensToSentenceOrParagraph_andSkipsWhatIsCoded()
{
    const QString text = QStringLiteral("First sentence on nothing. Victims of trafficking need victims' aid. "
                                        "Last one.\n\nA second paragraph on victims.");
    const qint64 id = addDocument(QStringLiteral("doc"), text);
    auto code = m_project->addCode(QStringLiteral("Victims"));
    QVERIFY(code.ok());

    auto plan = SearchHits::autoCode(*m_project, words(QStringLiteral("victims")), code->id, QStringLiteral("ana"),
                                     HitExtent::Sentence);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan->hits, 3);
    // The two hits of the second sentence make one coding of it.
    QCOMPARE(plan->codings.size(), 2);
    QCOMPARE(TextOffsets::slice(text, plan->codings.at(0).start, plan->codings.at(0).end),
             QStringLiteral("Victims of trafficking need victims' aid."));
    QCOMPARE(TextOffsets::slice(text, plan->codings.at(1).start, plan->codings.at(1).end),
             QStringLiteral("A second paragraph on victims."));

    plan = SearchHits::autoCode(*m_project, words(QStringLiteral("victims")), code->id, QStringLiteral("ana"),
                                HitExtent::Paragraph);
    QVERIFY(plan.ok());
    QCOMPARE(plan->codings.size(), 2);
    QCOMPARE(TextOffsets::slice(text, plan->codings.at(0).start, plan->codings.at(0).end),
             text.left(text.indexOf(u'\n')));

    // Once coded, a second run makes nothing: every range is already covered by ana's coding of the code.
    auto made = m_project->addCodingsAs(QStringLiteral("ana"), plan->codings);
    QVERIFY(made.ok());
    plan = SearchHits::autoCode(*m_project, words(QStringLiteral("victims")), code->id, QStringLiteral("ana"),
                                HitExtent::Hit);
    QVERIFY(plan.ok());
    QCOMPARE(plan->codings.size(), 0);
    QCOMPARE(plan->alreadyCoded, 3);
    // Another coder has coded nothing yet.
    plan = SearchHits::autoCode(*m_project, words(QStringLiteral("victims")), code->id, QStringLiteral("ben"),
                                HitExtent::Hit);
    QCOMPARE(plan->codings.size(), 3);
    Q_UNUSED(id);
}

void TestFullTextSearch::memos_areSearchedLikeTheText_evenReadOnly()
{
    const qint64 report = addDocument(QStringLiteral("report"), QStringLiteral("Nothing about it here."));
    const qint64 other = addDocument(QStringLiteral("other"), QStringLiteral("Nor here."));
    const qint64 code = m_project->addCode(QStringLiteral("Protection"))->id;
    const qint64 coder = m_project->ensureCoder(QStringLiteral("ana"))->id;
    const auto coding = m_project->addCoding({other, code, coder, 0, 3, {}, {}, {}});
    QVERIFY(coding && *coding);
    QVERIFY(m_project->setProjectMemo(QStringLiteral("Réfugiés first; 🌍 then the rest.")));
    QVERIFY(m_project->setDocumentMemo(report, QStringLiteral("Compare with the refugee convention.")));
    QVERIFY(m_project->setCodeMemo(code, QStringLiteral("Use for REFUGEES only")));
    QVERIFY(m_project->setCodingMemo((*coding)->id, QStringLiteral("refugiés? ask Ben")));

    // Words fold case and accents as in the text, offsets in code points (after the emoji too).
    auto found = m_project->searchMemos(words(QStringLiteral("réfugiés")));
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).target, (MemoTarget{MemoTarget::Kind::Project, 0}));
    QCOMPARE(found->at(0).ranges, (QList<TextRange>{{0, 8}}));
    QCOMPARE(found->at(1).target, (MemoTarget{MemoTarget::Kind::Coding, (*coding)->id}));
    found = m_project->searchMemos(words(QStringLiteral("refugee*")));
    QVERIFY(found);
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).target, (MemoTarget{MemoTarget::Kind::Document, report}));
    QCOMPARE(found->at(1).target, (MemoTarget{MemoTarget::Kind::Code, code}));
    found = m_project->searchMemos(words(QStringLiteral("then")));
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).ranges, (QList<TextRange>{{18, 22}}));

    // Substrings and patterns; a bad query names itself.
    SearchQuery substring = words(QStringLiteral("fug"));
    substring.kind = SearchQuery::Kind::Substring;
    found = m_project->searchMemos(substring);
    QVERIFY(found);
    QCOMPARE(found->size(), 4); // Réfugiés, refugee, REFUGEES, refugiés
    QVERIFY(!m_project->searchMemos(words(QStringLiteral("refugee AND"))));

    // The hits in context, whose memo they are in, and a document filter keeping its document's memos.
    QList<SearchHit> hits;
    SearchQuery inReport = words(QStringLiteral("refug*"));
    inReport.documentId = report;
    QVERIFY(SearchHits::forEach(*m_project, inReport, 5, MemoSearch::Included, [&](const SearchHit &hit) {
        hits.append(hit);
        return true;
    }));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).document, QStringLiteral("report"));
    QCOMPARE(hits.at(0).hit, QStringLiteral("refugee"));
    QCOMPARE(hits.at(0).before, QStringLiteral(" the "));
    QCOMPARE(SearchHits::sourceOf(hits.at(0)), QStringLiteral("document memo"));
    hits.clear();
    QVERIFY(SearchHits::forEachInMemos(*m_project, words(QStringLiteral("ask")), 10, [&](const SearchHit &hit) {
        hits.append(hit);
        return true;
    }));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).document, QStringLiteral("other"));
    QCOMPARE(hits.at(0).documentId, other);
    QCOMPARE(SearchHits::sourceOf(hits.at(0)), QStringLiteral("coding memo"));

    // A project opened read only is searched too: the memos' index is a TEMP table, not in the file.
    const QString path = m_project->filePath();
    m_project.reset();
    auto readOnly = Project::open(storeLocation(path), Project::Access::ReadOnly);
    QVERIFY2(readOnly, qPrintable(readOnly.error()));
    found = (*readOnly)->searchMemos(words(QStringLiteral("convention")));
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->size(), 1);
    // Twice: the temporary table is filled afresh.
    found = (*readOnly)->searchMemos(words(QStringLiteral("convention OR ben")));
    QVERIFY(found);
    QCOMPARE(found->size(), 2);
}

void TestFullTextSearch::initTestCase()
{
    MARGINALIA_REQUIRE_STORE_BACKEND();
}

QTEST_GUILESS_MAIN(TestFullTextSearch)
#include "tst_fulltextsearch.moc"
