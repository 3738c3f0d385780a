# Copies the GUI tests' screenshots (FROM) into the folder the README shows (TO).
file(GLOB shots "${FROM}/*.png")
if(NOT shots)
  message(FATAL_ERROR "no screenshots in ${FROM}: did the GUI tests run?")
endif()
file(COPY ${shots} DESTINATION "${TO}")
list(LENGTH shots count)
message(STATUS "copied ${count} screenshots to ${TO}")
