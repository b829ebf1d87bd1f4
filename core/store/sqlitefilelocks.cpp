#include "store/sqlitefilelocks_p.h"

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <mutex>

#include <fcntl.h>
#include <sys/types.h>

namespace Marginalia::Core {

namespace {

#if defined(F_OFD_SETLK) && defined(F_OFD_GETLK) && defined(F_OFD_SETLKW)

// SQLite is built with 64-bit file offsets and passes a struct flock of that layout; ours must match.
static_assert(sizeof(off_t) == 8, "open file description locks need 64-bit file offsets");

/// False once the kernel has refused an OFD command (EINVAL: older than Linux 3.15, or a file system that
/// does not lock this way); from then on SQLite's own commands are passed through unchanged.
std::atomic<bool> ofdSupported{true};

int toOpenFileDescriptionCommand(int command)
{
    switch (command) {
    case F_GETLK:
        return F_OFD_GETLK;
    case F_SETLK:
        return F_OFD_SETLK;
    case F_SETLKW:
        return F_OFD_SETLKW;
    default:
        return command;
    }
}

/// fcntl() as SQLite's unix VFS calls it, with the record-lock commands turned into OFD ones.
int fcntlWithOpenFileDescriptionLocks(int descriptor, int command, ...)
{
    va_list arguments;
    va_start(arguments, command);
    switch (command) {
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW: {
        auto *lock = va_arg(arguments, struct flock *);
        va_end(arguments);
        if (ofdSupported.load(std::memory_order_relaxed)) {
            struct flock ofdLock = *lock;
            ofdLock.l_pid = 0; // the kernel requires 0 for OFD locks
            const int result = ::fcntl(descriptor, toOpenFileDescriptionCommand(command), &ofdLock);
            if (result == 0 || errno != EINVAL) {
                if (result == 0 && command == F_GETLK)
                    *lock = ofdLock; // F_GETLK reports the conflicting lock, or F_UNLCK, in the struct
                return result;
            }
            // No OFD locks here: no lock was ever taken as one, so falling back is consistent.
            ofdSupported.store(false, std::memory_order_relaxed);
        }
        return ::fcntl(descriptor, command, lock);
    }
    case F_GETFD:
    case F_GETFL:
        va_end(arguments);
        return ::fcntl(descriptor, command);
    default: {
        // SQLite's other uses (F_SETFD with FD_CLOEXEC) take an int.
        const int value = va_arg(arguments, int);
        va_end(arguments);
        return ::fcntl(descriptor, command, value);
    }
    }
}

bool install()
{
    sqlite3_vfs *unixVfs = sqlite3_vfs_find("unix");
    if (!unixVfs || unixVfs->iVersion < 3 || !unixVfs->xSetSystemCall)
        return false;
    // Qt's SQLite driver links the same libsqlite3 (Debian builds Qt with -system-sqlite), so this is
    // the VFS its connections use.
    return unixVfs->xSetSystemCall(unixVfs, "fcntl",
                                   reinterpret_cast<sqlite3_syscall_ptr>(&fcntlWithOpenFileDescriptionLocks))
        == SQLITE_OK;
}

#else

bool install()
{
    return false;
}

#endif

} // namespace

bool useOpenFileDescriptionLocks()
{
    static std::once_flag once;
    static bool installed = false;
    std::call_once(once, [] { installed = install(); });
    return installed;
}

} // namespace Marginalia::Core
