// Quiet twin of UpdateLocalFunctionOnSnapshot: the same local function without the attribute.
using Weft;

namespace Corpus6a.UpdateLocalFunctionOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    public int Next()
    {
        Touch();
        return Version + 1;

        void Touch() { }
    }
}
