// Quiet twin of ImmutableArrayOfObject: ImmutableArray<string>, plus value types the BCL defines immutable.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.ImmutableArrayOfObject;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public ImmutableArray<string> Values { get; init; } = ImmutableArray<string>.Empty;

    public Guid Id { get; init; }

    public TimeSpan Ttl { get; init; }

    public DateTimeOffset Built { get; init; }

    public int? Limit { get; init; }
}
