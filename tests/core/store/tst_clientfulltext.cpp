// The client's half of the server's search (store/clientfulltext_p.h, issue 16 section 4): FTS5's terms of a
// text, the tsvector and tsquery literals built from them, the hits computed as the file store computes them,
// and the folded LIKE of a substring search. Against a throwaway PostgreSQL cluster, over a multilingual
// corpus (and the shared corpus when present): the server's candidates hold every document the file store
// finds (exactly those when the query is exact at document level), and the hits computed over the candidates
// are the file store's, offset for offset. Skipped parts: only the server tests, where PostgreSQL or the
// QPSQL driver is not installed, and the shared corpus where it is absent.

#include "import/documentreader.h"
#include "postgresqlcluster.h"
#include "store/clientfulltext_p.h"
#include "store/project.h"
#include "testsupport.h"
#include "text/fulltextquery.h"

#include <QDir>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <memory>

using namespace Marginalia::Core;
namespace Cft = Marginalia::Core::ClientFullText;
using Marginalia::Test::PostgresqlCluster;

namespace {

/// The terms a real FTS5 table with the word index's tokenizer holds for @p text, from fts5vocab.
QStringList fts5VocabTerms(const QString &text)
{
    sqlite3 *db = nullptr;
    QStringList terms;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return {QStringLiteral("<cannot open>")};
    sqlite3_exec(db,
                 "CREATE VIRTUAL TABLE words USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');"
                 "CREATE VIRTUAL TABLE vocab USING fts5vocab(words, 'row');",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO words(text) VALUES (?)", -1, &insert, nullptr);
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    sqlite3_step(insert);
    sqlite3_finalize(insert);
    sqlite3_stmt *rows = nullptr;
    sqlite3_prepare_v2(db, "SELECT term FROM vocab", -1, &rows, nullptr);
    while (sqlite3_step(rows) == SQLITE_ROW) {
        terms.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 0)),
                                       sqlite3_column_bytes(rows, 0)));
    }
    sqlite3_finalize(rows);
    sqlite3_close(db);
    return terms;
}

/// Texts in the languages and scripts the users code, with the punctuation that splits words.
QStringList syntheticTexts()
{
    QStringList texts = {
        QStringLiteral("The principle of non-refoulement protects refugees and asylum seekers at the border."),
        QStringLiteral("Le principe de non-refoulement protège les réfugiés et les demandeurs d'asile."),
        QStringLiteral("Réfugiés, RÉFUGIÉS, refugies et re\u0301fugie\u0301s: la même chose pour la recherche."),
        QStringLiteral("Victims of trafficking in persons need protection; trafficking victims are often migrants."),
        QStringLiteral("Traffickers exploit migrants. Trafficked persons and trafficking networks were discussed."),
        QStringLiteral("UNHCR's report A/RES/73/195 on the Global Compact for Safe, Orderly and Regular Migration."),
        QStringLiteral("Die Straße nach Øresund: Flüchtlinge, Asyl und Schutz. STRASSE ist nicht Straße."),
        QStringLiteral("La protección de los refugiados y la migración segura, ordenada y regular en América Latina."),
        QStringLiteral("حماية اللاجئين والمهاجرين في إطار الاتفاق العالمي من أجل الهجرة الآمنة"),
        QStringLiteral("مُهَاجِرِين اللاجئين: نص مع التشكيل"),
        QStringLiteral("Защита беженцев и мигрантов. Беженцы, мигранты и торговля людьми."),
        QStringLiteral("ΣΟΦΊΑ και σοφία: η προστασία των προσφύγων. Ὁ νόμος."),
        QStringLiteral("联合国难民署的报告：难民与移民的保护。全球移民契约。"),
        QStringLiteral("難民の保護と移民の権利について。カタカナのテキスト。"),
        QStringLiteral("Refugees 🙂 welcome; refugees🙂welcome; 👩‍👩‍👧 family reunification."),
        QStringLiteral("œuvre, Łódź, ﬁnance (ligature), İstanbul, ǅemal, Ⅻ: letters FTS5 does not fold."),
        QStringLiteral("Smuggling of migrants, trafficking in persons and contemporary forms of slavery."),
        QStringLiteral("Identification of victims: identify, identified, identifies, identification."),
        QStringLiteral("Detention of asylum seekers should be a measure of last resort; alternatives to detention."),
        QStringLiteral("Asylum procedures without detention: case management and community-based alternatives."),
        QStringLiteral("It's the children's right: don't detain children. Children's best interests."),
        QStringLiteral("50% of the victims were women_and_girls; 20 % were children; rate_of_return 3.5%."),
        QStringLiteral("A path like C:\\Users\\data and a backslash \\ in text, 'quoted' and \"double quoted\"."),
        QStringLiteral("Gender-sensitive, child-sensitive and victim-centred approaches to protection."),
        QStringLiteral("The Global Compact on Refugees and the Global Compact for Migration are two compacts."),
        QStringLiteral("Border management, border control and integrated border management at the borders."),
        QStringLiteral("Labour migration, labor mobility, fair recruitment and decent work for migrant workers."),
        QStringLiteral("Statelessness: stateless persons and the right to a nationality (1954 and 1961 conventions)."),
        QStringLiteral("Climate change, disasters and displacement: environmental migration in the Sahel."),
        QStringLiteral("Remittances reduce poverty; remittance costs should fall below 3 per cent by 2030."),
        QStringLiteral("Return and readmission, reintegration and sustainable return of migrants."),
        QStringLiteral("Data: disaggregated data on migration, data protection and the right to privacy."),
        QStringLiteral("Xenophobia, racism and discrimination against migrants and refugees must be combated."),
        QStringLiteral("Consular protection and assistance throughout the migration cycle."),
        QStringLiteral("Türkiye hosts the largest refugee population; Syrian refugees in İzmir and Istanbul."),
        QStringLiteral("Çocuklar ve kadınlar için koruma; göçmen işçiler."),
        QStringLiteral("Naïve façade coöperation: diacritics in English words, café, résumé, Zoë."),
        QStringLiteral("Ελλάδα: μετανάστες και πρόσφυγες στα νησιά του Αιγαίου. ΜΕΤΑΝΆΣΤΕΣ."),
        QStringLiteral("Tiếng Việt: người tị nạn và di cư. Nguyễn."),
        QStringLiteral("हिन्दी: शरणार्थी और प्रवासी। Refugee in Hindi is शरणार्थी."),
        QStringLiteral("near the border, NEAR the sea, and not the river: operators in small letters."),
        QStringLiteral("Ѕ and S, ſ long s, ﬅ ligature, K Kelvin sign, Å Angstrom sign, ẞ capital sharp s."),
    };
    return texts;
}

