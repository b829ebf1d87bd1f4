// Tests for CodeTree: code paths (with "/" and "\" escaped inside names), lookups and tree walks.

#include "model/codetree.h"
#include "store/project.h"
#include "testsupport.h"

#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Marginalia::Core::Code;
using Marginalia::Core::CodeTree;
using Marginalia::Core::Project;

namespace {

Code makeCode(qint64 id, qint64 parentId, const QString &name, int position)
{
    Code code;
    code.id = id;
    code.parentId = parentId;
    code.name = name;
    code.position = position;
    code.color = QStringLiteral("#4E79A7");
    return code;
}

// Ids chosen so that id order, list order and position order all differ:
//   Protection (10)
//     Gender (11, position 1)
//     Children (12, position 0)
//       Unaccompanied (13)
//   Smuggling/Trafficking (20)      a "/" in the name
//     C:\cases (21)                 a "\" in the name
//   Protection (30) under 20        same name at another level
enum Ids : qint64 {
    Protection = 10,
    Gender = 11,
    Children = 12,
    Unaccompanied = 13,
    SmugglingTrafficking = 20,
    Cases = 21,
    InnerProtection = 30,
    Missing = 99,
};

QList<Code> sampleCodes()
{
    return {
        makeCode(Unaccompanied, Children, QStringLiteral("Unaccompanied"), 0),
        makeCode(Gender, Protection, QStringLiteral("Gender"), 1),
        makeCode(SmugglingTrafficking, 0, QStringLiteral("Smuggling/Trafficking"), 1),
        makeCode(Protection, 0, QStringLiteral("Protection"), 0),
        makeCode(Cases, SmugglingTrafficking, QStringLiteral("C:\\cases"), 0),
        makeCode(Children, Protection, QStringLiteral("Children"), 0),
        makeCode(InnerProtection, SmugglingTrafficking, QStringLiteral("Protection"), 1),
    };
}

} // namespace

class TestCodeTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void joinPath_escapesSlashAndBackslash_data();
    void joinPath_escapesSlashAndBackslash();
    void splitPath_parsesEscapedPaths_data();
    void splitPath_parsesEscapedPaths();
    void splitPath_malformedPath_isEmpty_data();
    void splitPath_malformedPath_isEmpty();
    void joinThenSplit_givesTheNamesBack();

    void path_ofEveryCode_data();
    void path_ofEveryCode();
    void findByPath_findsEveryCodeByItsPath();
    void findByPath_unknownOrMalformedPath_isNull_data();
    void findByPath_unknownOrMalformedPath_isNull();
    void children_areInPositionOrder();
    void subtree_isTheCodeAndEverythingBelowIt();
    void ancestors_areNearestFirst();
    void depthFirst_isCodebookOrder();
    void depth_countsLevelsBelowTheTop();
    void damagedTreeWithACycle_doesNotHang();
    void treeFromAProject_findsCodesCreatedByPath();
};

void TestCodeTree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCodeTree::joinPath_escapesSlashAndBackslash_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("path");

    QTest::newRow("one level") << QStringList{QStringLiteral("Protection")} << QStringLiteral("Protection");
    QTest::newRow("two levels") << QStringList{QStringLiteral("Protection"), QStringLiteral("Children")}
                                << QStringLiteral("Protection/Children");
    QTest::newRow("slash in a name") << QStringList{QStringLiteral("Smuggling/Trafficking")}
                                     << QStringLiteral("Smuggling\\/Trafficking");
    QTest::newRow("backslash in a name") << QStringList{QStringLiteral("C:\\cases")} << QStringLiteral("C:\\\\cases");
    QTest::newRow("backslash then slash") << QStringList{QStringLiteral("a\\/b")} << QStringLiteral("a\\\\\\/b");
    QTest::newRow("escapes at several levels")
        << QStringList{QStringLiteral("a/b"), QStringLiteral("c\\"), QStringLiteral("/d")}
        << QStringLiteral("a\\/b/c\\\\/\\/d");
    QTest::newRow("non-ASCII") << QStringList{QString::fromUtf16(u"\u0627\u0644\u062D\u0645\u0627\u064A\u0629"),
                                              QString::fromUtf16(u"\U0001F30D")}
                               << QString::fromUtf16(u"\u0627\u0644\u062D\u0645\u0627\u064A\u0629/\U0001F30D");
    QTest::newRow("nothing") << QStringList() << QString();
}

