# Part K: the photos of a record (Record.attachments checked against core's attachments)
# against a real simpul-data.
simpul_add_test(NAME test_pmks_photos
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/photos_test.cpp
  LIBS simpul_pmks_test_fixture)
