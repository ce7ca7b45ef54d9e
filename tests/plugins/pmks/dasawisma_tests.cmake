# Part E: Dasawisma groups and reports (DasawismaService) against a real simpul-data.
simpul_add_test(NAME test_pmks_dasawisma
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/dasawisma_test.cpp
  LIBS simpul_pmks_test_fixture)
