// Tests of load_error.hpp: how a failure is shown to a person.
#include "load_error.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

TEST(LoadErrorTest, NamesFileLineAndMessage) {
  const LoadError error{"example.xml", 12, "<section id=\"x\"> has level 3"};
  EXPECT_EQ(error.to_string(), "example.xml:12: <section id=\"x\"> has level 3");
}

TEST(LoadErrorTest, OmitsTheLineWhenItIsUnknown) {
  const LoadError error{"missing.xml", 0, "cannot open: No such file or directory"};
  EXPECT_EQ(error.to_string(), "missing.xml: cannot open: No such file or directory");
}

}  // namespace
}  // namespace chengbao
