#pragma once

#include "analysis/statistic.h"

#include <QList>

namespace Marginalia::Core {

/**
 * Cohen's and Fleiss' kappa over any number of nominal categories, from count tables.
 *
 * These are the general forms; BinaryAgreement has the two-category ones Marginalia uses for characters,
 * computed from a histogram in O(coders). Both give the same values on binary data (tst_binaryagreement).
 */
class Kappa final
{
public:
    /**
     * Cohen's kappa (Cohen 1960) of two coders: @p table[i][j] is the number of units the first coder put
     * in category i and the second in category j (a square table).
     *
     *     p_o = sum_i t_ii / N,  p_e = sum_i (row_i / N) (column_i / N),  kappa = (p_o - p_e) / (1 - p_e)
     *
     * Undefined: no units; a table that is not square or has a negative count; p_e = 1 (both coders put
     * every unit in one and the same category).
     */
    static Statistic cohen(const QList<QList<qint64>> &table);

    /**
     * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters", Psychological
     * Bulletin 76(5)): @p counts[u][c] is the number of raters who put unit u in category c; every unit has
     * the same number n >= 2 of ratings (rows may be shorter than the number of categories: missing cells
     * are 0).
     *
     *     P_u = (sum_c n_uc² - n) / (n (n - 1)),  P = mean of P_u,  p_c = sum_u n_uc / (N n),
     *     P_e = sum_c p_c²,  kappa = (P - P_e) / (1 - P_e)
     *
     * Undefined: no units; fewer than two ratings per unit; units with different numbers of ratings; a
     * negative count; P_e = 1 (every rating in one category).
     */
    static Statistic fleiss(const QList<QList<qint64>> &counts);
};

} // namespace Marginalia::Core
