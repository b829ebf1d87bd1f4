# Keeps the rooms of the house and the one-way arrows between them (docs/architecture.md, STYLE.md):
#   - core/ never sees a widget or Qt Gui; ui/ and app/ never see SQL; all SQL lives in core/store/;
#   - inside core/, a folder includes only the folders below it (the table below): no arrow runs back up;
#   - ui/ and app/ use core's public headers, never its private *_p.h ones; app/cli/ needs no screen;
#   - app/ stays thin.
# Run as: cmake -DSOURCE_DIR=... -P layering.cmake
cmake_minimum_required(VERSION 3.25)
set(failures "")

# What each folder of core/ may include besides itself.
set(allowed_base "")
set(allowed_model "base")
set(allowed_text "base")
set(allowed_archive "base")
set(allowed_store "base;model;text")
set(allowed_import "base;model;text;archive;store")
set(allowed_analysis "base;model;text;store")
set(allowed_export "base;model;text;archive;store;analysis")
set(allowed_exchange "base;model;text;archive;store;import")
set(core_folders base model text archive store import analysis export exchange)

set(sql_include_regex "#include <(QSql|QtSql|sqlite3)")
# SQL in a string: a statement a file runs itself.
set(sql_text_regex "\"(SELECT |INSERT INTO |UPDATE [a-z_]+ SET |DELETE FROM |PRAGMA |CREATE TABLE |WITH RECURSIVE )")

file(GLOB_RECURSE core_sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(file IN LISTS core_sources)
  file(RELATIVE_PATH relative "${SOURCE_DIR}/core" "${file}")
  string(REGEX MATCH "^[^/]+" folder "${relative}")
  if(NOT folder IN_LIST core_folders)
    list(APPEND failures "${file}: core/${folder}/ is not one of the rooms of core/ (${core_folders}); add it here and to docs/architecture.md")
    continue()
  endif()
  file(STRINGS "${file}" hits REGEX "#include <(QWidget|QtWidgets|QtGui|QGui|QApplication|QUndo|QColor|QFont|QTextDocument|QPixmap|QImage)")
  if(hits)
    list(APPEND failures "${file}: core/ includes a Gui/Widgets header: ${hits}")
  endif()
  if(NOT folder STREQUAL "store")
    file(STRINGS "${file}" hits REGEX "${sql_include_regex}|${sql_text_regex}")
    if(hits)
      list(APPEND failures "${file}: SQL outside core/store/: ${hits}")
    endif()
  endif()
  file(STRINGS "${file}" includes REGEX "#include \"[a-z]+/")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE ".*#include \"([a-z]+)/.*" "\\1" target "${line}")
    if(target STREQUAL folder OR NOT target IN_LIST core_folders)
      continue()
    endif()
    if(NOT target IN_LIST allowed_${folder})
      list(APPEND failures "${file}: core/${folder}/ includes core/${target}/, an arrow back up (allowed: ${allowed_${folder}})")
    endif()
  endforeach()
endforeach()

# ui/ and app/ (with the command-line tool): no SQL, and only core's public headers.
file(GLOB_RECURSE outer_sources "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(file IN LISTS outer_sources)
  file(STRINGS "${file}" hits REGEX "${sql_include_regex}|${sql_text_regex}")
  if(hits)
    list(APPEND failures "${file}: SQL outside core/store/: ${hits}")
  endif()
  file(STRINGS "${file}" hits REGEX "#include \"(base|model|text|archive|store|import|analysis|export|exchange)/[a-z]+_p\\.h\"")
  if(hits)
    list(APPEND failures "${file}: uses a private header of core/: ${hits}")
  endif()
endforeach()

# The command-line tool runs on servers and in scripts, without a screen: no widgets, no window.
file(GLOB_RECURSE cli_sources "${SOURCE_DIR}/app/cli/*.h" "${SOURCE_DIR}/app/cli/*.cpp")
foreach(file IN LISTS cli_sources)
  file(STRINGS "${file}" hits REGEX "#include <(QWidget|QtWidgets|QtGui|QGui|QApplication)|#include \"(mainwindow|documentview)")
  if(hits)
    list(APPEND failures "${file}: the command-line tool includes a Gui/Widgets header: ${hits}")
  endif()
endforeach()

file(GLOB app_sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/cli/main.cpp")
foreach(file IN LISTS app_sources)
  file(STRINGS "${file}" lines)
  list(LENGTH lines count)
  if(count GREATER 80)
    list(APPEND failures "${file}: app/ should stay thin (${count} lines); move logic into a library")
  endif()
endforeach()

# A free tr() wrapper names a context that lupdate cannot see: it files the messages under the scope of
# each call instead, and their translations are never shown. Declare the context with
# Q_DECLARE_TR_FUNCTIONS in a struct (see translations/README.md).
file(GLOB_RECURSE all_sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/ui/*.h"
  "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(file IN LISTS all_sources)
  file(STRINGS "${file}" hits REGEX "QString tr\\(const char")
  if(hits)
    list(APPEND failures "${file}: a free tr() function, invisible to lupdate: ${hits}")
  endif()
endforeach()

if(failures)
  list(JOIN failures "\n" message)
  message(FATAL_ERROR "${message}")
endif()
message(STATUS "layering: core has no Gui, SQL is only in core/store/, core's folders only include downwards, "
               "ui/ and app/ use public headers, the command-line tool needs no screen, app/ is thin, no free tr()")
