// Round 3. The same wrapper instantiated with a string.
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
    public Box<string> Origins { get; init; } = new("*");
}
