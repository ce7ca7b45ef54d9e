# Wrappers for the kinds of targets Simpul builds. Each one fails on unknown arguments,
# so a typo in a call is a configure error instead of a silently ignored option.

# Warnings for code we write (not for generated code).
function(simpul_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wnull-dereference)
endfunction()

# simpul_check_arguments(<function name> [REQUIRED <keywords...>] [LISTS <keywords...>])
# After cmake_parse_arguments(PARSE_ARGV ... ARG ...) in the caller: fails on unparsed
# arguments, on a missing REQUIRED keyword, and on a capitals-only word inside one of the
# LISTS keywords' values, which is a misspelt keyword that cmake_parse_arguments filed under
# the list before it ("SOURCES a.cpp PUBLC_LIBS x"); no file or target is named like that.
macro(simpul_check_arguments fn)
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${fn}: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  cmake_parse_arguments(_SCA "" "" "REQUIRED;LISTS" ${ARGN})
  list(JOIN _SCA_REQUIRED " and " _sca_all)
  foreach(_sca_key IN LISTS _SCA_REQUIRED)
    if(NOT ARG_${_sca_key})
      message(FATAL_ERROR "${fn}: ${_sca_all} are required (${_sca_key} is missing)")
    endif()
  endforeach()
  foreach(_sca_key IN LISTS _SCA_LISTS)
    foreach(_sca_item IN LISTS ARG_${_sca_key})
      if(_sca_item MATCHES "^[A-Z][A-Z0-9_]*$")
        message(FATAL_ERROR "${fn}: unknown argument ${_sca_item} (in ${_sca_key}; a misspelt "
          "keyword?)")
      endif()
    endforeach()
  endforeach()
endmacro()

# simpul_add_library(NAME <target> ALIAS <ns::name> [STATIC|SHARED]
#                    SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# The include root is core/, so headers are included as "domain/nik.h", "sdk/manifest.h".
function(simpul_add_library)
  cmake_parse_arguments(PARSE_ARGV 0 ARG "STATIC;SHARED" "NAME;ALIAS"
    "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS")
  simpul_check_arguments(simpul_add_library REQUIRED NAME SOURCES
    LISTS SOURCES PUBLIC_LIBS PRIVATE_LIBS)
  set(kind STATIC)
  if(ARG_SHARED)
    set(kind SHARED)
  endif()
  add_library(${ARG_NAME} ${kind} ${ARG_SOURCES})
  if(ARG_ALIAS)
    add_library(${ARG_ALIAS} ALIAS ${ARG_NAME})
  endif()
  target_include_directories(${ARG_NAME} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/core>)
  target_link_libraries(${ARG_NAME} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  simpul_set_warnings(${ARG_NAME})
endfunction()
