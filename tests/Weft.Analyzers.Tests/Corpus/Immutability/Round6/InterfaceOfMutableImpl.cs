// WEFT0001: a member typed by a user interface with a settable property. Reading: an interface is not sealed and
// its own property has a setter, so the member's type is not deeply immutable.
using Weft;

namespace Corpus6a.InterfaceOfMutableImpl;

public interface ILimits
{
    int Max { get; set; }
}

public sealed class Limits : ILimits
{
    public int Max { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Policy
{
    public ILimits Limits { get; init; } = new Limits(); // expect: WEFT0001 "Limits"
}
