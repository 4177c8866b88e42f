# Desktop integration, installers and their validation tests. Included by the top-level CMakeLists.txt
# after every target exists, because the bundle and subsystem properties below are set on `podium`.
include(GNUInstallDirs)

set(PODIUM_APP_ID org.podium.Podium)
set(podium_packaging_dir ${CMAKE_CURRENT_LIST_DIR})

if(TARGET podium)
    # Without the UI, `podium` is a command-line tool: it gets no launcher, no icon, no bundle and keeps its
    # console on Windows. The publisher unit only needs the command line, so it is installed either way.
    if(NOT DEFINED PODIUM_BUILD_UI OR PODIUM_BUILD_UI)
        set(podium_has_ui TRUE)
    else()
        set(podium_has_ui FALSE)
    endif()

    if(UNIX AND NOT APPLE)
        if(podium_has_ui)
            install(FILES ${podium_packaging_dir}/${PODIUM_APP_ID}.desktop
                DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
            install(FILES ${podium_packaging_dir}/${PODIUM_APP_ID}.metainfo.xml
                DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
            # Renamed on install: the desktop file and the metainfo find the icon by the application id.
            install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/podium.svg
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
                RENAME ${PODIUM_APP_ID}.svg)
        endif()
        # Relative on purpose: it becomes /usr/lib/systemd/user in the .deb, and /usr/local/lib/systemd/user
        # for a plain `cmake --install`; both are on systemd's user unit search path. The unit hardcodes
        # /usr/bin/podium, which is right for the package only.
        install(FILES ${podium_packaging_dir}/podium-publisher.service
            DESTINATION lib/systemd/user)
    endif()

    if(APPLE AND podium_has_ui)
        # MACOSX_BUNDLE must already be set when install(TARGETS podium ...) runs, or the rule installs the
        # bundle under bin/; app/CMakeLists.txt should pass MACOSX_BUNDLE to qt_add_executable as well.
        set_target_properties(podium PROPERTIES
            MACOSX_BUNDLE TRUE
            MACOSX_BUNDLE_GUI_IDENTIFIER ${PODIUM_APP_ID}
            MACOSX_BUNDLE_BUNDLE_NAME Podium
            MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
            MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
            MACOSX_BUNDLE_COPYRIGHT "The Podium team")
    endif()
    if(WIN32 AND podium_has_ui)
        # No console window behind the GUI. The price: typed into cmd.exe, commands return at once and
        # print nothing unless main() calls AttachConsole(ATTACH_PARENT_PROCESS); pipes and QProcess work.
        set_target_properties(podium PROPERTIES WIN32_EXECUTABLE TRUE)
    endif()

    # Linux packages take Qt from the distribution; Windows and macOS installers must carry it.
    if((WIN32 OR APPLE) AND podium_has_ui AND COMMAND qt_generate_deploy_app_script)
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            qt_generate_deploy_app_script(TARGET podium
                OUTPUT_SCRIPT podium_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        else()
            qt_generate_deploy_app_script(TARGET podium
                FILENAME_VARIABLE podium_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
        endif()
        install(SCRIPT ${podium_deploy_script})
    endif()
endif()

# --- Installers (cpack) ---------------------------------------------------------------------------

set(CPACK_PACKAGE_NAME podium)
set(CPACK_PACKAGE_VENDOR "The Podium team")
set(CPACK_PACKAGE_CONTACT "The Podium team <team@podium.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Get executives posting on the company social network")
# Wrapped by hand: the .deb control file keeps the lines as given, and Debian wants them under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION [[
Podium helps company executives, their admins (delegates) and their
trainers plan, draft, approve and publish posts on the company's social
network. A headless publisher, run as a systemd user service, publishes
scheduled posts while the desktop application is closed.]])
set(CPACK_PACKAGE_HOMEPAGE_URL "https://podium.example.org")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Podium)
# Start menu / launcher entry for installers that create one (NSIS, WiX).
set(CPACK_PACKAGE_EXECUTABLES podium Podium)
set(CPACK_STRIP_FILES ON)
# Values reach CPack exactly as written here, so backslashes and $ need no second level of escaping.
set(CPACK_VERBATIM_VARIABLES ON)
# Otherwise CPack shows its own generic placeholder licence; WiX accepts only .txt and .rtf.
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
endif()

# The patterns are matched against absolute paths, so they are anchored at the source tree: a checkout
# that itself lives under a directory called build (GitLab's /builds/...) must not lose every file.
set(CPACK_SOURCE_GENERATOR TGZ)
string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" podium_source_regex "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${podium_source_regex}/\\.git(/|$)"
    "^${podium_source_regex}/build[^/]*/"
    "^${podium_source_regex}/\\.cache/"
    "\\.user$")

# Debian / Ubuntu
if(UNIX AND NOT APPLE)
    # Debian policy requires a copyright file in every binary package, named after the package, not the
    # project (GNUInstallDirs' DOCDIR would say "Podium").
    install(FILES ${podium_packaging_dir}/debian-copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/podium
        RENAME copyright)
endif()
set(CPACK_DEBIAN_PACKAGE_NAME podium)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Podium team <team@podium.example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://podium.example.org")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps sees only what the binary links; Qt plugins, SQL drivers and the keyring are loaded at
# run time, so they are named by hand.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# macOS
set(CPACK_DMG_VOLUME_NAME Podium)

# Windows
set(CPACK_NSIS_PACKAGE_NAME Podium)
set(CPACK_NSIS_DISPLAY_NAME Podium)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\podium.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "https://podium.example.org")
set(CPACK_NSIS_HELP_LINK "https://podium.example.org")
set(CPACK_NSIS_CONTACT "team@podium.example.org")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put podium.exe on PATH: the command line is half of the product.
set(CPACK_NSIS_MODIFY_PATH ON)
# Never change this GUID: Windows Installer recognises upgrades of the same product by it.
set(CPACK_WIX_UPGRADE_GUID "5FCC0E7B-611E-40FA-9C08-857862B5EA00")
set(CPACK_WIX_PROGRAM_MENU_FOLDER Podium)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://podium.example.org")

# Only a default: `cpack -G <generator>` or -DCPACK_GENERATOR=... still choose another.
if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR NSIS)
    elseif(APPLE)
        set(CPACK_GENERATOR DragNDrop)
    elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        set(CPACK_GENERATOR DEB)
    else()
        set(CPACK_GENERATOR TGZ)
    endif()
endif()

# --- Validation tests -------------------------------------------------------------------------------

if(BUILD_TESTING)
    # validate.cmake finds the tool when the test runs and fails, with the package to install, if it is
    # missing: a skipped validation would look exactly like a passing one.
    add_test(NAME packaging.desktop_file_validates
        COMMAND ${CMAKE_COMMAND}
            -DPODIUM_VALIDATE=desktop
            -DPODIUM_VALIDATE_FILE=${podium_packaging_dir}/${PODIUM_APP_ID}.desktop
            -P ${podium_packaging_dir}/validate.cmake)
    add_test(NAME packaging.metainfo_validates
        COMMAND ${CMAKE_COMMAND}
            -DPODIUM_VALIDATE=metainfo
            -DPODIUM_VALIDATE_FILE=${podium_packaging_dir}/${PODIUM_APP_ID}.metainfo.xml
            -P ${podium_packaging_dir}/validate.cmake)
    set_tests_properties(packaging.desktop_file_validates packaging.metainfo_validates
        PROPERTIES LABELS packaging)
endif()

include(CPack)
