#pragma once

// Internal to the agreement statistics: the reasons an undefined statistic gives, one wording for all of
// them so that the table view reads the same whichever statistic is empty. One translation context
// ("Marginalia::Core::Agreement") keeps them together for translators.
//
// Each is translated once, at its first use, and kept: a comparison of many coders asks for "needs exactly
// two coders" once per row, and QCoreApplication::translate takes a lock and a lookup each time. The
// translations are installed at start-up, before any statistic is computed.

#include <QCoreApplication>
#include <QString>

namespace Marginalia::Core::AgreementReasons {

inline QString noUnits()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "there is no text to compare");
    return reason;
}

inline QString noRatedUnits()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "there are no units to compare");
    return reason;
}

inline QString nobodyCoded()
{
    static const QString reason = QCoreApplication::translate("Marginalia::Core::Agreement", "no coder coded anything");
    return reason;
}

inline QString everybodyCodedEverything()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "every coder coded everything");
    return reason;
}

inline QString needsTwoCoders()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "needs at least two coders");
    return reason;
}

inline QString needsExactlyTwoCoders()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "needs exactly two coders");
    return reason;
}

inline QString inconsistentCounts()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "the counts are inconsistent");
    return reason;
}

inline QString noPairableValues()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "no unit has values from two coders");
    return reason;
}

inline QString singleValue()
{
    static const QString reason = QCoreApplication::translate("Marginalia::Core::Agreement", "every value is the same");
    return reason;
}

inline QString negativeRatioValue()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "the ratio metric needs values of zero or more");
    return reason;
}

inline QString notSquare()
{
    static const QString reason = QCoreApplication::translate("Marginalia::Core::Agreement", "the table is not square");
    return reason;
}

inline QString unequalRatings()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "every unit needs the same number of ratings");
    return reason;
}

inline QString singleCategory()
{
    static const QString reason
        = QCoreApplication::translate("Marginalia::Core::Agreement", "every rating is in the same category");
    return reason;
}

} // namespace Marginalia::Core::AgreementReasons