/// User queries as typed in the Search panel's word search (FullTextQuery::toFts5 makes FTS5's of them).
QStringList wordQueries()
{
    return {
        QStringLiteral("refugees"),
        QStringLiteral("Refugees"),
        QStringLiteral("réfugiés"),
        QStringLiteral("refugies"),
        QStringLiteral("REFUGIES"),
        QStringLiteral("refoulement"),
        QStringLiteral("non-refoulement"),
        QStringLiteral("\"non-refoulement\""),
        QStringLiteral("\"principle of non-refoulement\""),
        QStringLiteral("trafficking"),
        QStringLiteral("traffick*"),
        QStringLiteral("traf*"),
        QStringLiteral("\"victims of trafficking\""),
        QStringLiteral("\"trafficking victims\""),
        QStringLiteral("\"trafficking in persons\""),
        QStringLiteral("victims AND trafficking"),
        QStringLiteral("victims OR traffickers"),
        QStringLiteral("trafficking NOT victims"),
        QStringLiteral("trafficking NOT \"victims of trafficking\""),
        QStringLiteral("migrants NOT (trafficking OR smuggling)"),
        QStringLiteral("(asylum OR refugees) AND detention"),
        QStringLiteral("asylum NOT detention"),
        QStringLiteral("detention NOT asylum"),
        QStringLiteral("asylum detention"),
        QStringLiteral("NEAR(victims protection, 5)"),
        QStringLiteral("NEAR(victims protection, 2)"),
        QStringLiteral("NEAR(trafficking persons, 1)"),
        QStringLiteral("NEAR(border management)"),
        QStringLiteral("NEAR(border, 3)"),
        QStringLiteral("NEAR(\"global compact\" migration, 4)"),
        QStringLiteral("migrants NOT NEAR(trafficking persons, 1)"),
        QStringLiteral("UNHCR's"),
        QStringLiteral("unhcr"),
        QStringLiteral("A/RES/73/195"),
        QStringLiteral("\"73 195\""),
        QStringLiteral("195"),
        QStringLiteral("2030"),
        QStringLiteral("19*"),
        QStringLiteral("Straße"),
        QStringLiteral("strasse"),
        QStringLiteral("Øresund"),
        QStringLiteral("oresund"),
        QStringLiteral("œuvre"),
        QStringLiteral("Łódź"),
        QStringLiteral("lodz"),
        QStringLiteral("finance"),
        QStringLiteral("ﬁnance"),
        QStringLiteral("σοφία"),
        QStringLiteral("ΣΟΦΙΑ"),
        QStringLiteral("σοφ*"),
        QStringLiteral("μετανάστες"),
        QStringLiteral("πρόσφυγες OR προσφύγων"),
        QStringLiteral("اللاجئين"),
        QStringLiteral("مهاجرين"),
        QStringLiteral("مُهَاجِرِين"),
        QStringLiteral("\"حماية اللاجئين\""),
        QStringLiteral("беженцев"),
        QStringLiteral("беж*"),
        QStringLiteral("мигрантов AND торговля"),
        QStringLiteral("难民署的报告"),
        QStringLiteral("联合国难民署的报告"),
        QStringLiteral("refugees🙂welcome"),
        QStringLiteral("🙂"),
        QStringLiteral("istanbul"),
        QStringLiteral("İstanbul"),
        QStringLiteral("ǆemal"),
        QStringLiteral("naive AND cafe"),
        QStringLiteral("\"naïve façade\""),
        QStringLiteral("zoe"),
        QStringLiteral("nguyen"),
        QStringLiteral("शरणार्थी"),
        QStringLiteral("children's"),
        QStringLiteral("\"children s\""),
        QStringLiteral("don't"),
        QStringLiteral("women_and_girls"),
        QStringLiteral("\"women and girls\""),
        QStringLiteral("50%"),
        QStringLiteral("C:\\Users\\data"),
        QStringLiteral("backslash"),
        QStringLiteral("'quoted'"),
        QStringLiteral("\"double quoted\""),
        QStringLiteral("near"),
        QStringLiteral("NEAR"),
        QStringLiteral("not AND river"),
        QStringLiteral("global compact"),
        QStringLiteral("\"global compact\" NOT refugees"),
        QStringLiteral("\"global compact\" OR \"border management\""),
        QStringLiteral("compact*"),
        QStringLiteral("compact* NOT \"global compact\""),
        QStringLiteral("identif*"),
        QStringLiteral("identif* AND victims"),
        QStringLiteral("identif* NOT identification"),
        QStringLiteral("migra* AND (labour OR labor) NOT decent"),
        QStringLiteral("data NOT (protection AND privacy)"),
        QStringLiteral("\"data protection\" AND privacy"),
        QStringLiteral("protection NOT \"data protection\" NOT \"consular protection\""),
        QStringLiteral("return + readmission"),
        QStringLiteral("\"return and\" + readmission"),
        QStringLiteral("gender-sensitive OR child-sensitive"),
        QStringLiteral("sensitive"),
        QStringLiteral("\"-\""),
        QStringLiteral("refugees \"-\""),
        QStringLiteral("refugees AND \"-\""),
        QStringLiteral("refugees NOT \"-\""),
        QStringLiteral("NEAR(refugees \"-\", 3)"),
        QStringLiteral("ſ"),
        QStringLiteral("kelvin"),
        QStringLiteral("xenophobia racism discrimination"),
        QStringLiteral("nosuchword"),
        QStringLiteral("nosuchword OR refugees"),
        QStringLiteral("nosuch*"),
    };
}

