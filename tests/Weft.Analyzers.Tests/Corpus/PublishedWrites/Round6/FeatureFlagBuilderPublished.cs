// Feature-flag store on main: flags are collected in an ImmutableDictionary builder and published in a FlagSet.
// Defect: FlagSet wraps the builder itself rather than its ToImmutable() result, and SetFlag keeps writing that
// builder (WEFT0002: a builder is mutable until ToImmutable; the field holds what Publish published).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.FeatureFlagBuilderPublished;

public sealed class FlagSet
{
    private readonly ImmutableDictionary<string, bool>.Builder _flags;
    public FlagSet(ImmutableDictionary<string, bool>.Builder flags) => _flags = flags;
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
        _builder[name] = on; // expect: WEFT0002
    }

    public Task CommitAsync() => _slot.PublishAsync(new FlagSet(_builder));
}
