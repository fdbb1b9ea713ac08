// WEFT0001: a generic base `Holder<T>` with an init-only `T Value`, closed with T = List<int>. Only the substituted
// type says the inherited member is mutable.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.InheritedGenericSubstitution;

public abstract class Holder<T>
{
    public required T Value { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Ports : Holder<List<int>> // expect: WEFT0001 "Value"
{
}
