// Tests for TextOffsets: the one place where code points (the unit codings are stored in) and UTF-16
// units (the unit of QString and every widget) are converted.

#include "testsupport.h"
#include "text/textoffsets.h"

#include <QList>
#include <QObject>
#include <QStandardPaths>
#include <QString>
#include <QTest>

using Marginalia::Core::TextOffsets;

namespace {

// Spelled out with escapes so that the tests do not depend on the source file's encoding, and so that a
// reader sees exactly which code points each text holds.
const QString earth = QString::fromUtf16(u"\U0001F30D"); // EARTH GLOBE EUROPE-AFRICA, outside the BMP
const QString yoshi = QString::fromUtf16(u"\U00020BB7"); // the rare CJK "tsuchi-yoshi", outside the BMP
const QString arabic = QString::fromUtf16(u"\u0645\u0631\u062D\u0628\u0627"); // "marhaban", right-to-left
const QString eAcute = QString::fromUtf16(u"e\u0301"); // e + COMBINING ACUTE ACCENT: two code points

QList<int> range(int from, int to)
{
    QList<int> result;
    for (int i = from; i <= to; ++i)
        result.append(i);
    return result;
}

/// True when @p text has no unpaired surrogate: a slice that cut a pair in two would have one.
bool hasOnlyWholeCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestTextOffsets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void counts_data();
    void counts();
    void toUtf16_givesTheUtf16PositionOfEveryCodePoint_data();
    void toUtf16_givesTheUtf16PositionOfEveryCodePoint();
    void toCodePoint_givesTheCodePointOfEveryUtf16Position_data();
    void toCodePoint_givesTheCodePointOfEveryUtf16Position();
    void roundTrip_codePointToUtf16AndBack_isIdentityAtEveryPosition_data();
    void roundTrip_codePointToUtf16AndBack_isIdentityAtEveryPosition();
    void isCodePointBoundary_isFalseOnlyInsideASurrogatePair_data();
    void isCodePointBoundary_isFalseOnlyInsideASurrogatePair();
    void positionInsideSurrogatePair_mapsToThatCharacter_data();
    void positionInsideSurrogatePair_mapsToThatCharacter();
    void manySurrogatePairs_agreeWithALinearWalk();
    void defaultConstructed_isEmptyIdentity();

    void codePointLength_data();
    void codePointLength();
    void slice_data();
    void slice();
    void slice_everyRange_hasWholeCharactersAndTheRightLength_data();
    void slice_everyRange_hasWholeCharactersAndTheRightLength();
    void slice_matchesQtsOwnUcs4Conversion();
};

void TestTextOffsets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(earth.size(), 2);
    QCOMPARE(yoshi.size(), 2);
    QCOMPARE(eAcute.size(), 2);
}

// The table shared by most tests: for every text, the UTF-16 position of every code point boundary
// (code point 0 .. codePointCount inclusive) and the code point of every UTF-16 position (0 .. size).
static void addTextTable()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("utf16OfCodePoint");
    QTest::addColumn<QList<int>>("codePointOfUtf16");

    QTest::newRow("empty") << QString() << QList<int>{0} << QList<int>{0};
    QTest::newRow("ascii") << QStringLiteral("Hello") << range(0, 5) << range(0, 5);
    // "a", globe (2 units), "b"
    QTest::newRow("emoji in the middle") << (QStringLiteral("a") + earth + QStringLiteral("b"))
                                         << QList<int>{0, 1, 3, 4} << QList<int>{0, 1, 1, 2, 3};
    QTest::newRow("emoji at the start") << (earth + QStringLiteral("ab")) << QList<int>{0, 2, 3, 4}
                                        << QList<int>{0, 0, 1, 2, 3};
    QTest::newRow("emoji at the end") << (QStringLiteral("ab") + earth) << QList<int>{0, 1, 2, 4}
                                      << QList<int>{0, 1, 2, 2, 3};
    QTest::newRow("emoji only") << earth << QList<int>{0, 2} << QList<int>{0, 0, 1};
    QTest::newRow("two emoji in a row") << (earth + earth) << QList<int>{0, 2, 4} << QList<int>{0, 0, 1, 1, 2};
    // yoshi, "野" (U+91CE, in the BMP), "家" (U+5BB6)
    QTest::newRow("rare CJK") << (yoshi + QString::fromUtf16(u"\u91CE\u5BB6")) << QList<int>{0, 2, 3, 4}
                              << QList<int>{0, 0, 1, 2, 3};
    QTest::newRow("arabic (RTL)") << arabic << range(0, 5) << range(0, 5);
    QTest::newRow("arabic with emoji") << (arabic + earth + arabic) << QList<int>{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12}
                                       << QList<int>{0, 1, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11};
    QTest::newRow("combining") << (QStringLiteral("caf") + eAcute) << range(0, 5) << range(0, 5);
    // "é" (combining) + space + globe + space + yoshi + space + arabic
    QTest::newRow("mixed") << (eAcute + QStringLiteral(" ") + earth + QStringLiteral(" ") + yoshi + QStringLiteral(" ")
                               + arabic)
                           << QList<int>{0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 13, 14}
                           << QList<int>{0, 1, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12};
    // Unpaired surrogates (broken text from a bad converter) count as one code point each.
    const QChar high(0xD83C); // the first half of the globe's pair
    const QChar low(0xDF0D); // the second half
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + high + QStringLiteral("b")) << range(0, 3)
                                         << range(0, 3);
    QTest::newRow("lone low surrogate") << (QStringLiteral("a") + low + QStringLiteral("b")) << range(0, 3)
                                        << range(0, 3);
    QTest::newRow("low before high") << (QString(low) + high) << range(0, 2) << range(0, 2);
}

