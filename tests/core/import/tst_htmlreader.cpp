// Tests for HtmlReader: the visible text of web pages with their block structure, entities, the declared
// charset, and the pages that must be refused.

#include "import/htmlreader.h"

#include <QStandardPaths>
#include <QTest>

using namespace Marginalia::Core;

class TestHtmlReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void toText_data();
    void toText();
    void declaredEncoding_data();
    void declaredEncoding();
    void read_honoursDeclaredCharset_data();
    void read_honoursDeclaredCharset();
    void read_utf8DeclaredAsSomethingElse_isReadAsUtf8WithWarning();
    void looksLikeHtml_data();
    void looksLikeHtml();
    void pageWithoutVisibleText_isRefused();
    void binaryFileNamedHtml_isRefused();
    void hostileMarkup_endsQuickly();
};

void TestHtmlReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHtmlReader::toText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs and headings: blank lines")
        << QStringLiteral("<html><head><title>Title not shown</title><meta charset=utf-8></head><body>"
                          "<h1>Report</h1><p>First   paragraph\n spans lines.</p><p>Second.</p></body></html>")
        << QStringLiteral("Report\n\nFirst paragraph spans lines.\n\nSecond.");
    QTest::newRow("divs and br: line breaks")
        << QStringLiteral("<div>one</div><div>two<br>three</div><span>inline</span> <b>bold</b>")
        << QStringLiteral("one\ntwo\nthree\ninline bold");
    QTest::newRow("scripts, styles, comments, templates, hidden: dropped") << QStringLiteral(
        "<p>Visible<script>var s = '<p>not text</p>'; if (a < b) {}</script> text"
        "<style>p { color: red }</style><!-- a <p>comment</p> --></p><template><p>inert</p></template>"
        "<p hidden>hidden</p><div style=\"display: none\">none <div>nested</div> still</div><noscript>Enable "
        "JS</noscript>"
        "<p>After.</p>") << QStringLiteral("Visible text\n\nAfter.");
    QTest::newRow("entities") << QStringLiteral(
        "<p>&lt;tag&gt; &amp; &quot;q&quot; &apos;a&apos; caf&eacute; &#233; &#xE9; &euro; &hellip; "
        "&nbsp;x &copy2020 &bogus; AT&T &#0; &#x80; &notit;</p>")
                              << QString::fromUtf16(u"<tag> & \"q\" 'a' caf\u00E9 \u00E9 \u00E9 \u20AC \u2026 \u00A0x "
                                                    u"\u00A92020 &bogus; AT&T \uFFFD \u20AC \u00ACit;");
    QTest::newRow("lists: bullets and numbers, start and value")
        << QStringLiteral(
               "<ul><li>alpha<li>beta</ul><ol start=\"23\"><li>The Committee notes.</li><li>It recommends.</li>"
               "<li value=\"30\">Thirty.</li><li>Thirty-one.</ol>")
        << QString::fromUtf16(u"\u2022 alpha\n\u2022 beta\n\n23. The Committee notes.\n24. It recommends.\n30. "
                              u"Thirty.\n31. Thirty-one.");
    QTest::newRow("tables: cells by tabs, end tags optional")
        << QStringLiteral("<table><tr><th>Country<th>Victims</tr><tr><td>Chile <p>(2017)</p></td><td>12</td></tr>"
                          "<tr><td>Peru<td>7</table><p>After.</p>")
        << QStringLiteral("Country\tVictims\nChile (2017)\t12\nPeru\t7\n\nAfter.");
    QTest::newRow("pre keeps white space") << QStringLiteral("<p>Code:</p><pre>\n  indented\n\tline</pre>")
                                           << QStringLiteral("Code:\n\n  indented\n\tline");
    QTest::newRow("broken markup is text")
        << QStringLiteral("<p>3 < 4 and 5 > 2 <3 <<p>unclosed <b>bold <i>italic</p>< p>x</p>")
        << QStringLiteral("3 < 4 and 5 > 2 <3 <\n\nunclosed bold italic\n\n< p>x");
    QTest::newRow("head without end tag; body without tags")
        << QStringLiteral("<!DOCTYPE html><html><head><title>T</title><link rel=stylesheet href=x.css>Body text."
                          "<p>Para.")
        << QStringLiteral("Body text.\n\nPara.");
    QTest::newRow("attributes with > inside quotes, unquoted, self-closing")
        << QStringLiteral("<p title=\"a > b\" class=x data-y='1>2'>Text<img src=a.png alt=\"an image\"/> after</p>")
        << QStringLiteral("Text after");
    QTest::newRow("non-ASCII and right to left")
        << QString::fromUtf16(
               u"<p dir=\"rtl\">\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645</p>"
               u"<p>\U0001F30D \U00020BB7 e\u0301 \u79FB\u6C11</p>")
        << QString::fromUtf16(
               u"\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645\n\n\U0001F30D \U00020BB7 "
               u"e\u0301 \u79FB\u6C11");
    QTest::newRow("svg and select dropped; textarea kept")
        << QStringLiteral("<p>Chart:</p><svg><text>label</text></svg><select><option>one</option></select>"
                          "<textarea>typed &amp; kept</textarea>")
        << QStringLiteral("Chart:\n\ntyped & kept");
}

