#pragma once

// Internal to the core: what the Word (.docx) and OpenDocument (.odt) importers share once they have found
// the text: list numbers, notes at the end, the document they return (docs/schema.md).

#include "archive/safexmlreader_p.h"
#include "archive/ziparchive.h"
#include "base/result.h"
#include "import/importeddocument.h"
#include "import/textblocks_p.h"

#include <QList>
#include <QString>

#include <array>
#include <cstddef>

namespace Marginalia::Core {

/// @p n in lower-case Roman numerals ("xiv"); in digits when there are none (0, negative, 4000 and over).
QString romanNumeral(int n);

/// @p n as a lower-case letter label that doubles past z ("a".."z", "aa".."zz"...), as Word and
/// LibreOffice show it; in digits when it is 0 or negative or past "tttttttttt" (260).
QString letterNumeral(int n);

/**
 * The running item numbers of one list (or outline) with @p Levels levels. A level counts on from its last
 * item; a level that has not started (or was made to start over) begins at the start value its style gives.
 */
template<std::size_t Levels> class ListCounters final
{
public:
    /// Counts an item at @p level: one past the level's last, or @p start when the level has not started.
    void count(int level, int start)
    {
        const auto i = std::size_t(level);
        m_values[i] = m_started[i] ? m_values[i] + 1 : start;
        m_started[i] = true;
    }

    /// Gives the item at @p level the number @p value (an item or heading that restarts its numbering).
    void restart(int level, int value)
    {
        m_values[std::size_t(level)] = value;
        m_started[std::size_t(level)] = true;
    }

    /// Makes @p level start over at its next item.
    void startOver(int level) { m_started[std::size_t(level)] = false; }

    /// The number @p level shows: its current item's, or @p start before its first item.
    int shown(int level, int start) const
    {
        return m_started[std::size_t(level)] ? m_values[std::size_t(level)] : start;
    }

private:
    std::array<int, Levels> m_values{};
    std::array<bool, Levels> m_started{};
};

/// A footnote or endnote: cited in the text by its label, its text gathered at the end of the document.
struct OfficeNote
{
    bool endnote = false;
    QString label;
    QString text;
};

/// Adds a paragraph with its list label, unless it has no text (a label alone is no paragraph); the text
/// boxes anchored in it, @p floating, follow it either way. A heading has its outline @p headingLevel (1 to
/// 9; 0: not a heading), label included.
void addLabelledParagraph(TextBlocks &sink, const QString &label, const QString &text, const TextBlocks &floating,
                          int headingLevel = 0);

/// Adds @p notes to the end of @p body as one block: the footnotes in the order cited, then the endnotes,
/// one a line, each after its label in brackets ("[1] ...").
void addNotes(TextBlocks &body, const QList<OfficeNote> &notes);

/// The imported document of type @p fileType with the text of @p body; @p noTextError when it has none.
Result<ImportedDocument> officeDocument(const TextBlocks &body, const QString &fileType, const QString &noTextError);

/**
 * Reads entry @p entry of @p archive and hands it to @p parse in a SafeXmlReader whose errors name
 * @p where ("report.docx: word/document.xml"). The archive's error (a ZIP bomb...) or the XML's is
 * returned, the first one met.
 */
template<typename Parse>
Status parseXmlEntry(ZipArchive &archive, const QString &entry, const QString &where, Parse &&parse)
{
    const auto bytes = archive.read(entry);
    if (!bytes)
        return Error{bytes.error()};
    SafeXmlReader reader(*bytes, where);
    parse(reader);
    if (reader.failed())
        return Error{reader.error()};
    return success();
}

} // namespace Marginalia::Core
