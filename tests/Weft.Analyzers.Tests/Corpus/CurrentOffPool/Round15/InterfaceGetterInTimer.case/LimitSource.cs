// Round 15, WEFT0005 (.case): an injected ILimitSource whose implementation (this file) reads the snapshot's Current in
// a property getter; a throttle (another file) reads the property inside a System.Threading.Timer callback. The page: a
// method the callback calls (an interface member included) reads Current on the callback's thread, reported at that
// call, in the callback.
using Weft;

namespace Corpus.Round15.InterfaceGetterInTimer;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxInFlight { get; init; } = 100;
}

public interface ILimitSource
{
    int MaxInFlight { get; }
}

public sealed class SlotLimitSource : ILimitSource
{
    public int MaxInFlight => Limits.Current.MaxInFlight;
}