QSet<qint64> toSet(const QList<qint64> &list)
{
    return QSet<qint64>(list.cbegin(), list.cend());
}

QString describe(const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qint64 id : sorted)
        parts.append(QString::number(id));
    return parts.join(u',');
}

} // namespace

class TestClientFullText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void wordTerms_areTheTermsFts5Indexes_data();
    void wordTerms_areTheTermsFts5Indexes();
    void wordTerms_equalFts5sVocabularyOverTheWholeCorpus();
    void tsvectorLiteral_quotesLexemesAndRefusesWhatPostgresqlWould();
    void tsquerySuperset_followsFts5sGrammar_data();
    void tsquerySuperset_followsFts5sGrammar();
    void tsquerySuperset_badQuery_isFts5sError();
    void wordHitsInText_areTheFileStoresHits();
    void substringFold_isWhatCaseInsensitiveSearchCompares_forEveryCodePoint();
    void likeContaining_escapesWildcardsAndTheEscape();
    void wordHitsInText_fromManyThreads_agree();

    void server_acceptsTheLiteralsUpToItsLimitsOnly();
    void server_candidatesHoldTheFileStoresDocuments_andClientHitsAreItsHits();
    void server_foldedLike_findsExactlyTheCaseInsensitiveSubstringMatches();

private:
    /// The running cluster, or null (then the test has been skipped or failed).
    bool startCluster();
    /// The corpus in a file project (the file store, the reference) and in a server table.
    void loadCorpus();

    std::unique_ptr<PostgresqlCluster> m_cluster;
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    QHash<qint64, QString> m_texts;
    QSet<qint64> m_alwaysCandidates; ///< documents whose terms are NULL (over the tsvector limit)
    bool m_loaded = false;
};

void TestClientFullText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClientFullText::cleanupTestCase()
{
    m_project.reset();
    m_db = {};
    m_cluster.reset();
    m_dir.reset();
}

void TestClientFullText::wordTerms_areTheTermsFts5Indexes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // empty: only compared with FTS5's vocabulary

    QTest::newRow("diacritics folded") << QStringLiteral("Réfoulement RÉFOULEMENT re\u0301foulement")
                                       << QStringList{QStringLiteral("refoulement")};
    QTest::newRow("ß Ø œ Ł kept as FTS5 keeps them") << QStringLiteral("Straße Øresund œuvre Łódź")
                                                     << QStringList{QStringLiteral("straße"), QStringLiteral("øresund"),
                                                                    QStringLiteral("łodz"), QStringLiteral("œuvre")};
    QTest::newRow("Greek keeps its tonos") << QStringLiteral("ΣΟΦΊΑ") << QStringList{QStringLiteral("σοφία")};
    QTest::newRow("apostrophes and UN symbols split")
        << QStringLiteral("UNHCR's A/RES/73/195")
        << QStringList{QStringLiteral("195"), QStringLiteral("73"), QStringLiteral("a"),
                       QStringLiteral("res"), QStringLiteral("s"),  QStringLiteral("unhcr")};
    QTest::newRow("Arabic") << QStringLiteral("حماية اللاجئين")
                            << QStringList{QStringLiteral("اللاجئين"), QStringLiteral("حماية")};
    // Harakat are not token characters for unicode61: the word falls apart (as in the file store).
    QTest::newRow("Arabic with harakat") << QStringLiteral("مُهَاجِرِين") << QStringList();
    QTest::newRow("CJK clause is one token")
        << QStringLiteral("难民署的报告。移民") << QStringList{QStringLiteral("移民"), QStringLiteral("难民署的报告")};
    QTest::newRow("emoji") << QStringLiteral("refugees 🙂 welcome; refugees🙂welcome 👩‍👩‍👧")
                           << QStringList();
    QTest::newRow("ligature, dotted I, titlecase digraph, roman numeral")
        << QStringLiteral("ﬁnance İstanbul ǅemal Ⅻ ſ K Å ẞ") << QStringList();
    QTest::newRow("nothing but punctuation") << QStringLiteral(" -- ... !? ") << QStringList();
    QTest::newRow("token over FTS5's 32 KB, cut as FTS5 cuts it")
        << QString(40000, u'x') << QStringList{QString(32768, u'x')};
    QTest::newRow("token over 32 KB cut inside a character") << QString(11000, QChar(0x96BE)) << QStringList();
}

void TestClientFullText::wordTerms_areTheTermsFts5Indexes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto terms = Cft::wordTerms(text);
    QVERIFY2(terms.ok(), qPrintable(terms.error()));
    QCOMPARE(*terms, fts5VocabTerms(text));
    if (!expected.isEmpty())
        QCOMPARE(*terms, expected);
}

