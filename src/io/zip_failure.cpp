// Why libzip failed to write a package, in words each language of the edge can say.
#include "zip_failure.hpp"

#include <cstring>

#include <zip.h>

namespace chengbao {

std::string zip_failure_reason(zip_error_t* error) {
  // libzip's text for these is "Failure to create temporary file: No such file or directory":
  // the second half is what a person can act on.
  if (zip_error_system_type(error) == ZIP_ET_SYS && zip_error_code_system(error) != 0)
    return std::strerror(zip_error_code_system(error));
  return zip_error_strerror(error);
}

}  // namespace chengbao
