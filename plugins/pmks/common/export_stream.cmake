#Writing ExportRecords streams and recaps to CSV, XLSX and PDF(see export_stream.h), shared
#by simpulctl pmks export and the desktop's ExportJob.
target_sources(simpul_pmks_common PRIVATE ${CMAKE_CURRENT_LIST_DIR} /
               export_stream.h ${CMAKE_CURRENT_LIST_DIR} /
               export_stream.cpp ${CMAKE_CURRENT_LIST_DIR} / recap_pdf.h ${CMAKE_CURRENT_LIST_DIR} /
               recap_pdf.cpp)
