#pragma once

// Internal to the agreement statistics: the reasons an undefined statistic gives, one wording for all of
// them so that the table view reads the same whichever statistic is empty. One translation context
// ("Marginalia::Core::Agreement") keeps them together for translators.

#include <QCoreApplication>
#include <QString>

namespace Marginalia::Core::AgreementReasons {

inline QString noUnits()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "there is no text to compare");
}

inline QString noRatedUnits()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "there are no units to compare");
}

inline QString nobodyCoded()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "no coder coded anything");
}

inline QString everybodyCodedEverything()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "every coder coded everything");
}

inline QString needsTwoCoders()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "needs at least two coders");
}

inline QString needsExactlyTwoCoders()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "needs exactly two coders");
}

inline QString inconsistentCounts()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "the counts are inconsistent");
}

inline QString noPairableValues()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "no unit has values from two coders");
}

inline QString singleValue()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "every value is the same");
}

inline QString negativeRatioValue()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "the ratio metric needs values of zero or more");
}

inline QString notSquare()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "the table is not square");
}

inline QString unequalRatings()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "every unit needs the same number of ratings");
}

inline QString singleCategory()
{
    return QCoreApplication::translate("Marginalia::Core::Agreement", "every rating is in the same category");
}

} // namespace Marginalia::Core::AgreementReasons
