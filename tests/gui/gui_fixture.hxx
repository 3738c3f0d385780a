// Fixture for real-window tests: a visible zh-CN office per process, a new document per test.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "gui_session.hxx"
#include "ustring.hxx"

namespace chengbao::gui {

class GuiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (session_) return;
    // A failure here must fail every test, not skip them: keep the reason for SetUp.
    try {
      session_ = std::make_unique<GuiSession>(CHENGBAO_OXT, "zh-CN");
    } catch (const css::uno::Exception& e) {
      session_.reset();
      setupError_ = ext::toUtf8(e.Message);
    } catch (const std::exception& e) {
      session_.reset();
      setupError_ = e.what();
    }
  }
  // Ends the office and its display while the UNO runtime is still up.
  static void TearDownTestSuite() { session_.reset(); }

  void SetUp() override {
    ASSERT_TRUE(session_) << "no office on a virtual display: " << setupError_;
    session_->office().resetSettings();
    doc_ = session_->newWriterDocument(&window_);
    ASSERT_TRUE(doc_.is());
    session_->focus(window_);
  }
  void TearDown() override {
    if (doc_.is()) chengbao::office::closeDocument(doc_);
  }

  /// Where a screenshot named `name` goes: CHENGBAO_SCREENSHOT_DIR (build/screenshots; the
  /// screenshots target copies them to docs/).
  static std::string screenshotPath(const std::string& name) {
    return (std::filesystem::path(CHENGBAO_SCREENSHOT_DIR) / name).string();
  }

  GuiSession& session() { return *session_; }

  static inline std::unique_ptr<GuiSession> session_;
  static inline std::string setupError_;
  Doc doc_;
  std::string window_;  ///< the X window of doc_
};

}  // namespace chengbao::gui
