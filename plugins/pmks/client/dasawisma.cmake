# The Dasawisma pages (groups, monthly reports, accepting candidates): QML files and their
# view models, appended to the lists of sources.cmake.
list(APPEND PMKS_QML_FILES
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaPage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaGroupForm.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaReportsPage.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaReportForm.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaCandidateEditor.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaReportView.qml
  ${CMAKE_CURRENT_LIST_DIR}/../qml/DasawismaMonthPicker.qml)
list(APPEND PMKS_QML_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_fields.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_group_list_model.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_group_list_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_report_list_model.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_report_list_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_actions.h
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_actions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dasawisma_report_actions.cpp)
