// Quiet twin of NestedMutableClass: the nested type's property is init-only.
using Weft;

namespace Corpus6a.NestedMutableClass;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public Limits Limit { get; init; } = new();

    public sealed class Limits
    {
        public int Max { get; init; }
    }
}
