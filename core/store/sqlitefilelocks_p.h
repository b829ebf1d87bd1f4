#pragma once

namespace Marginalia::Core {

/**
 * Makes the locks SQLite holds on the project files of this process immune to a close() elsewhere in it.
 *
 * SQLite coordinates processes with POSIX advisory locks (fcntl F_SETLK). POSIX ties those locks to the
 * process and the file, not to the descriptor: when any code in the process opens the project file, or
 * its -wal or -shm, and closes it again, the kernel drops every lock the process holds on it. A file
 * dialog listing the project's folder does exactly that (Qt's file system model reads files to tell their
 * type), as does any QFile or hash of the project. From then on another process (marginalia-cli, the
 * sqlite3 shell) takes itself for the last connection, checkpoints and deletes the -wal and -shm while
 * this process goes on committing into the deleted WAL: those commits are invisible to everyone else and
 * lost at the next crash. SQLite documents this as "POSIX advisory locks cancelled by a separate close()".
 *
 * No code can promise that nothing in a Qt process ever opens the project file, so the store does not
 * depend on it: this replaces the fcntl() of SQLite's unix VFS (through sqlite3_vfs::xSetSystemCall, its
 * documented hook) with one that takes Linux's open file description locks (F_OFD_SETLK, Linux 3.15).
 * They belong to the descriptor SQLite opened, so another descriptor's close() leaves them alone; and
 * they conflict with classic POSIX locks of other processes exactly as those do with each other, so other
 * SQLite programs on the same file are still kept out. SQLite itself only ever closes its own descriptor
 * when the process holds no lock on the file (its unix VFS defers such closes), so nothing changes for it.
 *
 * Installed once per process, before the first connection opens (Project does it); on a kernel or
 * platform without OFD locks it leaves SQLite's classic locks in place. Returns whether OFD locks are on.
 */
bool useOpenFileDescriptionLocks();

} // namespace Marginalia::Core