void TestTextOffsets::counts_data()
{
    addTextTable();
}

void TestTextOffsets::counts()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, utf16OfCodePoint);

    const TextOffsets offsets(text);
    const qsizetype codePoints = utf16OfCodePoint.size() - 1;
    QCOMPARE(offsets.codePointCount(), codePoints);
    QCOMPARE(offsets.utf16Length(), text.size());
    QCOMPARE(offsets.isIdentity(), codePoints == text.size());
    QCOMPARE(TextOffsets::codePointLength(text), codePoints);
}

void TestTextOffsets::toUtf16_givesTheUtf16PositionOfEveryCodePoint_data()
{
    addTextTable();
}

void TestTextOffsets::toUtf16_givesTheUtf16PositionOfEveryCodePoint()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, utf16OfCodePoint);

    const TextOffsets offsets(text);
    for (qsizetype codePoint = 0; codePoint < utf16OfCodePoint.size(); ++codePoint) {
        QVERIFY2(offsets.toUtf16(codePoint) == utf16OfCodePoint.at(codePoint),
                 qPrintable(QStringLiteral("code point %1: got %2, expected %3")
                                .arg(codePoint)
                                .arg(offsets.toUtf16(codePoint))
                                .arg(utf16OfCodePoint.at(codePoint))));
    }
}

void TestTextOffsets::toCodePoint_givesTheCodePointOfEveryUtf16Position_data()
{
    addTextTable();
}

void TestTextOffsets::toCodePoint_givesTheCodePointOfEveryUtf16Position()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, codePointOfUtf16);

    QCOMPARE(codePointOfUtf16.size(), text.size() + 1); // the table itself is consistent
    const TextOffsets offsets(text);
    for (qsizetype utf16 = 0; utf16 < codePointOfUtf16.size(); ++utf16) {
        QVERIFY2(offsets.toCodePoint(utf16) == codePointOfUtf16.at(utf16),
                 qPrintable(QStringLiteral("UTF-16 position %1: got %2, expected %3")
                                .arg(utf16)
                                .arg(offsets.toCodePoint(utf16))
                                .arg(codePointOfUtf16.at(utf16))));
    }
}

void TestTextOffsets::roundTrip_codePointToUtf16AndBack_isIdentityAtEveryPosition_data()
{
    addTextTable();
}

void TestTextOffsets::roundTrip_codePointToUtf16AndBack_isIdentityAtEveryPosition()
{
    QFETCH(QString, text);

    const TextOffsets offsets(text);
    for (qsizetype codePoint = 0; codePoint <= offsets.codePointCount(); ++codePoint)
        QCOMPARE(offsets.toCodePoint(offsets.toUtf16(codePoint)), codePoint);

    // From UTF-16 and back: identity on every character boundary, the start of the pair inside one.
    for (qsizetype utf16 = 0; utf16 <= text.size(); ++utf16) {
        const bool insidePair = utf16 > 0 && utf16 < text.size() && text.at(utf16).isLowSurrogate()
            && text.at(utf16 - 1).isHighSurrogate();
        const qsizetype back = offsets.toUtf16(offsets.toCodePoint(utf16));
        QCOMPARE(back, insidePair ? utf16 - 1 : utf16);
    }
}

