# Builds the sample project with marginalia-cli: cmake -DCLI=... -DSOURCE_DIR=... -DPROJECT_FILE=... -P this
cmake_minimum_required(VERSION 3.25)

function(cli)
  execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "marginalia-cli ${ARGN} failed: ${error}")
  endif()
endfunction()

# A generated file needs no backups (docs/backups.md): no NAME-backups/ folder beside it in the build.
set(ENV{MARGINALIA_BACKUP_INTERVAL} off)

# Build into a temporary file and rename at the end, so that an interrupted build leaves no half project.
set(partial "${PROJECT_FILE}.partial")
file(REMOVE "${partial}" "${partial}-wal" "${partial}-shm" "${PROJECT_FILE}")
get_filename_component(folder "${PROJECT_FILE}" DIRECTORY)
file(MAKE_DIRECTORY "${folder}")

cli(init "${partial}")
cli(import "${partial}" "${SOURCE_DIR}/tutorial.md")
cli(memo "${partial}" "A sample project built from resources/sample/ by build-sample.cmake.")

file(STRINGS "${SOURCE_DIR}/codebook.txt" codes ENCODING UTF-8)
foreach(line IN LISTS codes)
  if(line MATCHES "^#")
    continue()
  endif()
  string(REPLACE "|" ";" fields "${line}")
  list(GET fields 0 path)
  list(GET fields 1 color)
  list(GET fields 2 description)
  cli(code-add "${partial}" "${path}" --color "${color}" --description "${description}")
endforeach()

file(STRINGS "${SOURCE_DIR}/codings.txt" codings ENCODING UTF-8)
foreach(line IN LISTS codings)
  if(line MATCHES "^#")
    continue()
  endif()
  string(REPLACE "|" ";" fields "${line}")
  list(GET fields 0 path)
  list(GET fields 1 phrase)
  list(GET fields 2 coder)
  string(REPLACE "\${NL}" "\n" phrase "${phrase}")
  cli(apply "${partial}" --document tutorial --code "${path}" --match "${phrase}" --coder "${coder}")
endforeach()
cli(check "${partial}")

file(RENAME "${partial}" "${PROJECT_FILE}")
