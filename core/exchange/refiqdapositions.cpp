#include "exchange/refiqdapositions_p.h"

#include "text/textnormalisation.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

namespace Marginalia::Core::RefiQdaPositions {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::RefiQda)
};

/// How many of the ascending @p positions lie before @p position.
qint64 countBefore(const std::vector<qint64> &positions, qint64 position)
{
    return qint64(std::lower_bound(positions.begin(), positions.end(), position) - positions.begin());
}

/// A selection's name as the start of its text would read: white space collapsed, an ellipsis and a word
/// the cut may have broken taken off; empty when too short to tell anything.
QString quotable(const Selection &selection)
{
    QString name = selection.name.simplified();
    if (name.endsWith(u'…'))
        name.chop(1);
    else if (name.endsWith(QLatin1String("...")))
        name.chop(3);
    if (selection.nameCut)
        name.truncate(std::max<qsizetype>(0, name.lastIndexOf(u' ')));
    name = name.trimmed();
    // Shorter names ("empty", "Q1") are labels more often than quotes.
    return name.size() < 8 ? QString() : name;
}

/// Scores readings of one source's selections against its text.
class Scorer
{
public:
    Scorer(const SourceText &text, const QList<Selection> &selections, bool wordBoundaries)
        : m_text(text)
        , m_selections(selections)
    {
        m_names.reserve(selections.size());
        for (const Selection &selection : selections)
            m_names.append(quotable(selection));
        // Word boundaries (Unicode's, UAX #29) only where they decide something: the unit of a text outside
        // the BMP. Finding them costs a pass over the text.
        if (wordBoundaries)
            m_words.emplace(QTextBoundaryFinder::Word, text.text());
    }

    Fit fit(Reading reading)
    {
        Fit fit;
        for (qsizetype i = 0; i < m_selections.size(); ++i) {
            const Selection &selection = m_selections.at(i);
            if (selection.start >= selection.end)
                continue; // empty or reversed: reported as such whatever the reading
            ++fit.checked;
            const SourceText::Mapped start = m_text.map(selection.start, reading);
            const SourceText::Mapped end = m_text.map(selection.end, reading);
            if (start.place != SourceText::Place::Inside || end.place != SourceText::Place::Inside) {
                ++fit.impossible;
                continue;
            }
            if (start.position >= end.position)
                continue;
            const bool quoted = quotes(m_names.at(i), start.position, end.position);
            if (quoted)
                ++fit.quoted;
            if (quoted || onWordBoundaries(start.position, end.position))
                ++fit.recognised;
        }
        return fit;
    }

    /// Selections whose range in the stored text differs between reading @p a and @p b.
    qint64 differing(Reading a, Reading b) const
    {
        qint64 count = 0;
        for (const Selection &selection : m_selections) {
            if (selection.start >= selection.end)
                continue;
            const auto startA = m_text.map(selection.start, a);
            const auto startB = m_text.map(selection.start, b);
            const auto endA = m_text.map(selection.end, a);
            const auto endB = m_text.map(selection.end, b);
            if (startA.place != startB.place || endA.place != endB.place || startA.position != startB.position
                || endA.position != endB.position)
                ++count;
        }
        return count;
    }

private:
    bool quotes(const QString &name, qint64 start, qint64 end) const
    {
        if (name.isEmpty())
            return false;
        // Enough of the range to hold the name, with room for white space that simplified() collapses.
        const qint64 upTo = std::min<qint64>(end, start + 4 * qint64(name.size()) + 16);
        const TextOffsets &offsets = m_text.offsets();
        const qsizetype from = offsets.toUtf16(start);
        const QString coded
            = QStringView(m_text.text()).mid(from, offsets.toUtf16(upTo) - from).toString().simplified();
        return coded.startsWith(name);
    }

    /// A range that starts where a word (or the text) starts and ends where a word (or the text) ends, as a
    /// person selects. Positions read in the wrong unit land inside words most of the time.
    bool onWordBoundaries(qint64 start, qint64 end)
    {
        if (!m_words)
            return false;
        const QString &text = m_text.text();
        const qsizetype from = m_text.offsets().toUtf16(start);
        const qsizetype to = m_text.offsets().toUtf16(end);
        const bool startFits = from == 0 || (atBoundary(from) && !text.at(from).isSpace());
        const bool endFits = to == text.size() || (atBoundary(to) && !text.at(to - 1).isSpace());
        return startFits && endFits;
    }

    bool atBoundary(qsizetype utf16)
    {
        m_words->setPosition(utf16);
        return m_words->isAtBoundary();
    }

    const SourceText &m_text;
    const QList<Selection> &m_selections;
    QStringList m_names;
    std::optional<QTextBoundaryFinder> m_words;
};

} // namespace

