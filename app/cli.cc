#include "app/cli.h"

#include <algorithm>
#include <iostream>

namespace nexus {

CommandLine::CommandLine(std::string command, std::string help)
    : command_(std::move(command)), help_(std::move(help)), app_("nexus " + command_) {
  app_.set_help_flag();  // the command's own help text, not CLI11's
  app_.add_flag("-h,--help", help_asked_);
  app_.allow_extras(false);
}

CLI::Option* CommandLine::Repeated(const std::string& names, std::vector<std::string>* into, bool comma_list) {
  CLI::Option* o = app_.add_option(names, *into)->allow_extra_args(false)->type_name("VALUE");
  if (comma_list) o->delimiter(',');
  return o;
}

CLI::Option* CommandLine::Value(const std::string& names, std::string* into) {
  return app_.add_option(names, *into)->type_name("VALUE");
}

CLI::Option* CommandLine::Flag(const std::string& names, bool* into) { return app_.add_flag(names, *into); }

CLI::Option* CommandLine::Positional(const std::string& name, std::vector<std::string>* into) {
  return app_.add_option(name, *into)->type_name("VALUE");
}

int CommandLine::Parse(const std::vector<std::string>& args) {
  // CLI11 takes the arguments last first.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app_.parse(reversed);
  } catch (const CLI::ParseError& e) {
    // "--help" with an error elsewhere is still a question.
    if (std::find(args.begin(), args.end(), "--help") != args.end() ||
        std::find(args.begin(), args.end(), "-h") != args.end()) {
      std::cout << help_;
      return -1;
    }
    return Usage(e.what());
  }
  if (help_asked_) {
    std::cout << help_;
    return -1;
  }
  return 0;
}

int CommandLine::Usage(const std::string& message) const {
  std::cerr << "nexus " << command_ << ": " << message << "\n" << help_;
  return 2;
}

}  // namespace nexus
