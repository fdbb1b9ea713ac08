// Quiet twin of HiddenCurrentMethod: the factory is named `ForVersion`.
using Weft;

namespace Corpus6a.HiddenCurrentMethod;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public static Routes ForVersion(int version) => new() { Version = version };

    public int Version { get; init; }
}