void TestCodeTree::joinPath_escapesSlashAndBackslash()
{
    QFETCH(QStringList, names);
    QFETCH(QString, path);
    QCOMPARE(CodeTree::joinPath(names), path);
}

void TestCodeTree::splitPath_parsesEscapedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("one level") << QStringLiteral("Protection") << QStringList{QStringLiteral("Protection")};
    QTest::newRow("two levels") << QStringLiteral("Protection/Children")
                                << QStringList{QStringLiteral("Protection"), QStringLiteral("Children")};
    QTest::newRow("escaped slash") << QStringLiteral("Smuggling\\/Trafficking")
                                   << QStringList{QStringLiteral("Smuggling/Trafficking")};
    QTest::newRow("escaped backslash") << QStringLiteral("C:\\\\cases") << QStringList{QStringLiteral("C:\\cases")};
    QTest::newRow("escaped backslash before a separator")
        << QStringLiteral("a\\\\/b") << QStringList{QStringLiteral("a\\"), QStringLiteral("b")};
    QTest::newRow("escaped ordinary character") << QStringLiteral("\\q") << QStringList{QStringLiteral("q")};
    QTest::newRow("spaces around names are trimmed")
        << QStringLiteral("  Protection / Children ")
        << QStringList{QStringLiteral("Protection"), QStringLiteral("Children")};
    QTest::newRow("spaces inside names kept")
        << QStringLiteral("Non refoulement/Push backs")
        << QStringList{QStringLiteral("Non refoulement"), QStringLiteral("Push backs")};
}

void TestCodeTree::splitPath_parsesEscapedPaths()
{
    QFETCH(QString, path);
    QFETCH(QStringList, names);
    QCOMPARE(CodeTree::splitPath(path), names);
}

void TestCodeTree::splitPath_malformedPath_isEmpty_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("only a slash") << QStringLiteral("/");
    QTest::newRow("leading slash") << QStringLiteral("/Protection");
    QTest::newRow("trailing slash") << QStringLiteral("Protection/");
    QTest::newRow("empty level") << QStringLiteral("Protection//Children");
    QTest::newRow("blank level") << QStringLiteral("Protection/  /Children");
    QTest::newRow("trailing backslash") << QStringLiteral("Protection\\");
    QTest::newRow("trailing backslash after a level") << QStringLiteral("Protection/Children\\");
}

void TestCodeTree::splitPath_malformedPath_isEmpty()
{
    QFETCH(QString, path);
    QCOMPARE(CodeTree::splitPath(path), QStringList());
}

