// The real corpus in ../shared/corpus, end to end through the core: read every file with DocumentReader,
// store it with Project::addDocument, code every occurrence of a word with positions converted by
// TextOffsets, and check that each excerpt is the word. The corpus is read in place, never copied.

#include "import/documentreader.h"
#include "projecttestsupport.h"
#include "store/project.h"
#include "testsupport.h"
#include "text/textoffsets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia::Core;
using namespace Marginalia::Test;

namespace {

const QString mainFile = QStringLiteral("global-compact-vienna-2017.txt");

/// The ranges, in code points, of every case-insensitive occurrence of @p word in @p text.
QList<std::pair<qint64, qint64>> occurrences(const QString &text, const QString &word)
{
    const TextOffsets offsets(text);
    QList<std::pair<qint64, qint64>> ranges;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
        ranges.append({offsets.toCodePoint(at), offsets.toCodePoint(at + word.size())});
    }
    return ranges;
}

} // namespace

class TestCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mainDocument_readsAsTheReadmeDescribesIt();
    void wholeCorpus_importsIntoOneSoundProject();
    void everyIdentification_isCodedAndItsExcerptIsTheWord();
    void aWordAcrossTheRelatedDocuments_isCodedWhereverItOccurs();

private:
    QStringList relatedFiles() const;
    std::unique_ptr<Project> createProject();
    /// Reads @p path and adds it to @p project; the new document, or an error naming the file.
    Result<Document> import(Project &project, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCorpus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MARGINALIA_SKIP_WITHOUT_CORPUS();
}

void TestCorpus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCorpus::cleanup()
{
    m_dir.reset();
}

