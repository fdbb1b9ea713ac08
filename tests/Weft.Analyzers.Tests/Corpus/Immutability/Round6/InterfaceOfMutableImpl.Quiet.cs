// Quiet twin of InterfaceOfMutableImpl: the member is typed by the concrete sealed class, whose property is init-only.
using Weft;

namespace Corpus6a.InterfaceOfMutableImpl;

public sealed class Limits
{
    public int Max { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Policy
{
    public Limits Limits { get; init; } = new Limits();
}
