// Quiet twin of FeatureFlagBuilderPublished: each publish wraps builder.ToImmutable().
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.FeatureFlagBuilderPublished;

public sealed class FlagSet
{
    private readonly ImmutableDictionary<string, bool> _flags;
    public FlagSet(ImmutableDictionary<string, bool> flags) => _flags = flags;
    public bool IsOn(string name) => _flags.TryGetValue(name, out bool on) && on;
}

public sealed class FlagStore
{
    private readonly Slot<FlagSet> _slot;
    private readonly ImmutableDictionary<string, bool>.Builder _builder =
        ImmutableDictionary.CreateBuilder<string, bool>(StringComparer.Ordinal);

    public FlagStore(WorkerPool pool) => _slot = pool.AllocateSlot<FlagSet>();

    public void SetFlag(string name, bool on)
    {
        _builder[name] = on;
    }

    public Task CommitAsync() => _slot.PublishAsync(new FlagSet(_builder.ToImmutable()));
}
