// Worker code that edits data read from a deeply immutable snapshot, fully correct: copies with ToArray and ToList,
// `new List<T>(..)`, `ToBuilder()` on an immutable dictionary, a struct copy of a readonly record struct, `with` on a
// sealed record, string concatenation, and a proposal built from the copies and posted to main, which publishes a new
// snapshot. Quiet.
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

namespace Corpus7b.SnapshotLocalEditsProgramQuiet;

public readonly record struct Window(int Size, TimeSpan Span);

public sealed record Upstream(string Host, int Port, int Weight);

[ThreadLocalSlot]
public sealed partial class Balancing
{
    public ImmutableArray<Upstream> Upstreams { get; init; } = ImmutableArray<Upstream>.Empty;
    public ImmutableArray<int> Weights { get; init; } = ImmutableArray<int>.Empty;
    public ImmutableDictionary<string, int> Quotas { get; init; } = ImmutableDictionary<string, int>.Empty;
    public Window Window { get; init; }
    public string Label { get; init; } = "";
}

public sealed record Proposal(ImmutableArray<Upstream> Upstreams, ImmutableDictionary<string, int> Quotas, string Label);

public static class Tuner
{
    public static Proposal Propose(string drained)
    {
        var current = Balancing.Current;

        var weights = current.Weights.ToArray();
        Array.Sort(weights);
        var median = weights.Length == 0 ? 1 : weights[weights.Length / 2];

        var upstreams = new List<Upstream>(current.Upstreams);
        upstreams.RemoveAll(u => u.Host == drained);
        for (var i = 0; i < upstreams.Count; i++)
        {
            upstreams[i] = upstreams[i] with { Weight = Math.Max(upstreams[i].Weight, median) };
        }

        var quotas = current.Quotas.ToBuilder();
        quotas.Remove(drained);
        quotas["probe"] = 1;

        var window = current.Window;
        window = window with { Size = window.Size * 2 };

        var hosts = current.Upstreams.Select(u => u.Host).ToList();
        hosts.Sort(StringComparer.Ordinal);

        var label = current.Label;
        label += $"-{window.Size}-{hosts.Count}";

        return new Proposal(upstreams.ToImmutableArray(), quotas.ToImmutable(), label);
    }

    public static void Submit(WorkerPool pool, string drained)
    {
        var proposal = Propose(drained);
        pool.Main.Post(() => _ = Balancing.PublishAsync(pool, new Balancing
        {
            Upstreams = proposal.Upstreams,
            Weights = proposal.Upstreams.Select(u => u.Weight).ToImmutableArray(),
            Quotas = proposal.Quotas,
            Label = proposal.Label,
        }));
    }
}
