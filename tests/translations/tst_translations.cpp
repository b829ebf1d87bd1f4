#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

/// The translations are complete and keep what the code relies on. lupdate extracts every message from
/// the sources, as the update script does; each translation must then hold every one of them, finished,
/// with the same placeholders, one accelerator where the source has one, the HTML tags of the source, the
/// plural forms its language has, and (in Arabic) its placeholders isolated from the right-to-left text
/// around them. A message added to the code without a translation fails here, naming it.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translation_data();
    void translation();
    void english_hasEveryPluralForm();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        bool finished = false;
        QStringList forms; // one translation, or the plural forms
    };
    static QString key(const Message &message)
    {
        return message.context + QChar(4) + message.source + QChar(4) + message.comment;
    }
    static QList<Message> read(const QString &path, QString *error);

    QTemporaryDir m_dir;
    QList<Message> m_extracted;
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // Unfinished, vanished and obsolete entries all carry a type; a finished one has none.
            message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString extracted = m_dir.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(MARGINALIA_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
                   extracted});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    m_extracted = read(extracted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_extracted.size() > 1000, qPrintable(QString::number(m_extracted.size())));
}

void TestTranslations::translation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("French") << QStringLiteral("fr") << 2;
    QTest::newRow("Spanish") << QStringLiteral("es") << 2;
    QTest::newRow("Arabic") << QStringLiteral("ar") << 6;
}

void TestTranslations::translation()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QString path = QStringLiteral(MARGINALIA_SOURCE_DIR "/translations/marginalia_%1.ts").arg(language);
    QString error;
    const QList<Message> translated = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Message> byKey;
    for (const Message &message : translated)
        byKey.insert(key(message), message);

    static const QRegularExpression placeholder(QStringLiteral("%L?([0-9]{1,2}|n)"));
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?=[^&\\s%;])(?![a-z]+;)"));
    static const QRegularExpression htmlTag(QStringLiteral("</?([a-z][a-z0-9]*)[ >/]"));
    const auto placeholders = [](const QString &text, bool withCount) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QString which = it.next().captured(1);
            if (withCount || which != QLatin1String("n"))
                found.append(which);
        }
        found.sort();
        return found;
    };
    const auto tags = [](const QString &text) {
        QSet<QString> found;
        for (auto it = htmlTag.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(1));
        return found;
    };
    // Only placeholders, digits and punctuation ("%1: %2"): nothing to translate, nothing to isolate.
    static const QRegularExpression nothingToTranslate(QStringLiteral("^[%0-9\\s\\p{P}\\p{S}]*$"));

    QStringList problems;
    const auto problem = [&](const Message &message, const QString &what) {
        problems.append(QStringLiteral("%1 | \"%2\": %3").arg(message.context, message.source.left(70), what));
    };
    QSet<QString> extractedKeys;
    for (const Message &source : std::as_const(m_extracted)) {
        extractedKeys.insert(key(source));
        const auto found = byKey.constFind(key(source));
        if (found == byKey.constEnd()) {
            problem(source, QStringLiteral("missing (run scripts/update-translations.sh)"));
            continue;
        }
        const Message &message = *found;
        if (!message.finished || message.forms.isEmpty()) {
            problem(source, QStringLiteral("not translated yet"));
            continue;
        }
        if (source.numerus && message.forms.size() != pluralForms)
            problem(source,
                    QStringLiteral("%1 plural forms, %2 needs %3")
                        .arg(message.forms.size())
                        .arg(language)
                        .arg(pluralForms));
        const QStringList sourcePlaceholders = placeholders(source.source, false);
        const bool sourceCounts
            = source.source.contains(QLatin1String("%n")) || source.source.contains(QLatin1String("%Ln"));
        const int sourceAccelerators = int(source.source.count(accelerator));
        const QSet<QString> sourceTags = tags(source.source);
        // A file dialog's filter ("Documents (%1);;All files (*)") or a proposed file name: an isolate in
        // the one would hide the files, in the other it would become part of the name.
        const bool fileFilter
            = source.source.contains(QLatin1String(";;")) || source.comment.contains(QLatin1String("file name"));
        for (qsizetype i = 0; i < message.forms.size(); ++i) {
            const QString &form = message.forms.at(i);
            if (form.trimmed().isEmpty() && !source.source.trimmed().isEmpty()) {
                problem(source, QStringLiteral("form %1 is empty").arg(i));
                continue;
            }
            if (placeholders(form, false) != sourcePlaceholders)
                problem(source, QStringLiteral("placeholders %1 in \"%2\"").arg(sourcePlaceholders.join(u','), form));
            // Arabic's zero, one and two may say the number in words ("ملف واحد").
            const bool mayOmitCount = language == QLatin1String("ar") && i < 3;
            if (sourceCounts && !mayOmitCount && !form.contains(QLatin1String("%n"))
                && !form.contains(QLatin1String("%Ln")))
                problem(source, QStringLiteral("no %n in \"%1\"").arg(form));
            if (sourceAccelerators == 1 && form.count(accelerator) != 1)
                problem(source, QStringLiteral("needs one & accelerator: \"%1\"").arg(form));
            const QSet<QString> formTags = tags(form);
            if (!formTags.contains(sourceTags))
                problem(source, QStringLiteral("lost HTML tags in \"%1\"").arg(form));
            if (language == QLatin1String("ar") && !fileFilter && !nothingToTranslate.match(source.source).hasMatch()) {
                for (auto it = placeholder.globalMatch(form); it.hasNext();) {
                    const auto match = it.next();
                    const qsizetype start = match.capturedStart();
                    const qsizetype end = match.capturedEnd();
                    if (start == 0 || form.at(start - 1) != QChar(0x2068) || end >= form.size()
                        || form.at(end) != QChar(0x2069)) {
                        problem(source,
                                QStringLiteral("%1 is not isolated (U+2068 … U+2069) in \"%2\"")
                                    .arg(match.captured(), form));
                    }
                }
            }
        }
    }
    for (const Message &message : translated) {
        if (!extractedKeys.contains(key(message)))
            problem(message, QStringLiteral("no longer in the code (run scripts/update-translations.sh)"));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problems:\n").arg(path).arg(problems.size())
                        + problems.mid(0, 40).join(u'\n')));
}

void TestTranslations::english_hasEveryPluralForm()
{
    const QString path = QStringLiteral(MARGINALIA_SOURCE_DIR "/translations/marginalia_en.ts");
    QString error;
    QHash<QString, Message> english;
    for (const Message &message : read(path, &error))
        english.insert(key(message), message);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &source : std::as_const(m_extracted)) {
        if (!source.numerus)
            continue;
        const auto found = english.constFind(key(source));
        if (found == english.constEnd() || !found->finished || found->forms.size() != 2)
            problems.append(source.context + QStringLiteral(" | ") + source.source);
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("plural messages without their English forms (run scripts/update-translations.sh):\n")
                   + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
