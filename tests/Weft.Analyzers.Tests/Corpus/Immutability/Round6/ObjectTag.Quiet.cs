// Quiet twin of ObjectTag: the member is stored at its real immutable type, string.
using Weft;

namespace Corpus6a.ObjectTag;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public string Tag { get; init; } = "default";
}
