#include "store/serverlocation.h"

#include "base/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlDatabase>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace Marginalia::Core {

namespace {

/// The length of the URL scheme (with `//`) that @p text starts with, or 0 when it starts with none.
qsizetype schemeLength(QStringView text)
{
    for (const QLatin1StringView scheme : {QLatin1StringView("postgresql://"), QLatin1StringView("postgres://")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return scheme.size();
    }
    return 0;
}

bool hasFileSuffix(const QString &path)
{
    return path.endsWith(QLatin1StringView(ServerLocation::FileSuffix), Qt::CaseInsensitive);
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// @p url as it may appear in an error message: without the password of `user:password@` or of a
/// `password=` query item. Error messages end up in logs and bug reports.
QString withoutPassword(const QString &url)
{
    QString text = url;
    const qsizetype start = schemeLength(text);
    qsizetype end = start;
    while (end < text.size() && text.at(end) != u'/' && text.at(end) != u'?')
        ++end;
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    if (at >= start) {
        const qsizetype colon = text.indexOf(u':', start);
        if (colon >= 0 && colon < at)
            text.remove(colon, at - colon);
    }
    const qsizetype query = text.indexOf(u'?');
    if (query < 0)
        return text;
    QStringList items = text.mid(query + 1).split(u'&');
    items.removeIf([](const QString &item) { return item.startsWith(QLatin1StringView("password=")); });
    return text.left(query) + (items.isEmpty() ? QString() : QString(u'?' + items.join(u'&')));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The percent-decoded text of one part of a URL, or std::nullopt with @p problem saying why not: a `%`
/// not followed by two hex digits, a NUL (libpq ends a string there), or bytes that are not UTF-8.
std::optional<QString> percentDecoded(QStringView part, QString *problem)
{
    const QByteArray bytes = part.toUtf8();
    QByteArray decoded;
    decoded.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%') {
            decoded += bytes.at(i);
            continue;
        }
        const int high = i + 2 < bytes.size() ? hexValue(bytes.at(i + 1)) : -1;
        const int low = high >= 0 ? hexValue(bytes.at(i + 2)) : -1;
        if (low < 0) {
            *problem = ServerLocation::tr("\"%1\" has a %-sign not followed by two hexadecimal digits (write %25 "
                                          "for a %-sign)")
                           .arg(part);
            return std::nullopt;
        }
        decoded += char(high * 16 + low);
        i += 2;
    }
    if (decoded.contains('\0')) {
        *problem = ServerLocation::tr("\"%1\" encodes a NUL character (%00)").arg(part);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(decoded);
    if (decoder.hasError()) {
        *problem = ServerLocation::tr("\"%1\" encodes bytes that are not UTF-8").arg(part);
        return std::nullopt;
    }
    return text;
}

/// libpq's connection keywords are lower-case ASCII words (libpq-connect "Parameter Key Words"). Anything
/// else cannot be one, and a keyword is written into the conninfo string unquoted.
bool isKeyword(const QString &keyword)
{
    if (keyword.isEmpty() || keyword.front().isDigit())
        return false;
    return std::all_of(keyword.cbegin(), keyword.cend(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

/// @p text percent-encoded for one part of a URL. ASCII letters, digits, `-._~` and the characters of
/// @p keep stay; so do printable letters and symbols outside ASCII, so that a window title shows an Arabic
/// or emoji project name as it is. Spaces, controls and invisible characters (such as the right-to-left
/// override, which could make a URL read differently from what it is) are encoded.
QString percentEncoded(const QString &text, QLatin1StringView keep = {})
{
    QString encoded;
    encoded.reserve(text.size());
    for (const char32_t codePoint : text.toUcs4()) {
        const bool ascii = codePoint < 0x80;
        bool plain;
        if (ascii) {
            const char c = char(codePoint);
            plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~' || keep.contains(QLatin1Char(c));
        } else {
            const QChar::Category category = QChar::category(codePoint);
            plain = QChar::isPrint(codePoint) && category != QChar::Separator_Space && category != QChar::Separator_Line
                && category != QChar::Separator_Paragraph;
        }
        if (plain) {
            encoded += QString::fromUcs4(&codePoint, 1);
            continue;
        }
        const QByteArray bytes = QString::fromUcs4(&codePoint, 1).toUtf8();
        for (const char byte : bytes)
            encoded += u'%' + QString::number(quint8(byte), 16).toUpper().rightJustified(2, u'0');
    }
    return encoded;
}

/// A value in libpq's conninfo syntax: in single quotes, with `\` and `'` escaped by a backslash.
QString conninfoQuoted(QString value)
{
    value.replace(u'\\', QLatin1StringView("\\\\"));
    value.replace(u'\'', QLatin1StringView("\\'"));
    return u'\'' + value + u'\'';
}

/// Reads a port number: 1 to 65535, digits only.
std::optional<int> portNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 5
        || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

bool ServerLocation::isServerLocation(const QString &text)
{
    if (schemeLength(QStringView(text).trimmed()) > 0)
        return true;
    return hasFileSuffix(text) && QFileInfo(text).isFile();
}

Result<ServerLocation> ServerLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (schemeLength(trimmed) > 0)
        return parseUrl(trimmed);
    if (trimmed.isEmpty())
        return Error{tr("No server location was given: write postgresql://HOST/DATABASE?project=NAME or the path "
                        "of a %1 file.")
                         .arg(QLatin1StringView(FileSuffix))};
    if (hasFileSuffix(text))
        return readConnectionFile(text);
    return Error{tr("%1 is neither a postgresql:// URL nor a server connection file (%2).")
                     .arg(shownPath(text), QLatin1StringView(FileSuffix))};
}

Result<ServerLocation> ServerLocation::parseUrl(const QString &url)
{
    const QString shown = withoutPassword(url);
    auto failure = [&shown](const QString &problem) {
        return Error{tr("%1: %2").arg(shown, problem)};
    };
    QString problem;
    auto decode = [&problem](QStringView part) {
        return percentDecoded(part, &problem);
    };

    ServerLocation location;
    const qsizetype start = schemeLength(url);
    qsizetype authorityEnd = start;
    while (authorityEnd < url.size() && url.at(authorityEnd) != u'/' && url.at(authorityEnd) != u'?')
        ++authorityEnd;
    QStringView authority = QStringView(url).mid(start, authorityEnd - start);

    // user:password@ (the last @, so that a password with an unencoded @ still reads as meant)
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const std::optional<QString> user = decode(userInfo.left(colon));
        if (!user)
            return failure(problem);
        location.m_user = *user;
        if (colon >= 0) {
            const std::optional<QString> password = decode(userInfo.mid(colon + 1));
            if (!password)
                return failure(tr("the password is not percent-encoded correctly"));
            location.m_password = *password;
        }
    }

    if (authority.contains(u','))
        return failure(tr("names several hosts; Marginalia connects to one server (use a service file for "
                          "fail-over)"));
    QStringView hostPart = authority;
    QStringView portPart;
    bool hasPort = false;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return failure(tr("the IPv6 address has no closing ]"));
        hostPart = authority.mid(1, close - 1);
        const QStringView rest = authority.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return failure(tr("expected :PORT after the IPv6 address, found \"%1\"").arg(rest));
        hasPort = !rest.isEmpty();
        portPart = rest.mid(1);
        if (hostPart.isEmpty())
            return failure(tr("the brackets hold no IPv6 address"));
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        if (authority.indexOf(u':', colon + 1) >= 0)
            return failure(tr("an IPv6 address must be written in brackets, as in postgresql://[::1]/DATABASE"));
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
        hasPort = true;
    }
    const std::optional<QString> host = decode(hostPart);
    if (!host)
        return failure(problem);
    location.m_host = *host;
    if (hasPort) {
        const std::optional<int> port = portNumber(portPart.toString());
        if (!port)
            return failure(tr("the port \"%1\" is not a number from 1 to 65535").arg(portPart));
        location.m_port = *port;
    }

    const qsizetype queryStart = url.indexOf(u'?', authorityEnd);
    if (authorityEnd < url.size() && url.at(authorityEnd) == u'/') {
        const qsizetype pathEnd = queryStart < 0 ? url.size() : queryStart;
        const std::optional<QString> database
            = decode(QStringView(url).mid(authorityEnd + 1, pathEnd - authorityEnd - 1));
        if (!database)
            return failure(problem);
        location.m_database = *database;
    }

    // The query: our project=, the keywords QSqlDatabase has fields for, and the rest for libpq. A keyword
    // given twice, or both in the query and before it with another value, is refused rather than guessed at.
    bool hasProject = false;
    bool passwordInQuery = false;
    auto setOnce = [&](QString &field, const QString &keyword, const QString &value) -> std::optional<Error> {
        if (!field.isEmpty() && field != value)
            return failure(tr("gives %1 twice, as \"%2\" and as \"%3\"").arg(keyword, field, value));
        field = value;
        return std::nullopt;
    };
    const QStringView query = queryStart < 0 ? QStringView() : QStringView(url).mid(queryStart + 1);
    for (const QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0)
            return failure(tr("the parameter \"%1\" has no value; write %1=VALUE").arg(item));
        const std::optional<QString> keyword = decode(item.left(equals));
        if (!keyword)
            return failure(problem);
        const std::optional<QString> value = decode(item.mid(equals + 1));
        if (!value)
            return failure(*keyword == QLatin1StringView("password")
                               ? tr("the password is not percent-encoded correctly")
                               : problem);
        if (*keyword == QLatin1StringView("project")) {
            if (hasProject)
                return failure(tr("names the project twice"));
            hasProject = true;
            location.m_projectName = *value;
        } else if (*keyword == QLatin1StringView("host") || *keyword == QLatin1StringView("dbname")
                   || *keyword == QLatin1StringView("user")) {
            QString &field = *keyword == QLatin1StringView("host") ? location.m_host
                : *keyword == QLatin1StringView("dbname")          ? location.m_database
                                                                   : location.m_user;
            if (const std::optional<Error> error = setOnce(field, *keyword, *value))
                return *error;
        } else if (*keyword == QLatin1StringView("password")) {
            if (passwordInQuery || (!location.m_password.isEmpty() && location.m_password != *value))
                return failure(tr("gives the password twice"));
            passwordInQuery = true;
            location.m_password = *value;
        } else if (*keyword == QLatin1StringView("port")) {
            const std::optional<int> port = portNumber(*value);
            if (!port)
                return failure(tr("the port \"%1\" is not a number from 1 to 65535").arg(*value));
            if (location.m_port != 0 && location.m_port != *port)
                return failure(tr("gives port twice, as \"%1\" and as \"%2\"").arg(location.m_port).arg(*port));
            location.m_port = *port;
        } else {
            if (!isKeyword(*keyword))
                return failure(tr("\"%1\" is not a libpq connection keyword (those are lower-case words such as "
                                  "sslmode)")
                                   .arg(*keyword));
            // The one other secret libpq takes: everything but password() ends up in recent files and
            // connection files, so it is refused rather than written there. A service file can hold it.
            if (*keyword == QLatin1StringView("sslpassword"))
                return failure(tr("sslpassword would be kept in recent files and connection files; put it in a "
                                  "service file and name that with service=NAME"));
            // QPSQL turns every ; in the connect options into a space, inside quotes too: the value would
            // reach libpq changed, and a changed value is worse than none.
            if (value->contains(u';'))
                return failure(tr("the value of %1 contains a semicolon, which Qt's PostgreSQL driver cannot pass "
                                  "on")
                                   .arg(*keyword));
            // libpq's own URI parser reads ssl=true as sslmode=require; its key=value syntax has no "ssl".
            Option option = *keyword == QLatin1StringView("ssl") && *value == QLatin1StringView("true")
                ? Option(QStringLiteral("sslmode"), QStringLiteral("require"))
                : Option(*keyword, *value);
            if (std::any_of(location.m_options.cbegin(), location.m_options.cend(),
                            [&option](const Option &other) { return other.first == option.first; }))
                return failure(tr("gives %1 twice").arg(option.first));
            location.m_options.append(option);
        }
    }

    if (!hasProject)
        return failure(tr("names no project; add ?project=NAME"));
    if (location.m_projectName.isEmpty())
        return failure(tr("the project name is empty; write ?project=NAME"));
    if (location.m_database.isEmpty() && location.option(QStringLiteral("service")).isEmpty())
        return failure(tr("names no database; write it after the server, as in postgresql://HOST/DATABASE"));
    return location;
}

Result<ServerLocation> ServerLocation::readConnectionFile(const QString &path)
{
    const QString shown = shownPath(path);
    const QString section = QLatin1StringView(FileSection);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return Error{tr("%1: no such server connection file").arg(shown)};
        return Error{tr("%1: cannot be read: %2").arg(shown, file.errorString())};
    }
    // size() is 0 for pipes and some special files: read one byte more than allowed to know.
    QByteArray bytes = file.size() > MaximumFileSize ? QByteArray() : file.read(MaximumFileSize + 1);
    if (file.size() > MaximumFileSize || bytes.size() > MaximumFileSize)
        return Error{tr("%1: is larger than a server connection file can be (%2 KB); is it one?")
                         .arg(shown, QString::number(MaximumFileSize / 1024))};
    if (bytes.contains('\0'))
        return Error{tr("%1: is a binary file, not a server connection file").arg(shown)};
    if (bytes.trimmed().isEmpty())
        return Error{tr("%1: is empty; a server connection file has a [%2] section with url=postgresql://...")
                         .arg(shown, section)};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return Error{tr("%1: is not UTF-8 text, so it is not a server connection file").arg(shown)};

    bool sawAnySection = false;
    bool inSection = false;
    bool sawSection = false;
    QString url;
    QString user;
    int urlLine = 0;
    int userLine = 0;
    const QStringList lines = text.split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return Error{tr("%1:%2: a section header must end with ]").arg(shown, QString::number(lineNumber))};
            sawAnySection = true;
            // Other sections are for later versions (or other programs): skipped, not refused.
            inSection = line.mid(1, line.size() - 2).trimmed() == section;
            sawSection = sawSection || inSection;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        const QString key = line.left(std::max<qsizetype>(equals, 0)).trimmed();
        // A key is a word: a pasted URL without url= in front is a mistake, not a key to skip.
        const bool isKey = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
                || c == u'-' || c == u'.';
        });
        if (!isKey)
            return Error{tr("%1:%2: expected KEY=VALUE").arg(shown, QString::number(lineNumber))};
        if (!sawAnySection)
            return Error{
                tr("%1:%2: a setting comes before the [%3] section").arg(shown, QString::number(lineNumber), section)};
        if (!inSection)
            continue;
        const QString value = line.mid(equals + 1).trimmed();
        auto setOnce = [&](QString &field, int &fieldLine) -> std::optional<Error> {
            if (fieldLine != 0)
                return Error{tr("%1:%2: a second %3= (the first is on line %4)")
                                 .arg(shown, QString::number(lineNumber), key, QString::number(fieldLine))};
            field = value;
            fieldLine = lineNumber;
            return std::nullopt;
        };
        // Keys this version does not know are skipped, so that a file written by a later version still opens.
        if (key == QLatin1StringView("url")) {
            if (const std::optional<Error> error = setOnce(url, urlLine))
                return *error;
        } else if (key == QLatin1StringView("user")) {
            if (const std::optional<Error> error = setOnce(user, userLine))
                return *error;
        }
    }
    if (!sawSection)
        return Error{tr("%1: has no [%2] section; is it a server connection file?").arg(shown, section)};
    if (url.isEmpty())
        return Error{tr("%1: gives no url=; add url=postgresql://HOST/DATABASE?project=NAME to its [%2] section")
                         .arg(shown, section)};
    if (schemeLength(url) == 0)
        return Error{tr("%1:%2: url= must be a postgresql:// URL").arg(shown, QString::number(urlLine))};
    Result<ServerLocation> location = parseUrl(url);
    if (!location)
        return Error{tr("%1:%2: %3").arg(shown, QString::number(urlLine), location.error())};
    if (!user.isEmpty()) {
        if (!location->m_user.isEmpty() && location->m_user != user)
            return Error{tr("%1:%2: user=%3 contradicts the user %4 in the url on line %5")
                             .arg(shown, QString::number(userLine), user, location->m_user, QString::number(urlLine))};
        location->m_user = user;
    }
    location->m_sourceFile = QFileInfo(path).absoluteFilePath();
    return location;
}

