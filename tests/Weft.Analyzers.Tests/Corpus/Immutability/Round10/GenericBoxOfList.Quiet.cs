// A user generic box (sealed, init-only Value) used as a snapshot member: Box<ImmutableArray<int>> is deeply immutable.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Immutability.Round10.GenericBoxOfListQuiet;

public sealed class Box<T>
{
    public T Value { get; init; } = default!;
}

[ThreadLocalSlot]
public sealed partial class PortPlan
{
    public Box<ImmutableArray<int>> Ports { get; init; } = new() { Value = ImmutableArray<int>.Empty };
}
