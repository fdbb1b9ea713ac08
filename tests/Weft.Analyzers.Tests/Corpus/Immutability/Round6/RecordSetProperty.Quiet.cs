// Quiet twin of RecordSetProperty: the extra property is init-only.
using Weft;

namespace Corpus6a.RecordSetProperty;

[ThreadLocalSlot]
public sealed partial record Listener(string Address)
{
    public int Backlog { get; init; } = 128;
}
