# Compiler settings shared by every Fieldcase target, carried by one INTERFACE target.

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(fieldcase_options INTERFACE)
target_compile_options(fieldcase_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                   -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(FIELDCASE_WERROR)
  target_compile_options(fieldcase_options INTERFACE -Werror)
endif()
# Qt hygiene: no foreach macro, no narrowing in connect, explicit QString conversions from bytes.
target_compile_definitions(fieldcase_options INTERFACE QT_NO_FOREACH QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                       QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING)
target_include_directories(fieldcase_options INTERFACE "${PROJECT_SOURCE_DIR}")

if(FIELDCASE_SANITIZE)
  target_compile_options(fieldcase_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                     -fno-sanitize-recover=undefined)
  target_link_options(fieldcase_options INTERFACE -fsanitize=address,undefined)
endif()