void TestClientFullText::wordTerms_equalFts5sVocabularyOverTheWholeCorpus()
{
    QStringList texts = syntheticTexts();
    if (Marginalia::Test::hasCorpus()) {
        const QDir related(Marginalia::Test::corpusPath(QStringLiteral("related")));
        for (const QString &name : related.entryList(QDir::Files))
            texts.append(QString::fromUtf8(Marginalia::Test::readFile(related.filePath(name))));
        texts.append(QString::fromUtf8(Marginalia::Test::readFile(
            Marginalia::Test::corpusPath(QStringLiteral("global-compact-vienna-2017.txt")))));
    }
    const QString all = texts.join(u'\n');
    const auto terms = Cft::wordTerms(all);
    QVERIFY2(terms.ok(), qPrintable(terms.error()));
    const QStringList vocab = fts5VocabTerms(all);
    QVERIFY(vocab.size() > 500 || !Marginalia::Test::hasCorpus());
    QCOMPARE(*terms, vocab);
}

void TestClientFullText::tsvectorLiteral_quotesLexemesAndRefusesWhatPostgresqlWould()
{
    QCOMPARE(Cft::tsvectorLiteral({QStringLiteral("it's"), QStringLiteral("a"), QStringLiteral("c:\\d")}),
             QStringLiteral("'a' 'c:\\\\d' 'it''s'"));
    const QString empty = Cft::tsvectorLiteral({});
    QVERIFY(!empty.isNull());
    QVERIFY(empty.isEmpty());

    // A long term is cut at a character boundary at or below the lexeme limit; two cut alike are one lexeme.
    const QString longTerm = QString(3000, QChar(0x00E9)); // 2 bytes each
    const QString literal = Cft::tsvectorLiteral({longTerm, longTerm + QStringLiteral("x")});
    QCOMPARE(literal, u'\'' + QString(Cft::MaxLexemeBytes / 2, QChar(0x00E9)) + u'\'');
    const QString cjk = QString(1000, QChar(0x96BE)); // 3 bytes each: 682 fit in 2046 bytes
    QCOMPARE(Cft::tsvectorLiteral({cjk}), u'\'' + QString(682, QChar(0x96BE)) + u'\'');

    // Exactly the limit of lexeme bytes is a vector; one byte more is NULL ("always a candidate").
    QStringList terms;
    qsizetype bytes = 0;
    for (int i = 0; bytes + 2000 <= Cft::MaxTsvectorBytes; ++i) {
        terms.append(QString::number(i).rightJustified(2000, u'0'));
        bytes += 2000;
    }
    terms.append(QString(Cft::MaxTsvectorBytes - bytes, u'z'));
    QVERIFY(!Cft::tsvectorLiteral(terms).isNull());
    terms.last().append(u'z');
    QVERIFY(Cft::tsvectorLiteral(terms).isNull());
}

void TestClientFullText::tsquerySuperset_followsFts5sGrammar_data()
{
    QTest::addColumn<QString>("fts5");
    QTest::addColumn<QString>("tsquery");
    QTest::addColumn<bool>("exact");

    QTest::newRow("word, folded") << QStringLiteral("Réfugiés") << QStringLiteral("'refugies'") << true;
    QTest::newRow("phrase") << QStringLiteral("\"victims of trafficking\"")
                            << QStringLiteral("(('victims' & 'of') & 'trafficking')") << false;
    QTest::newRow("quoted punctuated word")
        << QStringLiteral("\"non-refoulement\"") << QStringLiteral("('non' & 'refoulement')") << false;
    QTest::newRow("quoted single word") << QStringLiteral("\"asylum\"") << QStringLiteral("'asylum'") << true;
    QTest::newRow("prefix") << QStringLiteral("traffick*") << QStringLiteral("'traffick':*") << true;
    QTest::newRow("prefix with a space") << QStringLiteral("traffick *") << QStringLiteral("'traffick':*") << true;
    QTest::newRow("AND binds tighter than OR")
        << QStringLiteral("a OR b AND c") << QStringLiteral("('a' | ('b' & 'c'))") << true;
    QTest::newRow("NOT binds tighter than AND")
        << QStringLiteral("a AND b NOT c") << QStringLiteral("('a' & ('b' & !'c'))") << true;
    QTest::newRow("left associative") << QStringLiteral("a NOT b NOT c") << QStringLiteral("(('a' & !'b') & !'c')")
                                      << true;
    QTest::newRow("implicit AND binds tightest")
        << QStringLiteral("a OR b c") << QStringLiteral("('a' | ('b' & 'c'))") << true;
    QTest::newRow("parentheses") << QStringLiteral("(a OR b) AND c") << QStringLiteral("(('a' | 'b') & 'c')") << true;
    QTest::newRow("NOT of an exact part")
        << QStringLiteral("a NOT (b OR c*)") << QStringLiteral("('a' & !('b' | 'c':*))") << true;
    QTest::newRow("NOT of a phrase is left out") << QStringLiteral("a NOT \"b c\"") << QStringLiteral("'a'") << false;
    QTest::newRow("NOT of NEAR is left out") << QStringLiteral("a NOT NEAR(b c, 2)") << QStringLiteral("'a'") << false;
    QTest::newRow("NEAR") << QStringLiteral("NEAR(a b, 5)") << QStringLiteral("('a' & 'b')") << false;
    QTest::newRow("NEAR of phrases") << QStringLiteral("NEAR(\"a b\" c)") << QStringLiteral("(('a' & 'b') & 'c')")
                                     << false;
    QTest::newRow("NEAR of one word") << QStringLiteral("NEAR(a, 3)") << QStringLiteral("'a'") << true;
    QTest::newRow("NEAR with a space") << QStringLiteral("NEAR (a b)") << QStringLiteral("('a' & 'b')") << false;
    QTest::newRow("near without parenthesis is a word")
        << QStringLiteral("NEAR a") << QStringLiteral("('near' & 'a')") << true;
    QTest::newRow("plus joins a phrase") << QStringLiteral("a + b") << QStringLiteral("('a' & 'b')") << false;
    QTest::newRow("prefix inside a phrase") << QStringLiteral("a* + b") << QStringLiteral("('a':* & 'b')") << false;
    QTest::newRow("star lost to an empty string, as in FTS5")
        << QStringLiteral("a* + \"-\"") << QStringLiteral("'a'") << true;
    QTest::newRow("phrase prefix") << QStringLiteral("\"global comp\"*") << QStringLiteral("('global' & 'comp':*)")
                                   << false;
    QTest::newRow("empty phrase matches nothing") << QStringLiteral("\"\"") << QStringLiteral("") << true;
    QTest::newRow("punctuation only matches nothing") << QStringLiteral("\"-\"") << QStringLiteral("") << true;
    QTest::newRow("empty phrase left out of an implicit AND")
        << QStringLiteral("\"-\" a \"\"") << QStringLiteral("'a'") << true;
    QTest::newRow("empty phrase makes AND nothing") << QStringLiteral("a AND \"\"") << QStringLiteral("") << true;
    QTest::newRow("empty phrase left out of OR") << QStringLiteral("a OR \"\"") << QStringLiteral("'a'") << true;
    QTest::newRow("NOT of an empty phrase") << QStringLiteral("a NOT \"\"") << QStringLiteral("'a'") << true;
    QTest::newRow("empty phrase left out of NEAR") << QStringLiteral("NEAR(a \"-\")") << QStringLiteral("'a'") << true;
    QTest::newRow("quotes doubled") << QStringLiteral("\"it\"\"s\"") << QStringLiteral("('it' & 's')") << false;
    QTest::newRow("non-ASCII space is a bareword character to FTS5")
        << QStringLiteral("a\u00A0b") << QStringLiteral("('a' & 'b')") << false;
    QTest::newRow("backslash") << QStringLiteral("\"c:\\d\"") << QStringLiteral("('c' & 'd')") << false;
    QTest::newRow("CJK clause") << QStringLiteral("难民署的报告") << QStringLiteral("'难民署的报告'") << true;
    QTest::newRow("long term, cut") << QString(3000, u'x') << u'\'' + QString(Cft::MaxLexemeBytes, u'x') + u'\''
                                    << false;
    QTest::newRow("long prefix, cut") << QString(3000, u'x') + u'*'
                                      << u'\'' + QString(Cft::MaxLexemeBytes, u'x') + QStringLiteral("':*") << false;
    QTest::newRow("column filter: cannot narrow") << QStringLiteral("text : a") << QString() << false;
    QTest::newRow("initial token: cannot narrow") << QStringLiteral("^a") << QString() << false;
}

