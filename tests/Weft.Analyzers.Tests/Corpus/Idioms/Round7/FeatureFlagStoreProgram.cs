// A feature-flag store on main, fully correct: flags kept as an ImmutableDictionary in a field and changed with
// SetItem/Remove (each change a new dictionary), a batch built with ToBuilder and ToImmutable before the publish and
// the builder reused afterwards, an overlay merged into a fresh Dictionary that is frozen before the publish, a
// readonly record struct per flag, and workers reading `Current` and copying what they want to change locally.
// One defect: a worker's per-request override writes into the snapshot's overlay list instead of a copy of
// it (the snapshot holds that list, WEFT0001 suppressed for this file).
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

namespace Corpus7b.FeatureFlagStoreProgram;

public readonly record struct Flag(string Name, bool Enabled, int RolloutPercent);

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class FlagSnapshot
{
    public long Version { get; init; }
    public FrozenDictionary<string, Flag> Flags { get; init; } = FrozenDictionary<string, Flag>.Empty;
    public List<string> Overlay { get; init; } = new();

    public bool IsOn(string name) => Flags.TryGetValue(name, out var f) && f.Enabled;
}
#pragma warning restore WEFT0001

public sealed class FlagStore(WorkerPool pool)
{
    private ImmutableDictionary<string, Flag> _flags = ImmutableDictionary<string, Flag>.Empty;
    private readonly ImmutableDictionary<string, Flag>.Builder _batch = ImmutableDictionary.CreateBuilder<string, Flag>();
    private long _version;

    public Task SetAsync(Flag flag)
    {
        _flags = _flags.SetItem(flag.Name, flag);
        return PublishAsync(ImmutableArray<string>.Empty);
    }

    public Task RemoveAsync(string name)
    {
        _flags = _flags.Remove(name);
        return PublishAsync(ImmutableArray<string>.Empty);
    }

    public async Task ImportAsync(IEnumerable<Flag> flags, ImmutableArray<string> overlay)
    {
        _batch.Clear();
        foreach (var flag in flags) _batch[flag.Name] = flag;
        _flags = _batch.ToImmutable();
        await PublishAsync(overlay);
        _batch.Clear();
    }

    private Task PublishAsync(ImmutableArray<string> overlay)
    {
        var merged = new Dictionary<string, Flag>(_flags);
        foreach (var name in overlay) merged[name] = new Flag(name, true, 100);
        var snapshot = new FlagSnapshot
        {
            Version = ++_version,
            Flags = merged.ToFrozenDictionary(),
            Overlay = new List<string>(overlay),
        };
        return FlagSnapshot.PublishAsync(pool, snapshot);
    }
}

public static class RequestFlags
{
    public static IReadOnlyList<string> Effective(string? forced)
    {
        var snapshot = FlagSnapshot.Current;
        var overlay = snapshot.Overlay;
        if (forced is not null) overlay.Add(forced); // expect: WEFT0003
        var flag = snapshot.Flags.GetValueOrDefault("beta");
        flag = flag with { Enabled = !flag.Enabled };
        return flag.Enabled ? overlay : overlay.Where(snapshot.IsOn).ToList();
    }
}
