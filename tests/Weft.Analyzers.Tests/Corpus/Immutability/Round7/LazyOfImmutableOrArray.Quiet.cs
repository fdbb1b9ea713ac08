// WEFT0001: `Lazy<T>` in a snapshot. The page accepts `Lazy<T>` of an immutable `T` (made once under a lock, then the
// same immutable value for every thread). Here T is ImmutableArray<int>: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.LazyOfImmutableOrArrayQuiet;

[ThreadLocalSlot]
public sealed partial class WeightTable
{
    public Lazy<ImmutableArray<int>> Weights { get; init; } = new(() => ImmutableArray.Create(5, 3, 1));
    public string Name { get; init; } = "default";
}