void TestTextOffsets::isCodePointBoundary_isFalseOnlyInsideASurrogatePair_data()
{
    addTextTable();
}

void TestTextOffsets::isCodePointBoundary_isFalseOnlyInsideASurrogatePair()
{
    // A position counted in UTF-16 units (as NVivo writes them) names a code point only on a boundary.
    QFETCH(QString, text);
    QFETCH(QList<int>, utf16OfCodePoint);

    const TextOffsets offsets(text);
    for (qsizetype utf16 = 0; utf16 <= text.size(); ++utf16)
        QCOMPARE(offsets.isCodePointBoundary(utf16), utf16OfCodePoint.contains(int(utf16)));
}

void TestTextOffsets::positionInsideSurrogatePair_mapsToThatCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lowSurrogatePosition");
    QTest::addColumn<int>("codePoint");

    QTest::newRow("emoji alone") << earth << 1 << 0;
    QTest::newRow("after ascii") << (QStringLiteral("abc") + earth) << 4 << 3;
    QTest::newRow("second of two pairs") << (earth + yoshi) << 3 << 1;
    QTest::newRow("after combining and arabic") << (eAcute + arabic + yoshi + QStringLiteral("!")) << 8 << 7;
}

void TestTextOffsets::positionInsideSurrogatePair_mapsToThatCharacter()
{
    QFETCH(QString, text);
    QFETCH(int, lowSurrogatePosition);
    QFETCH(int, codePoint);

    QVERIFY(text.at(lowSurrogatePosition).isLowSurrogate());
    const TextOffsets offsets(text);
    QCOMPARE(offsets.toCodePoint(lowSurrogatePosition), qsizetype(codePoint));
    QCOMPARE(offsets.toCodePoint(lowSurrogatePosition - 1), qsizetype(codePoint));
    // Snapping back gives the start of the character, never the middle of it.
    QCOMPARE(offsets.toUtf16(codePoint), qsizetype(lowSurrogatePosition - 1));
    QCOMPARE(offsets.toCodePoint(lowSurrogatePosition + 1), qsizetype(codePoint + 1));
}

void TestTextOffsets::manySurrogatePairs_agreeWithALinearWalk()
{
    // A long text with pairs at irregular places, so that the binary search crosses many of them.
    QString text;
    for (int i = 0; i < 2000; ++i) {
        if (i % 7 == 0 || i % 11 == 0)
            text += (i % 2 ? earth : yoshi);
        else if (i % 13 == 0)
            text += arabic.at(i % arabic.size());
        else
            text += QChar(u'a' + i % 26);
    }

    QList<qsizetype> starts; // UTF-16 start of every code point, computed by walking the text
    for (qsizetype i = 0; i < text.size(); ++i) {
        starts.append(i);
        if (text.at(i).isHighSurrogate())
            ++i;
    }
    starts.append(text.size());

    const TextOffsets offsets(text);
    QCOMPARE(offsets.codePointCount(), starts.size() - 1);
    QVERIFY(!offsets.isIdentity());
    for (qsizetype codePoint = 0; codePoint < starts.size(); ++codePoint) {
        QCOMPARE(offsets.toUtf16(codePoint), starts.at(codePoint));
        QCOMPARE(offsets.toCodePoint(starts.at(codePoint)), codePoint);
    }
}

void TestTextOffsets::defaultConstructed_isEmptyIdentity()
{
    const TextOffsets offsets;
    QCOMPARE(offsets.codePointCount(), qsizetype(0));
    QCOMPARE(offsets.utf16Length(), qsizetype(0));
    QVERIFY(offsets.isIdentity());
    QCOMPARE(offsets.toUtf16(0), qsizetype(0));
    QCOMPARE(offsets.toCodePoint(0), qsizetype(0));
}

