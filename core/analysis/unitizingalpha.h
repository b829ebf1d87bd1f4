#pragma once

#include "analysis/statistic.h"
#include "base/result.h"

#include <QList>

#include <optional>
#include <vector>

namespace Marginalia::Core {

/**
 * Krippendorff's unitizing alpha (alpha_u) of one code: how well m >= 2 coders agree on where the code's
 * segments begin and end on a continuum of characters, not only on which characters it covers.
 *
 * References: Krippendorff, K. (1995), "On the reliability of unitizing continuous data", Sociological
 * Methodology 25: 47-76; Krippendorff, K. (2004), "Measuring the reliability of qualitative text analysis
 * data", Quality & Quantity 38: 787-800, and Content Analysis, 2nd ed., pp. 251-256. The formula is the
 * 2004 one, as DKPro Statistics' KrippendorffAlphaUnitizingAgreement implements it (its tests are
 * reproduced in tst_unitizingalpha).
 *
 * Each coder's continuum is cut into sections: the coder's segments of the code (value 1) and the gaps
 * between them (value 0); a coder with no segment has one gap the whole length. Sections of coders i and j
 * (begin b, length l) differ by
 *
 *     delta²(g, h) = (b_g - b_h)² + (b_g + l_g - b_h - l_h)²   both segments, and they overlap
 *                  = l_g²                                      g a segment lying inside the gap h
 *                  = l_h²                                      h a segment lying inside the gap g
 *                  = 0                                         otherwise
 *
 * With L the length of the continuum, N the number of segments of all coders, and sums over the segments
 * s (of any coder, length l_s) and the gaps x (of any coder, length l_x):
 *
 *     D_o = sum_{i != j} sum_{g of i} sum_{h of j} delta²(g, h) / (m (m - 1) L²)
 *
 *     D_e = (2 / L) sum_s [ (N - 1) (2 l_s³ - 3 l_s² + l_s) / 3 + l_s² sum_{x: l_x >= l_s} (l_x - l_s + 1) ]
 *           / [ m L (m L - 1) - sum_s l_s (l_s - 1) ]
 *
 *     alpha_u = 1 - D_o / D_e
 *
 * Several continua (the documents of a pooled row) are laid end to end: L is the sum of their lengths,
 * and no section spans two of them (a gap ends where its document ends).
 *
 * Cost: D_o only needs pairs of sections that overlap, and of those only segment pairs need their
 * positions: one sweep over the segments sorted by start keeps the segments still open (at most one per
 * coder), pairs each new segment with them, and counts for each segment the coders that overlap it (the
 * others hold it inside a gap). D_e needs only the lengths: the gaps sorted once, with suffix sums, answer
 * each segment's sum over longer gaps by binary search. So addContinuum() is O(S log S + P) and alpha()
 * O((S + G) log G), for S segments, G gaps and P overlapping segment pairs between coders (P <= S (m - 1),
 * about S for coders who mostly agree); memory is one number per section.
 *
 * Edge cases (alpha() without a value, and its reason): no continuum or only empty ones ("there is no text
 * to compare"); no segment at all ("no coder coded anything"); every coder coded every character, with the
 * same boundaries ("every coder coded everything": D_o = 0 there, and the formula's D_e, which lets segments
 * shift although none can, would report a perfect 1 about data that cannot show disagreement). One coder
 * marking one character that nobody else marked gives D_o = D_e and alpha_u = 0, as in DKPro.
 */
class UnitizingAlpha final
{
public:
    /// A segment [start, end) of a continuum, in characters from the continuum's start.
    struct Segment
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    explicit UnitizingAlpha(int coders);

    /**
     * Adds a continuum (a document) of @p length characters. @p segmentsByCoder has one list per coder,
     * each sorted, non-overlapping (adjacent segments are two segments with no gap between them), with
     * 0 <= start < end <= length. Input that breaks these rules is refused and nothing is added.
     */
    Status addContinuum(qint64 length, const QList<QList<Segment>> &segmentsByCoder);

    /// Adds the continua of @p other, which must have as many coders: a pooled row from the documents' own.
    Status add(const UnitizingAlpha &other);

    /**
     * Adds continua that no coder marked anywhere, by their lengths, sorted ascending (zeros are skipped):
     * each is one gap per coder its whole length, as addContinuum() with no segments would add, but kept
     * as one sorted list for all of them. A pooled row over many documents of which a code touches few
     * adds the rest this way, without a list per document nor a sort of their gaps per code.
     */
    Status addUncodedContinua(const std::vector<qint64> &sortedLengths);

    /// Forgets every continuum added (keeping the memory, for the next one).
    void clear();

    int coders() const { return m_coders; }
    /// L: the characters of every continuum added.
    qint64 length() const { return m_length; }
    qsizetype segments() const { return qsizetype(m_segmentLengths.size()); }

    /// D_o, when there is a continuum of at least one character.
    std::optional<double> observedDisagreement() const;
    /// D_e, when there is a continuum of at least one character and a segment.
    std::optional<double> expectedDisagreement() const;
    Statistic alpha() const;

    /// Alpha_u of one continuum.
    static Statistic compute(int coders, qint64 length, const QList<QList<Segment>> &segmentsByCoder);

private:
    int m_coders = 0;
    qint64 m_length = 0;
    /// sum over ordered pairs of coders of sum delta², the numerator of D_o.
    double m_observed = 0;
    std::vector<qint64> m_segmentLengths;
    std::vector<qint64> m_gapLengths;
    /// The lengths of the continua added by addUncodedContinua(), sorted: each stands for m gaps.
    std::vector<qint64> m_uncodedLengths;
};

} // namespace Marginalia::Core
