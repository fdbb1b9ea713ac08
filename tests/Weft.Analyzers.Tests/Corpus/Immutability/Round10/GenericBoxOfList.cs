// A user generic box (sealed, init-only Value) used as a snapshot member: Box<List<int>> is as mutable as the list
// it holds.
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

namespace Corpus.Immutability.Round10.GenericBoxOfList;

public sealed class Box<T>
{
    public T Value { get; init; } = default!;
}

[ThreadLocalSlot]
public sealed partial class PortPlan
{
    public Box<List<int>> Ports { get; init; } = new() { Value = new List<int>() }; // expect: WEFT0001 "Ports"
}
