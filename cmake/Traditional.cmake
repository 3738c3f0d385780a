# Stages templates/ in the build tree and generates the Traditional (zh-Hant) templates with OpenCC.
#
# Included from a CMakeLists.txt it defines
#   CHENGBAO_STAGED_TEMPLATE_DIR  ${CMAKE_BINARY_DIR}/templates: a copy of templates/ plus
#                                 zh-Hant/<name>.xml for every zh-Hans template directly in it
#   CHENGBAO_OPENCC_CONFIG        (cache) the OpenCC conversion, s2t.json by default
#   templates_staged              the custom target (in ALL) that brings the folder up to date
# and needs the opencc program (Debian package opencc).
#
# Run as a script it converts one template:
#   cmake -DINPUT=t.xml -DOUTPUT=zh-Hant/t.xml -DSTAMP=t.stamp -DOPENCC=opencc
#         -DCONFIG=s2t.json -P Traditional.cmake
# A template not written in zh-Hans (English, or already Traditional) gets no zh-Hant copy.

if(CMAKE_SCRIPT_MODE_FILE)
  file(READ "${INPUT}" source)
  # The root start tag decides; comments before it never contain "<template".
  string(REGEX MATCH "<template[ \t\r\n][^>]*>" root "${source}")
  if(NOT root)
    message(FATAL_ERROR "${INPUT}: no <template> start tag")
  endif()
  if(root MATCHES "script=\"(en|zh-Hant)\"")
    file(REMOVE "${OUTPUT}")
    file(TOUCH "${STAMP}")
    return()
  endif()

  get_filename_component(out_dir "${OUTPUT}" DIRECTORY)
  file(MAKE_DIRECTORY "${out_dir}")
  execute_process(COMMAND "${OPENCC}" -c "${CONFIG}" -i "${INPUT}" -o "${OUTPUT}.tmp"
    RESULT_VARIABLE status ERROR_VARIABLE error)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${OPENCC} -c ${CONFIG} failed on ${INPUT}: ${error}")
  endif()
  file(READ "${OUTPUT}.tmp" converted)
  file(REMOVE "${OUTPUT}.tmp")

  # The text is Traditional now: say so on the root, and move the Simplified names and
  # descriptions (converted with everything else) to the zh-Hant language.
  string(REGEX MATCH "<template[ \t\r\n][^>]*>" root "${converted}")
  if(root MATCHES "script=\"zh-Hans\"")
    string(REPLACE "script=\"zh-Hans\"" "script=\"zh-Hant\"" new_root "${root}")
  else()
    string(REPLACE "<template" "<template script=\"zh-Hant\"" new_root "${root}")
  endif()
  string(REPLACE "${root}" "${new_root}" converted "${converted}")
  string(REPLACE "xml:lang=\"zh-Hans\"" "xml:lang=\"zh-Hant\"" converted "${converted}")
  file(WRITE "${OUTPUT}" "${converted}")
  file(TOUCH "${STAMP}")
  return()
endif()

# Set in every scope that includes this file, before the guard, so the path is known wherever it
# is included first.
set(CHENGBAO_STAGED_TEMPLATE_DIR ${CMAKE_BINARY_DIR}/templates)
include_guard(GLOBAL)

find_program(OPENCC opencc REQUIRED)
set(CHENGBAO_OPENCC_CONFIG "s2t.json" CACHE STRING
    "OpenCC configuration that makes the zh-Hant templates (s2t.json, s2tw.json, s2hk.json…)")

get_filename_component(_chengbao_template_src ${CMAKE_CURRENT_LIST_DIR}/../templates ABSOLUTE)
set(_chengbao_template_stamps ${CMAKE_BINARY_DIR}/templates-zh-Hant-stamps)
file(GLOB_RECURSE _chengbao_template_files CONFIGURE_DEPENDS RELATIVE ${_chengbao_template_src}
     ${_chengbao_template_src}/*)
set(_chengbao_staged_outputs)
foreach(file IN LISTS _chengbao_template_files)
  set(staged ${CHENGBAO_STAGED_TEMPLATE_DIR}/${file})
  add_custom_command(OUTPUT ${staged}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_chengbao_template_src}/${file} ${staged}
    DEPENDS ${_chengbao_template_src}/${file}
    COMMENT "Staging template file ${file}" VERBATIM)
  list(APPEND _chengbao_staged_outputs ${staged})

  # Only templates directly in templates/ are offered in both scripts; profiles/ and its house
  # folders belong to one institution and stay as written.
  if(file MATCHES "^[^/]+\\.xml$")
    get_filename_component(stem ${file} NAME_WE)
    set(stamp ${_chengbao_template_stamps}/${stem}.stamp)
    add_custom_command(OUTPUT ${stamp}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${_chengbao_template_stamps}
      COMMAND ${CMAKE_COMMAND} -DINPUT=${_chengbao_template_src}/${file}
              -DOUTPUT=${CHENGBAO_STAGED_TEMPLATE_DIR}/zh-Hant/${file} -DSTAMP=${stamp}
              -DOPENCC=${OPENCC} -DCONFIG=${CHENGBAO_OPENCC_CONFIG}
              -P ${CMAKE_CURRENT_LIST_FILE}
      DEPENDS ${_chengbao_template_src}/${file} ${CMAKE_CURRENT_LIST_FILE}
      COMMENT "Generating the zh-Hant version of ${file}" VERBATIM)
    list(APPEND _chengbao_staged_outputs ${stamp})
  endif()
endforeach()

# A template deleted from the sources must not live on as a stale Traditional copy.
file(GLOB _chengbao_generated ${CHENGBAO_STAGED_TEMPLATE_DIR}/zh-Hant/*.xml)
foreach(generated IN LISTS _chengbao_generated)
  get_filename_component(name ${generated} NAME)
  if(NOT EXISTS ${_chengbao_template_src}/${name})
    file(REMOVE ${generated})
  endif()
endforeach()

add_custom_target(templates_staged ALL DEPENDS ${_chengbao_staged_outputs})