QStringList TestCorpus::relatedFiles() const
{
    const QDir related(corpusPath(QStringLiteral("related")));
    QStringList paths;
    for (const QString &name : related.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(related.filePath(name));
    return paths;
}

std::unique_ptr<Project> TestCorpus::createProject()
{
    return Marginalia::Test::createProject(m_dir->filePath(QStringLiteral("corpus.marginalia")));
}

Result<Document> TestCorpus::import(Project &project, const QString &path)
{
    auto read = DocumentReader::read(path);
    if (!read)
        return Error{read.error()};
    NewDocument document;
    document.name = read->name;
    document.originalFileName = read->originalFileName;
    document.format = read->format;
    document.encoding = read->encoding;
    document.text = read->text;
    document.fileSize = read->fileSize;
    document.fileSha256 = read->fileSha256;
    return project.addDocument(document);
}

void TestCorpus::mainDocument_readsAsTheReadmeDescribesIt()
{
    const auto document = DocumentReader::read(corpusPath(mainFile));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document->name, QStringLiteral("global-compact-vienna-2017"));
    QCOMPARE(document->format, QStringLiteral("text"));
    QCOMPARE(document->encoding, QStringLiteral("UTF-8"));
    const QByteArray bytes = Marginalia::Test::readFile(corpusPath(mainFile));
    QCOMPARE(document->fileSize, qint64(bytes.size()));
    QCOMPARE(document->fileSha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    // "About 51,000 characters", and the words the README counts.
    QVERIFY(document->text.size() > 50000 && document->text.size() < 52000);
    QCOMPARE(document->text.count(QStringLiteral("identification"), Qt::CaseInsensitive), qsizetype(23));
    QCOMPARE(document->text.count(QStringLiteral("non-refoulement"), Qt::CaseInsensitive), qsizetype(2));
    QVERIFY(!document->text.contains(u'\r'));
}

void TestCorpus::wholeCorpus_importsIntoOneSoundProject()
{
    auto project = createProject();
    QVERIFY(project);
    const QStringList related = relatedFiles();
    QCOMPARE(related.size(), 97); // as the README says

    QStringList paths{corpusPath(mainFile)};
    paths += related;
    for (const QString &path : std::as_const(paths)) {
        auto document = import(*project, path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        const QString fileName = QFileInfo(path).fileName();
        QCOMPARE(document->originalFileName, fileName);
        QCOMPARE(document->name, QFileInfo(path).completeBaseName()); // file names are unique: no " (2)"
        // Stored exactly as read, with its length in code points.
        const auto read = DocumentReader::read(path);
        QVERIFY(read.ok());
        QCOMPARE(*project->documentText(document->id), read->text);
        QCOMPARE(document->length, TextOffsets::codePointLength(read->text));
        QCOMPARE(document->encoding, QStringLiteral("UTF-8"));
    }
    QCOMPARE(project->documents().size(), 98);
    // The Korean, Spanish and Danish related documents came through as text, not mojibake.
    const auto seoul = project->documentByName(QStringLiteral("078-the-seoul-declaration"));
    QVERIFY(seoul);
    QVERIFY(project->documentText(seoul->id)->contains(QString::fromUtf16(u"\uC778\uAD8C")));
    QCOMPARE(project->check(), QStringList());
}

void TestCorpus::everyIdentification_isCodedAndItsExcerptIsTheWord()
{
    const QString word = QStringLiteral("identification");
    qint64 documentId = 0;
    qint64 codeId = 0;
    QString text;
    {
        auto project = createProject();
        QVERIFY(project);
        auto document = import(*project, corpusPath(mainFile));
        QVERIFY2(document.ok(), qPrintable(document.error()));
        documentId = document->id;
        text = *project->documentText(documentId);
        const qint64 coder = project->ensureCoder(QStringLiteral("seminar"))->id;
        auto code = project->ensureCodePath({QStringLiteral("Protection"), QStringLiteral("Identification")});
        QVERIFY2(code.ok(), qPrintable(code.error()));
        codeId = code->id;

        const auto ranges = occurrences(text, word);
        QCOMPARE(ranges.size(), qsizetype(23));
        QList<NewCoding> codings;
        for (const auto &[start, end] : ranges)
            codings.append(newCoding(documentId, codeId, coder, start, end));
        auto added = project->addCodings(codings);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(*added, qint64(23));
        // Coding them all again adds nothing.
        QCOMPARE(*project->addCodings(codings), qint64(0));
    }

    // Reopened: the codings are there and each points at the word.
    auto opened = Project::open(m_dir->filePath(QStringLiteral("corpus.marginalia")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Project &project = **opened;
    const QList<Coding> codings = project.codings({documentId, codeId});
    QCOMPARE(codings.size(), 23);
    QCOMPARE(project.codingCount(project.code(codeId)->parentId, true), qint64(23));
    const QString stored = *project.documentText(documentId);
    QCOMPARE(stored, text);
    for (const Coding &coding : codings) {
        const QString excerpt = TextOffsets::slice(stored, coding.start, coding.end);
        QVERIFY2(excerpt.compare(word, Qt::CaseInsensitive) == 0,
                 qPrintable(QStringLiteral("%1:%2 is \"%3\"").arg(coding.start).arg(coding.end).arg(excerpt)));
    }
    QCOMPARE(project.check(), QStringList());
}

void TestCorpus::aWordAcrossTheRelatedDocuments_isCodedWhereverItOccurs()
{
    const QString word = QStringLiteral("trafficking");
    auto project = createProject();
    QVERIFY(project);
    const qint64 coder = project->ensureCoder(QStringLiteral("seminar"))->id;
    const qint64 code = project->addCode(QStringLiteral("Trafficking"))->id;

    QList<NewCoding> codings;
    qsizetype documentsWithTheWord = 0;
    for (const QString &path : relatedFiles()) {
        auto document = import(*project, path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        const auto ranges = occurrences(*project->documentText(document->id), word);
        documentsWithTheWord += ranges.isEmpty() ? 0 : 1;
        for (const auto &[start, end] : ranges)
            codings.append(newCoding(document->id, code, coder, start, end));
    }
    QVERIFY(documentsWithTheWord > 10);
    auto added = project->addCodings(codings);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(*added, qint64(codings.size()));

    qsizetype checked = 0;
    for (const Document &document : project->documents()) {
        const QString text = *project->documentText(document.id);
        for (const Coding &coding : project->codings({document.id, code})) {
            QCOMPARE(TextOffsets::slice(text, coding.start, coding.end).toLower(), word);
            ++checked;
        }
    }
    QCOMPARE(checked, codings.size());
    QCOMPARE(project->check(), QStringList());
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