void TestCodeTree::joinThenSplit_givesTheNamesBack()
{
    // Every combination of the awkward characters, at the start, middle and end of a name.
    const QStringList pieces{QStringLiteral("/"),   QStringLiteral("\\"), QStringLiteral("x"),
                             QStringLiteral("\\/"), QStringLiteral("//"), QStringLiteral("\\\\")};
    for (const QString &a : pieces) {
        for (const QString &b : pieces) {
            const QStringList names{a + QStringLiteral("n") + b, QStringLiteral("m") + a + b + QStringLiteral("m"),
                                    b + a};
            const QString path = CodeTree::joinPath(names);
            QCOMPARE(CodeTree::splitPath(path), names);
        }
    }
    // One name with a slash and two names are different paths.
    QVERIFY(CodeTree::joinPath({QStringLiteral("a/b")})
            != CodeTree::joinPath({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestCodeTree::path_ofEveryCode_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("path");

    QTest::newRow("top level") << qint64(Protection) << QStringLiteral("Protection");
    QTest::newRow("second level") << qint64(Children) << QStringLiteral("Protection/Children");
    QTest::newRow("third level") << qint64(Unaccompanied) << QStringLiteral("Protection/Children/Unaccompanied");
    QTest::newRow("slash in a name") << qint64(SmugglingTrafficking) << QStringLiteral("Smuggling\\/Trafficking");
    QTest::newRow("backslash below a slash") << qint64(Cases) << QStringLiteral("Smuggling\\/Trafficking/C:\\\\cases");
    QTest::newRow("same name elsewhere") << qint64(InnerProtection)
                                         << QStringLiteral("Smuggling\\/Trafficking/Protection");
    QTest::newRow("unknown id") << qint64(Missing) << QString();
}

void TestCodeTree::path_ofEveryCode()
{
    QFETCH(qint64, id);
    QFETCH(QString, path);
    const CodeTree tree(sampleCodes());
    QCOMPARE(tree.path(id), path);
}

void TestCodeTree::findByPath_findsEveryCodeByItsPath()
{
    const CodeTree tree(sampleCodes());
    for (const Code &code : tree.codes()) {
        const Code *found = tree.findByPath(tree.path(code.id));
        QVERIFY2(found, qPrintable(tree.path(code.id)));
        QCOMPARE(found->id, code.id);
    }
    // A path typed with spaces around the levels still finds the code.
    const Code *spaced = tree.findByPath(QStringLiteral(" Protection /  Children "));
    QVERIFY(spaced);
    QCOMPARE(spaced->id, qint64(Children));
}

void TestCodeTree::findByPath_unknownOrMalformedPath_isNull_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("empty") << QString();
    QTest::newRow("unknown top level") << QStringLiteral("Detention");
    QTest::newRow("unknown child") << QStringLiteral("Protection/Detention");
    QTest::newRow("child without its parent") << QStringLiteral("Children");
    QTest::newRow("right names, wrong parent") << QStringLiteral("Smuggling\\/Trafficking/Children");
    QTest::newRow("unescaped slash splits the name") << QStringLiteral("Smuggling/Trafficking");
    QTest::newRow("too deep") << QStringLiteral("Protection/Children/Unaccompanied/More");
    QTest::newRow("malformed") << QStringLiteral("Protection//Children");
    QTest::newRow("case differs") << QStringLiteral("protection");
}

void TestCodeTree::findByPath_unknownOrMalformedPath_isNull()
{
    QFETCH(QString, path);
    const CodeTree tree(sampleCodes());
    QCOMPARE(tree.findByPath(path), nullptr);
}

void TestCodeTree::children_areInPositionOrder()
{
    const CodeTree tree(sampleCodes());
    QCOMPARE(tree.children(0), (QList<qint64>{Protection, SmugglingTrafficking}));
    QCOMPARE(tree.children(Protection), (QList<qint64>{Children, Gender}));
    QCOMPARE(tree.children(SmugglingTrafficking), (QList<qint64>{Cases, InnerProtection}));
    QCOMPARE(tree.children(Unaccompanied), QList<qint64>());
    QCOMPARE(tree.children(Missing), QList<qint64>());
}

void TestCodeTree::subtree_isTheCodeAndEverythingBelowIt()
{
    const CodeTree tree(sampleCodes());
    QCOMPARE(tree.subtree(Protection), (QList<qint64>{Protection, Children, Gender, Unaccompanied}));
    QCOMPARE(tree.subtree(Children), (QList<qint64>{Children, Unaccompanied}));
    QCOMPARE(tree.subtree(Unaccompanied), QList<qint64>{Unaccompanied});
    QCOMPARE(tree.subtree(SmugglingTrafficking), (QList<qint64>{SmugglingTrafficking, Cases, InnerProtection}));
    QCOMPARE(tree.subtree(Missing), QList<qint64>());
}

void TestCodeTree::depthFirst_isCodebookOrder()
{
    // Each code before its children, siblings by position, whatever order the store listed them in.
    const CodeTree tree(sampleCodes());
    QCOMPARE(
        tree.depthFirst(),
        (QList<qint64>{Protection, Children, Unaccompanied, Gender, SmugglingTrafficking, Cases, InnerProtection}));
    QCOMPARE(CodeTree().depthFirst(), QList<qint64>());
}

void TestCodeTree::ancestors_areNearestFirst()
{
    const CodeTree tree(sampleCodes());
    QCOMPARE(tree.ancestors(Unaccompanied), (QList<qint64>{Children, Protection}));
    QCOMPARE(tree.ancestors(Cases), QList<qint64>{SmugglingTrafficking});
    QCOMPARE(tree.ancestors(Protection), QList<qint64>());
    QCOMPARE(tree.ancestors(Missing), QList<qint64>());
}

void TestCodeTree::depth_countsLevelsBelowTheTop()
{
    const CodeTree tree(sampleCodes());
    QCOMPARE(tree.depth(Protection), 0);
    QCOMPARE(tree.depth(SmugglingTrafficking), 0);
    QCOMPARE(tree.depth(Gender), 1);
    QCOMPARE(tree.depth(InnerProtection), 1);
    QCOMPARE(tree.depth(Unaccompanied), 2);
    QCOMPARE(tree.names(Unaccompanied),
             (QStringList{QStringLiteral("Protection"), QStringLiteral("Children"), QStringLiteral("Unaccompanied")}));
}

void TestCodeTree::damagedTreeWithACycle_doesNotHang()
{
    // A damaged file could hold 1 -> 2 -> 1; every walk must stop, bounded by the number of codes.
    const QList<Code> codes{makeCode(1, 2, QStringLiteral("A"), 0), makeCode(2, 1, QStringLiteral("B"), 0),
                            makeCode(3, 0, QStringLiteral("C"), 0)};
    const CodeTree tree(codes);
    QVERIFY(tree.names(1).size() <= codes.size() + 1);
    QVERIFY(tree.ancestors(1).size() <= codes.size());
    QVERIFY(tree.subtree(1).size() <= codes.size() + 1);
    QVERIFY(tree.depth(2) <= int(codes.size()));
    QVERIFY(tree.depthFirst().size() <= codes.size());
    QCOMPARE(tree.findByPath(QStringLiteral("A")), nullptr); // not reachable from the top
    QVERIFY(tree.findByPath(QStringLiteral("C")));
}

void TestCodeTree::treeFromAProject_findsCodesCreatedByPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto project = Project::create(dir.filePath(QStringLiteral("tree.marginalia")));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const QStringList names{QStringLiteral("Smuggling/Trafficking"), QStringLiteral("C:\\cases"),
                            QStringLiteral("Children")};
    auto leaf = (*project)->ensureCodePath(names);
    QVERIFY2(leaf.ok(), qPrintable(leaf.error()));
    QVERIFY((*project)->addCode(QStringLiteral("Gender"), leaf->parentId).ok());

    const CodeTree tree((*project)->codes());
    QCOMPARE(tree.codes().size(), 4);
    QCOMPARE(tree.path(leaf->id), CodeTree::joinPath(names));
    const Code *found = tree.findByPath(CodeTree::joinPath(names));
    QVERIFY(found);
    QCOMPARE(found->id, leaf->id);
    QCOMPARE(tree.depth(leaf->id), 2);
    QCOMPARE(tree.children(leaf->parentId).size(), 2);
    QCOMPARE(tree.children(leaf->parentId).first(), leaf->id);
}

QTEST_GUILESS_MAIN(TestCodeTree)
#include "tst_codetree.moc"
