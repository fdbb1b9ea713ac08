// Quiet twin of NestedInGeneric: the container is not generic; a generic sibling class holds no slot type.
using Weft;

namespace Corpus6a.NestedInGeneric;

public partial class Registry
{
    [ThreadLocalSlot]
    public sealed partial class Routes
    {
        public int Count { get; init; }
    }
}

public class Box<T>
{
    public T? Value { get; init; }
}
