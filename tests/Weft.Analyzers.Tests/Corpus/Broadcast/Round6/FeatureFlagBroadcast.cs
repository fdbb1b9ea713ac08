// Feature-flag store: each worker keeps its own flag view, refreshed by a [WorkerUpdate] broadcast. Defect: the
// flag set is built by a fluent builder whose Build() hands back its own Dictionary, and that mutable dictionary
// is the broadcast argument (WEFT0007 at the call: the [WorkerUpdate] parameter is a mutable type).
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
    public Dictionary<string, bool> Build() => _flags;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FeatureFlags
{
    private IReadOnlyDictionary<string, bool> _flags = new Dictionary<string, bool>();

    public bool IsOn(string name) => _flags.TryGetValue(name, out bool on) && on;

    [WorkerUpdate] private void Replace(Dictionary<string, bool> flags) => _flags = flags;
}

public static class FlagAdmin
{
    public static Task RolloutAsync(WorkerPool pool, bool newCheckout)
    {
        var builder = new FlagSetBuilder().Enable("fast-path");
        builder = newCheckout ? builder.Enable("checkout-v2") : builder.Disable("checkout-v2");
        return FeatureFlags.ReplaceOnAllWorkersAsync(pool, builder.Build()); // expect: WEFT0007
    }
}
