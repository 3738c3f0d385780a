# Runs one chengbao command and checks its exit status and output (used by the cli.* tests).
#
#   cmake -DEXPECT_EXIT=N [-DEXPECT_STDOUT=REGEX] [-DEXPECT_STDERR=REGEX]
#         [-DEXPECT_STDOUT_FILE=FILE] -P run_cli.cmake -- COMMAND ARGS...
#
# PASS_REGULAR_EXPRESSION alone cannot check the exit status, and the exit status is part of the
# contract (DESIGN.md 4.1), so both are checked here.
set(command)
set(collect OFF)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(collect)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(collect ON)
  endif()
endforeach()
if(NOT command)
  message(FATAL_ERROR "run_cli.cmake: no command after --")
endif()

execute_process(COMMAND ${command}
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)

set(failed OFF)
if(NOT status STREQUAL EXPECT_EXIT)
  message(SEND_ERROR "exit status ${status}, expected ${EXPECT_EXIT}")
  set(failed ON)
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
  message(SEND_ERROR "stdout does not match: ${EXPECT_STDOUT}")
  set(failed ON)
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
  message(SEND_ERROR "stderr does not match: ${EXPECT_STDERR}")
  set(failed ON)
endif()
if(DEFINED EXPECT_STDOUT_FILE)
  file(READ "${EXPECT_STDOUT_FILE}" expected)
  if(NOT out STREQUAL expected)
    message(SEND_ERROR "stdout differs from ${EXPECT_STDOUT_FILE}")
    set(failed ON)
  endif()
endif()
if(failed)
  message(FATAL_ERROR "command: ${command}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
