# Fails when a source string is missing from a .ts file, or a translation is unfinished.
# Runs lupdate on copies, so the committed files are never touched by the test.
file(GLOB ts_files ${SOURCE_DIR}/resources/translations/*.ts)
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(ts ${ts_files})
    get_filename_component(name ${ts} NAME)
    configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
    execute_process(
        COMMAND ${LUPDATE} -locations none -no-obsolete
                ${SOURCE_DIR}/app ${SOURCE_DIR}/core ${SOURCE_DIR}/ui -ts ${WORK_DIR}/${name}
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
    if(NOT rc EQUAL 0)
        list(APPEND problems "${name}: lupdate failed: ${err}")
    endif()
    string(REGEX MATCH "\\(([0-9]+) new" new_match "${out}")
    if(NOT CMAKE_MATCH_1 STREQUAL "0")
        list(APPEND problems "${name}: ${CMAKE_MATCH_1} source strings are not in the file (run lupdate, then translate them)")
    endif()
    file(STRINGS ${WORK_DIR}/${name} unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(APPEND problems "${name}: ${count} unfinished translations")
    endif()
endforeach()
if(problems)
    string(REPLACE ";" "\n" text "${problems}")
    message(FATAL_ERROR "${text}")
endif()
