// A blocklist service, fully correct: names parsed on main into a HashSet that is then frozen or made immutable before
// each broadcast, a [WorkerUpdate] taking an ImmutableHashSet, a readonly record struct of strings and numbers, a
// string built with a StringBuilder and broadcast as a string, the snapshot of reasons published as a FrozenDictionary,
// and the per-worker filter answering on its worker. Quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.BlocklistBroadcastProgramQuiet;

public readonly record struct BlockRule(string Host, int Severity, TimeSpan Ttl);

[ThreadLocalSlot]
public sealed partial class BlockReasons
{
    public FrozenDictionary<string, string> ByHost { get; init; } = FrozenDictionary<string, string>.Empty;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Filter
{
    private readonly HashSet<string> _blocked = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BlockRule> _rules = new(StringComparer.OrdinalIgnoreCase);
    private string _banner = "";

    public bool Blocks(string host) => !_allowed.Contains(host) && _blocked.Contains(host);

    [WorkerUpdate]
    void Block(ImmutableHashSet<string> hosts) => _blocked.UnionWith(hosts);

    [WorkerUpdate]
    void Allow(IReadOnlyCollection<string> hosts) => _allowed.UnionWith(hosts);

    [WorkerUpdate]
    void AddRule(BlockRule rule) => _rules[rule.Host] = rule;

    [WorkerUpdate]
    void SetBanner(string banner) => _banner = banner;

    public string Banner => _banner;
}

public sealed class BlocklistService(WorkerPool pool)
{
    public async Task LoadAsync(IEnumerable<string> lines)
    {
        var blocked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.StartsWith('+')) allowed.Add(line[1..]);
            else
            {
                var parts = line.Split('#', 2);
                blocked.Add(parts[0].Trim());
                reasons[parts[0].Trim()] = parts.Length > 1 ? parts[1].Trim() : "unspecified";
            }
        }
        await Filter.BlockOnAllWorkersAsync(pool, blocked.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));
        await Filter.AllowOnAllWorkersAsync(pool, allowed.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase));
        await BlockReasons.PublishAsync(pool, new BlockReasons { ByHost = reasons.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase) });
        var banner = new StringBuilder().Append("blocklist: ").Append(blocked.Count).Append(" hosts");
        await Filter.SetBannerOnAllWorkersAsync(pool, banner.ToString());
        banner.Clear();
        blocked.Clear();
        reasons.Clear();
    }

    public Task AddRuleAsync(string host, int severity) =>
        Filter.AddRuleOnAllWorkersAsync(pool, new BlockRule(host, severity, TimeSpan.FromMinutes(severity)));
}
