#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Marginalia::Core {

/// A failure with a message meant for the user: it names the file or object and the problem.
struct Error
{
    QString message;
};

/// The value of an operation that can fail, or the reason it failed.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    /// Empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

struct Success
{
};

/// The outcome of an operation that returns nothing but can fail.
using Status = Result<Success>;

inline Status success()
{
    return Success{};
}

} // namespace Marginalia::Core