void TestHtmlReader::toText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlReader::toText(html), text);
}

void TestHtmlReader::declaredEncoding_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"windows-1251\">")
                                  << QStringLiteral("WINDOWS-1251");
    QTest::newRow("meta charset unquoted") << QByteArray("<meta charset=utf-8>") << QStringLiteral("UTF-8");
    QTest::newRow("http-equiv") << QByteArray(
        "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">")
                                << QStringLiteral("WINDOWS-1252");
    QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>")
                                     << QStringLiteral("ISO-8859-15");
    QTest::newRow("shift_jis") << QByteArray("<meta charset=\"shift_jis\">") << QStringLiteral("CP932");
    QTest::newRow("gb2312") << QByteArray("<meta charset=\"gb2312\">") << QStringLiteral("GB18030");
    QTest::newRow("utf-16 in meta means utf-8") << QByteArray("<meta charset=\"utf-16\">") << QStringLiteral("UTF-8");
    QTest::newRow("in a comment: ignored") << QByteArray("<!-- <meta charset=\"koi8-r\"> --><p>x") << QString();
    QTest::newRow("none") << QByteArray("<html><p>plain") << QString();
    QTest::newRow("nonsense label") << QByteArray("<meta charset=\"$(rm -rf)\">") << QString();
}

void TestHtmlReader::declaredEncoding()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, encoding);
    QCOMPARE(HtmlReader::declaredEncoding(head), encoding);
}

void TestHtmlReader::read_honoursDeclaredCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    // "r\xE9sum\xE9" is valid Latin-1 and, by chance, decodable in other 8-bit encodings: only the
    // declaration tells which.
    QTest::newRow("windows-1252") << QByteArray("<meta charset=\"iso-8859-1\"><p>r\xE9sum\xE9 \x93quoted\x94</p>")
                                  << QString::fromUtf16(u"r\u00E9sum\u00E9 \u201Cquoted\u201D")
                                  << QStringLiteral("WINDOWS-1252");
    QTest::newRow("windows-1251 (Russian)")
        << QByteArray("<meta charset=\"windows-1251\"><p>\xCC\xE8\xE3\xF0\xE0\xF6\xE8\xFF</p>")
        << QString::fromUtf16(u"\u041C\u0438\u0433\u0440\u0430\u0446\u0438\u044F") << QStringLiteral("WINDOWS-1251");
    QTest::newRow("UTF-8 BOM beats the declaration")
        << QByteArray("\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>") << QString::fromUtf16(u"caf\u00E9")
        << QStringLiteral("UTF-8");
    QTest::newRow("no declaration: detected") << QByteArray("<p>caf\xC3\xA9 \xE2\x82\xAC</p>")
                                              << QString::fromUtf16(u"caf\u00E9 \u20AC") << QStringLiteral("UTF-8");
}

