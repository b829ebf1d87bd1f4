# The Debian package, made by CPack from the install() rules (scripts/package.sh; docs/packaging.md).
# CPack rather than debian/: it builds out of the source tree, in any build directory, with the one
# version number of project(). The .deb is per distribution: built on Debian 12 its Depends name 12's
# libraries, which is why they come from dpkg-shlibdeps and are never written by hand.
include(GNUInstallDirs)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME marginalia)
set(CPACK_PACKAGE_VENDOR "Marginalia developers")
set(CPACK_PACKAGE_CONTACT "Marginalia developers <developers@marginalia.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "qualitative text analysis workbench")
# The extended description, wrapped for Debian's 80 columns by hand (CPack indents it, but does not wrap).
set(CPACK_PACKAGE_DESCRIPTION "Marginalia helps researchers code qualitative data: interviews, transcripts,
field notes and other text documents. Passages are marked with the codes of
a hierarchical codebook, with memos, and then counted, compared between
coders and documents, and reported on.

It imports plain text, Markdown, HTML, Word, OpenDocument and PDF, exchanges
projects with other QDA software through REFI-QDA (.qdpx), and keeps a
project in one SQLite file or on a PostgreSQL server. A command-line tool,
marginalia-cli, does the coding and the exports from scripts.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Depends from the binaries' ELF needs (needs the `file` program: scripts/package.sh installs it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What is loaded at run time and so invisible to dpkg-shlibdeps: the PostgreSQL driver for projects on a
# server, Qt's own strings in the user's language, Wayland. A font comes with libqt6gui6 (fontconfig).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, qt6-wayland, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# What Debian wants in every package's doc folder: the copyright, and a changelog (a package without a
# Debian revision is "native", whose changelog is share/doc/NAME/changelog.gz). Dated by the last commit
# rather than by the clock, so that the same sources make the same package.
set(changelog_date "Thu, 01 Jan 1970 00:00:00 +0000")
set(changelog_build "unknown")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${CMAKE_SOURCE_DIR}" log -1 --format=%aD
                  OUTPUT_VARIABLE date RESULT_VARIABLE result ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(result EQUAL 0 AND date)
    set(changelog_date "${date}")
  endif()
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${CMAKE_SOURCE_DIR}" describe --always
                  OUTPUT_VARIABLE describe RESULT_VARIABLE result ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(result EQUAL 0 AND describe)
    set(changelog_build "${describe}")
  endif()
endif()
set(changelog "${CMAKE_BINARY_DIR}/packaging/changelog")
file(WRITE "${changelog}" "marginalia (${PROJECT_VERSION}) unstable; urgency=medium

  * Built from commit ${changelog_build}.

 -- ${CPACK_PACKAGE_CONTACT}  ${changelog_date}
")
find_program(GZIP_PROGRAM gzip)
if(GZIP_PROGRAM)
  execute_process(COMMAND "${GZIP_PROGRAM}" -9nf "${changelog}")
  install(FILES "${changelog}.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/marginalia)
endif()
install(FILES "${CMAKE_SOURCE_DIR}/cmake/packaging/copyright" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/marginalia)
install(FILES "${CMAKE_SOURCE_DIR}/cmake/packaging/lintian-overrides"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME marginalia)

include(CPack)
