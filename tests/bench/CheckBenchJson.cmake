# Runs fieldcase-bench on a small team and checks that it succeeds and prints JSON with every figure.
# Usage: cmake -DBENCH=<path to fieldcase-bench> -P CheckBenchJson.cmake
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${BENCH}" --cases 200 --json
                RESULT_VARIABLE exit_code
                OUTPUT_VARIABLE output
                ERROR_VARIABLE errors)
if(NOT exit_code EQUAL 0)
  message(FATAL_ERROR "fieldcase-bench exited with ${exit_code}:\n${errors}")
endif()

string(JSON figure_count ERROR_VARIABLE json_error LENGTH "${output}" figures)
if(json_error)
  message(FATAL_ERROR "fieldcase-bench did not print a JSON document with figures: ${json_error}\n${output}")
endif()
set(names "")
math(EXPR last "${figure_count} - 1")
foreach(index RANGE ${last})
  string(JSON name GET "${output}" figures ${index} name)
  string(JSON measured TYPE "${output}" figures ${index} measured)
  if(NOT measured STREQUAL "NUMBER")
    message(FATAL_ERROR "figure ${name} has no measured number")
  endif()
  # The sync, backup and restore figures each have a same-run baseline.
  if(name MATCHES "^(sync_export|sync_import|sync_join|folder_scan|folder_rescan|backup|restore)$")
    string(JSON baseline TYPE "${output}" figures ${index} baseline)
    if(NOT baseline STREQUAL "NUMBER")
      message(FATAL_ERROR "figure ${name} has no baseline number")
    endif()
  endif()
  list(APPEND names "${name}")
endforeach()

foreach(expected bulk_create encryption_time encryption_size vault_size vault_open kdf_moderate case_list_first_page
                 case_list_filter_change search_p50 search_p95 search_p95_ratio search_max sync_export sync_import
                 sync_join sync_join_rss folder_scan folder_rescan duress_unlock dashboard backup restore restore_rss)
  if(NOT expected IN_LIST names)
    message(FATAL_ERROR "figure ${expected} is missing from the JSON (found: ${names})")
  endif()
endforeach()
# As many changesets as cases, every one of them applied by the import.
string(JSON changesets GET "${output}" details sync changesets)
string(JSON applied GET "${output}" details sync applied)
if(NOT changesets EQUAL 200 OR NOT applied EQUAL 200)
  message(FATAL_ERROR "the sync figures moved ${changesets} changesets and applied ${applied}, not 200")
endif()
# The new laptop took at least one changeset and ends holding every case (the benchmark fails otherwise).
string(JSON joined GET "${output}" details join applied)
if(joined LESS 1)
  message(FATAL_ERROR "the new laptop of the join applied ${joined} changesets")
endif()
string(JSON total GET "${output}" records total)
message(STATUS "fieldcase-bench: ${figure_count} figures over ${total} records")
