#pragma once

#include "analysis/studentscores.h"
#include "base/result.h"

class QIODevice;

namespace Marginalia::Core {

/**
 * The class report for a course page: one self-contained, printable HTML file with the scores of every
 * student against the key (StudentScores) as a students x codes table, shaded like the window's, and a bar
 * chart (inline SVG, no script) of each student's pooled kappa, precision and recall.
 */
class ClassReport final
{
public:
    static Status writeHtml(const QList<ScoreRow> &rows, const QString &projectName, const QString &keyName,
                            QIODevice *device);
    /// The background of a statistic's cell, "#rrggbb": red at 0 and below, yellow at 0.5, green at 1 (the
    /// window's Compare Coders shading too).
    static QString shadeOf(double value);
    /// A statistic's table cell: its value to three places on its shade, or "n/a" with the reason as a tooltip.
    static QString statisticCell(const Statistic &statistic);
};

} // namespace Marginalia::Core
