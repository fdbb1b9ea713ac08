// Twin: a delegate set once at construction (delegates are accepted; the lambda is static).
using System;
using Weft;

namespace Corpus.Immutability.R8.ReloadEventVsDelegateQuiet;

[ThreadLocalSlot]
public sealed partial class RoutingTable
{
    public long Version { get; init; }
    public Func<string, bool> Matches { get; init; } = static host => host.Length > 0;
}
