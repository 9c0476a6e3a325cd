# Fails when a layer reaches past the front door of the one below it (docs/architecture.md):
# - core/ includes nothing from ui/ or app/;
# - ui/ includes nothing from app/, ui/render nothing from the screens around it, and
#   amparo-cli (app/cli) nothing of ui/ but ui/render: it links the core and the rendering
#   library, never the window library;
# - ui/ and app/ never include what is private to the core: storage (but the Database handle
#   they open and pass on), repositories and queries wherever they are, the population
#   generator, the matching engine, the audit writer, and the core's engines that check no
#   permission (they run inside a service that has); nor SQL or SQLite headers.
# Run with -DSOURCE_DIR=<repository root>.
cmake_minimum_required(VERSION 3.25)
set(private_patterns
    "core/storage/"
    "core/generator/"
    "core/matching/"
    "Repository\\.h"
    "Query\\.h"
    "core/audit/AuditLog\\.h"
    "core/audit/CaseChanges\\.h"
    "core/audit/AuditVerifier\\.h"
    "core/statistics/CellSuppressor\\.h"
    "core/statistics/AggregateCsvWriter\\.h"
    "core/statistics/AggregateXlsxWriter\\.h"
    "core/import/ImportPlanner\\.h"
    "core/import/DuplicateFinder\\.h"
    "core/services/CaseWriter\\.h"
    "core/services/MatchProposer\\.h"
)
set(allowed "core/storage/Database.h")
# The list of statistics formats hands out the core's own writers beside the PDF one.
set(formats_file "ui/render/StatisticsFormats.cpp")
set(core_writers "core/statistics/AggregateCsvWriter.h;core/statistics/AggregateXlsxWriter.h")

set(offenders "")
function(check_folder folder forbidden_regex)
    file(GLOB_RECURSE sources ${SOURCE_DIR}/${folder}/*.h ${SOURCE_DIR}/${folder}/*.cpp)
    foreach(f ${sources})
        file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line ${lines})
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" target
                   "${line}")
            file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
            if(target IN_LIST allowed OR (rel STREQUAL formats_file AND target IN_LIST core_writers))
                continue()
            endif()
            if(target MATCHES "${forbidden_regex}" OR
               (rel MATCHES "^(app/cli|ui/render)/" AND target MATCHES "^ui/" AND
                NOT target MATCHES "^ui/render/"))
                set(offenders "${offenders}\n  ${rel}: ${target}" PARENT_SCOPE)
                set(offenders "${offenders}\n  ${rel}: ${target}")
            endif()
        endforeach()
    endforeach()
endfunction()

list(JOIN private_patterns "|" private_regex)
check_folder(core "^(ui|app)/")
check_folder(ui "^app/|${private_regex}|^QSql|^QtSql|^sqlite3\\.h$")
check_folder(app "${private_regex}|^QSql|^QtSql|^sqlite3\\.h$")

if(offenders)
    message(FATAL_ERROR "Includes that cross a layer's front door (see docs/architecture.md):"
                        "${offenders}")
endif()
