#pragma once

#include <QStringView>

#include <utility>

namespace Marginalia::Core {

/**
 * Widens a selection to whole words and trims the white space at its ends, as researchers expect when
 * they drag across text quickly: "dentification of vic" becomes "identification of victims".
 *
 * Works in UTF-16 positions of the text a view shows. A word is a run of letters, digits and combining
 * marks, with an apostrophe or hyphen inside it ("non-refoulement", "State's"); surrogate pairs are
 * never split.
 */
class WordSnapper final
{
public:
    /// The snapped [start, end); an empty or all-blank selection comes back empty (start == end).
    static std::pair<qsizetype, qsizetype> snap(QStringView text, qsizetype start, qsizetype end);
    static bool isWordCharacter(QStringView text, qsizetype position);
};

} // namespace Marginalia::Core
