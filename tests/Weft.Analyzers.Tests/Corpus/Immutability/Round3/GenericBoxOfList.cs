// Round 3. A generic immutable wrapper instantiated with a List<T>: the wrapper is init-only, its type argument is mutable.
using System.Collections.Generic;
using Weft;

namespace Corpus.Immutability.Round3.GenericBoxOfList;

public sealed class Box<T>
{
    public Box(T value) => Value = value;

    public T Value { get; }
}

[ThreadLocalSlot]
public sealed partial class Settings
{
    public Box<List<string>> Origins { get; init; } = new(new List<string>()); // expect: WEFT0001 "Origins"
}