void TestTextOffsets::codePointLength_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("identification") << 14;
    QTest::newRow("emoji") << earth << 1;
    QTest::newRow("rare CJK") << yoshi << 1;
    QTest::newRow("arabic") << arabic << 5;
    QTest::newRow("combining e acute") << eAcute << 2;
    QTest::newRow("precomposed e acute") << QString::fromUtf16(u"\u00E9") << 1;
    QTest::newRow("mixed") << (QStringLiteral("x") + earth + eAcute + yoshi + arabic) << 10;
    QTest::newRow("lone surrogates") << QString::fromUtf16(u"\xD83C\xD83C\xDF0D") << 2;
}

void TestTextOffsets::codePointLength()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(TextOffsets::codePointLength(text), qsizetype(length));
    QCOMPARE(TextOffsets(text).codePointCount(), qsizetype(length));
}

void TestTextOffsets::slice_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("expected");

    const QString mixed = QStringLiteral("a") + earth + QStringLiteral("b") + yoshi + QStringLiteral("c");
    QTest::newRow("ascii middle") << QStringLiteral("Hello world") << 6 << 11 << QStringLiteral("world");
    QTest::newRow("whole") << mixed << 0 << 5 << mixed;
    QTest::newRow("just the emoji") << mixed << 1 << 2 << earth;
    QTest::newRow("just the rare CJK") << mixed << 3 << 4 << yoshi;
    QTest::newRow("after the emoji") << mixed << 2 << 5 << (QStringLiteral("b") + yoshi + QStringLiteral("c"));
    QTest::newRow("arabic word") << (QStringLiteral("say ") + arabic + QStringLiteral("!")) << 4 << 9 << arabic;
    QTest::newRow("combining: base letter only") << (QStringLiteral("caf") + eAcute) << 3 << 4 << QStringLiteral("e");
    QTest::newRow("combining: mark only")
        << (QStringLiteral("caf") + eAcute) << 4 << 5 << QString::fromUtf16(u"\u0301");
    QTest::newRow("empty range") << mixed << 2 << 2 << QString();
    QTest::newRow("reversed range is empty") << mixed << 4 << 1 << QString();
    QTest::newRow("end past the text is clamped") << mixed << 3 << 99 << (yoshi + QStringLiteral("c"));
    QTest::newRow("negative start is clamped") << mixed << -5 << 2 << (QStringLiteral("a") + earth);
    QTest::newRow("start past the text") << mixed << 9 << 12 << QString();
    QTest::newRow("empty text") << QString() << 0 << 3 << QString();
}

void TestTextOffsets::slice()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, expected);
    QCOMPARE(TextOffsets::slice(text, start, end), expected);
}

void TestTextOffsets::slice_everyRange_hasWholeCharactersAndTheRightLength_data()
{
    addTextTable();
}

void TestTextOffsets::slice_everyRange_hasWholeCharactersAndTheRightLength()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, utf16OfCodePoint);

    const qsizetype count = utf16OfCodePoint.size() - 1;
    for (qsizetype start = 0; start <= count; ++start) {
        for (qsizetype end = start; end <= count; ++end) {
            const QString piece = TextOffsets::slice(text, start, end);
            QCOMPARE(TextOffsets::codePointLength(piece), end - start);
            QCOMPARE(piece,
                     text.mid(utf16OfCodePoint.at(start), utf16OfCodePoint.at(end) - utf16OfCodePoint.at(start)));
            if (hasOnlyWholeCharacters(text))
                QVERIFY2(hasOnlyWholeCharacters(piece), qPrintable(QStringLiteral("%1:%2").arg(start).arg(end)));
        }
        // A text cut anywhere and put back together is the same text.
        QCOMPARE(TextOffsets::slice(text, 0, start) + TextOffsets::slice(text, start, count), text);
    }
}

void TestTextOffsets::slice_matchesQtsOwnUcs4Conversion()
{
    // An independent oracle: Qt's UTF-32 conversion, sliced by index and converted back.
    const QString text = QStringLiteral("Non-refoulement ") + earth + QStringLiteral(" ") + arabic + eAcute + yoshi
        + QStringLiteral(" end");
    const QList<uint> ucs4 = text.toUcs4();
    QCOMPARE(TextOffsets::codePointLength(text), ucs4.size());
    for (qsizetype start = 0; start <= ucs4.size(); ++start) {
        for (qsizetype end = start; end <= ucs4.size(); ++end) {
            const QList<uint> part = ucs4.mid(start, end - start);
            const QString expected
                = QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
            QCOMPARE(TextOffsets::slice(text, start, end), expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
