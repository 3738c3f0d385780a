# The Debian package: `cpack -G DEB` in the build folder makes chengbao_<version>_amd64.deb with
#   /usr/bin/chengbao                                   the CLI, built a second time
#                                                       (chengbao_packaged) so that its built-in
#                                                       template folder is the installed one
#   /usr/share/chengbao/templates/                      the staged templates (with zh-Hant)
#   /usr/share/man/{,zh_CN/,zh_TW/}man1/chengbao.1.gz   } made from the CLI's own --help by
#   /usr/share/bash-completion/completions/chengbao     } scripts/cli_docs.py
#   /usr/lib/libreoffice/share/extensions/chengbao/     the unpacked .oxt: a bundled extension,
#                                                       there for every user of the machine
# Debian's libreoffice-common watches share/extensions (a dpkg trigger touches the folder), and
# each office compares that folder's time with its profile's and takes bundled extensions in or
# out at its next start: the package needs no maintainer scripts.
#
# Included before the sources, it defines
#   CHENGBAO_PACKAGE                   (option) build the package's parts and the install rules
#   CHENGBAO_INSTALLED_TEMPLATE_DIR    where the package puts the templates
#   chengbao_add_packaged_cli(TARGET)  called by src/cli once TARGET is complete
# and at the end of the top folder, when every target exists, the install rules and CPack.
# The install rules describe the package: paths below the prefix /usr.
include_guard(GLOBAL)

option(CHENGBAO_PACKAGE "Build the Debian package's CLI, man page and completion (cpack -G DEB)"
       ${CHENGBAO_BUILD_EXTENSION})
if(CHENGBAO_PACKAGE AND NOT CHENGBAO_BUILD_EXTENSION)
  message(STATUS "No Debian package without the extension (CHENGBAO_BUILD_EXTENSION is off)")
  set(CHENGBAO_PACKAGE OFF)
endif()

