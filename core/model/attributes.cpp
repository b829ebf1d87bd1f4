#include "model/attributes.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace Marginalia::Core::AttributeTypes {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Marginalia::Core::AttributeTypes)
};

std::optional<double> numberOf(const QString &text)
{
    QString spelled = text.trimmed();
    // "3,5" as much of Europe writes it; a comma with a dot too ("1,000.5") is a thousands separator.
    if (spelled.contains(u',') && !spelled.contains(u'.') && spelled.count(u',') == 1)
        spelled.replace(u',', u'.');
    else
        spelled.remove(u',');
    bool ok = false;
    const double value = spelled.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<QDate> dateOf(const QString &text)
{
    const QString spelled = text.trimmed();
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression yearMonth(QStringLiteral("^\\d{4}-\\d{2}$"));
    QDate date;
    if (year.match(spelled).hasMatch())
        date = QDate(spelled.toInt(), 1, 1);
    else if (yearMonth.match(spelled).hasMatch())
        date = QDate::fromString(spelled + QStringLiteral("-01"), Qt::ISODate);
    else
        date = QDate::fromString(spelled.left(10), Qt::ISODate);
    // A time after the date (2017-05-04T10:00) is allowed and dropped; anything else after it is not.
    if (!date.isValid() || (spelled.size() > 10 && spelled.at(10) != u'T'))
        return std::nullopt;
    return date;
}

std::optional<bool> booleanOf(const QString &text)
{
    const QString spelled = text.trimmed().toCaseFolded();
    for (const auto *yes : {"yes", "y", "true", "1", "ja", "oui", "sí", "si"}) {
        if (spelled == QString::fromUtf8(yes))
            return true;
    }
    for (const auto *no : {"no", "n", "false", "0", "nein", "non"}) {
        if (spelled == QString::fromUtf8(no))
            return false;
    }
    return std::nullopt;
}

QString spelledNumber(double value)
{
    // The C locale's shortest spelling to 15 digits: 2017, 3.5, 0.1 (not 0.10000000000000001).
    return QString::number(value, 'g', 15);
}

} // namespace

QString name(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return QStringLiteral("text");
    case AttributeType::Number:
        return QStringLiteral("number");
    case AttributeType::Date:
        return QStringLiteral("date");
    case AttributeType::Boolean:
        return QStringLiteral("yes/no");
    case AttributeType::List:
        return QStringLiteral("list");
    }
    return {};
}

QString unknownAttributeMessage(const QString &name, const QList<Attribute> &attributes)
{
    QStringList names;
    for (const Attribute &attribute : attributes)
        names.append(attribute.name);
    return names.isEmpty()
        ? Tr::tr("There is no attribute \"%1\": the project has no attributes yet.").arg(name)
        : Tr::tr("There is no attribute \"%1\" (there are: %2).").arg(name, names.join(QStringLiteral(", ")));
}

std::optional<AttributeType> fromName(const QString &spelled)
{
    const QString folded = spelled.trimmed().toCaseFolded();
    if (folded == QLatin1String("text") || folded == QLatin1String("string"))
        return AttributeType::Text;
    if (folded == QLatin1String("number") || folded == QLatin1String("integer") || folded == QLatin1String("float"))
        return AttributeType::Number;
    if (folded == QLatin1String("date"))
        return AttributeType::Date;
    if (folded == QLatin1String("yes/no") || folded == QLatin1String("boolean") || folded == QLatin1String("bool")
        || folded == QLatin1String("yesno"))
        return AttributeType::Boolean;
    if (folded == QLatin1String("list"))
        return AttributeType::List;
    return std::nullopt;
}

Result<QString> canonical(const Attribute &attribute, const QString &text)
{
    const QString trimmed = text.trimmed();
    switch (attribute.type) {
    case AttributeType::Text:
        return trimmed;
    case AttributeType::Number:
        if (const auto number = numberOf(trimmed))
            return spelledNumber(*number);
        return Error{Tr::tr("\"%1\" is not a number (%2 is a number).").arg(trimmed, attribute.name)};
    case AttributeType::Date:
        if (const auto date = dateOf(trimmed))
            return date->toString(Qt::ISODate);
        return Error{Tr::tr("\"%1\" is not a date such as 2017-05-04 (%2 is a date).").arg(trimmed, attribute.name)};
    case AttributeType::Boolean:
        if (const auto boolean = booleanOf(trimmed))
            return *boolean ? QStringLiteral("yes") : QStringLiteral("no");
        return Error{Tr::tr("\"%1\" is not yes or no (%2 is yes/no).").arg(trimmed, attribute.name)};
    case AttributeType::List:
        for (const QString &allowed : attribute.allowedValues) {
            if (allowed.compare(trimmed, Qt::CaseInsensitive) == 0)
                return allowed;
        }
        return Error{Tr::tr("\"%1\" is not one of the values of %2 (%3).")
                         .arg(trimmed, attribute.name, attribute.allowedValues.join(QStringLiteral(", ")))};
    }
    return Error{Tr::tr("Unknown attribute type.")};
}

AttributeType infer(const QStringList &values)
{
    bool numbers = true;
    bool dates = true;
    bool booleans = true;
    bool any = false;
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
    for (const QString &value : values) {
        if (value.trimmed().isEmpty())
            continue;
        any = true;
        numbers = numbers && numberOf(value).has_value();
        // Only ISO dates make a date column: a bare year is a number, as researchers count years.
        dates = dates && isoDate.match(value.trimmed()).hasMatch() && dateOf(value).has_value();
        const QString folded = value.trimmed().toCaseFolded();
        booleans = booleans
            && (folded == QLatin1String("yes") || folded == QLatin1String("no") || folded == QLatin1String("true")
                || folded == QLatin1String("false"));
    }
    if (!any)
        return AttributeType::Text;
    if (numbers)
        return AttributeType::Number;
    if (dates)
        return AttributeType::Date;
    if (booleans)
        return AttributeType::Boolean;
    return AttributeType::Text;
}

int compare(AttributeType type, const QString &left, const QString &right, const QStringList &allowed)
{
    switch (type) {
    case AttributeType::Number: {
        const double a = numberOf(left).value_or(0);
        const double b = numberOf(right).value_or(0);
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    case AttributeType::Date:
    case AttributeType::Boolean:
        return QString::compare(left, right); // ISO dates order as text; "no" < "yes"
    case AttributeType::List:
        if (!allowed.isEmpty()) {
            const qsizetype a = allowed.indexOf(left);
            const qsizetype b = allowed.indexOf(right);
            if (a >= 0 && b >= 0)
                return a < b ? -1 : (a > b ? 1 : 0);
        }
        return QString::compare(left, right, Qt::CaseInsensitive);
    case AttributeType::Text:
        return QString::compare(left, right, Qt::CaseInsensitive);
    }
    return 0;
}

} // namespace Marginalia::Core::AttributeTypes
