// The quiet twin: the snapshot keeps the handler it was built with as a delegate, which cannot change once made (the
// page accepts delegates); nobody can subscribe to it after the publish.
using System;
using Weft;

namespace Corpus.Immutability.EventOnSnapshotQuiet;

[ThreadLocalSlot]
public sealed partial class RoutingRules
{
    public string Name { get; init; } = "";

    public Action<string>? RuleHit { get; init; }

    public void Hit(string rule) => RuleHit?.Invoke(rule);
}