set(CHENGBAO_PACKAGE_PREFIX /usr)
set(CHENGBAO_INSTALLED_TEMPLATE_DIR ${CHENGBAO_PACKAGE_PREFIX}/share/chengbao/templates)
# `cmake --install` puts the files where the package does (the CLI looks for its templates in
# CHENGBAO_INSTALLED_TEMPLATE_DIR whatever the prefix), unless told otherwise.
if(CHENGBAO_PACKAGE AND CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(CMAKE_INSTALL_PREFIX ${CHENGBAO_PACKAGE_PREFIX} CACHE PATH "Install prefix" FORCE)
endif()
set(CHENGBAO_PACKAGE_DIR ${CMAKE_BINARY_DIR}/package)

# A second executable from TARGET's sources, settings and libraries, as TARGET is when this is
# called, with CHENGBAO_TEMPLATE_DIR the installed folder. build/bin/chengbao keeps the build
# tree's folder, so the tests and a developer's build run as before.
function(chengbao_add_packaged_cli target)
  if(NOT CHENGBAO_PACKAGE)
    return()
  endif()
  set(packaged ${target}_packaged)
  get_target_property(sources ${target} SOURCES)
  add_executable(${packaged} ${sources})
  foreach(property LINK_LIBRARIES INCLUDE_DIRECTORIES COMPILE_OPTIONS COMPILE_FEATURES
                   LINK_OPTIONS)
    get_target_property(value ${target} ${property})
    if(value)
      set_property(TARGET ${packaged} PROPERTY ${property} "${value}")
    endif()
  endforeach()
  get_target_property(definitions ${target} COMPILE_DEFINITIONS)
  set(found ${definitions})
  list(FILTER found INCLUDE REGEX "^CHENGBAO_TEMPLATE_DIR=")
  if(NOT found)
    message(FATAL_ERROR "${target} has no CHENGBAO_TEMPLATE_DIR definition to replace")
  endif()
  list(FILTER definitions EXCLUDE REGEX "^CHENGBAO_TEMPLATE_DIR=")
  list(APPEND definitions "CHENGBAO_TEMPLATE_DIR=\"${CHENGBAO_INSTALLED_TEMPLATE_DIR}\"")
  set_property(TARGET ${packaged} PROPERTY COMPILE_DEFINITIONS "${definitions}")
  set_target_properties(${packaged} PROPERTIES OUTPUT_NAME ${target}
                        RUNTIME_OUTPUT_DIRECTORY ${CHENGBAO_PACKAGE_DIR}/bin)
  get_target_property(dependencies ${target} MANUALLY_ADDED_DEPENDENCIES)
  if(dependencies)
    add_dependencies(${packaged} ${dependencies})
  endif()
endfunction()

# The office's folder relative to the prefix: the bundled extension goes below it.
function(_chengbao_office_dir out)
  get_filename_component(office ${LO_PROGRAM_DIR} DIRECTORY)
  file(RELATIVE_PATH relative ${CHENGBAO_PACKAGE_PREFIX} ${office})
  if(relative MATCHES "^\\.\\./")
    message(FATAL_ERROR "The office (${office}) is not below ${CHENGBAO_PACKAGE_PREFIX}")
  endif()
  set(${out} ${relative} PARENT_SCOPE)
endfunction()

function(_chengbao_package_rules)
  if(NOT TARGET chengbao_packaged)
    message(FATAL_ERROR "CHENGBAO_PACKAGE is on but src/cli made no chengbao_packaged")
  endif()
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  _chengbao_office_dir(office)
  set(extension_dir ${office}/share/extensions/chengbao)

  # The man page and the completion, from what the packaged CLI itself prints.
  set(man ${CHENGBAO_PACKAGE_DIR}/chengbao.1.gz)
  set(man_zh_cn ${CHENGBAO_PACKAGE_DIR}/zh_CN/chengbao.1.gz)
  set(man_zh_tw ${CHENGBAO_PACKAGE_DIR}/zh_TW/chengbao.1.gz)
  file(MAKE_DIRECTORY ${CHENGBAO_PACKAGE_DIR}/zh_CN ${CHENGBAO_PACKAGE_DIR}/zh_TW)
  set(completion ${CHENGBAO_PACKAGE_DIR}/chengbao.bash-completion)
  add_custom_command(
    OUTPUT ${man} ${man_zh_cn} ${man_zh_tw} ${completion}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/cli_docs.py
            --binary $<TARGET_FILE:chengbao_packaged> --version ${PROJECT_VERSION}
            --templates ${CHENGBAO_INSTALLED_TEMPLATE_DIR}
            --extension ${CHENGBAO_PACKAGE_PREFIX}/${extension_dir}
            --man ${man} --localized-man zh-CN ${man_zh_cn} --localized-man zh-TW ${man_zh_tw}
            --completion-template ${PROJECT_SOURCE_DIR}/packaging/chengbao.bash-completion.in
            --completion ${completion}
    DEPENDS chengbao_packaged ${PROJECT_SOURCE_DIR}/scripts/cli_docs.py
            ${PROJECT_SOURCE_DIR}/packaging/chengbao.bash-completion.in
    COMMENT "Making the man page and the bash completion from chengbao --help"
    VERBATIM)
  add_custom_target(cli_docs ALL DEPENDS ${man} ${man_zh_cn} ${man_zh_tw} ${completion})

  install(TARGETS chengbao_packaged RUNTIME DESTINATION bin)
  install(DIRECTORY ${CHENGBAO_STAGED_TEMPLATE_DIR}/ DESTINATION share/chengbao/templates)
  install(FILES ${man} DESTINATION share/man/man1)
  install(FILES ${man_zh_cn} DESTINATION share/man/zh_CN/man1)
  install(FILES ${man_zh_tw} DESTINATION share/man/zh_TW/man1)
  install(FILES ${completion} DESTINATION share/bash-completion/completions RENAME chengbao)
  # The .oxt's staged contents; the component from its target, so that CPack strips it and it
  # gets a library's mode (0644).
  install(DIRECTORY ${OXT_STAGE}/ DESTINATION ${extension_dir} PATTERN "*.so" EXCLUDE)
  install(TARGETS chengbao_uno LIBRARY DESTINATION ${extension_dir}
          PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGE_NAME chengbao)
  set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
  set(CPACK_PACKAGE_VENDOR "The Chengbao developers")
  set(CPACK_PACKAGE_CONTACT "The Chengbao developers <chengbao@example.org>")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
      "work reports in the house format: LibreOffice Writer extension and command line")
  string(CONCAT CPACK_PACKAGE_DESCRIPTION
      "Chengbao inserts the skeleton of a work report (报告) with real heading styles and Chinese "
      "outline numbering into LibreOffice Writer, fills in the organisation's names from a shared "
      "profile and checks reports against the house format and GB/T 9704. The extension is "
      "installed for every user of the machine; the chengbao command checks, fixes and makes "
      ".docx, .odt and .fodt reports without an office.")
  set(CPACK_PACKAGING_INSTALL_PREFIX ${CHENGBAO_PACKAGE_PREFIX})
  set(CPACK_STRIP_FILES TRUE)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION editors)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/chengbao")
  # The libraries both ELF files link come from dpkg-shlibdeps (package dpkg-dev). OpenCC is
  # opened at run time (src/core/script_convert.cpp), so it is named here. Debian's LibreOffice
  # has the epoch 4: ">= 1:7.4" would accept any of its versions.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libreoffice-writer (>= 4:7.4), libreoffice-core (>= 4:7.4), libopencc1.1")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
  include(CPack)
endfunction()

if(CHENGBAO_PACKAGE)
  cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _chengbao_package_rules)
endif()
