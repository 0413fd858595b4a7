#include "graph/metrics.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <random>
#include <tuple>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/core_numbers.hpp>

namespace nexus {

std::vector<double> Betweenness(const Network& network) {
  const std::size_t n = boost::num_vertices(network);
  std::vector<double> score(n, 0.0);
  boost::brandes_betweenness_centrality(
      network, boost::centrality_map(boost::make_iterator_property_map(score.begin(),
                                                                        boost::get(boost::vertex_index, network))));
  // Boost's counts on an undirected graph are networkx's unnormalised ones.
  const double scale = n > 2 ? 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 0.0;
  for (double& s : score) s *= scale;
  return score;
}

std::vector<double> SampledBetweenness(const Network& network, const std::vector<std::size_t>& sources) {
  const std::size_t n = boost::num_vertices(network);
  std::vector<double> score(n, 0.0), delta(n);
  std::vector<long long> sigma(n);
  std::vector<int> dist(n);
  std::vector<std::vector<std::size_t>> preds(n);
  std::vector<std::size_t> order;
  for (std::size_t s : sources) {
    std::fill(sigma.begin(), sigma.end(), 0);
    std::fill(dist.begin(), dist.end(), -1);
    std::fill(delta.begin(), delta.end(), 0.0);
    for (auto& p : preds) p.clear();
    order.clear();
    sigma[s] = 1;
    dist[s] = 0;
    std::deque<std::size_t> queue{s};
    while (!queue.empty()) {
      const std::size_t v = queue.front();
      queue.pop_front();
      order.push_back(v);
      for (auto [it, end] = boost::adjacent_vertices(v, network); it != end; ++it) {
        const std::size_t w = *it;
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
        if (dist[w] == dist[v] + 1) {
          sigma[w] += sigma[v];
          preds[w].push_back(v);
        }
      }
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const std::size_t w = *it;
      for (std::size_t v : preds[w])
        delta[v] += static_cast<double>(sigma[v]) / static_cast<double>(sigma[w]) * (1.0 + delta[w]);
      if (w != s) score[w] += delta[w];
    }
  }
  // Each pair counted from both ends on an undirected graph: halve; scale
  // an estimate up to all sources.
  const double scale = 0.5 * static_cast<double>(n) / static_cast<double>(std::max<std::size_t>(1, sources.size()));
  for (double& x : score) x *= scale;
  return score;
}

std::vector<double> PageRank(const Network& network) {
  const std::size_t n = boost::num_vertices(network);
  if (n == 0) return {};
  const double alpha = 0.85, share = 1.0 / static_cast<double>(n);
  std::vector<double> rank(n, share), next(n);
  std::vector<std::size_t> degree(n);
  for (std::size_t v = 0; v < n; ++v) degree[v] = boost::degree(v, network);
  for (int round = 0; round < 100; ++round) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (degree[v] == 0) dangling += rank[v];
    std::fill(next.begin(), next.end(), (1 - alpha) * share + alpha * dangling * share);
    for (std::size_t v = 0; v < n; ++v) {
      if (degree[v] == 0) continue;
      const double out = alpha * rank[v] / static_cast<double>(degree[v]);
      for (auto [it, end] = boost::adjacent_vertices(v, network); it != end; ++it) next[*it] += out;
    }
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < static_cast<double>(n) * 1e-6) break;
  }
  return rank;
}

std::vector<int> CoreNumbers(const Network& network) {
  const std::size_t n = boost::num_vertices(network);
  std::vector<int> core(n, 0);
  if (n) boost::core_numbers(network, boost::make_iterator_property_map(core.begin(),
                                                                         boost::get(boost::vertex_index, network)));
  return core;
}