void TestClientFullText::tsquerySuperset_followsFts5sGrammar()
{
    QFETCH(QString, fts5);
    QFETCH(QString, tsquery);
    QFETCH(bool, exact);
    const auto result = Cft::tsquerySuperset(fts5);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->isNull(), tsquery.isNull());
    QCOMPARE(*result, tsquery);
    QCOMPARE(Cft::isExactAtDocumentLevel(fts5), exact);
}

void TestClientFullText::tsquerySuperset_badQuery_isFts5sError()
{
    for (const QString &bad : {QStringLiteral("a AND"), QStringLiteral("a (b OR c)"), QStringLiteral("NOT a"),
                               QStringLiteral("NEAR(a b,)"), QStringLiteral("\"open"), QStringLiteral("a\fb")}) {
        const auto result = Cft::tsquerySuperset(bad);
        QVERIFY2(!result.ok(), qPrintable(bad));
        // FTS5's own reason, in the file store's words ("syntax error near ...", "unterminated string").
        QVERIFY2(result.error().contains(bad), qPrintable(result.error()));
        QVERIFY(!Cft::isExactAtDocumentLevel(bad));
    }
}

void TestClientFullText::wordHitsInText_areTheFileStoresHits()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("hits.marginalia")));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    NewDocument document;
    document.name = QStringLiteral("d");
    document.text
        = QStringLiteral("🙂 Le principe de non-refoulement 😀 protège les réfugiés; NON-REFOULEMENT.");
    auto added = (*project)->addDocument(document);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    const QString text = *(*project)->documentText(added->id);
    SearchQuery query;
    query.text = QStringLiteral("\"non-refoulement\" OR refugies");
    const auto expected = (*project)->matchesIn(added->id, query);
    QVERIFY(expected.ok());
    QCOMPARE(expected->size(), 3);
    const auto hits = Cft::wordHitsInText(text, FullTextQuery::toFts5(query.text));
    QVERIFY2(hits.ok(), qPrintable(hits.error()));
    QCOMPARE(*hits, *expected);
    const auto none = Cft::wordHitsInText(text, QStringLiteral("asylum"));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QVERIFY(!Cft::wordHitsInText(text, QStringLiteral("a AND")).ok());
}

void TestClientFullText::substringFold_isWhatCaseInsensitiveSearchCompares_forEveryCodePoint()
{
    // QString::indexOf(..., Qt::CaseInsensitive), under matchesInText, compares QChar::toCaseFolded of each
    // code point; the folded column holds QString::toCaseFolded. They agree when the string fold is that
    // per-code-point fold, length and all: then "folded text contains folded query" is that search.
    int differences = 0;
    QString first;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString one = QString::fromUcs4(&c, 1);
        const char32_t folded = QChar::toCaseFolded(c);
        if (Cft::substringFold(one) != QString::fromUcs4(&folded, 1)) {
            if (differences++ == 0)
                first = QString::number(uint(c), 16);
        }
    }
    QVERIFY2(differences == 0,
             qPrintable(QStringLiteral("%1 code points differ, first U+%2").arg(differences).arg(first)));
    // The folds the design memo names, and what simple folding keeps apart.
    QCOMPARE(Cft::substringFold(QStringLiteral("ſΣςϐẞ")), QStringLiteral("sσσβß"));
    QVERIFY(QStringLiteral("STRASSE").indexOf(QStringLiteral("straße"), 0, Qt::CaseInsensitive) < 0);
}

