// Quiet twin of UpdateReturnsOnSnapshot: the same method without the attribute.
using Weft;

namespace Corpus6a.UpdateReturnsOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    public int Count() => Version;
}