std::vector<int> Communities(const Network& network, const std::vector<double>& weights) {
  const std::size_t n = boost::num_vertices(network);
  // Each vertex's neighbours with the weight of the edge to them.
  std::vector<std::vector<std::pair<std::size_t, double>>> around(n);
  std::size_t e = 0;
  for (auto [it, end] = boost::edges(network); it != end; ++it, ++e) {
    const std::size_t a = boost::source(*it, network), b = boost::target(*it, network);
    const double w = e < weights.size() ? weights[e] : 1.0;
    around[a].emplace_back(b, w);
    around[b].emplace_back(a, w);
  }
  std::vector<std::size_t> label(n);
  for (std::size_t v = 0; v < n; ++v) label[v] = v;
  std::map<std::size_t, double> votes;
  for (int round = 0; round < 100; ++round) {
    bool changed = false;
    for (std::size_t v = 0; v < n; ++v) {
      if (around[v].empty()) continue;
      votes.clear();
      for (const auto& [w, weight] : around[v]) votes[label[w]] += weight;
      std::size_t best = label[v];
      double most = -1;
      for (const auto& [l, total] : votes)  // in label order: ties go to the smallest
        if (total > most + 1e-12) {
          most = total;
          best = l;
        }
      // Keep the own label when it is among the most voted (no flapping).
      if (auto own = votes.find(label[v]); own != votes.end() && own->second >= most - 1e-12) best = label[v];
      if (best != label[v]) {
        label[v] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Number the communities: the largest first, then by smallest vertex.
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> size_first;  // label -> (size, first vertex)
  for (std::size_t v = 0; v < n; ++v) {
    auto [it, fresh] = size_first.try_emplace(label[v], 0, v);
    ++it->second.first;
  }
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> order;  // (-size, first, label)
  for (const auto& [l, sf] : size_first) order.emplace_back(n - sf.first, sf.second, l);
  std::sort(order.begin(), order.end());
  std::map<std::size_t, int> number;
  for (std::size_t i = 0; i < order.size(); ++i) number[std::get<2>(order[i])] = static_cast<int>(i + 1);
  std::vector<int> out(n);
  for (std::size_t v = 0; v < n; ++v) out[v] = number[label[v]];
  return out;
}

GraphMetrics::GraphMetrics(const KnowledgeGraph& graph, std::size_t exact_limit) {
  const std::vector<const Entity*> entities = graph.Entities();
  const std::size_t n = entities.size();
  std::unordered_map<std::string_view, std::size_t> index;
  index.reserve(n);
  for (std::size_t i = 0; i < n; ++i) index.emplace(entities[i]->id, i);
  // Each pair of neighbours once, with the sentences of all its links.
  std::map<std::pair<std::size_t, std::size_t>, double> pairs;
  for (const Link* l : graph.Links()) {
    std::size_t a = index.at(l->source), b = index.at(l->target);
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    pairs[{a, b}] += l->weight();
  }
  Network network(n);
  std::vector<double> weights;
  weights.reserve(pairs.size());
  for (const auto& [pair, weight] : pairs) {
    boost::add_edge(pair.first, pair.second, network);
    weights.push_back(weight);
  }
  std::vector<double> betweenness;
  if (n <= exact_limit) {
    betweenness = Betweenness(network);
  } else {
    std::vector<std::size_t> sources(n);
    for (std::size_t v = 0; v < n; ++v) sources[v] = v;
    std::mt19937_64 pick(20241203);
    std::shuffle(sources.begin(), sources.end(), pick);
    sources.resize(exact_limit);
    std::sort(sources.begin(), sources.end());
    betweenness = SampledBetweenness(network, sources);
    const double norm = 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& s : betweenness) s *= norm;
  }
  const std::vector<double> pagerank = PageRank(network);
  const std::vector<int> core = CoreNumbers(network), cluster = Communities(network, weights);
  by_id_.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    EntityMetrics& m = by_id_[entities[v]->id];
    m.degree = graph.Degree(entities[v]->id);
    m.betweenness = betweenness[v];
    m.pagerank = pagerank[v];
    m.core = core[v];
    m.cluster = cluster[v];
    max_betweenness_ = std::max(max_betweenness_, m.betweenness);
  }
}

const EntityMetrics& GraphMetrics::Of(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? none_ : it->second;
}

}  // namespace nexus
