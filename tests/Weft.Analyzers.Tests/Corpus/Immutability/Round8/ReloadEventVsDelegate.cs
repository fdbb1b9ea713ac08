// WEFT0001: an event on a snapshot type (any thread can subscribe, changing the instance).
using System;
using Weft;

namespace Corpus.Immutability.R8.ReloadEventVsDelegate;

[ThreadLocalSlot]
public sealed partial class RoutingTable
{
    public long Version { get; init; }
    public event Action<long>? Reloaded; // expect: WEFT0001

    public void Announce() => Reloaded?.Invoke(Version);
}
