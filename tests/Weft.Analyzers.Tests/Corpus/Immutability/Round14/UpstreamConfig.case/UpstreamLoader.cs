// Builds the upstream configuration from the parsed settings on main and publishes it.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R14.UpstreamConfigDefect;

public static class UpstreamLoader
{
    public static Task LoadAsync(WorkerPool pool, string name, IEnumerable<string> hosts, IReadOnlyDictionary<string, string> settings)
    {
        int Int(string key, int fallback) => settings.TryGetValue(key, out var v) && int.TryParse(v, out var n) ? n : fallback;

        var config = new UpstreamConfig
        {
            Name = name,
            Hosts = hosts.Select(h => h.Trim()).Where(h => h.Length > 0).Distinct().ToImmutableArray(),
            Retries = new RetryBudget(Int("retries", 2), Int("retry_budget_percent", 20) / 100.0, TimeSpan.FromMilliseconds(Int("min_backoff_ms", 25))),
            Timeouts = new TimeoutBudget(
                TimeSpan.FromMilliseconds(Int("connect_ms", 1000)),
                TimeSpan.FromMilliseconds(Int("per_try_ms", 2000)),
                TimeSpan.FromMilliseconds(Int("total_ms", 5000))),
        };

        return UpstreamConfig.PublishAsync(pool, config);
    }
}
