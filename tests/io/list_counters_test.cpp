// Tests of ListCounters: LibreOffice's way of advancing, resetting and restarting list levels.
#include "list_counters.hpp"

#include <gtest/gtest.h>

namespace chengbao {
namespace {

ListCounters::Starts starts(long long first = 1) {
  ListCounters::Starts values{};
  values.fill(1);
  values[0] = first;
  return values;
}

TEST(ListCounters, AdvancingResetsDeeperLevels) {
  ListCounters counters;
  EXPECT_EQ(counters.number(0, starts()), 1);
  EXPECT_EQ(counters.number(1, starts()), 1);
  EXPECT_EQ(counters.number(1, starts()), 2);
  EXPECT_EQ(counters.number(0, starts()), 2);
  EXPECT_EQ(counters.number(1, starts()), 1);
}

TEST(ListCounters, SkippedParentsCountAsPhantoms) {
  // A level-3 item first: levels 1 and 2 are shown at their start and count as used.
  ListCounters counters;
  EXPECT_EQ(counters.number(2, starts(3)), 1);
  EXPECT_EQ(counters.shown(0, starts(3)), 3);
  EXPECT_EQ(counters.shown(1, starts(3)), 1);
  EXPECT_EQ(counters.number(0, starts(3)), 4);
}

TEST(ListCounters, RestartSetsTheValueAndLaterItemsContinue) {
  ListCounters counters;
  counters.number(0, starts());
  EXPECT_EQ(counters.number(0, starts(), 7), 7);
  EXPECT_EQ(counters.number(0, starts()), 8);
}

TEST(ListCounters, UnusedLevelShowsItsStart) {
  ListCounters counters;
  EXPECT_EQ(counters.shown(4, starts()), 1);
  counters.number(0, starts());
  EXPECT_EQ(counters.shown(1, starts()), 1);
}

}  // namespace
}  // namespace chengbao
