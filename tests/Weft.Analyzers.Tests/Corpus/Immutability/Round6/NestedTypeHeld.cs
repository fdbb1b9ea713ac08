// WEFT0001: the slot type holds an instance of its own nested `Builder` class, which has a List<int> field.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.NestedTypeHeld;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Builder? Source { get; init; } // expect: WEFT0001 "Source"

    public sealed class Builder
    {
        public readonly List<int> Items = new();
    }
}
