# Pure layout: lines in reading order, page furniture, page roles.
add_library(finsam_layout
  ${CMAKE_CURRENT_LIST_DIR}/line_builder.cc
  ${CMAKE_CURRENT_LIST_DIR}/layout_rows.cc
  ${CMAKE_CURRENT_LIST_DIR}/rulings.cc
  ${CMAKE_CURRENT_LIST_DIR}/table_builder.cc
  ${CMAKE_CURRENT_LIST_DIR}/furniture.cc
  ${CMAKE_CURRENT_LIST_DIR}/page_role.cc
  ${CMAKE_CURRENT_LIST_DIR}/folded_text.cc)
# Tables join a wrapped cell's lines as Swedish hyphenation says and read
# where a line stops mid-sentence (normalize/hyphenation.h, line_shape.h).
target_link_libraries(finsam_layout PUBLIC finsam_base finsam_normalize
                      PkgConfig::RE2)