void SourceText::setFileText(const QString &decoded)
{
    TextNormalisation::Mapped mapped = TextNormalisation::applyWithPositions(decoded);
    m_hadBom = mapped.hadByteOrderMark;
    m_removedCrs = std::move(mapped.removedCrs);
    m_removedCrsUtf16 = std::move(mapped.removedCrsUtf16);
    m_fileLength = mapped.originalCodePoints;
    m_fileUtf16Length = mapped.originalUtf16Length;
    m_text = std::move(mapped.text);
    m_offsets = TextOffsets(m_text);
}

qint64 SourceText::fileLength(Reading reading) const
{
    if (reading.utf16)
        return reading.crlfAsOne ? m_text.size() : m_fileUtf16Length;
    return reading.crlfAsOne ? length() : m_fileLength;
}

SourceText::Mapped SourceText::map(qint64 position, Reading reading) const
{
    if (position < 0 || position > fileLength(reading))
        return {0, Place::Outside};
    if (!reading.utf16)
        return {reading.crlfAsOne ? position : position - countBefore(m_removedCrs, position), Place::Inside};
    // UTF-16 units of the file's text: first onto the stored text's UTF-16 units (CRs are one unit each),
    // then to code points through TextOffsets, the one place that converts between the two.
    const qint64 utf16 = reading.crlfAsOne ? position : position - countBefore(m_removedCrsUtf16, position);
    if (!m_offsets.isCodePointBoundary(utf16))
        return {0, Place::SplitsCharacter};
    return {m_offsets.toCodePoint(utf16), Place::Inside};
}

bool originCountsUtf16(const QString &origin)
{
    return origin.contains(QLatin1String("NVivo"), Qt::CaseInsensitive);
}

Decision decide(const SourceText &text, const QList<Selection> &selections, RefiQdaImportOptions::Positions requested,
                const QString &origin)
{
    Decision decision;
    decision.requested = requested;
    if (!text.outsideBmp() && !text.hasCrlf()) {
        // Most texts: one way to read them, and nothing to look at.
        decision.reading.utf16 = requested == RefiQdaImportOptions::Positions::Utf16;
        return decision;
    }
    Scorer scorer(text, selections, text.outsideBmp());
    QList<bool> units;
    if (requested == RefiQdaImportOptions::Positions::Auto)
        units = text.outsideBmp() ? QList<bool>{false, true} : QList<bool>{false};
    else
        units = {requested == RefiQdaImportOptions::Positions::Utf16};

    if (text.hasCrlf()) {
        // A CRLF is two code points (the standard) unless the names quote the text better counting it as one.
        qint64 asTwo = 0;
        qint64 asOne = 0;
        for (const bool utf16 : std::as_const(units)) {
            asTwo = std::max(asTwo, scorer.fit({utf16, false}).quoted);
            asOne = std::max(asOne, scorer.fit({utf16, true}).quoted);
        }
        decision.reading.crlfAsOne = asOne > asTwo;
    }
    const bool crlfAsOne = decision.reading.crlfAsOne;
    if (!text.outsideBmp()) {
        // Code points and UTF-16 units are the same here: nothing to choose, nothing to say.
        decision.reading.utf16 = requested == RefiQdaImportOptions::Positions::Utf16;
        return decision;
    }

    decision.asCodePoints = scorer.fit({false, crlfAsOne});
    decision.asUtf16 = scorer.fit({true, crlfAsOne});
    decision.differing = scorer.differing({false, crlfAsOne}, {true, crlfAsOne});
    const Fit &cp = decision.asCodePoints;
    const Fit &u16 = decision.asUtf16;
    const bool hint = originCountsUtf16(origin);
    const QString counts = Tr::tr("%1 of %2 selections fit the text read as code points, %3 read as UTF-16 units")
                               .arg(cp.recognised)
                               .arg(cp.checked)
                               .arg(u16.recognised);
    if (requested != RefiQdaImportOptions::Positions::Auto) {
        decision.reading.utf16 = requested == RefiQdaImportOptions::Positions::Utf16;
        decision.why = Tr::tr("as asked; %1").arg(counts);
    } else if (decision.differing == 0) {
        decision.reading.utf16 = hint;
        decision.why = Tr::tr("no selection comes after a character outside the BMP, so both readings agree");
    } else if (cp.recognised != u16.recognised) {
        decision.reading.utf16 = u16.recognised > cp.recognised;
        decision.why = Tr::tr("the text decides: %1").arg(counts);
    } else if (cp.impossible != u16.impossible) {
        decision.reading.utf16 = u16.impossible < cp.impossible;
        decision.why
            = Tr::tr("%1 selections would cut a character in two or lie outside the text read as UTF-16 units, "
                     "%2 read as code points")
                  .arg(u16.impossible)
                  .arg(cp.impossible);
    } else if (hint) {
        decision.reading.utf16 = true;
        decision.why = Tr::tr("both fit equally (%1); the file comes from \"%2\", which counts UTF-16 units")
                           .arg(counts, origin);
    } else {
        decision.reading.utf16 = false;
        decision.why = Tr::tr("both fit equally (%1); REFI-QDA counts code points").arg(counts);
    }
    return decision;
}

} // namespace Marginalia::Core::RefiQdaPositions
