#include "text/textnormalisation.h"

#include <QTest>

using namespace Marginalia::Core;

/// The one normalisation of stored texts, and the map a reader of the original's positions uses.
class TestTextNormalisation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data();
    void apply();
    void applyWithPositions_givesTheSameTextAndWhereItChanged();
};

void TestTextNormalisation::apply_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("stored");
    QTest::newRow("unchanged") << QStringLiteral("a\nb") << QStringLiteral("a\nb");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb\n");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("CR CR LF") << QStringLiteral("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("one BOM") << QStringLiteral("\uFEFFtext") << QStringLiteral("text");
    // Only the first: a second one is a character of the text (pasted after a BOM).
    QTest::newRow("two BOMs") << QStringLiteral("\uFEFF\uFEFFtext") << QStringLiteral("\uFEFFtext");
}

void TestTextNormalisation::apply()
{
    QFETCH(QString, original);
    QFETCH(QString, stored);
    QCOMPARE(TextNormalisation::apply(original), stored);
    QCOMPARE(TextNormalisation::applyWithPositions(original).text, stored);
}

void TestTextNormalisation::applyWithPositions_givesTheSameTextAndWhereItChanged()
{
    // BOM, emoji (two UTF-16 units), CRLF twice, a lone CR.
    const QString original = QStringLiteral("\uFEFF🌍 a\r\nb\r\nc\rd");
    const auto mapped = TextNormalisation::applyWithPositions(original);
    QCOMPARE(mapped.text, QStringLiteral("🌍 a\nb\nc\nd"));
    QVERIFY(mapped.hadByteOrderMark);
    QCOMPARE(mapped.removedCrs, (std::vector<qint64>{3, 6})); // code points, after the BOM
    QCOMPARE(mapped.removedCrsUtf16, (std::vector<qint64>{4, 7})); // the emoji is two units
    QCOMPARE(mapped.originalCodePoints, 11);
    QCOMPARE(mapped.originalUtf16Length, 12);
}

QTEST_GUILESS_MAIN(TestTextNormalisation)
#include "tst_textnormalisation.moc"
