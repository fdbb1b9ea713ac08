// WEFT0001: a member of a sealed generic class closed over List<int> (`Node<List<int>>`); Node<T> itself only has an
// init-only `T Value`, so only the type argument makes the member mutable.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.GenericNodeSubstitution;

public sealed class Node<T>
{
    public T? Value { get; init; }

    public Node<T>? Next { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Chain
{
    public Node<List<int>>? Head { get; init; } // expect: WEFT0001 "Head"
}
