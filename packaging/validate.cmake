# Runs one desktop-integration validator on one file, as a CTest test:
#   cmake -DPODIUM_VALIDATE=desktop|metainfo -DPODIUM_VALIDATE_FILE=<path> -P validate.cmake
# The tool is looked up here, when the test runs, not at configure time: installing it later then needs no
# reconfigure, and a missing tool fails the test loudly instead of silently dropping it from the suite.
cmake_minimum_required(VERSION 3.25)

if(NOT DEFINED PODIUM_VALIDATE_FILE OR NOT EXISTS "${PODIUM_VALIDATE_FILE}")
    message(FATAL_ERROR "validate.cmake: PODIUM_VALIDATE_FILE='${PODIUM_VALIDATE_FILE}' does not exist")
endif()

if(PODIUM_VALIDATE STREQUAL "desktop")
    set(tool_name desktop-file-validate)
    set(tool_package desktop-file-utils)
    set(tool_arguments)
elseif(PODIUM_VALIDATE STREQUAL "metainfo")
    set(tool_name appstreamcli)
    set(tool_package appstream)
    # Tests must not depend on the network (URLs are checked by hand before a release).
    set(tool_arguments validate --no-net)
else()
    message(FATAL_ERROR "validate.cmake: PODIUM_VALIDATE must be 'desktop' or 'metainfo', not '${PODIUM_VALIDATE}'")
endif()

find_program(tool_path NAMES ${tool_name} NO_CACHE)
if(NOT tool_path)
    message(FATAL_ERROR "${tool_name} missing: apt-get install ${tool_package} (or your platform's equivalent)")
endif()

execute_process(
    COMMAND "${tool_path}" ${tool_arguments} "${PODIUM_VALIDATE_FILE}"
    RESULT_VARIABLE tool_result
    OUTPUT_VARIABLE tool_output
    ERROR_VARIABLE tool_output)
if(tool_output)
    message("${tool_output}")
endif()
if(NOT tool_result EQUAL 0)
    message(FATAL_ERROR "${tool_name} rejected ${PODIUM_VALIDATE_FILE} (exit status ${tool_result})")
endif()

# desktop-file-validate exits 0 on warnings; they are real defects in a file this small, so they fail too.
# Its "hint:" lines (for example about Office;Network; being two main categories) stay allowed.
if(PODIUM_VALIDATE STREQUAL "desktop" AND tool_output MATCHES ": (warning|error): ")
    message(FATAL_ERROR "${tool_name} reported warnings or errors for ${PODIUM_VALIDATE_FILE}")
endif()
message(STATUS "${tool_name}: ${PODIUM_VALIDATE_FILE} is valid")
