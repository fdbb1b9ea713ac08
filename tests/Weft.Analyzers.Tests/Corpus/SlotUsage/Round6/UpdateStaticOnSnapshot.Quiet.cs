// Quiet twin of UpdateStaticOnSnapshot: the snapshot type keeps a plain static generic helper without the attribute.
using Weft;

namespace Corpus6a.UpdateStaticOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    public static void Touch<T>(T value) { }
}
