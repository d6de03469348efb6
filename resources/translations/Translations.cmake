# Translations of the window and of the core's messages, compiled into kaw_gui as :/i18n/konnect-audit-webhook_<lang>.qm
# (TranslationLoader picks one for the system locale).
#
# The .ts files are sources kept in git; the build only compiles them (lrelease) and never rewrites them. To pick up
# new or changed strings, run scripts/update-translations.sh (or build the update_translations target, which runs the
# same), then translate the new entries. tst_translations fails while a string in the code is missing from them.
#
# _de.ts holds every string; _en.ts only the plural forms (%n), since English is the source language.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(KAW_TRANSLATIONS_DIR ${CMAKE_SOURCE_DIR}/resources/translations)
set(KAW_TS_FILES
    ${KAW_TRANSLATIONS_DIR}/konnect-audit-webhook_de.ts
    ${KAW_TRANSLATIONS_DIR}/konnect-audit-webhook_en.ts)
file(GLOB KAW_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*/*.cpp ${CMAKE_SOURCE_DIR}/app/*/*.h ${CMAKE_SOURCE_DIR}/ui/*.ui)

qt_add_translations(kaw_gui
    TS_FILES ${KAW_TS_FILES}
    RESOURCE_PREFIX /i18n
    SOURCES ${KAW_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES
        ${CMAKE_SOURCE_DIR}/app/core ${CMAKE_SOURCE_DIR}/app/emulator ${CMAKE_SOURCE_DIR}/app/cli
        ${CMAKE_SOURCE_DIR}/app/gui
    LUPDATE_OPTIONS -no-obsolete -locations none -source-language en
    LRELEASE_OPTIONS -silent
    OUTPUT_TARGETS kaw_translation_targets)
# The object library that carries the .qm files has nothing for moc, uic or rcc to scan.
set_target_properties(${kaw_translation_targets} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)

# qt_add_translations (Qt 6.4) runs one lupdate with the same options for every .ts file, which would fill _en.ts with
# every string; the script then strips it back to the plural forms, so the target and the script agree.
add_custom_command(TARGET kaw_gui_lupdate POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E env LUPDATE=$<TARGET_FILE:Qt6::lupdate>
            ${CMAKE_SOURCE_DIR}/scripts/update-translations.sh
    VERBATIM)
