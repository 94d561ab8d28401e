# Pure layout: lines in reading order, page furniture, page roles.
add_library(finsam_layout
  ${CMAKE_CURRENT_LIST_DIR}/line_builder.cc
  ${CMAKE_CURRENT_LIST_DIR}/furniture.cc
  ${CMAKE_CURRENT_LIST_DIR}/page_role.cc
  ${CMAKE_CURRENT_LIST_DIR}/folded_text.cc)
target_link_libraries(finsam_layout PUBLIC finsam_base PkgConfig::RE2)
