// WEFT0001: `Lazy<T>` in a snapshot. The page accepts `Lazy<T>` of an immutable `T` (made once under a lock, then the
// same immutable value for every thread). Here T is int[]: every thread gets
// the same writable array: reported on the member.
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

namespace Corpus7b.LazyOfImmutableOrArray;

[ThreadLocalSlot]
public sealed partial class WeightTable
{
    public Lazy<int[]> Weights { get; init; } = new(() => new[] { 5, 3, 1 }); // expect: WEFT0001
    public string Name { get; init; } = "default";
}