void TestHtmlReader::read_honoursDeclaredCharset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const auto document = HtmlReader::read(bytes, QStringLiteral("page.html"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, text);
    QCOMPARE(document->encoding, encoding);
    QCOMPARE(document->fileType, QStringLiteral("text/html"));
    QVERIFY(document->warnings.isEmpty());
}

void TestHtmlReader::read_utf8DeclaredAsSomethingElse_isReadAsUtf8WithWarning()
{
    // Declared Shift_JIS (a CMS template's), but the bytes are UTF-8 with multibyte characters, which no
    // legacy-encoded page is by chance: read as UTF-8, and say so.
    const QByteArray bytes("<meta charset=\"shift_jis\"><p>\xE2\x82\xAC caf\xC3\xA9 \xF0\x9F\x8C\x8D</p>");
    const auto document = HtmlReader::read(bytes, QStringLiteral("liar.html"));
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->text, QString::fromUtf16(u"\u20AC caf\u00E9 \U0001F30D"));
    QCOMPARE(document->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(document->warnings.size(), 1);
    QVERIFY2(document->warnings.first().contains(QStringLiteral("liar.html"))
                 && document->warnings.first().contains(QStringLiteral("CP932")),
             qPrintable(document->warnings.first()));
}

void TestHtmlReader::looksLikeHtml_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("html");
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE html>\n<html>") << true;
    QTest::newRow("doctype lower case after spaces") << QByteArray("\n  <!doctype html>") << true;
    QTest::newRow("html") << QByteArray("<html lang=en>") << true;
    QTest::newRow("BOM then html") << QByteArray("\xEF\xBB\xBF<html>") << true;
    QTest::newRow("UTF-16 html") << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14) << true;
    QTest::newRow("XHTML") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">")
                           << true;
    QTest::newRow("comment then html") << QByteArray("<!-- saved from url=(0014)about:internet -->\n<html>") << true;
    QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?><Project>") << false;
    QTest::newRow("Markdown") << QByteArray("# Title\n\nSome <b>inline</b> HTML.") << false;
    QTest::newRow("text") << QByteArray("The <html> tag is explained below.") << false;
}

void TestHtmlReader::looksLikeHtml()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, html);
    QCOMPARE(HtmlReader::looksLikeHtml(head), html);
}

void TestHtmlReader::pageWithoutVisibleText_isRefused()
{
    const auto document = HtmlReader::read(
        QByteArray("<html><head><title>Only a title</title><script>x()</script></head><body> </body></html>"),
        QStringLiteral("empty.html"));
    QVERIFY(!document);
    QVERIFY2(document.error().contains(QStringLiteral("empty.html")), qPrintable(document.error()));
}

void TestHtmlReader::binaryFileNamedHtml_isRefused()
{
    QByteArray bytes("<meta charset=\"utf-8\">");
    bytes += QByteArray("\x00\x01\x02\x03\xFF\xFE\x00\x00", 8).repeated(100);
    const auto document = HtmlReader::read(bytes, QStringLiteral("blob.html"));
    QVERIFY(!document);
    QVERIFY2(document.error().contains(QStringLiteral("blob.html"))
                 && document.error().contains(QStringLiteral("binary")),
             qPrintable(document.error()));
}

void TestHtmlReader::hostileMarkup_endsQuickly()
{
    // Unclosed constructs and deep nesting: linear time, no recursion to exhaust.
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += QStringLiteral("<div><ul><li><table><tr><td>");
    html += QStringLiteral("<script>") + QString(100000, u'<') + QStringLiteral("<!--") + QString(100000, u'&');
    QElapsedTimer timer;
    timer.start();
    const QString text = HtmlReader::toText(html);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!text.contains(u'<') && !text.contains(u'&')); // an unclosed script runs to the end
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
