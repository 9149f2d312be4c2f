# Installation layout and CPack (.deb) for cxcron (issue 5).
# Binaries: src/cli (cxcron) and src/gui (cxcron-gui, its .desktop file and icon) install
# themselves; translations are compiled into the binaries (Qt resources). This file adds the
# man page, the systemd service/timer pair, /etc/default/cxcron, the documentation, and the
# Debian package settings.
#
#   cmake --install build --prefix /usr            # or DESTDIR=/tmp/stage cmake --install build
#   cpack --config build/CPackConfig.cmake -G DEB  # cxcron_<version>_<arch>.deb

set(CXCRON_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING
    "Where the systemd units go, relative to the prefix (Debian: lib/systemd/system)")

install(FILES ${PROJECT_SOURCE_DIR}/docs/cxcron.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/resources/systemd/cxcron.service ${PROJECT_SOURCE_DIR}/resources/systemd/cxcron.timer
    DESTINATION ${CXCRON_SYSTEMD_UNIT_DIR} COMPONENT runtime)
# /etc/default/cxcron: an absolute path so it lands in /etc whatever the prefix (DESTDIR applies).
install(FILES ${PROJECT_SOURCE_DIR}/resources/systemd/default DESTINATION /etc/default RENAME cxcron
    PERMISSIONS OWNER_READ OWNER_WRITE COMPONENT runtime)
# README and every docs/*.md (MULTI-HOST, SECURITY, PERFORMANCE, TASKS, INSTALL-CRON, …).
file(GLOB cxcron_docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${cxcron_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)

# ---- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "cxcron")
set(CPACK_PACKAGE_VENDOR "CLIENTXCMS")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "CLIENTXCMS <contact@clientxcms.com>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
if(NOT EXISTS ${CPACK_RESOURCE_FILE_LICENSE})
    unset(CPACK_RESOURCE_FILE_LICENSE)
endif()
set(CPACK_GENERATOR "DEB" CACHE STRING "CPack generators")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

set(CPACK_DEBIAN_PACKAGE_NAME "cxcron")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "CLIENTXCMS <contact@clientxcms.com>")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Recurring tasks runner and administrator for CLIENTXCMS
 cxcron runs the recurring tasks of a CLIENTXCMS hosting-billing site from cron or a
 systemd timer, exactly once per slot even with several runner hosts, and records every
 execution in cron_logs; cxcron-gui browses that history and runs tasks on demand.")
# Library dependencies computed by dpkg-shlibdeps (package dpkg-dev), plus one Qt SQL driver:
# the plugins are loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite | libqt6sql6-mysql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-mysql, libqt6sql6-sqlite, mariadb-client")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# /etc/default/cxcron is a conffile: dpkg keeps the administrator's changes on upgrade.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles "/etc/default/cxcron\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles)

include(CPack)
