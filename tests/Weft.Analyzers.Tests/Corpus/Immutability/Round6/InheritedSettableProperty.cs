// WEFT0001: an auto-property with `set` inherited from an abstract base (its backing field is writable).
using Weft;

namespace Corpus6a.InheritedSettableProperty;

public abstract class ListenerBase
{
    public int Backlog { get; set; } = 128;
}

[ThreadLocalSlot]
public sealed partial class Listener : ListenerBase // expect: WEFT0001 "Backlog"
{
    public string Address { get; init; } = "";
}
