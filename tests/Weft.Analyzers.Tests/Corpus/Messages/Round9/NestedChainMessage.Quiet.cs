// WEFT0001 message: the page promises the message follows nested members down to the mutable one and says why
// (its example: "...whose property 'Items' is of type 'IReadOnlyList<int>', a read-only view over a collection someone
// else can change"). Here the chain runs through a record and a class to a read-only view.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.R9.NestedChainMessage;

public sealed record Window(int Seconds, ImmutableArray<int> Buckets);

public sealed class Shaping
{
    public Window Burst { get; init; } = new(1, [10]);
}

[ThreadLocalSlot]
public sealed partial class TrafficPolicy
{
    public Shaping Shaping { get; init; } = new();
}
