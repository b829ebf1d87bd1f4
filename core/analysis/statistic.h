#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Marginalia::Core {

/**
 * The value of an agreement statistic, or why it has none.
 *
 * A statistic whose formula divides by zero (nobody coded anything, every coder coded everything, Cohen's
 * kappa asked of three coders) is undefined: it has no value and a short translated reason for the table
 * view and the exports. It is never NaN and never a made-up 1.0, so a caller cannot average or sort an
 * undefined value by mistake.
 */
struct Statistic
{
    std::optional<double> value;
    /// Empty when isDefined(); otherwise a short phrase ("no coder coded anything").
    QString undefinedReason;

    bool isDefined() const { return value.has_value(); }

    static Statistic defined(double value) { return Statistic{value, {}}; }
    static Statistic undefined(QString reason) { return Statistic{std::nullopt, std::move(reason)}; }
};

} // namespace Marginalia::Core
