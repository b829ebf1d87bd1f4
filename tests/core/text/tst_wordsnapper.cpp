#include "text/wordsnapper.h"

#include <QTest>

using Marginalia::Core::WordSnapper;

class TestWordSnapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snap_data();
    void snap();
};

void TestWordSnapper::snap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selected"); // the selection, found in text
    QTest::addColumn<QString>("expected");
    const QString sentence = QStringLiteral("Early identification of victims is key.");
    QTest::newRow("partial words widen") << sentence << QStringLiteral("dentification of vic")
                                         << QStringLiteral("identification of victims");
    QTest::newRow("whole words stay") << sentence << QStringLiteral("identification")
                                      << QStringLiteral("identification");
    QTest::newRow("blanks trimmed") << sentence << QStringLiteral(" of ") << QStringLiteral("of");
    QTest::newRow("punctuation kept out") << sentence << QStringLiteral("key.") << QStringLiteral("key.");
    QTest::newRow("hyphenated word") << QStringLiteral("the principle of non-refoulement applies")
                                     << QStringLiteral("refoule") << QStringLiteral("non-refoulement");
    QTest::newRow("apostrophe") << QStringLiteral("the State's duty") << QStringLiteral("Stat")
                                << QStringLiteral("State's");
    QTest::newRow("combining accent") << QStringLiteral("un cafe\u0301 noir") << QStringLiteral("caf")
                                      << QStringLiteral("cafe\u0301");
    QTest::newRow("arabic") << QStringLiteral("مبدأ عدم الإعادة القسرية") << QStringLiteral("لإعا")
                            << QStringLiteral("الإعادة");
    QTest::newRow("non-BMP letters") << QStringLiteral("a 𠮷𠮷野家 b") << QStringLiteral("野")
                                     << QStringLiteral("𠮷𠮷野家");
    QTest::newRow("emoji is not a word") << QStringLiteral("we 🌍 all") << QStringLiteral("🌍") << QStringLiteral("🌍");
    QTest::newRow("blank only") << sentence << QStringLiteral(" ") << QString();
}

void TestWordSnapper::snap()
{
    QFETCH(QString, text);
    QFETCH(QString, selected);
    QFETCH(QString, expected);
    const qsizetype at = text.indexOf(selected);
    QVERIFY(at >= 0);
    const auto [start, end] = WordSnapper::snap(text, at, at + selected.size());
    QCOMPARE(text.mid(start, end - start), expected);
}

QTEST_GUILESS_MAIN(TestWordSnapper)
#include "tst_wordsnapper.moc"
