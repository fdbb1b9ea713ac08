// Quiet twin of HoldsPerWorkerTypeAndDelegateField: the snapshot holds another, immutable SNAPSHOT type (judged by its
// members: immutable) and its delegates in a readonly field and an init-only property.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.HoldsPerWorkerTypeAndDelegateFieldQuiet;

[ThreadLocalSlot]
public sealed partial class WarmupHosts
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}

[ThreadLocalSlot]
public sealed partial class RoutingSnapshot
{
    public WarmupHosts? Warmup { get; init; }
    public readonly Func<string, bool> Match = static _ => true;
    public Func<string, int> Weight { get; init; } = static host => host.Length;
    public Action? OnReload { get; init; }
}
