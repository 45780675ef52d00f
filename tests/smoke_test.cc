#include <gtest/gtest.h>
#include "thainews/thainews.h"
TEST(Smoke, Builds) { EXPECT_STREQ(thainews::Version(), "0.1.0"); }
