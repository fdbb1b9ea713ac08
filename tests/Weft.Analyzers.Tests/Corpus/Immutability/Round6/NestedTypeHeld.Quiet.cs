// Quiet twin of NestedTypeHeld: the mutable nested Builder type is declared inside the slot type but no member holds
// one (a nested type is not instance state), and Build copies into an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.NestedTypeHeld;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<int> Items { get; init; } = ImmutableArray<int>.Empty;

    public sealed class Builder
    {
        public readonly List<int> Items = new();

        public Routes Build() => new() { Items = [.. Items] };
    }
}
