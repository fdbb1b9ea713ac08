// WEFT0001: ImmutableArray<object> — the elements are `object` ("object members are reported"; an object may hold a
// List<T>).
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableArrayOfObject;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public ImmutableArray<object> Values { get; init; } = ImmutableArray<object>.Empty; // expect: WEFT0001 "Values"
}
