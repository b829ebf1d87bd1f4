# marginalia_add_test(NAME SOURCES file.cpp... LIBRARIES lib... [GUI])
#
# One Qt Test executable per class or feature. Every test gets the shared corpus folder and its own source
# folder as compile definitions (never the working directory), and GUI tests run on the offscreen platform.
# What every test target gets: Qt Test, Qt Sql (tests craft and damage project files through a
# connection of their own), and where to find the test data.
function(marginalia_test_settings target)
  target_link_libraries(${target} PRIVATE Qt6::Test Qt6::Sql ${ARGN})
  target_compile_definitions(${target} PRIVATE
    MARGINALIA_SHARED_DIR="${MARGINALIA_SHARED_DIR}"
    MARGINALIA_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}"
    MARGINALIA_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endfunction()

function(marginalia_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  # No precompiled header here: measured, a shared one saved less on the tests' one or two files each than
  # loading its 200 MB (with debug information) cost.
  marginalia_test_settings(${name} ${ARG_LIBRARIES})
  add_test(NAME ${name} COMMAND ${name})
  set(environment "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=qt.qpa.*=false")
  if(MARGINALIA_SANITIZE)
    # Leak checking on the core and CLI tests; GUI tests check memory errors and undefined behaviour but
    # not leaks, because fontconfig and Qt's platform caches hold memory until exit by design.
    if(ARG_GUI)
      list(APPEND environment "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1")
    else()
      list(APPEND environment "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1")
    endif()
    list(APPEND environment "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
  endif()
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}" TIMEOUT 300)
  if(ARG_GUI)
    set_tests_properties(${name} PROPERTIES LABELS gui)
  endif()
endfunction()
