# Packages build/chengbao.oxt from manifest/, extension/, the component and templates/.
set(OXT_FILE ${CMAKE_BINARY_DIR}/chengbao.oxt)
set(OXT_STAGE ${CMAKE_BINARY_DIR}/oxt)

configure_file(${PROJECT_SOURCE_DIR}/manifest/description.xml.in
               ${CMAKE_BINARY_DIR}/description.xml @ONLY)

file(GLOB_RECURSE OXT_EXTENSION_FILES CONFIGURE_DEPENDS
     RELATIVE ${PROJECT_SOURCE_DIR}/extension ${PROJECT_SOURCE_DIR}/extension/*)
# Any change under templates/ repackages; the staged copy (with zh-Hant) is what ships.
file(GLOB_RECURSE OXT_TEMPLATE_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/templates/*)

# The help pages as HTML for the browser (vnd.chengbao:Help), made from the same .xhp sources.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
file(GLOB_RECURSE OXT_HELP_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/extension/help/*)
set(OXT_HELP_HTML ${CMAKE_BINARY_DIR}/help-html)
add_custom_command(
  OUTPUT ${OXT_HELP_HTML}/.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${OXT_HELP_HTML}
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/help_html.py
          ${PROJECT_SOURCE_DIR}/extension/help ${OXT_HELP_HTML}
  COMMAND ${CMAKE_COMMAND} -E touch ${OXT_HELP_HTML}/.stamp
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/help_html.py ${OXT_HELP_SOURCES}
  COMMENT "Making the HTML help pages"
  VERBATIM)

set(_oxt_copy_commands)
set(_oxt_inputs)
foreach(f ${OXT_EXTENSION_FILES})
  list(APPEND _oxt_copy_commands COMMAND ${CMAKE_COMMAND} -E copy
       ${PROJECT_SOURCE_DIR}/extension/${f} ${OXT_STAGE}/${f})
  list(APPEND _oxt_inputs ${PROJECT_SOURCE_DIR}/extension/${f})
endforeach()
list(APPEND _oxt_copy_commands COMMAND ${CMAKE_COMMAND} -E copy_directory
     ${CHENGBAO_STAGED_TEMPLATE_DIR} ${OXT_STAGE}/templates)
list(APPEND _oxt_inputs ${OXT_TEMPLATE_SOURCES})
list(APPEND _oxt_copy_commands COMMAND ${CMAKE_COMMAND} -E copy_directory ${OXT_HELP_HTML}
     ${OXT_STAGE}/help-html COMMAND ${CMAKE_COMMAND} -E rm -f ${OXT_STAGE}/help-html/.stamp)
list(APPEND _oxt_inputs ${OXT_HELP_HTML}/.stamp)

add_custom_command(
  OUTPUT ${OXT_FILE}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${OXT_STAGE}/META-INF
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/manifest/manifest.xml
          ${OXT_STAGE}/META-INF/manifest.xml
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/description.xml ${OXT_STAGE}/description.xml
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:chengbao_uno> ${OXT_STAGE}/
  COMMAND ${CMAKE_COMMAND} -E copy ${CHENGBAO_COMPONENT_FILE} ${OXT_STAGE}/chengbao.component
  ${_oxt_copy_commands}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${OXT_FILE}
  COMMAND ${CMAKE_COMMAND} -E chdir ${OXT_STAGE} ${CMAKE_COMMAND} -E tar cf ${OXT_FILE} --format=zip .
  DEPENDS chengbao_uno ${CHENGBAO_COMPONENT_FILE} ${CMAKE_BINARY_DIR}/description.xml
          ${PROJECT_SOURCE_DIR}/manifest/manifest.xml ${_oxt_inputs}
  COMMENT "Packaging chengbao.oxt"
  VERBATIM)
add_custom_target(oxt ALL DEPENDS ${OXT_FILE})
add_dependencies(oxt templates_staged)