void TestClientFullText::likeContaining_escapesWildcardsAndTheEscape()
{
    QCOMPARE(Cft::likeContaining(QStringLiteral("50%_a\\b")), QStringLiteral("%50\\%\\_a\\\\b%"));
    QCOMPARE(Cft::likeContaining(QString()), QStringLiteral("%%"));
    QVERIFY(Cft::LikeEscape == u'\\');
}

void TestClientFullText::wordHitsInText_fromManyThreads_agree()
{
    const QString text = syntheticTexts().join(u'\n');
    const QString query = FullTextQuery::toFts5(QStringLiteral("\"victims of trafficking\" OR réfugiés OR traffick*"));
    const auto expected = Cft::wordHitsInText(text, query);
    QVERIFY(expected.ok());
    QVERIFY(expected->size() > 5);
    QList<QList<TextRange>> results(8);
    QList<QStringList> terms(8);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            for (int round = 0; round < 20; ++round) {
                results[i] = Cft::wordHitsInText(text, query).value();
                terms[i] = Cft::wordTerms(text).value();
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    const QStringList expectedTerms = *Cft::wordTerms(text);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(results.at(i), *expected);
        QCOMPARE(terms.at(i), expectedTerms);
    }
}

bool TestClientFullText::startCluster()
{
    if (m_cluster && m_cluster->isRunning())
        return true;
    m_cluster = std::make_unique<PostgresqlCluster>();
    if (!m_cluster->isAvailable())
        return false;
    if (!m_cluster->start()) {
        qWarning("%s", qPrintable(m_cluster->errorString()));
        return false;
    }
    m_db = m_cluster->connection();
    return m_db.isOpen();
}

void TestClientFullText::server_acceptsTheLiteralsUpToItsLimitsOnly()
{
    if (!startCluster()) {
        if (!m_cluster->isAvailable())
            QSKIP(qPrintable(m_cluster->unavailableReason()));
        QFAIL(qPrintable(m_cluster->errorString()));
    }
    const auto castOk = [this](const QString &literal, const char *type) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT CAST(? AS %1)::text").arg(QLatin1String(type)));
        query.addBindValue(literal);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    // Verbatim: no folding, no stemming, quotes and backslashes as written.
    const QString literal = Cft::tsvectorLiteral(
        {QStringLiteral("it's"), QStringLiteral("Straße"), QStringLiteral("c:\\d"), QStringLiteral("running")});
    QCOMPARE(castOk(literal, "tsvector"), QStringLiteral("'Straße' 'c:\\\\d' 'it''s' 'running'"));

    // A lexeme of MaxLexemeBytes passes; 2 KB does not ("less than 2 kilobytes", the manual says; PostgreSQL
    // 15 refuses 2,047 bytes and 17 takes them, so the store cuts at the smaller limit).
    QCOMPARE(castOk(u'\'' + QString(Cft::MaxLexemeBytes, u'x') + u'\'', "tsvector").size(), Cft::MaxLexemeBytes + 2);
    QVERIFY(castOk(u'\'' + QString(2048, u'x') + u'\'', "tsvector").isEmpty());
    QVERIFY(!castOk(Cft::tsvectorLiteral({QString(5000, u'x')}), "tsvector").isEmpty());
    QVERIFY(!castOk(u'\'' + QString(Cft::MaxLexemeBytes, u'x') + QStringLiteral("':*"), "tsquery").isEmpty());

    // Lexemes of MaxTsvectorBytes in all pass; one byte more does not (the literal is then NULL).
    QStringList terms;
    qsizetype bytes = 0;
    for (int i = 0; bytes + 2000 <= Cft::MaxTsvectorBytes; ++i) {
        terms.append(QString::number(i).rightJustified(2000, u'0'));
        bytes += 2000;
    }
    terms.append(QString(Cft::MaxTsvectorBytes - bytes, u'z'));
    QVERIFY(!castOk(Cft::tsvectorLiteral(terms), "tsvector").isEmpty());
    QString over = Cft::tsvectorLiteral(terms);
    over.insert(over.size() - 1, u'z');
    QVERIFY(castOk(over, "tsvector").isEmpty());
}

