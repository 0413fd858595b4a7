#include "app/output_plan.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>

#include "exporters/exporter.h"
#include "exporters/output.h"
#include "graph/metrics.h"

namespace nexus {

bool IsFolder(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Status PlanOutputs(const std::vector<std::string>& formats, const std::string& output,
                   std::vector<std::string>* paths) {
  std::string out = output;
  // A folder format alone: --output names its folder.
  const bool folder_format = formats.size() == 1 && FindExporter(formats[0])->WritesFolder();
  bool folder = formats.size() > 1 || (!folder_format && !out.empty() && out != "-" && IsFolder(out));
  if (out.empty()) out = formats.size() > 1 ? "out" : "-";
  if (!folder) {
    paths->push_back(out);
    if (out == "-") return Status::Ok();
    std::size_t slash = out.rfind('/');
    return CheckWritableFolder(slash == std::string::npos ? "." : out.substr(0, slash ? slash : 1));
  }
  if (out == "-") return Status::Error("--output -: several formats need a folder");
  if (!IsFolder(out) && ::mkdir(out.c_str(), 0755) != 0)
    return Status::Error(out + ": cannot create folder");
  for (const std::string& f : formats)
    paths->push_back(out + "/graph." + FindExporter(f)->FileExtension());
  return CheckWritableFolder(out);
}

bool KnownFormats(const char* command, const std::vector<std::string>& formats) {
  for (const std::string& f : formats) {
    if (!FindExporter(f)) {
      std::cerr << "nexus " << command << ": unknown format '" << f << "' (see 'nexus list')\n";
      return false;
    }
  }
  return true;
}

Status PrepareOutputs(const std::vector<std::string>& paths, bool wait) {
  if (paths.empty() || paths[0] == "-") return Status::Ok();
  if (paths.size() > 1) {  // one folder for several formats
    const std::string out = FolderOf(paths[0]);
    RemoveStaleTemporaries(FolderOf(out));
    RemoveStaleTemporaries(out);
    return LockOutput(out + "/.nexus-lock", out, wait);
  }
  const std::string dir = FolderOf(paths[0]);
  RemoveStaleTemporaries(dir);
  const std::string name = paths[0].substr(paths[0].rfind('/') == std::string::npos ? 0 : paths[0].rfind('/') + 1);
  return LockOutput(dir + "/." + name + ".nexus-lock", paths[0], wait);
}

namespace {

// Whether the folder holds only what nexus writes there (graph.<ext> of a
// format, yed.graphml), so that it may be replaced as a whole.
bool OnlyOutputs(const std::string& dir) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    bool ours = name == ".nexus-lock";
    for (const auto& e : Exporters()) ours = ours || name == std::string("graph.") + e->FileExtension();
    if (!ours) return false;
  }
  return !error;
}

// Hard links in `to` to the entries of `from` that `to` lacks (a folder
// format's folder: a new folder of links to its files).
bool KeepOtherOutputs(const std::string& from, const std::string& to) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(from, error)) {
    const std::filesystem::path target = std::filesystem::path(to) / entry.path().filename();
    if (std::filesystem::exists(target) || entry.path().filename() == ".nexus-lock") continue;
    if (entry.is_directory()) {
      if (::mkdir(target.c_str(), 0755) != 0) return false;
      for (const auto& file : std::filesystem::directory_iterator(entry.path(), error))
        if (::link(file.path().c_str(), (target / file.path().filename()).c_str()) != 0) return false;
    } else if (::link(entry.path().c_str(), target.c_str()) != 0) {
      return false;
    }
  }
  return !error;
}

}  // namespace

bool WriteOutputs(const std::vector<std::string>& formats, const std::vector<std::string>& paths,
                  const KnowledgeGraph& graph, const ExportOptions& given) {
  // --metrics: computed once, for every format.
  ExportOptions options = given;
  std::unique_ptr<GraphMetrics> metrics;
  if (options.want_metrics && !options.metrics) {
    metrics = std::make_unique<GraphMetrics>(graph);
    options.metrics = metrics.get();
  }
  if (paths.size() == 1) {  // one file (or folder format) or standard output: atomic by itself
    Status w = WriteExport(*FindExporter(formats[0]), graph, options, paths[0]);
    if (!w.ok()) std::cerr << "nexus: " << w.message() << "\n";
    return w.ok();
  }
  // Several formats: every file is made in a temporary folder beside the
  // output folder, which then takes its place in one step (renameat2's
  // exchange), so that the outputs are all old or all new whatever happens.
  const std::string out = FolderOf(paths[0]);
  // The temporary folder goes beside the output folder, to be swapped in;
  // inside it when that cannot be (a mount point, a parent not writable):
  // then each output replaces its earlier file one by one.
  struct stat here, above;
  const bool beside = ::stat(out.c_str(), &here) == 0 && ::stat(FolderOf(out).c_str(), &above) == 0 &&
                      here.st_dev == above.st_dev && ::access(FolderOf(out).c_str(), W_OK) == 0;
  std::string tmp;
  int slot = -1;
  if (Status s = MakeTemporaryFolder(beside ? FolderOf(out) : out, &tmp, &slot); !s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return false;
  }
  bool ok = true;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string name = paths[i].substr(out.size() + 1);
    Status w = WriteExport(*FindExporter(formats[i]), graph, options, tmp + "/" + name);
    if (!w.ok()) {
      std::cerr << "nexus: " << paths[i] << ": " << w.message().substr(w.message().find(": ") + 2) << "\n";
      ok = false;
    }
  }
  std::error_code ignored;
  if (ok) {
    if (::chmod(tmp.c_str(), 0755) != 0) ok = false;
    const bool exists = IsFolder(out);
    if (ok && beside && exists && OnlyOutputs(out)) {
      // The earlier outputs of other formats stay: hard links to them go
      // into the new folder (the old folder is left whole until the exchange).
      ok = KeepOtherOutputs(out, tmp);
      if (ok) ok = ::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0;
    } else if (ok && (exists || !beside)) {
      // A folder that holds files of the user's: each output replaces its
      // earlier one (each file whole, the set not in one step).
      for (std::size_t i = 0; i < paths.size() && ok; ++i) {
        const std::string from = tmp + "/" + paths[i].substr(out.size() + 1);
        if (IsFolder(from) && IsFolder(paths[i]))
          ok = ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, paths[i].c_str(), RENAME_EXCHANGE) == 0;
        else
          ok = std::rename(from.c_str(), paths[i].c_str()) == 0;
      }
    } else if (ok) {
      ok = std::rename(tmp.c_str(), out.c_str()) == 0;
    }
    if (!ok) std::cerr << "nexus: " << out << ": " << std::strerror(errno) << "\n";
  }
  // What is left at `tmp`: the new files after a failure, the old ones after the exchange.
  std::filesystem::remove_all(tmp, ignored);
  ReleaseTemporary(slot);
  return ok;
}

}  // namespace nexus
