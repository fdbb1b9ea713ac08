// A snapshot type that lets readers subscribe to "changed" notifications keeps an event: the event's invocation list
// is a field every worker can add to at once (the page lists "an event" among what is reported).
using System;
using Weft;

namespace Corpus.Immutability.EventOnSnapshot;

[ThreadLocalSlot]
public sealed partial class RoutingRules
{
    public string Name { get; init; } = "";

    public event Action<string>? RuleHit; // expect: WEFT0001

    public void Hit(string rule) => RuleHit?.Invoke(rule);
}