Status ServerLocation::writeConnectionFile(const QString &path, const ServerLocation &location)
{
    if (!hasFileSuffix(path))
        return Error{tr("%1: the name of a server connection file must end in %2, so that Marginalia opens it")
                         .arg(shownPath(path), QLatin1StringView(FileSuffix))};
    // displayText() has no password, whatever the location holds.
    // The name is encoded as in the URL, so that a line break in it cannot start a line of its own.
    const QByteArray content = "# Opens the project " + percentEncoded(location.m_projectName).toUtf8()
        + " on a PostgreSQL server in Marginalia.\n"
          "# No password is kept here: Marginalia asks for it, or libpq finds it in ~/.pgpass.\n"
          "["
        + QByteArray(FileSection) + "]\nurl=" + location.displayText().toUtf8() + '\n';
    return AtomicFile::write(path, [&content, &path](QIODevice *device) -> Status {
        if (device->write(content) != content.size())
            return Error{tr("%1: cannot be written: %2").arg(shownPath(path), device->errorString())};
        return success();
    });
}

QString ServerLocation::option(const QString &keyword) const
{
    for (const Option &option : m_options) {
        if (option.first == keyword)
            return option.second;
    }
    return {};
}

QString ServerLocation::urlText(bool withProjectAndOptions) const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += percentEncoded(m_user) + u'@';
    QList<Option> query;
    // A socket folder (or an abstract socket, @name) reads better as ?host=/run/postgresql than encoded in the
    // authority, and libpq documents that form.
    const bool socket = m_host.startsWith(u'/') || m_host.startsWith(u'@');
    if (socket) {
        query.append({QStringLiteral("host"), m_host});
        if (m_port != 0)
            query.append({QStringLiteral("port"), QString::number(m_port)});
    } else {
        text += m_host.contains(u':') ? QString(u'[' + percentEncoded(m_host, QLatin1StringView(":")) + u']')
                                      : percentEncoded(m_host);
        if (m_port != 0)
            text += u':' + QString::number(m_port);
    }
    text += u'/' + percentEncoded(m_database);
    if (withProjectAndOptions) {
        query.append({QStringLiteral("project"), m_projectName});
        query.append(m_options);
    } else {
        for (const Option &option : m_options) {
            if (option.first == QLatin1StringView("service") || option.first == QLatin1StringView("hostaddr"))
                query.append(option);
        }
    }
    for (qsizetype i = 0; i < query.size(); ++i) {
        text += (i == 0 ? u'?' : u'&') + percentEncoded(query.at(i).first) + u'='
            + percentEncoded(query.at(i).second, QLatin1StringView("/:@,"));
    }
    return text;
}

