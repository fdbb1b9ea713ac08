// Quiet twin of FeatureFlagBroadcast: the builder produces a FrozenDictionary and the update takes that.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.FeatureFlagBroadcast;

public sealed class FlagSetBuilder
{
    private readonly Dictionary<string, bool> _flags = new(StringComparer.Ordinal);

    public FlagSetBuilder Enable(string name) { _flags[name] = true; return this; }
    public FlagSetBuilder Disable(string name) { _flags[name] = false; return this; }
    public FrozenDictionary<string, bool> Build() => _flags.ToFrozenDictionary(StringComparer.Ordinal);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FeatureFlags
{
    private FrozenDictionary<string, bool> _flags = FrozenDictionary<string, bool>.Empty;

    public bool IsOn(string name) => _flags.TryGetValue(name, out bool on) && on;

    [WorkerUpdate] private void Replace(FrozenDictionary<string, bool> flags) => _flags = flags;
}

public static class FlagAdmin
{
    public static Task RolloutAsync(WorkerPool pool, bool newCheckout)
    {
        var builder = new FlagSetBuilder().Enable("fast-path");
        builder = newCheckout ? builder.Enable("checkout-v2") : builder.Disable("checkout-v2");
        return FeatureFlags.ReplaceOnAllWorkersAsync(pool, builder.Build());
    }
}
