// Quiet twin of GenericNodeSubstitution: the same generic node closed over string (a self-referencing generic type).
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
    public Node<string>? Head { get; init; }
}
