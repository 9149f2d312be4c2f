# Installation layout of cxcron, used by `cmake --install` and so by the Debian packages
# (debian/rules: dh_auto_install) and the portable archive (scripts/build-portable.sh).
# Binaries install themselves (src/cli, src/gui); translations are compiled into them.
# This file adds the man page, the systemd timer and units, /etc/default/cxcron, the bash
# completion and the documentation.
#
#   cmake --install build --prefix /usr            # or DESTDIR=/tmp/stage cmake --install build

# The distribution's unit folder when installing to /usr (Debian 12: /lib/systemd/system),
# else under the prefix.
set(cxcron_unit_dir "${CMAKE_INSTALL_PREFIX}/lib/systemd/system")
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND AND CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    pkg_get_variable(cxcron_pc_unit_dir systemd systemdsystemunitdir)
    if(cxcron_pc_unit_dir)
        set(cxcron_unit_dir "${cxcron_pc_unit_dir}")
    endif()
endif()
set(CXCRON_SYSTEMD_UNIT_DIR "${cxcron_unit_dir}" CACHE PATH "Where the systemd units are installed")

install(FILES ${PROJECT_SOURCE_DIR}/docs/cxcron.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES
    ${PROJECT_SOURCE_DIR}/resources/systemd/cxcron.timer
    ${PROJECT_SOURCE_DIR}/resources/systemd/cxcron-tick.service
    ${PROJECT_SOURCE_DIR}/resources/systemd/cxcron-run@.service
    DESTINATION ${CXCRON_SYSTEMD_UNIT_DIR})
# /etc/default/cxcron: an absolute path so it lands in /etc whatever the prefix (DESTDIR applies).
# Mode 0600: the administrator puts the database password in it.
install(FILES ${PROJECT_SOURCE_DIR}/resources/systemd/default DESTINATION /etc/default RENAME cxcron
    PERMISSIONS OWNER_READ OWNER_WRITE)
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/cxcron
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
# README and every docs/*.md (MULTI-HOST, SECURITY, PERFORMANCE, TASKS, INSTALL-CRON, …).
file(GLOB cxcron_docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${cxcron_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR})