void TestClientFullText::loadCorpus()
{
    if (m_loaded)
        return;
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("reference.marginalia")));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(*project);

    QList<NewDocument> documents;
    int n = 0;
    for (const QString &text : syntheticTexts()) {
        NewDocument document;
        document.name = QStringLiteral("synthetic %1").arg(++n);
        document.text = text;
        documents.append(document);
    }
    // A term past the lexeme limit (cut on the server), and one whose cut equals it.
    NewDocument longTerms;
    longTerms.name = QStringLiteral("long terms");
    longTerms.text = QString(3000, u'x') + QStringLiteral(" refugees ") + QString(2500, u'y');
    documents.append(longTerms);
    NewDocument cutAlike;
    cutAlike.name = QStringLiteral("cut alike");
    cutAlike.text = QString(Cft::MaxLexemeBytes, u'x') + QStringLiteral(" detention");
    documents.append(cutAlike);
    // More distinct lexeme bytes than a tsvector holds: terms NULL, always a candidate.
    NewDocument huge;
    huge.name = QStringLiteral("huge vocabulary");
    QStringList words;
    for (int i = 0; i < 180000; ++i) {
        QString word;
        for (int k = i, digits = 0; digits < 6; ++digits, k /= 26)
            word += QChar(u'a' + k % 26);
        words.append(word);
    }
    huge.text = words.join(u' ') + QStringLiteral(" refugees of trafficking, victims of trafficking. Straße 50%");
    documents.append(huge);
    for (const NewDocument &document : std::as_const(documents)) {
        auto added = m_project->addDocument(document);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    if (Marginalia::Test::hasCorpus()) {
        QStringList paths;
        const QDir corpus(Marginalia::Test::corpusPath(QString()));
        for (const QString &name : corpus.entryList({QStringLiteral("*.txt"), QStringLiteral("*.pdf")}, QDir::Files))
            paths.append(corpus.filePath(name));
        const QDir related(corpus.filePath(QStringLiteral("related")));
        for (const QString &name : related.entryList(QDir::Files))
            paths.append(related.filePath(name));
        for (const QString &path : std::as_const(paths)) {
            auto read = DocumentReader::read(path);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            auto added = m_project->addDocument(read->toNewDocument());
            QVERIFY2(added.ok(), qPrintable(added.error()));
        }
    } else {
        qInfo("The shared corpus is absent: the synthetic texts only");
    }

    QSqlQuery create(m_db);
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE documents (id BIGINT PRIMARY KEY, text TEXT NOT NULL,"
                                        " folded TEXT NOT NULL, terms tsvector)")),
             qPrintable(create.lastError().text()));
    QVERIFY(create.exec(QStringLiteral("CREATE INDEX documents_terms ON documents USING gin (terms)")));
    QSqlQuery insert(m_db);
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO documents (id, text, folded, terms) VALUES (?, ?, ?, CAST(? AS tsvector))")));
    for (const DocumentName &document : m_project->documentNames()) {
        const auto text = m_project->documentText(document.id);
        QVERIFY(text.ok());
        m_texts.insert(document.id, *text);
        const auto terms = Cft::wordTerms(*text);
        QVERIFY2(terms.ok(), qPrintable(terms.error()));
        const QString literal = Cft::tsvectorLiteral(*terms);
        if (literal.isNull())
            m_alwaysCandidates.insert(document.id);
        insert.addBindValue(document.id);
        insert.addBindValue(*text);
        insert.addBindValue(Cft::substringFold(*text));
        insert.addBindValue(literal.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(literal));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QCOMPARE(m_alwaysCandidates.size(), 1);
    m_loaded = true;
}

void TestClientFullText::server_candidatesHoldTheFileStoresDocuments_andClientHitsAreItsHits()
{
    if (!startCluster()) {
        if (!m_cluster->isAvailable())
            QSKIP(qPrintable(m_cluster->unavailableReason()));
        QFAIL(qPrintable(m_cluster->errorString()));
    }
    loadCorpus();
    QVERIFY(m_loaded);
    const QList<qint64> allIds = m_texts.keys();
    int queries = 0;
    int exactQueries = 0;
    int supersetNotEqual = 0;
    int cannotNarrow = 0;
    qint64 extraCandidates = 0;
    qint64 hitsCompared = 0;
    QStringList supersetCases;
    for (const QString &typed : wordQueries()) {
        ++queries;
        SearchQuery words;
        words.text = typed;
        const QString fts5 = FullTextQuery::toFts5(typed);
        const auto reference = m_project->searchCandidates(words);
        QVERIFY2(reference.ok(), qPrintable(typed + u": " + reference.error()));
        const QSet<qint64> fileStore = toSet(*reference);

        const auto tsquery = Cft::tsquerySuperset(fts5);
        QVERIFY2(tsquery.ok(), qPrintable(typed + u": " + tsquery.error()));
        const bool exact = Cft::isExactAtDocumentLevel(fts5);
        QSet<qint64> candidates;
        if (tsquery->isNull()) {
            ++cannotNarrow;
            candidates = toSet(allIds);
        } else if (tsquery->isEmpty()) {
            candidates = m_alwaysCandidates;
        } else {
            QSqlQuery select(m_db);
            select.prepare(
                QStringLiteral("SELECT id FROM documents WHERE terms @@ CAST(? AS tsquery) OR terms IS NULL"));
            select.addBindValue(*tsquery);
            QVERIFY2(select.exec(), qPrintable(typed + u": " + *tsquery + u": " + select.lastError().text()));
            while (select.next())
                candidates.insert(select.value(0).toLongLong());
        }
        QVERIFY2(candidates.contains(fileStore),
                 qPrintable(QStringLiteral("%1 -> %2: file store %3, server %4")
                                .arg(typed, *tsquery, describe(fileStore), describe(candidates))));
        const QSet<qint64> indexedCandidates = candidates - m_alwaysCandidates;
        const QSet<qint64> indexedFileStore = fileStore - m_alwaysCandidates;
        if (exact) {
            ++exactQueries;
            QVERIFY2(indexedCandidates == indexedFileStore,
                     qPrintable(QStringLiteral("exact %1 -> %2: file store %3, server %4")
                                    .arg(typed, *tsquery, describe(fileStore), describe(candidates))));
        } else if (indexedCandidates != indexedFileStore) {
            ++supersetNotEqual;
            extraCandidates += (indexedCandidates - indexedFileStore).size();
            supersetCases.append(
                QStringLiteral("%1 (+%2)").arg(typed).arg((indexedCandidates - indexedFileStore).size()));
        }

        // The exact answer over the candidates: the file store's documents and hits, offset for offset.
        QList<qint64> ids(candidates.cbegin(), candidates.cend());
        std::sort(ids.begin(), ids.end());
        QStringList texts;
        for (qint64 id : std::as_const(ids))
            texts.append(m_texts.value(id));
        const auto hits = Cft::wordHitsInTexts(texts, fts5);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QSet<qint64> found;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto expected = m_project->matchesIn(ids.at(i), words);
            QVERIFY(expected.ok());
            QVERIFY2(hits->at(i) == *expected,
                     qPrintable(QStringLiteral("%1: document %2: %3 hits, file store %4")
                                    .arg(typed)
                                    .arg(ids.at(i))
                                    .arg(hits->at(i).size())
                                    .arg(expected->size())));
            hitsCompared += expected->size();
            if (!hits->at(i).isEmpty())
                found.insert(ids.at(i));
        }
        QVERIFY2(
            found == fileStore,
            qPrintable(QStringLiteral("%1: found %2, file store %3").arg(typed, describe(found), describe(fileStore))));
    }
    qInfo("%d queries over %d documents (%d always candidates): %d exact at document level, %d cannot narrow,"
          " %d supersets larger than the file store's documents (%lld extra candidates), %lld hits compared",
          queries, int(allIds.size()), int(m_alwaysCandidates.size()), exactQueries, cannotNarrow, supersetNotEqual,
          extraCandidates, hitsCompared);
    qInfo("superset cases: %s", qPrintable(supersetCases.join(QStringLiteral("; "))));
    QVERIFY(queries >= 100);
}

