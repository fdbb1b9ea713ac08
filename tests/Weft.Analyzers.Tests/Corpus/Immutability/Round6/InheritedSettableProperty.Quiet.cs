// Quiet twin of InheritedSettableProperty: the inherited property is init-only.
using Weft;

namespace Corpus6a.InheritedSettableProperty;

public abstract class ListenerBase
{
    public int Backlog { get; init; } = 128;
}

[ThreadLocalSlot]
public sealed partial class Listener : ListenerBase
{
    public string Address { get; init; } = "";
}