QString ServerLocation::displayText() const
{
    return urlText(true);
}

QString ServerLocation::serverKey() const
{
    return urlText(false);
}

QString ServerLocation::connectOptions() const
{
    QStringList pairs;
    bool named = false;
    for (const Option &option : m_options) {
        pairs.append(option.first + u'=' + conninfoQuoted(option.second));
        named = named || option.first == QLatin1StringView("application_name")
            || option.first == QLatin1StringView("fallback_application_name");
    }
    if (!named)
        pairs.append(QStringLiteral("application_name=") + conninfoQuoted(QLatin1StringView(ApplicationName)));
    return pairs.join(u';');
}

void ServerLocation::applyTo(QSqlDatabase &database) const
{
    database.setHostName(m_host);
    // QSqlDatabase's "no port" is -1; QPSQL leaves port= out of the conninfo then.
    database.setPort(m_port != 0 ? m_port : -1);
    database.setDatabaseName(m_database);
    database.setUserName(m_user);
    if (!m_password.isEmpty())
        database.setPassword(m_password);
    database.setConnectOptions(connectOptions());
}

bool ServerLocation::operator==(const ServerLocation &other) const
{
    auto sorted = [](QList<Option> options) {
        std::sort(options.begin(), options.end());
        return options;
    };
    return m_host == other.m_host && m_port == other.m_port && m_database == other.m_database && m_user == other.m_user
        && m_projectName == other.m_projectName && sorted(m_options) == sorted(other.m_options);
}

} // namespace Marginalia::Core