void TestClientFullText::server_foldedLike_findsExactlyTheCaseInsensitiveSubstringMatches()
{
    if (!startCluster()) {
        if (!m_cluster->isAvailable())
            QSKIP(qPrintable(m_cluster->unavailableReason()));
        QFAIL(qPrintable(m_cluster->errorString()));
    }
    loadCorpus();
    QVERIFY(m_loaded);
    const QStringList substrings = {
        QStringLiteral("fficki"), QStringLiteral("REFUG"),    QStringLiteral("réfugi"),  QStringLiteral("RÉFUGI"),
        QStringLiteral("Straße"), QStringLiteral("STRASSE"),  QStringLiteral("strasse"), QStringLiteral("ΣΟΦ"),
        QStringLiteral("σοφ"),    QStringLiteral("ς"),        QStringLiteral("Σ"),       QStringLiteral("50%"),
        QStringLiteral("%"),      QStringLiteral("_and_"),    QStringLiteral("n_a"),     QStringLiteral("\\"),
        QStringLiteral("C:\\US"), QStringLiteral("'quoted'"), QStringLiteral("é"),       QStringLiteral("İ"),
        QStringLiteral("i̇"),      QStringLiteral("难民"),     QStringLiteral("難民"),    QStringLiteral("🙂"),
        QStringLiteral("ǅ"),      QStringLiteral("ǆ"),        QStringLiteral("ſ"),       QStringLiteral("S"),
        QStringLiteral("k"),      QStringLiteral("å"),        QStringLiteral("ß"),       QStringLiteral("ẞ"),
        QStringLiteral("اللاجئ"), QStringLiteral("БЕЖЕН"),    QStringLiteral("Ⅻ"),       QStringLiteral("ⅻ"),
        QStringLiteral("zzzz"),   QStringLiteral("of traf"),  QStringLiteral("x"),       QStringLiteral("Identif"),
    };
    const auto serverFinds = [this](const QString &substring) {
        QSet<qint64> ids;
        QSqlQuery select(m_db);
        select.prepare(QStringLiteral("SELECT id FROM documents WHERE folded LIKE ? ESCAPE '\\'"));
        select.addBindValue(Cft::likeContaining(Cft::substringFold(substring)));
        if (!select.exec())
            qWarning("%s", qPrintable(select.lastError().text()));
        while (select.next())
            ids.insert(select.value(0).toLongLong());
        return ids;
    };
    const auto check = [&](const char *what) {
        int nonEmpty = 0;
        for (const QString &substring : substrings) {
            SearchQuery query;
            query.kind = SearchQuery::Kind::Substring;
            query.text = substring;
            QSet<qint64> expected;
            for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
                if (!FullTextQuery::matchesInText(it.value(), query).isEmpty())
                    expected.insert(it.key());
            }
            const QSet<qint64> found = serverFinds(substring);
            QVERIFY2(found == expected,
                     qPrintable(QStringLiteral("%1, \"%2\": server %3, C++ %4")
                                    .arg(QLatin1String(what), substring, describe(found), describe(expected))));
            if (!expected.isEmpty())
                ++nonEmpty;
        }
        qInfo("%s: %d substrings, %d found somewhere, the same documents as matchesInText", what,
              int(substrings.size()), nonEmpty);
    };
    check("sequential scan");

    // pg_trgm's GIN index answers the same LIKE (lossy, rechecked): the same documents.
    QSqlQuery setup(m_db);
    QVERIFY2(setup.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")),
             qPrintable(setup.lastError().text()));
    QVERIFY2(setup.exec(QStringLiteral("CREATE INDEX documents_folded ON documents USING gin (folded gin_trgm_ops)")),
             qPrintable(setup.lastError().text()));
    QVERIFY(setup.exec(QStringLiteral("ANALYZE documents")));
    QVERIFY(setup.exec(QStringLiteral("SET enable_seqscan = off")));
    // EXPLAIN takes no parameters: the pattern written in (it has no quote).
    QSqlQuery plan(m_db);
    QVERIFY2(plan.exec(QStringLiteral("EXPLAIN SELECT id FROM documents WHERE folded LIKE '")
                       + Cft::likeContaining(Cft::substringFold(QStringLiteral("FFICKI")))
                       + QStringLiteral("' ESCAPE '\\'")),
             qPrintable(plan.lastError().text()));
    QString planText;
    while (plan.next())
        planText += plan.value(0).toString() + u'\n';
    QVERIFY2(planText.contains(QStringLiteral("documents_folded")), qPrintable(planText));
    check("pg_trgm index");
    QVERIFY(setup.exec(QStringLiteral("RESET enable_seqscan")));
}

QTEST_GUILESS_MAIN(TestClientFullText)
#include "tst_clientfulltext.moc"
